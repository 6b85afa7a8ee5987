/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* float _Complex arguments and results (ffi_type_complex_float).  On
   x86-64 both parts share one SSE eight-byte: the real part in the low
   half of %xmm0, the imaginary part in the high half.  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
static int calls;

#define RE1 0x1.23456p+3f
#define IM1 (-0x1.abcdeep-7f)
#define RE2 (-0x1.000002p+20f)
#define IM2 0x1.7ffffep-1f

static float _Complex
take_cf (float _Complex a, float _Complex b, float c)
{
  CHECK_CPLX (a, RE1, IM1);
  CHECK_CPLX (b, RE2, IM2);
  CHECK_EQ_FLT (c, 0.375f);
  calls++;
  /* Swap and scale the parts: exact, and a swapped result shows.  */
  return make_cfloat (CIM (a) * 2.0f, -CRE (b));
}

static float _Complex
ret_cf (void)
{
  calls++;
  return make_cfloat (-1.5f, 0x1.fffffep+127f);
}

static float
parts (float _Complex a)
{
  CHECK_CPLX (a, IM2, RE1);
  calls++;
  return CIM (a);
}
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_complex_float, &ffi_type_complex_float,
                     &ffi_type_float };
  float _Complex a = make_cfloat (RE1, IM1), b = make_cfloat (RE2, IM2), r;
  float c = 0.375f, rf;
  void *v[3] = { &a, &b, &c };

  PREP_CIF (&cif, 3, &ffi_type_complex_float, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_cf), &r, v);
  CHECK_CPLX (r, IM1 * 2.0f, -RE2);

  PREP_CIF (&cif, 0, &ffi_type_complex_float, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_cf), &r, NULL);
  CHECK_CPLX (r, -1.5f, 0x1.fffffep+127f);

  a = make_cfloat (IM2, RE1);
  PREP_CIF (&cif, 1, &ffi_type_float, t);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (parts), &rf, v);
  CHECK_EQ_FLT (rf, RE1);
  CHECK_EQ_INT (calls, 3);
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
