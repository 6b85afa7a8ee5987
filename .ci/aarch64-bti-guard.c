/* CI helper for the aarch64 BTI run (.ci/run, check_aarch64): preloaded
   into every test program (qemu-aarch64 -E LD_PRELOAD=...), it makes the
   executable pages of libffi.so.8 BTI-guarded, as the dynamic loader does
   for a library whose GNU property note says BTI.

   Why: our objects all carry the BTI and PAC property, but Debian 12's
   crti.o, crtn.o, crtbeginS.o, crtendS.o, libgcc.a and libc_nonshared.a
   do not, so the linked library is not marked and the loader leaves its
   pages unguarded.  Under this helper every indirect branch into the
   library (a call through the PLT, a closure trampoline, the closure
   entries, the return tables) must land on a BTI instruction or the
   program dies with SIGILL.

   Order: this object links against libffi, so the loader runs libffi's
   initializers (including the toolchain's unmarked frame_dummy) before
   the guard goes up, and the guard's destructor takes it down before
   libffi's finalizers run.  The constructor also checks that enforcement
   is real: a call to the second instruction of a library function must
   trap.  */

#define _GNU_SOURCE
#include <ffi.h>
#include <link.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef PROT_BTI
# define PROT_BTI 0x10
#endif

static int
guard_segments (struct dl_phdr_info *info, size_t size, void *data)
{
  int prot = *(int *) data, i, n = 0;
  long page = sysconf (_SC_PAGESIZE);

  (void) size;
  if (strstr (info->dlpi_name, "/libffi.so") == NULL)
    return 0;
  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      uintptr_t lo, hi;
      if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_X))
        continue;
      lo = (info->dlpi_addr + ph->p_vaddr) & ~(uintptr_t) (page - 1);
      hi = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
      if (mprotect ((void *) lo, hi - lo, prot) != 0)
        {
          perror ("bti-guard: mprotect");
          abort ();
        }
      n++;
    }
  return n;
}

static sigjmp_buf trapped;

static void
on_sigill (int sig)
{
  (void) sig;
  siglongjmp (trapped, 1);
}

__attribute__((constructor)) static void
guard_on (void)
{
  int prot = PROT_READ | PROT_EXEC | PROT_BTI;
  struct sigaction sa, old;
  void (*volatile not_a_landing_pad) (void);

  if (!dl_iterate_phdr (guard_segments, &prot))
    {
      fprintf (stderr, "bti-guard: libffi.so.8 is not loaded\n");
      abort ();
    }

  /* ffi_get_version starts with a landing pad and returns a pointer; its
     second instruction is none, so calling it must raise SIGILL.  */
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_sigill;
  sigaction (SIGILL, &sa, &old);
  not_a_landing_pad = (void (*) (void)) ((char *) ffi_get_version + 4);
  if (sigsetjmp (trapped, 1) == 0)
    {
      not_a_landing_pad ();
      fprintf (stderr, "bti-guard: BTI is not enforced\n");
      abort ();
    }
  sigaction (SIGILL, &old, NULL);
  if (getenv ("STUBFFI_BTI_GUARD_VERBOSE"))
    fprintf (stderr, "bti-guard: libffi.so.8 is guarded, BTI enforced\n");
}

__attribute__((destructor)) static void
guard_off (void)
{
  int prot = PROT_READ | PROT_EXEC;
  dl_iterate_phdr (guard_segments, &prot);
}
