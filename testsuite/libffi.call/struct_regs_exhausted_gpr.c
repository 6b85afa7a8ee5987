/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs when the integer registers run out (x86-64: %rdi..%r9).  A
   struct is passed in registers only if all of its eight-bytes fit; a
   16-byte INTEGER struct that needs two GPRs when only one is left goes
   wholly to the stack, and a later scalar still takes the register left
   over.  A {int64, double} struct needing one GPR and one SSE register
   does fit then.  */

#include "calltest.h"

typedef struct { int64_t a, b; } LL;
typedef struct { int64_t a; double d; } LD;
typedef struct { int32_t i; } I1;
typedef struct { double x, y; } DD;

STRUCT_TYPE (LL_type, &ffi_type_sint64, &ffi_type_sint64);
STRUCT_TYPE (LD_type, &ffi_type_sint64, &ffi_type_double);
STRUCT_TYPE (I1_type, &ffi_type_sint32);
STRUCT_TYPE (DD_type, &ffi_type_double, &ffi_type_double);

static int calls;

#define A(k) ((int64_t) -0x0101010101010101LL * (k))

static void
check5 (int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5)
{
  CHECK_EQ_INT (a1, A (1)); CHECK_EQ_INT (a2, A (2));
  CHECK_EQ_INT (a3, A (3)); CHECK_EQ_INT (a4, A (4));
  CHECK_EQ_INT (a5, A (5));
}

/* s needs two GPRs, only %r9 is left: s on the stack, a6 in %r9.  */
static int64_t
g1 (int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5, LL s,
    int64_t a6)
{
  check5 (a1, a2, a3, a4, a5);
  CHECK_EQ_INT (s.a, 0x1111111111111111LL);
  CHECK_EQ_INT (s.b, -0x2222222222222222LL);
  CHECK_EQ_INT (a6, A (6));
  calls++;
  return a6 - s.b;
}

/* s to the stack, then t fits (%r9 + %xmm0), then a6 to the stack.  */
static double
g2 (int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5, LL s,
    LD t, int64_t a6)
{
  check5 (a1, a2, a3, a4, a5);
  CHECK_EQ_INT (s.a, 0x1111111111111111LL);
  CHECK_EQ_INT (s.b, -0x2222222222222222LL);
  CHECK_EQ_INT (t.a, INT64_MIN + 9);
  CHECK_EQ_FLT (t.d, 0x1.23456789abcdep-10);
  CHECK_EQ_INT (a6, A (6));
  calls++;
  return -t.d;
}

/* All six GPRs used: even a 4-byte struct goes to the stack.  */
static int32_t
g3 (int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
    int64_t a6, I1 s, double d, I1 u)
{
  check5 (a1, a2, a3, a4, a5);
  CHECK_EQ_INT (a6, A (6));
  CHECK_EQ_INT (s.i, -0x3456789);
  CHECK_EQ_FLT (d, 0.1);
  CHECK_EQ_INT (u.i, 0x3456789);
  calls++;
  return s.i - u.i;
}

/* An SSE struct does not care that only one GPR is left.  */
static int64_t
g4 (int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5, DD s,
    int64_t a6, LL t)
{
  check5 (a1, a2, a3, a4, a5);
  CHECK_EQ_FLT (s.x, -1.25);
  CHECK_EQ_FLT (s.y, 0x1.fffffffffffffp-1);
  CHECK_EQ_INT (a6, A (6));
  CHECK_EQ_INT (t.a, 7);
  CHECK_EQ_INT (t.b, -7);
  calls++;
  return a6 + t.a;
}

int
main (void)
{
  ffi_cif cif;
  int64_t a[6];
  ffi_type *t[10];
  void *v[10];
  LL s = { 0x1111111111111111LL, -0x2222222222222222LL }, t7 = { 7, -7 };
  LD ld = { INT64_MIN + 9, 0x1.23456789abcdep-10 };
  I1 i1 = { -0x3456789 }, i2 = { 0x3456789 };
  DD dd = { -1.25, 0x1.fffffffffffffp-1 };
  double d = 0.1, rd;
  int64_t r;
  ffi_arg ri;
  int k;

  for (k = 0; k < 6; k++)
    {
      a[k] = A (k + 1);
      t[k] = &ffi_type_sint64;
      v[k] = &a[k];
    }

  t[5] = &LL_type; v[5] = &s;
  t[6] = &ffi_type_sint64; v[6] = &a[5];
  PREP_CIF (&cif, 7, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (g1), &r, v);
  CHECK_EQ_INT (r, A (6) + 0x2222222222222222LL);

  t[6] = &LD_type; v[6] = &ld;
  t[7] = &ffi_type_sint64; v[7] = &a[5];
  PREP_CIF (&cif, 8, &ffi_type_double, t);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (g2), &rd, v);
  CHECK_EQ_FLT (rd, -0x1.23456789abcdep-10);

  t[5] = &ffi_type_sint64; v[5] = &a[5];
  t[6] = &I1_type; v[6] = &i1;
  t[7] = &ffi_type_double; v[7] = &d;
  t[8] = &I1_type; v[8] = &i2;
  PREP_CIF (&cif, 9, &ffi_type_sint32, t);
  junk_fill (&ri, sizeof ri);
  ffi_call (&cif, FFI_FN (g3), &ri, v);
  CHECK_EQ_UINT (ri, SEXT_ARG (-0x3456789 - 0x3456789));

  t[5] = &DD_type; v[5] = &dd;
  t[6] = &ffi_type_sint64; v[6] = &a[5];
  t[7] = &LL_type; v[7] = &t7;
  PREP_CIF (&cif, 8, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (g4), &r, v);
  CHECK_EQ_INT (r, A (6) + 7);

  CHECK_EQ_INT (calls, 4);
  return 0;
}
