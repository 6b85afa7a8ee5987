/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* More than eight floating arguments: on x86-64 the first eight go in
   %xmm0-7 and the rest spill to the stack (a float in the low four bytes
   of its own eight-byte slot), interleaved with integer arguments that
   still use their registers.  */

#include "calltest.h"

static int calls;

static double
d_at (int k)
{
  return (k % 2 ? -1.0 : 1.0) * (1.0 + k * 0x1.0000001p-7) * 0x1p+7;
}

static float
f_at (int k)
{
  return (k % 2 ? 1.0f : -1.0f) * (1.0f + k * 0x1.001p-9f);
}

/* 12 doubles with 3 ints between them.  */
static double
twelve_doubles (double d0, double d1, int i0, double d2, double d3,
                double d4, double d5, int i1, double d6, double d7,
                double d8, double d9, double d10, int i2, double d11)
{
  double d[12] = { d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11 };
  int k;
  for (k = 0; k < 12; k++)
    CHECK_EQ_FLT (d[k], d_at (k));
  CHECK_EQ_INT (i0, -100);
  CHECK_EQ_INT (i1, 0x7fff0001);
  CHECK_EQ_INT (i2, -0x55aa55ab);
  calls++;
  return -d11;
}

/* 14 floats, then an int and a float after them.  */
static float
fourteen_floats (float f0, float f1, float f2, float f3, float f4, float f5,
                 float f6, float f7, float f8, float f9, float f10,
                 float f11, float f12, float f13, int i, float f14)
{
  float f[15] = { f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13,
                  f14 };
  int k;
  for (k = 0; k < 15; k++)
    CHECK_EQ_FLT (f[k], f_at (k));
  CHECK_EQ_INT (i, -77);
  calls++;
  return f8 * 2.0f;
}

/* Floats and doubles alternating past the register count.  */
static double
alternating (float a0, double b0, float a1, double b1, float a2, double b1x,
             float a3, double b3, float a4, double b4, float a5, double b5)
{
  CHECK_EQ_FLT (a0, f_at (0)); CHECK_EQ_FLT (b0, d_at (0));
  CHECK_EQ_FLT (a1, f_at (1)); CHECK_EQ_FLT (b1, d_at (1));
  CHECK_EQ_FLT (a2, f_at (2)); CHECK_EQ_FLT (b1x, d_at (2));
  CHECK_EQ_FLT (a3, f_at (3)); CHECK_EQ_FLT (b3, d_at (3));
  CHECK_EQ_FLT (a4, f_at (4)); CHECK_EQ_FLT (b4, d_at (4));
  CHECK_EQ_FLT (a5, f_at (5)); CHECK_EQ_FLT (b5, d_at (5));
  calls++;
  return b5 + a5;
}

int
main (void)
{
  ffi_cif cif;
  int k;

  {
    ffi_type *t[15];
    void *v[15];
    double d[12];
    int i0 = -100, i1 = 0x7fff0001, i2 = -0x55aa55ab;
    int di = 0;
    double r;
    for (k = 0; k < 15; k++)
      {
        if (k == 2 || k == 7 || k == 13)
          {
            t[k] = &ffi_type_sint;
            v[k] = k == 2 ? &i0 : k == 7 ? &i1 : &i2;
          }
        else
          {
            d[di] = d_at (di);
            t[k] = &ffi_type_double;
            v[k] = &d[di];
            di++;
          }
      }
    PREP_CIF (&cif, 15, &ffi_type_double, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (twelve_doubles), &r, v);
    CHECK_EQ_FLT (r, -d_at (11));
  }
  {
    ffi_type *t[16];
    void *v[16];
    float f[15], r;
    int i = -77;
    for (k = 0; k < 15; k++)
      f[k] = f_at (k);
    for (k = 0; k < 14; k++)
      {
        t[k] = &ffi_type_float;
        v[k] = &f[k];
      }
    t[14] = &ffi_type_sint; v[14] = &i;
    t[15] = &ffi_type_float; v[15] = &f[14];
    PREP_CIF (&cif, 16, &ffi_type_float, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (fourteen_floats), &r, v);
    CHECK_EQ_FLT (r, f_at (8) * 2.0f);
  }
  {
    ffi_type *t[12];
    void *v[12];
    float a[6];
    double b[6], r;
    for (k = 0; k < 6; k++)
      {
        a[k] = f_at (k);
        b[k] = d_at (k);
        t[2 * k] = &ffi_type_float; v[2 * k] = &a[k];
        t[2 * k + 1] = &ffi_type_double; v[2 * k + 1] = &b[k];
      }
    PREP_CIF (&cif, 12, &ffi_type_double, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (alternating), &r, v);
    CHECK_EQ_FLT (r, d_at (5) + f_at (5));
  }
  CHECK_EQ_INT (calls, 3);
  return 0;
}
