/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs with array members, described to ffi the usual way: an array
   of n T is n consecutive T elements.  {char a[5]; float b;} is 12 bytes
   (INTEGER, then SSE on x86-64), {short a[3]; double b;} 16 (INTEGER,
   SSE), {float a[3];} 12 (SSE, SSE), {float a[2]; int b[2];} 16 (SSE,
   INTEGER), {char a[20];} 20 (MEMORY).  Arguments and results.  */

#include "calltest.h"

typedef struct { signed char a[5]; float b; } c5_f;
typedef struct { short a[3]; double b; } s3_d;
typedef struct { float a[3]; } f3;
typedef struct { float a[2]; int32_t b[2]; } f2_i2;
typedef struct { signed char a[20]; } c20;

#define C &ffi_type_schar
#define S &ffi_type_sshort
#define F &ffi_type_float
#define I &ffi_type_sint32
STRUCT_TYPE (c5_f_type, C, C, C, C, C, F);
STRUCT_TYPE (s3_d_type, S, S, S, &ffi_type_double);
STRUCT_TYPE (f3_type, F, F, F);
STRUCT_TYPE (f2_i2_type, F, F, I, I);
STRUCT_TYPE (c20_type, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
             C, C);

static int calls;

static c5_f
f_c5_f (c5_f x, s3_d y, f3 z, f2_i2 w, c20 u, int tail)
{
  int k;
  for (k = 0; k < 5; k++)
    CHECK_EQ_INT (x.a[k], -10 * (k + 1));
  CHECK_EQ_FLT (x.b, 0x1.abcdeep-2f);
  for (k = 0; k < 3; k++)
    CHECK_EQ_INT (y.a[k], -0x1111 * (k + 1));
  CHECK_EQ_FLT (y.b, 0x1.23456789abcdep+3);
  for (k = 0; k < 3; k++)
    CHECK_EQ_FLT (z.a[k], 0.5f + k * 0x1p-10f);
  CHECK_EQ_FLT (w.a[0], -0.25f);
  CHECK_EQ_FLT (w.a[1], 0x1.fffffep+10f);
  CHECK_EQ_INT (w.b[0], INT32_MIN);
  CHECK_EQ_INT (w.b[1], INT32_MAX);
  for (k = 0; k < 20; k++)
    CHECK_EQ_INT (u.a[k], (signed char) (0x61 + k));
  CHECK_EQ_INT (tail, -99);
  calls++;
  for (k = 0; k < 5; k++)
    x.a[k] = u.a[k];
  x.b = z.a[2];
  return x;
}

static s3_d
r_s3_d (void)
{
  s3_d r;
  memset (&r, 0, sizeof r);
  r.a[0] = -1; r.a[1] = 0x7fff; r.a[2] = -0x8000;
  r.b = -0x1.fffffffffffffp+1000;
  calls++;
  return r;
}

static f3
r_f3 (void)
{
  f3 r = { { 1.5f, -2.5f, 0x1p-126f } };
  calls++;
  return r;
}

static f2_i2
r_f2_i2 (void)
{
  f2_i2 r = { { -0x1.8p+3f, 0x1.4p-3f }, { -0x1234567, 0x7654321 } };
  calls++;
  return r;
}

static c20
r_c20 (void)
{
  c20 r;
  int k;
  for (k = 0; k < 20; k++)
    r.a[k] = (signed char) (0x41 + k);
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  int k;
  c5_f x, rx;
  s3_d y, ry;
  f3 z, rz;
  f2_i2 w, rw;
  c20 u, ru;
  int tail = -99;
  ffi_type *t[6] = { &c5_f_type, &s3_d_type, &f3_type, &f2_i2_type,
                     &c20_type, &ffi_type_sint };
  void *v[6] = { &x, &y, &z, &w, &u, &tail };

  memset (&x, 0, sizeof x);
  memset (&y, 0, sizeof y);
  for (k = 0; k < 5; k++)
    x.a[k] = (signed char) (-10 * (k + 1));
  x.b = 0x1.abcdeep-2f;
  for (k = 0; k < 3; k++)
    y.a[k] = (short) (-0x1111 * (k + 1));
  y.b = 0x1.23456789abcdep+3;
  for (k = 0; k < 3; k++)
    z.a[k] = 0.5f + k * 0x1p-10f;
  w.a[0] = -0.25f; w.a[1] = 0x1.fffffep+10f;
  w.b[0] = INT32_MIN; w.b[1] = INT32_MAX;
  for (k = 0; k < 20; k++)
    u.a[k] = (signed char) (0x61 + k);

  PREP_CIF (&cif, 6, &c5_f_type, t);
  CHECK_EQ_UINT (c5_f_type.size, 12);
  CHECK_EQ_UINT (c5_f_type.alignment, 4);
  CHECK_EQ_UINT (s3_d_type.size, sizeof (s3_d));
  CHECK_EQ_UINT (f3_type.size, 12);
  CHECK_EQ_UINT (f2_i2_type.size, 16);
  CHECK_EQ_UINT (c20_type.size, 20);
  CHECK_EQ_UINT (c20_type.alignment, 1);
  junk_fill (&rx, sizeof rx);
  ffi_call (&cif, FFI_FN (f_c5_f), &rx, v);
  for (k = 0; k < 5; k++)
    CHECK_EQ_INT (rx.a[k], (signed char) (0x61 + k));
  CHECK_EQ_FLT (rx.b, 0.5f + 2 * 0x1p-10f);

  PREP_CIF (&cif, 0, &s3_d_type, NULL);
  junk_fill (&ry, sizeof ry);
  ffi_call (&cif, FFI_FN (r_s3_d), &ry, NULL);
  CHECK_EQ_INT (ry.a[0], -1);
  CHECK_EQ_INT (ry.a[1], 0x7fff);
  CHECK_EQ_INT (ry.a[2], -0x8000);
  CHECK_EQ_FLT (ry.b, -0x1.fffffffffffffp+1000);

  PREP_CIF (&cif, 0, &f3_type, NULL);
  junk_fill (&rz, sizeof rz);
  ffi_call (&cif, FFI_FN (r_f3), &rz, NULL);
  CHECK_EQ_FLT (rz.a[0], 1.5f);
  CHECK_EQ_FLT (rz.a[1], -2.5f);
  CHECK_EQ_FLT (rz.a[2], 0x1p-126f);

  PREP_CIF (&cif, 0, &f2_i2_type, NULL);
  junk_fill (&rw, sizeof rw);
  ffi_call (&cif, FFI_FN (r_f2_i2), &rw, NULL);
  CHECK_EQ_FLT (rw.a[0], -0x1.8p+3f);
  CHECK_EQ_FLT (rw.a[1], 0x1.4p-3f);
  CHECK_EQ_INT (rw.b[0], -0x1234567);
  CHECK_EQ_INT (rw.b[1], 0x7654321);

  PREP_CIF (&cif, 0, &c20_type, NULL);
  junk_fill (&ru, sizeof ru);
  ffi_call (&cif, FFI_FN (r_c20), &ru, NULL);
  for (k = 0; k < 20; k++)
    CHECK_EQ_INT (ru.a[k], (signed char) (0x41 + k));

  CHECK_EQ_INT (calls, 5);
  return 0;
}
