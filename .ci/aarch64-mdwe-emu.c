/* SPDX-License-Identifier: MIT */
/* CI helper for the aarch64 runs under qemu-user (.ci/run, check_aarch64):
   preloaded into every test program (qemu-aarch64 -E LD_PRELOAD=...), it
   emulates prctl (PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN) at the C library
   boundary.

   Why: qemu-user (7.2) answers PR_SET_MDWE with EINVAL, and MDWE set on
   the qemu process itself stops qemu's own code generator, so the
   kernel's policy cannot reach a guest program; the "(mdwe)" runs of the
   closure tests would all be UNSUPPORTED.  With this helper the test's
   prctl succeeds and from then on, as in the kernel (mm/mmap.c,
   mm/mprotect.c: map_deny_write_exec), with EACCES:
     - mmap refuses PROT_WRITE | PROT_EXEC;
     - mprotect refuses PROT_WRITE | PROT_EXEC, and PROT_EXEC for memory
       that is not executable already (no gaining of execute permission);
     - the flag cannot be cleared, and PR_GET_MDWE reports it.
   libffi maps memory only through these C library calls, so the mdwe
   runs check on aarch64 what the kernel checks on x86-64: closures never
   need W+X memory or a writable page made executable.  Only the C
   library's exported mmap/mprotect are covered, not raw system calls.  */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PR_SET_MDWE
# define PR_SET_MDWE 65
#endif
#ifndef PR_GET_MDWE
# define PR_GET_MDWE 66
#endif
#ifndef PR_MDWE_REFUSE_EXEC_GAIN
# define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif
#ifndef PR_MDWE_NO_INHERIT
# define PR_MDWE_NO_INHERIT 2
#endif

static int mdwe_flags;

static int
mdwe_on (void)
{
  return __atomic_load_n (&mdwe_flags, __ATOMIC_RELAXED)
         & PR_MDWE_REFUSE_EXEC_GAIN;
}

int
prctl (int option, ...)
{
  unsigned long a2, a3, a4, a5;
  va_list ap;

  va_start (ap, option);
  a2 = va_arg (ap, unsigned long);
  a3 = va_arg (ap, unsigned long);
  a4 = va_arg (ap, unsigned long);
  a5 = va_arg (ap, unsigned long);
  va_end (ap);

  if (option == PR_SET_MDWE)
    {
      if (a3 || a4 || a5
          || (a2 & ~(unsigned long) (PR_MDWE_REFUSE_EXEC_GAIN
                                     | PR_MDWE_NO_INHERIT)))
        {
          errno = EINVAL;
          return -1;
        }
      if (mdwe_on () && !(a2 & PR_MDWE_REFUSE_EXEC_GAIN))
        {
          errno = EPERM;        /* it cannot be switched off */
          return -1;
        }
      __atomic_store_n (&mdwe_flags, (int) a2, __ATOMIC_RELAXED);
      return 0;
    }
  if (option == PR_GET_MDWE)
    {
      if (a2 || a3 || a4 || a5)
        {
          errno = EINVAL;
          return -1;
        }
      return __atomic_load_n (&mdwe_flags, __ATOMIC_RELAXED);
    }
  return (int) syscall (SYS_prctl, option, a2, a3, a4, a5);
}

static void *
mmap_checked (void *addr, size_t len, int prot, int flags, int fd,
              off64_t offset)
{
  if (mdwe_on () && (prot & PROT_WRITE) && (prot & PROT_EXEC))
    {
      errno = EACCES;
      return MAP_FAILED;
    }
#ifdef SYS_mmap2
  /* 32-bit targets (armhf, armel): the offset in 4096-byte units.  */
  if (offset & 4095)
    {
      errno = EINVAL;
      return MAP_FAILED;
    }
  return (void *) syscall (SYS_mmap2, addr, len, prot, flags, fd,
                           (long) (offset >> 12));
#elif defined(__s390x__)
  {
    /* s390x's mmap system call takes its six arguments in memory.  */
    unsigned long a[6] = { (unsigned long) addr, len, (unsigned long) prot,
                           (unsigned long) flags, (unsigned long) fd,
                           (unsigned long) offset };
    return (void *) syscall (SYS_mmap, a);
  }
#else
  return (void *) syscall (SYS_mmap, addr, len, prot, flags, fd, offset);
#endif
}

void *
mmap (void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
  return mmap_checked (addr, len, prot, flags, fd, offset);
}

void *
mmap64 (void *addr, size_t len, int prot, int flags, int fd, off64_t offset)
{
  return mmap_checked (addr, len, prot, flags, fd, offset);
}

/* Whether every page of [lo, hi) is mapped executable, from
   /proc/self/maps, read without malloc.  */
static int
range_is_executable (uintptr_t lo, uintptr_t hi)
{
  char buf[4096], line[512];
  size_t len = 0;
  ssize_t n;
  uintptr_t covered = lo;
  int fd = open ("/proc/self/maps", O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    return 0;
  while ((n = read (fd, buf, sizeof buf)) > 0)
    {
      ssize_t i;
      for (i = 0; i < n; i++)
        {
          char *end;
          uintptr_t a, b;
          if (buf[i] != '\n')
            {
              if (len < sizeof line - 1)
                line[len++] = buf[i];
              continue;
            }
          line[len] = '\0';
          len = 0;
          a = strtoul (line, &end, 16);
          if (*end != '-')
            continue;
          b = strtoul (end + 1, &end, 16);
          if (b <= covered || a >= hi)
            continue;
          if (a > covered || end[0] != ' ' || end[3] != 'x')
            {
              close (fd);
              return 0;         /* a hole, or not executable */
            }
          covered = b;
        }
    }
  close (fd);
  return covered >= hi;
}

int
mprotect (void *addr, size_t len, int prot)
{
  if (mdwe_on () && (prot & PROT_EXEC)
      && ((prot & PROT_WRITE)
          || !range_is_executable ((uintptr_t) addr, (uintptr_t) addr + len)))
    {
      errno = EACCES;
      return -1;
    }
  return (int) syscall (SYS_mprotect, addr, len, prot);
}
