/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* double _Complex arguments and results (ffi_type_complex_double).  On
   x86-64 each part takes its own SSE register (real in %xmm0, imaginary in
   %xmm1 for the first argument and for the result).  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
static int calls;

#define RE1 0x1.23456789abcdep+10
#define IM1 (-0x1.fedcba9876543p-9)
#define RE2 0x1.0000000000001p+0
#define IM2 (-0x1.5555555555555p+900)

static double _Complex
take_cd (double _Complex a, int n, double _Complex b)
{
  CHECK_CPLX (a, RE1, IM1);
  CHECK_EQ_INT (n, -0x3456789);
  CHECK_CPLX (b, RE2, IM2);
  calls++;
  return make_cdouble (CIM (b), CRE (a) * 0.5);
}

static double _Complex
ret_cd (void)
{
  calls++;
  return make_cdouble (-0.0, 0x1.8p-1070);
}
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_complex_double, &ffi_type_sint,
                     &ffi_type_complex_double };
  double _Complex a = make_cdouble (RE1, IM1), b = make_cdouble (RE2, IM2), r;
  int n = -0x3456789;
  void *v[3] = { &a, &n, &b };

  PREP_CIF (&cif, 3, &ffi_type_complex_double, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_cd), &r, v);
  CHECK_CPLX (r, IM2, RE1 * 0.5);

  PREP_CIF (&cif, 0, &ffi_type_complex_double, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_cd), &r, NULL);
  CHECK_CPLX (r, 0.0, 0x1.8p-1070);
  CHECK (signbit (CRE (r)));
  CHECK_EQ_INT (calls, 2);
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
