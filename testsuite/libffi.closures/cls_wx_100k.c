/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* W^X proof: 100,000 prepared closures and not one writable+executable
   mapping.

   Allocates and prepares 100,000 closures (distinct user_data), calls
   every 997th and the last, then reads /proc/self/maps: no mapping may
   be both writable and executable.  The code addresses must lie in
   executable, non-writable mappings and the closures in writable,
   non-executable ones.  Then everything is freed and the maps are
   checked again.  */

#include "closuretest.h"

#define N 100000

typedef long (*fn) (long);

static ffi_cif cif;
static ffi_closure **cls;
static void **codes;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(long *) args[0] + (long) (intptr_t) user_data);
}

static void
check_perms (int i)
{
  char perms[5];
  CHECK (ct_mapping_perms (codes[i], perms) == 0);
  CHECK (perms[2] == 'x');
  CHECK (perms[1] != 'w');
  CHECK (ct_mapping_perms (cls[i], perms) == 0);
  CHECK (perms[1] == 'w');
  CHECK (perms[2] != 'x');
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_slong };
  int i;

  /* valgrind's malloc serves memory from W+X mappings of its own, and its
     code cache is W+X: /proc/self/maps proves nothing there.  */
  if (test_under_valgrind ())
    {
      printf ("W^X is not observable under valgrind\n");
      return TEST_UNSUPPORTED;
    }
  cls = calloc (N, sizeof cls[0]);
  codes = calloc (N, sizeof codes[0]);
  CHECK (cls != NULL && codes != NULL);
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, types));
  for (i = 0; i < N; i++)
    {
      cls[i] = ffi_closure_alloc (sizeof (ffi_closure), &codes[i]);
      CHECK (cls[i] != NULL);
      CHECK_OK (ffi_prep_closure_loc (cls[i], &cif, handler,
                                      (void *) (intptr_t) (i * 7), codes[i]));
    }
  for (i = 0; i < N; i += 997)
    CHECK_EQ_INT (((fn) codes[i]) (-1000000L), i * 7L - 1000000L);
  CHECK_EQ_INT (((fn) codes[N - 1]) (5), (N - 1) * 7L + 5);

  CHECK_EQ_INT (ct_count_wx_mappings (), 0);
  check_perms (0);
  check_perms (N / 2);
  check_perms (N - 1);

  for (i = 0; i < N; i++)
    ffi_closure_free (cls[i]);
  CHECK_EQ_INT (ct_count_wx_mappings (), 0);
  free (cls);
  free (codes);
  return 0;
}
