/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* float arguments and float results.  The values use every part of the
   23-bit mantissa, so passing a float where a double belongs (or the
   other way round) changes what the callee sees.  Results are computed
   exactly (negation, powers of two) so no excess precision can blur
   them.  */

#include "calltest.h"

static int calls;
static float seen[4];

#define F1 0x1.23456p+3f
#define F2 (-0x1.abcdeep-7f)
#define F3 0x1.fffffep+100f
#define F4 (-0x1.000002p-100f)

static float
take_floats (float a, float b, float c, float d)
{
  CHECK_EQ_FLT (a, F1);
  CHECK_EQ_FLT (b, F2);
  CHECK_EQ_FLT (c, F3);
  CHECK_EQ_FLT (d, F4);
  seen[0] = a; seen[1] = b; seen[2] = c; seen[3] = d;
  calls++;
  return -b * 4.0f;
}

static float ret_float (void) { calls++; return 0x1.7654p-3f; }

static double
float_to_double (float a)
{
  CHECK_EQ_FLT (a, F2);
  calls++;
  return (double) a;
}

static float
double_to_float (double a)
{
  CHECK_EQ_FLT (a, 0x1.23456789abcdep+10);
  calls++;
  return 0x1.5p+1f;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[4] = { &ffi_type_float, &ffi_type_float, &ffi_type_float,
                     &ffi_type_float };
  float a = F1, b = F2, c = F3, d = F4;
  void *v[4] = { &a, &b, &c, &d };
  float r;
  double rd;

  PREP_CIF (&cif, 4, &ffi_type_float, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_floats), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r, -F2 * 4.0f);
  CHECK_EQ_FLT (seen[0], F1);
  CHECK_EQ_FLT (seen[3], F4);

  PREP_CIF (&cif, 0, &ffi_type_float, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_float), &r, NULL);
  CHECK_EQ_FLT (r, 0x1.7654p-3f);

  PREP_CIF (&cif, 1, &ffi_type_double, t);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (float_to_double), &rd, &v[1]);
  CHECK_EQ_FLT (rd, (double) F2);

  {
    ffi_type *dt[1] = { &ffi_type_double };
    double x = 0x1.23456789abcdep+10;
    void *dv[1] = { &x };
    PREP_CIF (&cif, 1, &ffi_type_float, dt);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (double_to_float), &r, dv);
    CHECK_EQ_FLT (r, 0x1.5p+1f);
  }
  CHECK_EQ_INT (calls, 4);
  return 0;
}
