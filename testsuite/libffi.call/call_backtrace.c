/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Unwind information for the test's own frames too: some targets'
   compilers emit none by default (riscv64's GCC 12; C on 32-bit Arm).  */
/* { dg-options "-funwind-tables -fasynchronous-unwind-tables" } */
/* Unwinding through ffi_call: a callee's backtrace() (the DWARF
   unwinder, reading ffi_call's CFI) must walk through every path of
   ffi_call out to the frames outside main: the outermost entries equal
   those of a backtrace taken in main.  The paths: arguments all in
   registers (the threaded path), registers then stack arguments (its
   stack loop, which moves %rsp), and a struct argument (the general
   path).  */

#include "calltest.h"
#include <execinfo.h>

#define DEPTH 64

static void *outer[DEPTH];
static int outer_n, calls;

static void
check_trace (void)
{
  void *here[DEPTH];
  int n = backtrace (here, DEPTH), k;
  CHECK (n > outer_n);
  for (k = 1; k < outer_n && k <= 3; k++)   /* all but main's own */
    CHECK (here[n - k] == outer[outer_n - k]);
  calls++;
}

static int
regs_only (int a, int b)
{
  check_trace ();
  return a - b;
}

static long
with_stack (long a, long b, long c, long d, long e, long f, long g, long h,
            long i, long j)
{
  check_trace ();
  return a + b + c + d + e + f + g + h + i * j;
}

typedef struct { long x, y, z; } big;

static long
with_struct (big s, int k)
{
  check_trace ();
  return s.x + s.y + s.z + k;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[10];
  void *v[10];
  long l[10];
  int a = 7, b = 3, i;
  ffi_arg r;
  big s = { 1, 2, 3 };
  STRUCT_TYPE (big_type, &ffi_type_slong, &ffi_type_slong, &ffi_type_slong);

  outer_n = backtrace (outer, DEPTH);
  CHECK (outer_n >= 2);              /* main and what called it */

  t[0] = t[1] = &ffi_type_sint;
  v[0] = &a, v[1] = &b;
  PREP_CIF (&cif, 2, &ffi_type_sint, t);
  ffi_call (&cif, FFI_FN (regs_only), &r, v);
  CHECK_EQ_INT ((int) r, 4);

  for (i = 0; i < 10; i++)
    t[i] = &ffi_type_slong, l[i] = i + 1, v[i] = &l[i];
  PREP_CIF (&cif, 10, &ffi_type_slong, t);
  ffi_call (&cif, FFI_FN (with_stack), &r, v);
  CHECK_EQ_INT ((long) r, 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 * 10);

  t[0] = &big_type, t[1] = &ffi_type_sint;
  v[0] = &s, v[1] = &a;
  PREP_CIF (&cif, 2, &ffi_type_slong, t);
  ffi_call (&cif, FFI_FN (with_struct), &r, v);
  CHECK_EQ_INT ((long) r, 1 + 2 + 3 + 7);

  CHECK_EQ_INT (calls, 3);
  return 0;
}
