/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Complex types follow the aggregate rule by size: float _Complex
   (8 bytes) travels in an integer register and comes back in %rax;
   double _Complex (16) and long double _Complex (32) are passed by
   reference and returned through the hidden pointer.  */

#include "win64test.h"

static int calls;

static MS float _Complex
cf (float _Complex a, double b, float _Complex c, int d, float _Complex e)
{
  CHECK_EQ_FLT (__real__ a, 1.5f);  CHECK_EQ_FLT (__imag__ a, -2.5f);
  CHECK_EQ_FLT (b, 0.75);
  CHECK_EQ_FLT (__real__ c, 3e30f); CHECK_EQ_FLT (__imag__ c, -0.0f);
  CHECK_EQ_INT (d, -9);
  CHECK_EQ_FLT (__real__ e, 7.0f);  CHECK_EQ_FLT (__imag__ e, 8.0f);
  calls++;
  __real__ a = __real__ a + __real__ e;
  __imag__ a = __imag__ a * 2;
  return a;
}

static MS double _Complex
cd (int a, double _Complex b, float c, double _Complex d, double _Complex e)
{
  CHECK_EQ_INT (a, 42);
  CHECK_EQ_FLT (__real__ b, 0x1.123456789abcdp+5);
  CHECK_EQ_FLT (__imag__ b, -0x1.fp-7);
  CHECK_EQ_FLT (c, 0.5f);
  CHECK_EQ_FLT (__real__ d, 1e200); CHECK_EQ_FLT (__imag__ d, -1e-200);
  CHECK_EQ_FLT (__real__ e, -3.0);  CHECK_EQ_FLT (__imag__ e, 4.0);
  calls++;
  __real__ b = 0;                   /* the callee's copy */
  __real__ d = __real__ d * 2;
  return d;
}

static MS long double _Complex
cld (long double _Complex a, int b, long double _Complex c)
{
  CHECK_EQ_FLT (__real__ a, 0x1.23456789abcdef01p+16000L);
  CHECK_EQ_FLT (__imag__ a, -1.0L / 3);
  CHECK_EQ_INT (b, 5);
  CHECK_EQ_FLT (__real__ c, 2.0L);
  CHECK_EQ_FLT (__imag__ c, -2.0L);
  calls++;
  __imag__ c = __imag__ a;
  return c;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[5];
  void *v[5];
  float _Complex fa, fc, fe, fr;
  double _Complex db, dd, de, dr;
  long double _Complex la, lc, lr;
  double b = 0.75;
  float c = 0.5f;
  int d = -9, a = 42, five = 5, before = calls;
  w64_buf out;

  __real__ fa = 1.5f;  __imag__ fa = -2.5f;
  __real__ fc = 3e30f; __imag__ fc = -0.0f;
  __real__ fe = 7.0f;  __imag__ fe = 8.0f;
  t[0] = &ffi_type_complex_float; t[1] = &ffi_type_double;
  t[2] = &ffi_type_complex_float; t[3] = &ffi_type_sint;
  t[4] = &ffi_type_complex_float;
  v[0] = &fa; v[1] = &b; v[2] = &fc; v[3] = &d; v[4] = &fe;
  W64_PREP (&cif, 5, &ffi_type_complex_float, t);
  w64_junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, FFI_FN (cf), out.b, v);
  memcpy (&fr, out.b, sizeof fr);
  CHECK_EQ_FLT (__real__ fr, 8.5f);
  CHECK_EQ_FLT (__imag__ fr, -5.0f);
  CHECK (w64_junk_intact (out.b, sizeof fr, 16));

  __real__ db = 0x1.123456789abcdp+5; __imag__ db = -0x1.fp-7;
  __real__ dd = 1e200; __imag__ dd = -1e-200;
  __real__ de = -3.0;  __imag__ de = 4.0;
  t[0] = &ffi_type_sint; t[1] = &ffi_type_complex_double;
  t[2] = &ffi_type_float; t[3] = &ffi_type_complex_double;
  t[4] = &ffi_type_complex_double;
  v[0] = &a; v[1] = &db; v[2] = &c; v[3] = &dd; v[4] = &de;
  W64_PREP (&cif, 5, &ffi_type_complex_double, t);
  w64_junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, FFI_FN (cd), out.b, v);
  memcpy (&dr, out.b, sizeof dr);
  CHECK_EQ_FLT (__real__ dr, 2e200);
  CHECK_EQ_FLT (__imag__ dr, -1e-200);
  CHECK (w64_junk_intact (out.b, sizeof dr, 16));
  CHECK_EQ_FLT (__real__ db, 0x1.123456789abcdp+5);    /* ours unchanged */
  CHECK_EQ_FLT (__real__ dd, 1e200);

  __real__ la = 0x1.23456789abcdef01p+16000L; __imag__ la = -1.0L / 3;
  __real__ lc = 2.0L; __imag__ lc = -2.0L;
  t[0] = &ffi_type_complex_longdouble; t[1] = &ffi_type_sint;
  t[2] = &ffi_type_complex_longdouble;
  v[0] = &la; v[1] = &five; v[2] = &lc;
  W64_PREP (&cif, 3, &ffi_type_complex_longdouble, t);
  w64_junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, FFI_FN (cld), out.b, v);
  memcpy (&lr, out.b, sizeof lr);
  CHECK_EQ_FLT (__real__ lr, 2.0L);
  CHECK_EQ_FLT (__imag__ lr, -1.0L / 3);
  CHECK (w64_junk_intact (out.b, sizeof lr, 16));
  CHECK_EQ_INT (calls, before + 3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
