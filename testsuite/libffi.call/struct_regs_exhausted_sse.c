/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs when the SSE registers run out (x86-64: %xmm0-7).  A {double,
   double} struct needing two SSE registers when only %xmm7 is left goes
   wholly to the stack and a later double still takes %xmm7; a {float x3}
   struct (two SSE eight-bytes) likewise; a {double, int64} struct needs
   only one SSE register and fits; with all eight used even {float} goes to
   the stack.  */

#include "calltest.h"

typedef struct { double x, y; } DD;
typedef struct { float a, b, c; } F3;
typedef struct { double d; int64_t l; } DL;
typedef struct { float f; } F1;

STRUCT_TYPE (DD_type, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (F3_type, &ffi_type_float, &ffi_type_float, &ffi_type_float);
STRUCT_TYPE (DL_type, &ffi_type_double, &ffi_type_sint64);
STRUCT_TYPE (F1_type, &ffi_type_float);

static int calls;

#define D(k) (-0.5 - (k) * 0x1.0000001p+1)

static void
check7 (double d1, double d2, double d3, double d4, double d5, double d6,
        double d7)
{
  CHECK_EQ_FLT (d1, D (1)); CHECK_EQ_FLT (d2, D (2));
  CHECK_EQ_FLT (d3, D (3)); CHECK_EQ_FLT (d4, D (4));
  CHECK_EQ_FLT (d5, D (5)); CHECK_EQ_FLT (d6, D (6));
  CHECK_EQ_FLT (d7, D (7));
}

static double
h1 (double d1, double d2, double d3, double d4, double d5, double d6,
    double d7, DD s, double d8)
{
  check7 (d1, d2, d3, d4, d5, d6, d7);
  CHECK_EQ_FLT (s.x, 0x1.23456789abcdep+5);
  CHECK_EQ_FLT (s.y, -0x1.23456789abcdep-5);
  CHECK_EQ_FLT (d8, D (8));
  calls++;
  return s.y;
}

static float
h2 (double d1, double d2, double d3, double d4, double d5, double d6,
    double d7, F3 s, float f)
{
  check7 (d1, d2, d3, d4, d5, d6, d7);
  CHECK_EQ_FLT (s.a, 1.5f);
  CHECK_EQ_FLT (s.b, -0x1.abcdeep-4f);
  CHECK_EQ_FLT (s.c, 0x1.000002p+9f);
  CHECK_EQ_FLT (f, -0.0625f);
  calls++;
  return s.b;
}

static int64_t
h3 (double d1, double d2, double d3, double d4, double d5, double d6,
    double d7, DL s, double d8)
{
  check7 (d1, d2, d3, d4, d5, d6, d7);
  CHECK_EQ_FLT (s.d, -0x1.5p+2);
  CHECK_EQ_INT (s.l, -0x0fedcba987654321LL);
  CHECK_EQ_FLT (d8, D (8));
  calls++;
  return s.l;
}

static F1
h4 (double d1, double d2, double d3, double d4, double d5, double d6,
    double d7, double d8, F1 s, int i, F1 u)
{
  check7 (d1, d2, d3, d4, d5, d6, d7);
  CHECK_EQ_FLT (d8, D (8));
  CHECK_EQ_FLT (s.f, 0x1.7p-3f);
  CHECK_EQ_INT (i, -1);
  CHECK_EQ_FLT (u.f, -0x1.7p+3f);
  calls++;
  s.f = u.f;
  return s;
}

int
main (void)
{
  ffi_cif cif;
  double d[8];
  ffi_type *t[11];
  void *v[11];
  DD dd = { 0x1.23456789abcdep+5, -0x1.23456789abcdep-5 };
  F3 f3 = { 1.5f, -0x1.abcdeep-4f, 0x1.000002p+9f };
  DL dl = { -0x1.5p+2, -0x0fedcba987654321LL };
  F1 f1 = { 0x1.7p-3f }, f1b = { -0x1.7p+3f }, rf1;
  float f = -0.0625f, rf;
  double rd;
  int64_t rl;
  int i = -1, k;

  for (k = 0; k < 8; k++)
    {
      d[k] = D (k + 1);
      t[k] = &ffi_type_double;
      v[k] = &d[k];
    }

  t[7] = &DD_type; v[7] = &dd;
  t[8] = &ffi_type_double; v[8] = &d[7];
  PREP_CIF (&cif, 9, &ffi_type_double, t);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (h1), &rd, v);
  CHECK_EQ_FLT (rd, -0x1.23456789abcdep-5);

  t[7] = &F3_type; v[7] = &f3;
  t[8] = &ffi_type_float; v[8] = &f;
  PREP_CIF (&cif, 9, &ffi_type_float, t);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (h2), &rf, v);
  CHECK_EQ_FLT (rf, -0x1.abcdeep-4f);

  t[7] = &DL_type; v[7] = &dl;
  t[8] = &ffi_type_double; v[8] = &d[7];
  PREP_CIF (&cif, 9, &ffi_type_sint64, t);
  junk_fill (&rl, sizeof rl);
  ffi_call (&cif, FFI_FN (h3), &rl, v);
  CHECK_EQ_INT (rl, -0x0fedcba987654321LL);

  t[7] = &ffi_type_double; v[7] = &d[7];
  t[8] = &F1_type; v[8] = &f1;
  t[9] = &ffi_type_sint; v[9] = &i;
  t[10] = &F1_type; v[10] = &f1b;
  PREP_CIF (&cif, 11, &F1_type, t);
  junk_fill (&rf1, sizeof rf1);
  ffi_call (&cif, FFI_FN (h4), &rf1, v);
  CHECK_EQ_FLT (rf1.f, -0x1.7p+3f);

  CHECK_EQ_INT (calls, 4);
  return 0;
}
