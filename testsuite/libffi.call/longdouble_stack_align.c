/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* long double arguments on the stack among other stack arguments.  On
   x86-64 a long double occupies a 16-byte slot aligned to 16 bytes in the
   argument area, so after an odd number of eight-byte stack arguments a
   padding slot is skipped; the arguments after it must still be found.
   Here the integer and SSE registers are full, so every later argument is
   on the stack and the padding matters.  */

#include "calltest.h"

static int calls;

#define LDV(k) ((long double) (k) + 0x1.23456789abcdefp-2L)

static long double
f (double d0, double d1, double d2, double d3, double d4, double d5,
   double d6, double d7, int a1, int a2, int a3, int a4, int a5, int a6,
   int a7, long double x, int a8, long double y, double d8, long double z,
   signed char c, short s, long double w)
{
  CHECK_EQ_FLT (d0, 0.5); CHECK_EQ_FLT (d1, 1.5); CHECK_EQ_FLT (d2, 2.5);
  CHECK_EQ_FLT (d3, 3.5); CHECK_EQ_FLT (d4, 4.5); CHECK_EQ_FLT (d5, 5.5);
  CHECK_EQ_FLT (d6, 6.5); CHECK_EQ_FLT (d7, 7.5);
  CHECK_EQ_INT (a1, -1); CHECK_EQ_INT (a2, -2); CHECK_EQ_INT (a3, -3);
  CHECK_EQ_INT (a4, -4); CHECK_EQ_INT (a5, -5); CHECK_EQ_INT (a6, -6);
  CHECK_EQ_INT (a7, -7);            /* first stack slot */
  CHECK_EQ_FLT (x, LDV (1));        /* padded to the next 16 */
  CHECK_EQ_INT (a8, -8);
  CHECK_EQ_FLT (y, LDV (2));        /* padded again */
  CHECK_EQ_FLT (d8, -0x1.23456789abcdep+100);
  CHECK_EQ_FLT (z, LDV (3));
  CHECK_EQ_INT (c, -0x5b);
  CHECK_EQ_INT (s, -0x1235);
  CHECK_EQ_FLT (w, LDV (4));
  calls++;
  return x + y;
}

/* Only one eight-byte stack argument before the long double, which is
   the first argument of all.  */
static long double
g (long double a, int b1, int b2, int b3, int b4, int b5, int b6, int b7,
   long double c)
{
  CHECK_EQ_FLT (a, LDV (5));
  CHECK_EQ_INT (b1 + b2 + b3 + b4 + b5 + b6, 21);
  CHECK_EQ_INT (b7, 0x7007);
  CHECK_EQ_FLT (c, LDV (6));
  calls++;
  return -c;
}

int
main (void)
{
  ffi_cif cif;
  int k;
  {
    ffi_type *t[23];
    void *v[23];
    double d[8], d8 = -0x1.23456789abcdep+100;
    int a[8];
    long double x = LDV (1), y = LDV (2), z = LDV (3), w = LDV (4), r;
    signed char c = -0x5b;
    short s = -0x1235;
    for (k = 0; k < 8; k++)
      {
        d[k] = k + 0.5;
        a[k] = -(k + 1);
        t[k] = &ffi_type_double;
        v[k] = &d[k];
      }
    for (k = 0; k < 7; k++)
      {
        t[8 + k] = &ffi_type_sint;
        v[8 + k] = &a[k];
      }
    t[15] = &ffi_type_longdouble; v[15] = &x;
    t[16] = &ffi_type_sint; v[16] = &a[7];
    t[17] = &ffi_type_longdouble; v[17] = &y;
    t[18] = &ffi_type_double; v[18] = &d8;
    t[19] = &ffi_type_longdouble; v[19] = &z;
    t[20] = &ffi_type_schar; v[20] = &c;
    t[21] = &ffi_type_sshort; v[21] = &s;
    t[22] = &ffi_type_longdouble; v[22] = &w;
    PREP_CIF (&cif, 23, &ffi_type_longdouble, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f), &r, v);
    CHECK_EQ_FLT (r, LDV (1) + LDV (2));
  }
  {
    ffi_type *t[9];
    void *v[9];
    int b[7] = { 1, 2, 3, 4, 5, 6, 0x7007 };
    long double a = LDV (5), c = LDV (6), r;
    t[0] = &ffi_type_longdouble; v[0] = &a;
    for (k = 0; k < 7; k++)
      {
        t[1 + k] = &ffi_type_sint;
        v[1 + k] = &b[k];
      }
    t[8] = &ffi_type_longdouble; v[8] = &c;
    PREP_CIF (&cif, 9, &ffi_type_longdouble, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (g), &r, v);
    CHECK_EQ_FLT (r, -LDV (6));
  }
  CHECK_EQ_INT (calls, 2);
  CHECK_X87_EMPTY ();
  return 0;
}
