/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* aarch64: libffi.so.8's code, and the tier-2 trampolines tramp.c maps,
   are BTI-guarded exactly when the library says BTI.

   The dynamic loader maps a library's code as guarded pages (PROT_BTI)
   when its GNU property note says BTI and the processor has BTI; there
   an indirect call must land on a landing pad or raise SIGILL.  tramp.c
   maps its copies of the trampoline table the same way.  The test reads
   the note (PT_GNU_PROPERTY) and AT_HWCAP2 itself, then calls, through
   a function pointer (blr), the second instruction of
     - ffi_get_version, which starts with "bti c",
     - a tier-1 trampoline (in the library's .text),
     - a tier-2 trampoline (a copy mapped from the library file),
   each of which is the same code minus its landing pad.
     Guarded: all three raise SIGILL, while calls to the trampolines'
       first instruction work.  This fails if the loader (or qemu) does
       not guard a marked library, or if tramp.c maps tier-2 code without
       PROT_BTI.
     Not guarded: both trampolines' second instructions run as usual
       (tier-2 code is not guarded behind the library's back), and the
       test says UNSUPPORTED.  */

#define _GNU_SOURCE 1
#include "closuretest.h"

#if defined(__aarch64__) && defined(__linux__)

#include <link.h>
#include <setjmp.h>
#include <signal.h>
#include <sys/auxv.h>

#ifndef PT_GNU_PROPERTY
# define PT_GNU_PROPERTY 0x6474e553
#endif
#ifndef HWCAP2_BTI
# define HWCAP2_BTI (1ul << 17)
#endif
#define FEATURE_1_AND 0xc0000000u
#define FEATURE_1_BTI 1u
#define BTI_C 0xd503245fu
#define MAX_CLOSURES 5000

/* libffi.so.8 as the loader has it.  */
struct library {
  const ElfW(Phdr) *phdr;
  ElfW(Addr) base;
  int phnum;
};

static int
find_library (struct dl_phdr_info *info, size_t size, void *data)
{
  struct library *lib = data;
  (void) size;
  if (strstr (info->dlpi_name, "/libffi.so.8") == NULL)
    return 0;
  lib->phdr = info->dlpi_phdr;
  lib->base = info->dlpi_addr;
  lib->phnum = info->dlpi_phnum;
  return 1;
}

static int
in_library (const struct library *lib, const void *p)
{
  uintptr_t a = (uintptr_t) p;
  int i;
  for (i = 0; i < lib->phnum; i++)
    if (lib->phdr[i].p_type == PT_LOAD
        && a - (lib->base + lib->phdr[i].p_vaddr) < lib->phdr[i].p_memsz)
      return 1;
  return 0;
}

/* The AArch64 feature bits of the library's property note, 0 if none:
   notes {namesz, descsz, type, "GNU", properties}, each property
   {type, size, data} padded to 8 bytes.  */
static uint32_t
feature_bits (const struct library *lib)
{
  int i;
  for (i = 0; i < lib->phnum; i++)
    {
      const unsigned char *p, *end;
      if (lib->phdr[i].p_type != PT_GNU_PROPERTY)
        continue;
      p = (const unsigned char *) (lib->base + lib->phdr[i].p_vaddr);
      end = p + lib->phdr[i].p_memsz;
      while (p + 16 <= end)
        {
          uint32_t namesz, descsz, type;
          const unsigned char *desc, *desc_end;
          memcpy (&namesz, p, 4);
          memcpy (&descsz, p + 4, 4);
          memcpy (&type, p + 8, 4);
          desc = p + ((12 + namesz + 7) & ~7u);
          desc_end = desc + descsz;
          CHECK (desc_end <= end);
          if (type == 5 && namesz == 4 && memcmp (p + 12, "GNU", 4) == 0)
            while (desc + 8 <= desc_end)
              {
                uint32_t ptype, psize, bits;
                memcpy (&ptype, desc, 4);
                memcpy (&psize, desc + 4, 4);
                if (ptype == FEATURE_1_AND && psize == 4)
                  {
                    memcpy (&bits, desc + 8, 4);
                    return bits;
                  }
                desc += (8 + psize + 7) & ~7u;
              }
          p = desc + ((descsz + 7) & ~7u);
        }
    }
  return 0;
}

static sigjmp_buf trap_env;

static void
on_sigill (int sig)
{
  (void) sig;
  siglongjmp (trap_env, 1);
}

/* Calls code (x) through a function pointer: 1 if that raised SIGILL,
   else 0 with the result in *result.  */
static int
traps (const void *code, int x, int *result)
{
  int (*volatile fn) (int) = (int (*) (int)) (uintptr_t) code;
  if (sigsetjmp (trap_env, 1))
    return 1;
  *result = fn (x);
  return 0;
}

static ffi_cif cif;

static void
handler (ffi_cif *c, void *ret, void **args, void *user_data)
{
  CHECK (c == &cif);
  CT_RET_SINT (ret, *(int *) args[0] * 5 + *(int *) user_data);
}

int
main (void)
{
  static ffi_closure *closures[MAX_CLOSURES];
  static int tag = 3;
  ffi_type *arg_types[1] = { &ffi_type_sint };
  struct library lib = { NULL, 0, 0 };
  struct sigaction sa;
  void *code = NULL, *tier1 = NULL, *tier2 = NULL;
  const char *pad_after;
  int guarded, n, r = 0;

  CHECK (dl_iterate_phdr (find_library, &lib));
  guarded = (feature_bits (&lib) & FEATURE_1_BTI)
            && (getauxval (AT_HWCAP2) & HWCAP2_BTI);
  printf ("library says BTI: %s; processor has BTI: %s\n",
          feature_bits (&lib) & FEATURE_1_BTI ? "yes" : "no",
          getauxval (AT_HWCAP2) & HWCAP2_BTI ? "yes" : "no");

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          arg_types));
  for (n = 0; n < MAX_CLOSURES && tier2 == NULL; n++)
    {
      closures[n] = ffi_closure_alloc (sizeof (ffi_closure), &code);
      CHECK (closures[n] != NULL);
      CHECK_OK (ffi_prep_closure_loc (closures[n], &cif, handler, &tag,
                                      code));
      if (in_library (&lib, code))
        {
          if (tier1 == NULL)
            tier1 = code;
        }
      else
        tier2 = code;
    }
  CHECK (tier1 != NULL && tier2 != NULL);
  CHECK_EQ_UINT (*(const uint32_t *) tier1, BTI_C);
  CHECK_EQ_UINT (*(const uint32_t *) tier2, BTI_C);

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_sigill;
  sigemptyset (&sa.sa_mask);
  CHECK (sigaction (SIGILL, &sa, NULL) == 0);

  /* Through the landing pads, always.  */
  CHECK (!traps (tier1, 2, &r));
  CHECK_EQ_INT (r, 2 * 5 + tag);
  CHECK (!traps (tier2, 3, &r));
  CHECK_EQ_INT (r, 3 * 5 + tag);

  if (!guarded)
    {
      CHECK (!traps ((const char *) tier1 + 4, 4, &r));
      CHECK_EQ_INT (r, 4 * 5 + tag);
      CHECK (!traps ((const char *) tier2 + 4, 5, &r));
      CHECK_EQ_INT (r, 5 * 5 + tag);
      printf ("not guarded; trampolines run without their landing pads\n");
      return TEST_UNSUPPORTED;
    }

  pad_after = (const char *) (uintptr_t) ffi_get_version;
  CHECK (in_library (&lib, pad_after));
  CHECK_EQ_UINT (*(const uint32_t *) pad_after, BTI_C);
  CHECK (traps (pad_after + 4, 0, &r));
  CHECK (traps ((const char *) tier1 + 4, 6, &r));
  CHECK (traps ((const char *) tier2 + 4, 7, &r));
  /* And the closures still work after the traps.  */
  CHECK (!traps (tier2, 8, &r));
  CHECK_EQ_INT (r, 8 * 5 + tag);
  printf ("guarded: library, tier-1 and tier-2 trampolines\n");

  while (n-- > 0)
    ffi_closure_free (closures[n]);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
