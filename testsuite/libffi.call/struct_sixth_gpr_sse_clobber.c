/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A two-eight-byte struct whose first (INTEGER) eight-byte lands in the
   sixth integer register (%r9 on x86-64), after an SSE argument already
   assigned %xmm0: the struct's second eight-byte goes to the next SSE
   register and nothing else may move.  libffi 3.4.4 copies the whole
   struct into the %r9 slot of its register image, overwriting the saved
   %xmm0, so the float/struct before arrives as the struct's double; fixed
   upstream after 3.4.4 (libffi pull request 848).  This file fails on
   libffi 3.4.4.  */

#include "calltest.h"

typedef struct { int32_t x; double y; } id;
typedef struct { int64_t a; double b; } ld;
typedef struct { float a, b; } ff;

STRUCT_TYPE (id_type, &ffi_type_sint32, &ffi_type_double);
STRUCT_TYPE (ld_type, &ffi_type_sint64, &ffi_type_double);
STRUCT_TYPE (ff_type, &ffi_type_float, &ffi_type_float);

static int calls;

static int32_t
five_shorts_float_struct (int16_t a0, int16_t a1, int16_t a2, int16_t a3,
                          int16_t a4, float f, id s)
{
  CHECK_EQ_INT (a0 + a1 + a2 + a3, 10);
  CHECK_EQ_INT (a4, -5);
  CHECK_EQ_FLT (f, -0x1.abcdeep+9f);
  CHECK_EQ_INT (s.x, -0x6666667);
  CHECK_EQ_FLT (s.y, -0x1.23456789abcdep+3);
  calls++;
  return s.x;
}

static double
pair_then_six (ff q, ld r1, ld r2, ld r3, ld r4, ld r5, ld r6)
{
  CHECK_EQ_FLT (q.a, 1.5f);
  CHECK_EQ_FLT (q.b, -0x1.abcdeep-3f);
  CHECK_EQ_INT (r1.a + r2.a + r3.a + r4.a + r5.a, 15);
  CHECK_EQ_FLT (r1.b + r2.b + r3.b + r4.b + r5.b, 5 * 0.5);
  CHECK_EQ_INT (r6.a, -0x66666666666LL);
  CHECK_EQ_FLT (r6.b, 0x1.fedcba9876543p+20);
  calls++;
  return r6.b + q.a;
}

int
main (void)
{
  ffi_cif cif;
  {
    ffi_type *t[7] = { &ffi_type_sint16, &ffi_type_sint16, &ffi_type_sint16,
                       &ffi_type_sint16, &ffi_type_sint16, &ffi_type_float,
                       &id_type };
    int16_t c[5] = { 1, 2, 3, 4, -5 };
    float f = -0x1.abcdeep+9f;
    id s;
    ffi_arg r;
    void *v[7] = { &c[0], &c[1], &c[2], &c[3], &c[4], &f, &s };
    memset (&s, 0, sizeof s);
    s.x = -0x6666667;
    s.y = -0x1.23456789abcdep+3;
    PREP_CIF (&cif, 7, &ffi_type_sint32, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (five_shorts_float_struct), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (-0x6666667));
  }
  {
    ffi_type *t[7] = { &ff_type, &ld_type, &ld_type, &ld_type, &ld_type,
                       &ld_type, &ld_type };
    ff q = { 1.5f, -0x1.abcdeep-3f };
    ld rs[6];
    void *v[7];
    double r;
    int k;
    v[0] = &q;
    for (k = 0; k < 5; k++)
      {
        rs[k].a = k + 1;
        rs[k].b = 0.5;
        v[k + 1] = &rs[k];
      }
    rs[5].a = -0x66666666666LL;
    rs[5].b = 0x1.fedcba9876543p+20;
    v[6] = &rs[5];
    PREP_CIF (&cif, 7, &ffi_type_double, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (pair_then_six), &r, v);
    CHECK_EQ_FLT (r, 0x1.fedcba9876543p+20 + 1.5);
  }
  CHECK_EQ_INT (calls, 2);
  return 0;
}
