/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* i386's x87 computes doubles in long double unless told to round every
   assignment and cast (no effect where doubles live in SSE registers).  */
/* { dg-options "-fexcess-precision=standard" } */
/* Structs by value as variadic arguments (ffi_prep_cif_var accepts them
   even when smaller than int): INTEGER {int, int}, a one-byte {char},
   SSE {double, double}, mixed {int64, double} and MEMORY {int64 x3}, read
   back with va_arg in the test's own variadic function.  */

#include "calltest.h"

typedef struct { int32_t a, b; } II;
typedef struct { signed char c; } C1;
typedef struct { double x, y; } DD;
typedef struct { int64_t l; double d; } LD;
typedef struct { int64_t v[3]; } L3;

STRUCT_TYPE (II_type, &ffi_type_sint32, &ffi_type_sint32);
STRUCT_TYPE (C1_type, &ffi_type_schar);
STRUCT_TYPE (DD_type, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (LD_type, &ffi_type_sint64, &ffi_type_double);
STRUCT_TYPE (L3_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int calls;

static int
vstructs (int n, ...)
{
  va_list ap;
  II ii;
  C1 c1;
  DD dd;
  LD ld;
  L3 l3;
  int rep;
  va_start (ap, n);
  for (rep = 0; rep < n; rep++)
    {
      ii = va_arg (ap, II);
      CHECK_EQ_INT (ii.a, -0x1234567 - rep);
      CHECK_EQ_INT (ii.b, 0x7654321 + rep);
      c1 = va_arg (ap, C1);
      CHECK_EQ_INT (c1.c, -0x71 + rep);
      dd = va_arg (ap, DD);
      CHECK_EQ_FLT (dd.x, (double) (0x1.23456789abcdep+1 + rep));
      CHECK_EQ_FLT (dd.y, (double) (-0x1.fedcba9876543p-1 - rep));
      ld = va_arg (ap, LD);
      CHECK_EQ_INT (ld.l, INT64_MIN + 77 + rep);
      CHECK_EQ_FLT (ld.d, -2.5 * (rep + 1));
      l3 = va_arg (ap, L3);
      CHECK_EQ_INT (l3.v[0], 1000000000001LL * (rep + 1));
      CHECK_EQ_INT (l3.v[1], -1000000000002LL);
      CHECK_EQ_INT (l3.v[2], 1000000000003LL + rep);
    }
  va_end (ap);
  calls++;
  return n;
}

int
main (void)
{
  ffi_cif cif;
  enum { REPS = 3 };
  II ii[REPS];
  C1 c1[REPS];
  DD dd[REPS];
  LD ld[REPS];
  L3 l3[REPS];
  ffi_type *t[1 + 5 * REPS];
  void *v[1 + 5 * REPS];
  int n = REPS, rep, k = 1;
  ffi_arg r;

  t[0] = &ffi_type_sint;
  v[0] = &n;
  for (rep = 0; rep < REPS; rep++)
    {
      ii[rep].a = -0x1234567 - rep; ii[rep].b = 0x7654321 + rep;
      c1[rep].c = (signed char) (-0x71 + rep);
      dd[rep].x = 0x1.23456789abcdep+1 + rep;
      dd[rep].y = -0x1.fedcba9876543p-1 - rep;
      ld[rep].l = INT64_MIN + 77 + rep; ld[rep].d = -2.5 * (rep + 1);
      l3[rep].v[0] = 1000000000001LL * (rep + 1);
      l3[rep].v[1] = -1000000000002LL;
      l3[rep].v[2] = 1000000000003LL + rep;
      t[k] = &II_type; v[k++] = &ii[rep];
      t[k] = &C1_type; v[k++] = &c1[rep];
      t[k] = &DD_type; v[k++] = &dd[rep];
      t[k] = &LD_type; v[k++] = &ld[rep];
      t[k] = &L3_type; v[k++] = &l3[rep];
    }
  PREP_CIF_VAR (&cif, 1, k, &ffi_type_sint, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (vstructs), &r, v);
  CHECK_EQ_UINT (r, SEXT_ARG (REPS));
  CHECK_EQ_INT (calls, 1);
  return 0;
}
