/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Variadic ms_abi callees (__builtin_ms_va_list) called with doubles.
   A variadic callee reads its register arguments from the integer
   registers (va_start spills %rcx, %rdx, %r8, %r9 into the shadow
   space), so a floating argument in slots 0-3 must be in both %xmmN and
   the matching integer register.  From 1 to 12 doubles, after an int;
   then after a fixed double.  */

#include "win64test.h"

static int calls;

static double
val (int i)
{
  return (i % 2 ? -1 : 1) * (i + 1) * 0.375 + 0x1p-30 * i;
}

static MS double
vsum (int n, ...)
{
  __builtin_ms_va_list ap;
  double s = 0;
  int i;
  __builtin_ms_va_start (ap, n);
  for (i = 0; i < n; i++)
    {
      double x = __builtin_va_arg (ap, double);
      CHECK_EQ_FLT (x, val (i));
      s += x * (i + 1);
    }
  __builtin_ms_va_end (ap);
  calls++;
  return s;
}

static MS double
vfixed (double first, int n, ...)
{
  __builtin_ms_va_list ap;
  double s = first;
  int i;
  CHECK_EQ_FLT (first, -0.5);
  __builtin_ms_va_start (ap, n);
  for (i = 0; i < n; i++)
    {
      double x = __builtin_va_arg (ap, double);
      CHECK_EQ_FLT (x, val (i));
      s += x;
    }
  __builtin_ms_va_end (ap);
  calls++;
  return s;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[14];
  void *v[14];
  double d[12], r, want, first = -0.5;
  int n, i, before = calls;

  for (i = 0; i < 12; i++)
    d[i] = val (i);

  for (n = 1; n <= 12; n++)
    {
      t[0] = &ffi_type_sint;
      v[0] = &n;
      want = 0;
      for (i = 0; i < n; i++)
        {
          t[1 + i] = &ffi_type_double;
          v[1 + i] = &d[i];
          want += d[i] * (i + 1);
        }
      W64_PREP_VAR (&cif, 1, 1 + n, &ffi_type_double, t);
      ffi_call (&cif, FFI_FN (vsum), &r, v);
      CHECK_EQ_FLT (r, want);

      t[0] = &ffi_type_double;
      v[0] = &first;
      t[1] = &ffi_type_sint;
      v[1] = &n;
      want = first;
      for (i = 0; i < n; i++)
        {
          t[2 + i] = &ffi_type_double;
          v[2 + i] = &d[i];
          want += d[i];
        }
      W64_PREP_VAR (&cif, 2, 2 + n, &ffi_type_double, t);
      ffi_call (&cif, FFI_FN (vfixed), &r, v);
      CHECK_EQ_FLT (r, want);
    }
  CHECK_EQ_INT (calls, before + 24);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
