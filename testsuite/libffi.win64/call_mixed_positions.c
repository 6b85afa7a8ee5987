/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Registers are assigned by position, not per file: in f (int, double)
   the double is in %xmm1, not %xmm0, and in f (double, int) the int is in
   %rdx.  Integers and floating values interleaved every way over the
   four register slots and the stack.  */

#include "win64test.h"

static int calls;

static MS double
idid (int a, double b, int64_t c, double d)
{
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_FLT (b, 2.5);
  CHECK_EQ_INT (c, INT64_MAX);
  CHECK_EQ_FLT (d, -4.75);
  calls++;
  return a + b + d;
}

static MS int64_t
didi (double a, int b, float c, int64_t d)
{
  CHECK_EQ_FLT (a, 1e300);
  CHECK_EQ_INT (b, 0x12345678);
  CHECK_EQ_FLT (c, -0x1.8p-126f);
  CHECK_EQ_INT (d, -0x1122334455667788ll);
  calls++;
  return d - b;
}

static MS float
ffiifd_ifp (float a, float b, int c, int d, float e, double f, int g,
            float h, void *p)
{
  CHECK_EQ_FLT (a, 1.0f);
  CHECK_EQ_FLT (b, 2.0f);
  CHECK_EQ_INT (c, 3);
  CHECK_EQ_INT (d, 4);
  CHECK_EQ_FLT (e, 5.0f);
  CHECK_EQ_FLT (f, 6.0);
  CHECK_EQ_INT (g, 7);
  CHECK_EQ_FLT (h, 8.0f);
  CHECK (p == &calls);
  calls++;
  return a + b + c + d + e + (float) f + g + h;
}

static MS double
iiid_d (uint8_t a, int16_t b, uint32_t c, double d, double e)
{
  CHECK_EQ_UINT (a, 200);
  CHECK_EQ_INT (b, -300);
  CHECK_EQ_UINT (c, 4000000000u);
  CHECK_EQ_FLT (d, 0.5);            /* %xmm3 */
  CHECK_EQ_FLT (e, 0.25);           /* stack */
  calls++;
  return d + e + a;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[9];
  void *v[9];
  int ia = -1, ib = 0x12345678, i3 = 3, i4 = 4, i7 = 7, before = calls;
  int64_t lc = INT64_MAX, ld = -0x1122334455667788ll, lr;
  double db = 2.5, dd = -4.75, da = 1e300, d6 = 6.0, dr, dh = 0.5, de = 0.25;
  float fc = -0x1.8p-126f, f1 = 1, f2 = 2, f5 = 5, f8 = 8, fr;
  uint8_t u8 = 200;
  int16_t s16 = -300;
  uint32_t u32 = 4000000000u;
  void *p = &calls;

  t[0] = &ffi_type_sint; t[1] = &ffi_type_double;
  t[2] = &ffi_type_sint64; t[3] = &ffi_type_double;
  v[0] = &ia; v[1] = &db; v[2] = &lc; v[3] = &dd;
  W64_PREP (&cif, 4, &ffi_type_double, t);
  ffi_call (&cif, FFI_FN (idid), &dr, v);
  CHECK_EQ_FLT (dr, -1 + 2.5 - 4.75);

  t[0] = &ffi_type_double; t[1] = &ffi_type_sint;
  t[2] = &ffi_type_float; t[3] = &ffi_type_sint64;
  v[0] = &da; v[1] = &ib; v[2] = &fc; v[3] = &ld;
  W64_PREP (&cif, 4, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (didi), &lr, v);
  CHECK_EQ_INT (lr, ld - ib);

  t[0] = t[1] = &ffi_type_float; t[2] = t[3] = &ffi_type_sint;
  t[4] = &ffi_type_float; t[5] = &ffi_type_double; t[6] = &ffi_type_sint;
  t[7] = &ffi_type_float; t[8] = &ffi_type_pointer;
  v[0] = &f1; v[1] = &f2; v[2] = &i3; v[3] = &i4; v[4] = &f5; v[5] = &d6;
  v[6] = &i7; v[7] = &f8; v[8] = &p;
  W64_PREP (&cif, 9, &ffi_type_float, t);
  ffi_call (&cif, FFI_FN (ffiifd_ifp), &fr, v);
  CHECK_EQ_FLT (fr, 36.0f);

  t[0] = &ffi_type_uint8; t[1] = &ffi_type_sint16; t[2] = &ffi_type_uint32;
  t[3] = t[4] = &ffi_type_double;
  v[0] = &u8; v[1] = &s16; v[2] = &u32; v[3] = &dh; v[4] = &de;
  W64_PREP (&cif, 5, &ffi_type_double, t);
  ffi_call (&cif, FFI_FN (iiid_d), &dr, v);
  CHECK_EQ_FLT (dr, 200.75);
  CHECK_EQ_INT (calls, before + 4);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
