/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Complex arguments when the SSE registers run out.  On x86-64 a double
   _Complex needs two SSE registers: after seven doubles only %xmm7 is
   left, so the complex goes wholly to the stack, and a double after it
   still takes %xmm7.  A float _Complex needs one register and goes to the
   stack only when all eight are used.  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
static int calls;

#define D(k) (0.5 + (k) * 1.0625)

static double
seven_then_cd (double d0, double d1, double d2, double d3, double d4,
               double d5, double d6, double _Complex z, double d7,
               double _Complex w)
{
  CHECK_EQ_FLT (d0, D (0)); CHECK_EQ_FLT (d1, D (1));
  CHECK_EQ_FLT (d2, D (2)); CHECK_EQ_FLT (d3, D (3));
  CHECK_EQ_FLT (d4, D (4)); CHECK_EQ_FLT (d5, D (5));
  CHECK_EQ_FLT (d6, D (6));
  CHECK_CPLX (z, 0x1.23456789abcdep+10, -0x1.fedcba9876543p-9);
  CHECK_EQ_FLT (d7, D (7));
  CHECK_CPLX (w, -3.75, 0x1p-1000);
  calls++;
  return d7 - CRE (z);
}

static float _Complex
eight_then_cf (double d0, double d1, double d2, double d3, double d4,
               double d5, double d6, double d7, float _Complex z, int i,
               float _Complex w)
{
  CHECK_EQ_FLT (d0, D (0)); CHECK_EQ_FLT (d1, D (1));
  CHECK_EQ_FLT (d2, D (2)); CHECK_EQ_FLT (d3, D (3));
  CHECK_EQ_FLT (d4, D (4)); CHECK_EQ_FLT (d5, D (5));
  CHECK_EQ_FLT (d6, D (6)); CHECK_EQ_FLT (d7, D (7));
  CHECK_CPLX (z, 0x1.5p-3f, -0x1.fffffep+3f);
  CHECK_EQ_INT (i, -0x2468ace);
  CHECK_CPLX (w, 100.25f, -0.5f);
  calls++;
  return make_cfloat (CIM (w), CRE (z));
}
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  ffi_cif cif;
  double d[8];
  int k;
  for (k = 0; k < 8; k++)
    d[k] = D (k);
  {
    ffi_type *t[10];
    void *v[10];
    double _Complex z = make_cdouble (0x1.23456789abcdep+10,
                                      -0x1.fedcba9876543p-9);
    double _Complex w = make_cdouble (-3.75, 0x1p-1000);
    double r;
    for (k = 0; k < 7; k++)
      {
        t[k] = &ffi_type_double;
        v[k] = &d[k];
      }
    t[7] = &ffi_type_complex_double; v[7] = &z;
    t[8] = &ffi_type_double; v[8] = &d[7];
    t[9] = &ffi_type_complex_double; v[9] = &w;
    PREP_CIF (&cif, 10, &ffi_type_double, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (seven_then_cd), &r, v);
    CHECK_EQ_FLT (r, D (7) - 0x1.23456789abcdep+10);
  }
  {
    ffi_type *t[11];
    void *v[11];
    float _Complex z = make_cfloat (0x1.5p-3f, -0x1.fffffep+3f);
    float _Complex w = make_cfloat (100.25f, -0.5f), r;
    int i = -0x2468ace;
    for (k = 0; k < 8; k++)
      {
        t[k] = &ffi_type_double;
        v[k] = &d[k];
      }
    t[8] = &ffi_type_complex_float; v[8] = &z;
    t[9] = &ffi_type_sint; v[9] = &i;
    t[10] = &ffi_type_complex_float; v[10] = &w;
    PREP_CIF (&cif, 11, &ffi_type_complex_float, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (eight_then_cf), &r, v);
    CHECK_CPLX (r, -0.5f, 0x1.5p-3f);
  }
  CHECK_EQ_INT (calls, 2);
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
