/* SPDX-License-Identifier: MIT */
/* stubffi — a small lock that sleeps in the kernel only when it must.

   The closure pool's and the big-closure table's critical sections are a
   few dozen instructions, so a waiter first spins briefly (the holder is
   almost always about to release); only if the lock stays taken, as
   when its holder was preempted or maps memory, does it sleep on a
   futex.  The word is 0 (free), 1 (held) or 2 (held, and someone may
   sleep on it): unlocking a 1 makes no system call.  No sched_yield
   loop, which burns a core and a system call per round.  Zero-filled
   memory is an unlocked lock; a fork child resets it to 0.  */

#ifndef STUBFFI_FUTEX_LOCK_H
#define STUBFFI_FUTEX_LOCK_H

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

static inline void
futex_lock_relax (void)
{
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause ();
#elif defined(__aarch64__)
  __asm__ __volatile__ ("yield" ::: "memory");
#endif
}

__attribute__((noinline, cold)) static void
futex_lock_wait (int *lock)
{
  int spins;

  for (spins = 0; spins < 200; spins++)
    {
      int free_word = 0;
      futex_lock_relax ();
      if (__atomic_load_n (lock, __ATOMIC_RELAXED) == 0
          && __atomic_compare_exchange_n (lock, &free_word, 1, 0,
                                          __ATOMIC_ACQUIRE,
                                          __ATOMIC_RELAXED))
        return;
    }
  /* Sleep: mark the lock as having sleepers, so that the holder wakes
     one of them.  Whoever takes it this way keeps the 2, because other
     sleepers may remain.  */
  while (__atomic_exchange_n (lock, 2, __ATOMIC_ACQUIRE) != 0)
    syscall (SYS_futex, lock, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
}

static inline void
futex_lock (int *lock)
{
  int free_word = 0;

  if (!__atomic_compare_exchange_n (lock, &free_word, 1, 0, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED))
    futex_lock_wait (lock);
}

static inline void
futex_unlock (int *lock)
{
  if (__atomic_exchange_n (lock, 0, __ATOMIC_RELEASE) == 2)
    syscall (SYS_futex, lock, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

#endif
