/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* float and double arguments in %xmm0-%xmm3 and on the stack, and as
   results in %xmm0.  */

#include "win64test.h"

static int calls;

static MS double
six (float a, double b, float c, double d, float e, double f)
{
  CHECK_EQ_FLT (a, 0x1.abcdeep-3f);
  CHECK_EQ_FLT (b, -0x1.23456789abcdep+100);
  CHECK_EQ_FLT (c, -0.0f);
  CHECK_EQ_FLT (d, 0x1p-1074);          /* the smallest subnormal */
  CHECK_EQ_FLT (e, 3.0e38f);            /* on the stack */
  CHECK_EQ_FLT (f, 1.0 / 3);            /* on the stack */
  calls++;
  return b * 2;
}

static MS float
ret_float (float x, float y)
{
  CHECK_EQ_FLT (x, 1.5f);
  CHECK_EQ_FLT (y, -0x1.fffffep+127f);
  calls++;
  return x * 0.25f;
}

static MS double
sum10 (double a0, double a1, double a2, double a3, double a4, double a5,
       double a6, double a7, double a8, double a9)
{
  double v[10] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };
  double s = 0;
  int i;
  for (i = 0; i < 10; i++)
    {
      CHECK_EQ_FLT (v[i], (i + 1) * 0.125);
      s += v[i] * (i + 1);
    }
  calls++;
  return s;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[10] = { &ffi_type_float, &ffi_type_double, &ffi_type_float,
                      &ffi_type_double, &ffi_type_float, &ffi_type_double };
  float a = 0x1.abcdeep-3f, c = -0.0f, e = 3.0e38f, fx = 1.5f,
        fy = -0x1.fffffep+127f, fr;
  double b = -0x1.23456789abcdep+100, d = 0x1p-1074, f = 1.0 / 3, r;
  double ds[10];
  void *v[10] = { &a, &b, &c, &d, &e, &f };
  int i, before = calls;

  W64_PREP (&cif, 6, &ffi_type_double, t);
  ffi_call (&cif, FFI_FN (six), &r, v);
  CHECK_EQ_FLT (r, b * 2);

  t[0] = t[1] = &ffi_type_float;
  v[0] = &fx;
  v[1] = &fy;
  W64_PREP (&cif, 2, &ffi_type_float, t);
  w64_junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_float), &r, v);
  memcpy (&fr, &r, sizeof fr);
  CHECK_EQ_FLT (fr, 0.375f);

  for (i = 0; i < 10; i++)
    {
      ds[i] = (i + 1) * 0.125;
      t[i] = &ffi_type_double;
      v[i] = &ds[i];
    }
  W64_PREP (&cif, 10, &ffi_type_double, t);
  ffi_call (&cif, FFI_FN (sum10), &r, v);
  CHECK_EQ_FLT (r, 0.125 * 385);
  CHECK_EQ_INT (calls, before + 3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
