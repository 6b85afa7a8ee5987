/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning _Complex float.

   A _Complex float is one SSE eightbyte: both parts share one %xmm
   register.  many_fn takes ten of them and an int, so eight ride in
   %xmm0-%xmm7 and two on the stack.  swap_fn returns its argument with
   the parts exchanged, in %xmm0.  */

#include "closuretest.h"
#include <complex.h>

typedef _Complex float cf;
typedef cf (*many_fn) (cf, cf, cf, cf, cf, int, cf, cf, cf, cf, cf);
typedef cf (*swap_fn) (cf);

static ffi_cif many_cif, swap_cif;
static int tag;
static unsigned calls;
static cf vals[10];

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cf sum = 0;
  int i, j;
  CHECK (cif == &many_cif);
  CHECK (user_data == &tag);
  for (i = 0, j = 0; i < 11; i++)
    {
      if (i == 5)
        {
          CHECK_EQ_INT (*(int *) args[i], 0x0BADF00D);
          continue;
        }
      CHECK_EQ_FLT (crealf (*(cf *) args[i]), crealf (vals[j]));
      CHECK_EQ_FLT (cimagf (*(cf *) args[i]), cimagf (vals[j]));
      sum += vals[j];
      j++;
    }
  *(cf *) ret = sum;
  calls++;
}

static void
swap_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cf z = *(cf *) args[0];
  CHECK (cif == &swap_cif);
  CHECK (user_data == &tag);
  *(cf *) ret = ct_cmplxf (cimagf (z), crealf (z));
  calls++;
}

int
main (void)
{
  ffi_type *many_types[11];
  ffi_type *swap_types[1] = { &ffi_type_complex_float };
  ffi_closure *c1, *c2;
  many_fn many;
  swap_fn swap;
  cf want = 0, got;
  int i;

  for (i = 0; i < 10; i++)
    {
      vals[i] = ct_cmplxf (1.5f * (float) i - 4, -0.25f * (float) (i * i) + 1);
      want += vals[i];
    }
  for (i = 0; i < 11; i++)
    many_types[i] = i == 5 ? &ffi_type_sint : &ffi_type_complex_float;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 11,
                          &ffi_type_complex_float, many_types));
  CHECK_OK (ffi_prep_cif (&swap_cif, FFI_DEFAULT_ABI, 1,
                          &ffi_type_complex_float, swap_types));
  many = (many_fn) ct_make_closure (&c1, &many_cif, many_handler, &tag);
  swap = (swap_fn) ct_make_closure (&c2, &swap_cif, swap_handler, &tag);

  got = many (vals[0], vals[1], vals[2], vals[3], vals[4], 0x0BADF00D,
              vals[5], vals[6], vals[7], vals[8], vals[9]);
  CHECK_EQ_FLT (crealf (got), crealf (want));
  CHECK_EQ_FLT (cimagf (got), cimagf (want));

  got = swap (ct_cmplxf (-1.0e30f, 7.125f));
  CHECK_EQ_FLT (crealf (got), 7.125f);
  CHECK_EQ_FLT (cimagf (got), -1.0e30f);
  CHECK_EQ_UINT (calls, 2);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
