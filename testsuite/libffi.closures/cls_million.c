/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* One million live closures at once, each with its own user_data, all
   called, then all freed; then a second, smaller round (100,000) to
   show that the freed closures are reusable.  STUBFFI_TEST_SCALE scales
   both down (make check-valgrind: 20,000 and 2,000).  */

#include "closuretest.h"

#define N_FULL 1000000

typedef uint32_t (*fn) (uint32_t);

static ffi_cif cif;
static ffi_closure **cls;
static void **codes;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_UINT (ret, (uint32_t) (uintptr_t) user_data * 3u
                    + *(uint32_t *) args[0]);
}

static void
round_trip (int n, uint32_t salt)
{
  int i;
  for (i = 0; i < n; i++)
    {
      cls[i] = ffi_closure_alloc (sizeof (ffi_closure), &codes[i]);
      CHECK (cls[i] != NULL);
      CHECK_OK (ffi_prep_closure_loc (cls[i], &cif, handler,
                                      (void *) (uintptr_t) (i ^ salt),
                                      codes[i]));
    }
  for (i = 0; i < n; i++)
    CHECK_EQ_UINT (((fn) codes[i]) (salt), (uint32_t) (i ^ salt) * 3u + salt);
  /* Every closure is still intact after all of them were called.  */
  for (i = 0; i < n; i += 4999)
    CHECK (cls[i]->user_data == (void *) (uintptr_t) (i ^ salt));
  for (i = 0; i < n; i++)
    ffi_closure_free (cls[i]);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_uint32 };
  int n = (int) test_scaled (N_FULL, 2000);

  cls = malloc (n * sizeof cls[0]);
  codes = malloc (n * sizeof codes[0]);
  CHECK (cls != NULL && codes != NULL);
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint32, types));
  round_trip (n, 0);
  round_trip (n / 10, 0x5A5A5);
  free (cls);
  free (codes);
  return 0;
}
