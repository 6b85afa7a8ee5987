/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* long double as a fixed and as a variadic argument (passed in memory on
   x86-64, 16-byte aligned in the overflow area), mixed with ints and
   doubles, and a long double result of a variadic function.  */

#include "calltest.h"

static int calls;

#define LV(k) ((long double) (k) - 0x1.23456789abcdefp-3L)

static long double
vld (long double first, int n, ...)
{
  va_list ap;
  long double sum = first;
  int k;
  CHECK_EQ_FLT (first, 0x1.fedcba9876543212p+1L);
  va_start (ap, n);
  for (k = 0; k < n; k++)
    {
      long double x = va_arg (ap, long double);
      int i = va_arg (ap, int);
      double d = va_arg (ap, double);
      CHECK_EQ_FLT (x, LV (k));
      CHECK_EQ_INT (i, -k);
      CHECK_EQ_FLT (d, k * 0.5);
      sum = x;
    }
  va_end (ap);
  calls++;
  return sum;
}

int
main (void)
{
  ffi_cif cif;
  enum { N = 7 };
  ffi_type *t[2 + 3 * N];
  void *v[2 + 3 * N];
  long double first = 0x1.fedcba9876543212p+1L, xs[N], r;
  int is[N], n = N, k, a = 2;
  double ds[N];

  t[0] = &ffi_type_longdouble; v[0] = &first;
  t[1] = &ffi_type_sint; v[1] = &n;
  for (k = 0; k < N; k++)
    {
      xs[k] = LV (k);
      is[k] = -k;
      ds[k] = k * 0.5;
      t[a] = &ffi_type_longdouble; v[a++] = &xs[k];
      t[a] = &ffi_type_sint; v[a++] = &is[k];
      t[a] = &ffi_type_double; v[a++] = &ds[k];
    }
  PREP_CIF_VAR (&cif, 2, a, &ffi_type_longdouble, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (vld), &r, v);
  CHECK_EQ_FLT (r, LV (N - 1));
  CHECK_EQ_INT (calls, 1);
  CHECK_X87_EMPTY ();
  return 0;
}
