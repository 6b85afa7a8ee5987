/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Complex arguments of all three kinds mixed with integer and floating
   scalars: a complex float takes one SSE register, a complex double two,
   a complex long double none (memory); the scalars around them keep their
   own registers.  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
static int calls;

static double _Complex
mix (int a, float _Complex b, double c, double _Complex d, float e,
     long double _Complex f, int64_t g, float _Complex h,
     signed char i)
{
  CHECK_EQ_INT (a, -0x1234567);
  CHECK_CPLX (b, 0x1.5p+1f, -0x1.abcdeep-7f);
  CHECK_EQ_FLT (c, 0x1.23456789abcdep+10);
  CHECK_CPLX (d, -0x1.0000000000001p-3, 0x1.fffffffffffffp+3);
  CHECK_EQ_FLT (e, -0x1.fffffep+1f);
  CHECK_CPLX (f, 0x1.23456789abcdef12p+3L, -0x1.fedcba9876543212p+2L);
  CHECK_EQ_INT (g, INT64_MIN + 3);
  CHECK_CPLX (h, -0.25f, 0.75f);
  CHECK_EQ_INT (i, -0x33);
  calls++;
  return make_cdouble (CRE (d) + c, (double) CIM (b));
}

static float _Complex
mix_ret_cf (double a, float _Complex b, int c, float d)
{
  CHECK_EQ_FLT (a, -7.125);
  CHECK_CPLX (b, 0x1.00002p+0f, -0x1.00002p+0f);
  CHECK_EQ_INT (c, 0x7eeeeeee);
  CHECK_EQ_FLT (d, 0x1.8p-126f);
  calls++;
  return make_cfloat (d, (float) a);
}
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  ffi_cif cif;
  {
    ffi_type *t[9] = { &ffi_type_sint, &ffi_type_complex_float,
                       &ffi_type_double, &ffi_type_complex_double,
                       &ffi_type_float, &ffi_type_complex_longdouble,
                       &ffi_type_sint64, &ffi_type_complex_float,
                       &ffi_type_schar };
    int a = -0x1234567;
    float _Complex b = make_cfloat (0x1.5p+1f, -0x1.abcdeep-7f);
    double c = 0x1.23456789abcdep+10;
    double _Complex d = make_cdouble (-0x1.0000000000001p-3,
                                      0x1.fffffffffffffp+3);
    float e = -0x1.fffffep+1f;
    long double _Complex f = make_cldouble (0x1.23456789abcdef12p+3L,
                                            -0x1.fedcba9876543212p+2L);
    int64_t g = INT64_MIN + 3;
    float _Complex h = make_cfloat (-0.25f, 0.75f);
    signed char i = -0x33;
    void *v[9] = { &a, &b, &c, &d, &e, &f, &g, &h, &i };
    double _Complex r;
    PREP_CIF (&cif, 9, &ffi_type_complex_double, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (mix), &r, v);
    CHECK_CPLX (r, -0x1.0000000000001p-3 + 0x1.23456789abcdep+10,
                (double) -0x1.abcdeep-7f);
  }
  {
    ffi_type *t[4] = { &ffi_type_double, &ffi_type_complex_float,
                       &ffi_type_sint, &ffi_type_float };
    double a = -7.125;
    float _Complex b = make_cfloat (0x1.00002p+0f, -0x1.00002p+0f), r;
    int c = 0x7eeeeeee;
    float d = 0x1.8p-126f;
    void *v[4] = { &a, &b, &c, &d };
    PREP_CIF (&cif, 4, &ffi_type_complex_float, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (mix_ret_cf), &r, v);
    CHECK_CPLX (r, 0x1.8p-126f, -7.125f);
  }
  CHECK_EQ_INT (calls, 2);
  CHECK_X87_EMPTY ();
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
