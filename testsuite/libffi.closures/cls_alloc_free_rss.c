/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A million ffi_closure_alloc / ffi_prep_closure_loc / call /
   ffi_closure_free cycles reuse freed trampoline slots: the resident set
   stays flat.  A warm-up first reaches the steady state (tier 2 mapped,
   malloc's caches filled); after it, RSS may not grow by more than a
   small margin, whereas a pool that never reused slots would need
   16 MiB of slots and a new mapping every 1024 closures.  */

#include "closuretest.h"

static long
rss_kib (void)
{
  char line[256];
  long kib = -1;
  FILE *f = fopen ("/proc/self/status", "r");
  CHECK (f != NULL);
  while (fgets (line, sizeof line, f))
    if (sscanf (line, "VmRSS: %ld kB", &kib) == 1)
      break;
  fclose (f);
  CHECK (kib > 0);
  return kib;
}

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  CT_RET_SINT (ret, *(int *) args[0] + (int) (intptr_t) user_data);
}

/* Keeps a few thousand closures alive so that the churn crosses from
   tier 1 into tier 2 and back.  */
#define LIVE 3000

static void
churn (ffi_cif *cif, long cycles)
{
  static ffi_closure *live[LIVE];
  static void *code[LIVE];
  long i;

  for (i = 0; i < cycles; i++)
    {
      int k = (int) (i % LIVE);
      if (live[k] != NULL)
        {
          CHECK_EQ_INT (((int (*) (int)) code[k]) (7), 7 + k);
          ffi_closure_free (live[k]);
        }
      live[k] = ffi_closure_alloc (sizeof (ffi_closure), &code[k]);
      CHECK (live[k] != NULL);
      CHECK_OK (ffi_prep_closure_loc (live[k], cif, handler,
                                      (void *) (intptr_t) k, code[k]));
    }
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *args[1] = { &ffi_type_sint };
  long before, after;

  /* ASan's quarantine and valgrind (its queue of freed blocks, its code
     cache) keep memory resident on purpose, so RSS cannot tell whether
     the pool reuses its slots there; the other closure tests still run
     their allocations through both.  */
  if (TEST_ASAN || test_under_valgrind ())
    {
      printf ("RSS is not measured under ASan or valgrind\n");
      return TEST_UNSUPPORTED;
    }
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, args));
  churn (&cif, 20000);
  before = rss_kib ();
  churn (&cif, 1000000);
  after = rss_kib ();
  printf ("RSS %ld KiB -> %ld KiB\n", before, after);
  CHECK (after - before < 1024);
  return 0;
}
