/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* double arguments and double results, with values that use the whole
   52-bit mantissa and extreme exponents (a float-sized or truncated copy
   cannot pass).  */

#include "calltest.h"

static int calls;
static double seen[5];

#define D1 0x1.23456789abcdep+10
#define D2 (-0x1.fedcba9876543p-900)
#define D3 0x1.0000000000001p+1000
#define D4 (-0x1.5555555555555p-2)
#define D5 0x1.f0f0f0f0f0f0fp+0

static double
take_doubles (double a, double b, double c, double d, double e)
{
  CHECK_EQ_FLT (a, D1);
  CHECK_EQ_FLT (b, D2);
  CHECK_EQ_FLT (c, D3);
  CHECK_EQ_FLT (d, D4);
  CHECK_EQ_FLT (e, D5);
  seen[0] = a; seen[1] = b; seen[2] = c; seen[3] = d; seen[4] = e;
  calls++;
  return -d * 0x1p+20;
}

static double ret_double (void) { calls++; return -0x1.8000000000001p-1022; }

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &ffi_type_double, &ffi_type_double, &ffi_type_double,
                     &ffi_type_double, &ffi_type_double };
  double a = D1, b = D2, c = D3, d = D4, e = D5;
  void *v[5] = { &a, &b, &c, &d, &e };
  double r;

  PREP_CIF (&cif, 5, &ffi_type_double, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_doubles), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r, -D4 * 0x1p+20);
  CHECK_EQ_FLT (seen[1], D2);
  CHECK_EQ_FLT (seen[4], D5);

  PREP_CIF (&cif, 0, &ffi_type_double, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_double), &r, NULL);
  CHECK_EQ_FLT (r, -0x1.8000000000001p-1022);
  CHECK_EQ_INT (calls, 2);
  return 0;
}
