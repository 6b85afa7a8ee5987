/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Many struct arguments of different classes in one call: a leading
   integer, then 20 structs cycling through INTEGER {int32, int32}, SSE
   {float, float}, mixed {int64, double} and MEMORY {double x3}, then a
   scalar.  Registers run out part-way and the rest go to the stack, each
   struct whole, in order.  (The leading integer keeps the sixth GPR on an
   eight-byte struct: a two-eight-byte struct starting in the sixth GPR
   trips a libffi 3.4.4 bug, tested on its own in
   struct_sixth_gpr_sse_clobber.c.)  */

#include "calltest.h"

typedef struct { int32_t a, b; } P;
typedef struct { float a, b; } Q;
typedef struct { int64_t a; double b; } R;
typedef struct { double a, b, c; } S;

STRUCT_TYPE (P_type, &ffi_type_sint32, &ffi_type_sint32);
STRUCT_TYPE (Q_type, &ffi_type_float, &ffi_type_float);
STRUCT_TYPE (R_type, &ffi_type_sint64, &ffi_type_double);
STRUCT_TYPE (S_type, &ffi_type_double, &ffi_type_double, &ffi_type_double);

static int calls;

static P mkP (int k) { P p = { -0x01000001 * k, 0x00100001 * k }; return p; }
static Q mkQ (int k) { Q q = { k * 0.5f + 0x1p-12f, -k * 0.25f }; return q; }
static R
mkR (int k)
{
  R r = { INT64_MIN / 64 * k + k, k * -1.125 };
  return r;
}
static S
mkS (int k)
{
  S s = { k + 0x1p-30, -k - 0x1p-31, k * 3.0 };
  return s;
}

#define CK_P(x, k) do { P e_ = mkP (k); CHECK_EQ_INT (x.a, e_.a); \
  CHECK_EQ_INT (x.b, e_.b); } while (0)
#define CK_Q(x, k) do { Q e_ = mkQ (k); CHECK_EQ_FLT (x.a, e_.a); \
  CHECK_EQ_FLT (x.b, e_.b); } while (0)
#define CK_R(x, k) do { R e_ = mkR (k); CHECK_EQ_INT (x.a, e_.a); \
  CHECK_EQ_FLT (x.b, e_.b); } while (0)
#define CK_S(x, k) do { S e_ = mkS (k); CHECK_EQ_FLT (x.a, e_.a); \
  CHECK_EQ_FLT (x.b, e_.b); CHECK_EQ_FLT (x.c, e_.c); } while (0)

static R
many (int64_t first, P p1, Q q2, R r3, S s4, P p5, Q q6, R r7, S s8, P p9,
      Q q10, R r11, S s12, P p13, Q q14, R r15, S s16, P p17, Q q18, R r19,
      S s20, int last)
{
  R out;
  CHECK_EQ_INT (first, INT64_MIN + 0x600d);
  CK_P (p1, 1); CK_Q (q2, 2); CK_R (r3, 3); CK_S (s4, 4);
  CK_P (p5, 5); CK_Q (q6, 6); CK_R (r7, 7); CK_S (s8, 8);
  CK_P (p9, 9); CK_Q (q10, 10); CK_R (r11, 11); CK_S (s12, 12);
  CK_P (p13, 13); CK_Q (q14, 14); CK_R (r15, 15); CK_S (s16, 16);
  CK_P (p17, 17); CK_Q (q18, 18); CK_R (r19, 19); CK_S (s20, 20);
  CHECK_EQ_INT (last, -0x5eed);
  calls++;
  out.a = r19.a ^ p1.a;
  out.b = s20.c + q18.b;
  return out;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[22];
  void *v[22];
  P ps[5];
  Q qs[5];
  R rs[5], r;
  S ss[5];
  int last = -0x5eed, k;
  int64_t first = INT64_MIN + 0x600d;

  for (k = 0; k < 20; k++)
    {
      int n = k + 1, slot = k / 4;
      switch (k % 4)
        {
        case 0: ps[slot] = mkP (n); t[k] = &P_type; v[k] = &ps[slot]; break;
        case 1: qs[slot] = mkQ (n); t[k] = &Q_type; v[k] = &qs[slot]; break;
        case 2: rs[slot] = mkR (n); t[k] = &R_type; v[k] = &rs[slot]; break;
        default: ss[slot] = mkS (n); t[k] = &S_type; v[k] = &ss[slot]; break;
        }
    }
  t[20] = &ffi_type_sint;
  v[20] = &last;
  memmove (&t[1], &t[0], 21 * sizeof t[0]);
  memmove (&v[1], &v[0], 21 * sizeof v[0]);
  t[0] = &ffi_type_sint64;
  v[0] = &first;

  PREP_CIF (&cif, 22, &R_type, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (many), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_INT (r.a, mkR (19).a ^ mkP (1).a);
  CHECK_EQ_FLT (r.b, mkS (20).c + mkQ (18).b);
  return 0;
}
