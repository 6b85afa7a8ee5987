/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Signed integer arguments of every width (sint8..sint64), six in
   registers and four on the stack on x86-64, including each type's
   extremes.  The callee checks and records every value; the caller checks
   the sint64 result and what was recorded.  */

#include "calltest.h"

static int calls;
static int64_t seen[10];

static int64_t
take_signed (int8_t a, int16_t b, int32_t c, int64_t d, int8_t e,
             int16_t f, int32_t g, int64_t h, int8_t i, int16_t j)
{
  CHECK_EQ_INT (a, -91);
  CHECK_EQ_INT (b, -0x1235);
  CHECK_EQ_INT (c, -0x12345679);
  CHECK_EQ_INT (d, -0x123456789abcdefLL);
  CHECK_EQ_INT (e, INT8_MIN);
  CHECK_EQ_INT (f, INT16_MAX);
  CHECK_EQ_INT (g, INT32_MIN);
  CHECK_EQ_INT (h, INT64_MAX);
  CHECK_EQ_INT (i, INT8_MAX);
  CHECK_EQ_INT (j, INT16_MIN);
  seen[0] = a; seen[1] = b; seen[2] = c; seen[3] = d; seen[4] = e;
  seen[5] = f; seen[6] = g; seen[7] = h; seen[8] = i; seen[9] = j;
  calls++;
  return d ^ ((int64_t) c * 3 + a);
}

/* The same widths, all negative and ending in 0x80..., in reverse order.  */
static int32_t
take_signed_rev (int64_t a, int32_t b, int16_t c, int8_t d)
{
  CHECK_EQ_INT (a, INT64_MIN + 1);
  CHECK_EQ_INT (b, -2);
  CHECK_EQ_INT (c, -0x7f80);
  CHECK_EQ_INT (d, -1);
  calls++;
  return b * 1000 + d;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *types[10] = {
    &ffi_type_sint8, &ffi_type_sint16, &ffi_type_sint32, &ffi_type_sint64,
    &ffi_type_sint8, &ffi_type_sint16, &ffi_type_sint32, &ffi_type_sint64,
    &ffi_type_sint8, &ffi_type_sint16
  };
  int8_t a = -91, e = INT8_MIN, i = INT8_MAX;
  int16_t b = -0x1235, f = INT16_MAX, j = INT16_MIN;
  int32_t c = -0x12345679, g = INT32_MIN;
  int64_t d = -0x123456789abcdefLL, h = INT64_MAX;
  void *values[10] = { &a, &b, &c, &d, &e, &f, &g, &h, &i, &j };
  int64_t r;

  PREP_CIF (&cif, 10, &ffi_type_sint64, types);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_signed), &r, values);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_INT (r, d ^ ((int64_t) c * 3 + a));
  CHECK_EQ_INT (seen[0], -91);
  CHECK_EQ_INT (seen[3], -0x123456789abcdefLL);
  CHECK_EQ_INT (seen[7], INT64_MAX);
  CHECK_EQ_INT (seen[9], INT16_MIN);
  /* The argument storage is the caller's: ffi_call must not change it.  */
  CHECK_EQ_INT (a, -91);
  CHECK_EQ_INT (j, INT16_MIN);

  {
    ffi_type *rt[4] = { &ffi_type_sint64, &ffi_type_sint32,
                        &ffi_type_sint16, &ffi_type_sint8 };
    int64_t ra = INT64_MIN + 1;
    int32_t rb = -2;
    int16_t rc = -0x7f80;
    int8_t rd = -1;
    void *rv[4] = { &ra, &rb, &rc, &rd };
    ffi_arg res;
    PREP_CIF (&cif, 4, &ffi_type_sint32, rt);
    junk_fill (&res, sizeof res);
    ffi_call (&cif, FFI_FN (take_signed_rev), &res, rv);
    CHECK_EQ_INT (calls, 2);
    CHECK_EQ_UINT (res, SEXT_ARG (-2001));
  }
  return 0;
}
