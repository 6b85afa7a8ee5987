/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning _Complex double.

   A _Complex double is two SSE eightbytes and needs two %xmm registers.
   In many_fn seven doubles leave only %xmm7 free, so the first complex
   argument goes to the stack as a whole and the double after it still
   takes %xmm7; the last complex argument is on the stack too.  The
   return value comes back in %xmm0 (real) and %xmm1 (imaginary).  */

#include "closuretest.h"
#include <complex.h>

typedef _Complex double cd;
typedef cd (*many_fn) (double, double, double, double, double, double,
                       double, cd, double, cd);
typedef cd (*swap_fn) (cd, int);

static ffi_cif many_cif, swap_cif;
static int tag;
static unsigned calls;
static const double D[8] = { 1.25, -2.5, 3.75, -5.0, 6.25, -7.5, 8.75,
                             -1e-300 };

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cd a = *(cd *) args[7], b = *(cd *) args[9];
  int i;
  CHECK (cif == &many_cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 7; i++)
    CHECK_EQ_FLT (*(double *) args[i], D[i]);
  CHECK_EQ_FLT (*(double *) args[8], D[7]);
  CHECK_EQ_FLT (creal (a), 1e300);
  CHECK_EQ_FLT (cimag (a), -0.5);
  CHECK_EQ_FLT (creal (b), -3.0);
  CHECK_EQ_FLT (cimag (b), 0x1.fffffffffffffp+1);
  *(cd *) ret = ct_cmplx (creal (a) + creal (b), cimag (a) * cimag (b));
  calls++;
}

static void
swap_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cd z = *(cd *) args[0];
  CHECK (cif == &swap_cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[1], -9);
  *(cd *) ret = ct_cmplx (cimag (z), creal (z));
  calls++;
}

int
main (void)
{
  ffi_type *many_types[10];
  ffi_type *swap_types[2] = { &ffi_type_complex_double, &ffi_type_sint };
  ffi_closure *c1, *c2;
  many_fn many;
  swap_fn swap;
  cd got;
  int i;

  for (i = 0; i < 10; i++)
    many_types[i] = &ffi_type_double;
  many_types[7] = &ffi_type_complex_double;
  many_types[9] = &ffi_type_complex_double;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 10,
                          &ffi_type_complex_double, many_types));
  CHECK_OK (ffi_prep_cif (&swap_cif, FFI_DEFAULT_ABI, 2,
                          &ffi_type_complex_double, swap_types));
  many = (many_fn) ct_make_closure (&c1, &many_cif, many_handler, &tag);
  swap = (swap_fn) ct_make_closure (&c2, &swap_cif, swap_handler, &tag);

  got = many (D[0], D[1], D[2], D[3], D[4], D[5], D[6], ct_cmplx (1e300, -0.5),
              D[7], ct_cmplx (-3.0, 0x1.fffffffffffffp+1));
  CHECK_EQ_FLT (creal (got), 1e300 - 3.0);
  CHECK_EQ_FLT (cimag (got), -0.5 * 0x1.fffffffffffffp+1);

  got = swap (ct_cmplx (-2.75, 1e-310), -9);
  CHECK_EQ_FLT (creal (got), 1e-310);
  CHECK_EQ_FLT (cimag (got), -2.75);
  CHECK_EQ_UINT (calls, 2);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
