/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* long double _Complex arguments and results
   (ffi_type_complex_longdouble).  On x86-64 the argument is passed in
   memory (class COMPLEX_X87) and the result comes back on the x87 stack:
   real part in %st0, imaginary part in %st1; both must be popped.  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
static int calls;

#define RE1 0x1.23456789abcdef12p+3L
#define IM1 (-0x1.fedcba9876543212p-100L)
#define RE2 (-0x1.0000000000000002p+0L)
#define IM2 0x1.c0ffee123456789ap+77L

static long double _Complex
take_cld (long double _Complex a, double d, long double _Complex b)
{
  CHECK_CPLX (a, RE1, IM1);
  CHECK_EQ_FLT (d, -0.625);
  CHECK_CPLX (b, RE2, IM2);
  calls++;
  return make_cldouble (CIM (a), -CRE (b));
}

static long double _Complex
ret_cld (void)
{
  calls++;
  return make_cldouble (0x1.5555555555555556p-2L, -0x1.aaaaaaaaaaaaaaaap+2L);
}
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_complex_longdouble, &ffi_type_double,
                     &ffi_type_complex_longdouble };
  long double _Complex a = make_cldouble (RE1, IM1);
  long double _Complex b = make_cldouble (RE2, IM2), r;
  double d = -0.625;
  void *v[3] = { &a, &d, &b };
  int k;

  PREP_CIF (&cif, 3, &ffi_type_complex_longdouble, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_cld), &r, v);
  CHECK_CPLX (r, IM1, -RE2);
  CHECK_X87_EMPTY ();

  PREP_CIF (&cif, 0, &ffi_type_complex_longdouble, NULL);
  for (k = 0; k < 20; k++)
    {
      junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (ret_cld), &r, NULL);
      CHECK_CPLX (r, 0x1.5555555555555556p-2L, -0x1.aaaaaaaaaaaaaaaap+2L);
    }
  CHECK_X87_EMPTY ();
  CHECK_EQ_INT (calls, 21);
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
