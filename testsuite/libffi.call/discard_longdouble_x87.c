/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Discarding an x87 result: a long double (in %st0) or a long double
   _Complex (%st0 and %st1) returned to a NULL rvalue must still be popped.
   The x87 stack has only eight slots; a leak of one per call overflows it
   within a few calls, after which long double arithmetic yields NaN.  So
   the calls run many times, then the test checks the x87 tag word (all
   empty) and does long double arithmetic.  */

#include "calltest.h"
#include <complex.h>

static int calls;

static long double
ret_ld (int k)
{
  calls++;
  return (long double) k + 0x1.23456789abcdefp-3L;
}

#if HAVE_FFI_COMPLEX
static long double _Complex
ret_cld (int k)
{
  calls++;
  return make_cldouble ((long double) k, -0x1.fedcba9876543212p+1L);
}
#endif

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[1] = { &ffi_type_sint };
  int n = 3, k;
  void *v[1] = { &n };
  volatile long double a = 0x1.0000000000000002p+0L, b = 2.0L;

  PREP_CIF (&cif, 1, &ffi_type_longdouble, t);
  for (k = 0; k < 1000; k++)
    ffi_call (&cif, FFI_FN (ret_ld), NULL, v);
  CHECK_EQ_INT (calls, 1000);
  CHECK_X87_EMPTY ();
  CHECK_EQ_FLT (a * b, 0x1.0000000000000002p+1L);

  /* A kept result after all the discarded ones is still right.  */
  {
    long double r;
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (ret_ld), &r, v);
    CHECK_EQ_FLT (r, 3.0L + 0x1.23456789abcdefp-3L);
  }

#if HAVE_FFI_COMPLEX
  PREP_CIF (&cif, 1, &ffi_type_complex_longdouble, t);
  for (k = 0; k < 1000; k++)
    ffi_call (&cif, FFI_FN (ret_cld), NULL, v);
  CHECK_EQ_INT (calls, 2001);
  CHECK_X87_EMPTY ();
  CHECK_EQ_FLT (a * b - a, 0x1.0000000000000002p+0L);
  {
    long double _Complex r;
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (ret_cld), &r, v);
    CHECK_CPLX (r, 3.0L, -0x1.fedcba9876543212p+1L);
  }
#endif
  CHECK_X87_EMPTY ();
  return 0;
}
