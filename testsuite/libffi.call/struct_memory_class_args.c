/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs over 16 bytes are class MEMORY on x86-64: passed by value in
   the stack argument area, taking no register, so the scalar arguments
   after them use the next free registers.  Sizes 17, 20, 24, 32 and a
   large 72-byte struct, mixed with integers and doubles.  */

#include "calltest.h"

typedef struct { int64_t a, b, c; } l3;
typedef struct { double a, b, c; } d3;
typedef struct { char c[17]; } c17;
typedef struct { float f[5]; } f5;
typedef struct { int32_t i[8]; } i8;
typedef struct { int64_t v[9]; } l9;

#define C &ffi_type_schar
#define F &ffi_type_float
#define I &ffi_type_sint32
#define L &ffi_type_sint64
STRUCT_TYPE (l3_type, L, L, L);
STRUCT_TYPE (d3_type, &ffi_type_double, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (c17_type, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C);
STRUCT_TYPE (f5_type, F, F, F, F, F);
STRUCT_TYPE (i8_type, I, I, I, I, I, I, I, I);
STRUCT_TYPE (l9_type, L, L, L, L, L, L, L, L, L);

static int calls;

static int64_t
take (int a, l3 x, int b, double d, d3 y, int c, c17 z, float e, f5 w,
      int64_t f, i8 u, l9 t, int g)
{
  int k;
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_INT (x.a, INT64_MIN + 1);
  CHECK_EQ_INT (x.b, -0x0123456789abcdefLL);
  CHECK_EQ_INT (x.c, INT64_MAX - 1);
  CHECK_EQ_INT (b, -2);
  CHECK_EQ_FLT (d, 0x1.23456789abcdep-1);
  CHECK_EQ_FLT (y.a, -1.5);
  CHECK_EQ_FLT (y.b, 0x1.0000000000001p+0);
  CHECK_EQ_FLT (y.c, -0x1.fffffffffffffp+1023);
  CHECK_EQ_INT (c, -3);
  for (k = 0; k < 17; k++)
    CHECK_EQ_INT (z.c[k], (char) (0xa0 + 3 * k));
  CHECK_EQ_FLT (e, -0x1.abcdeep+1f);
  for (k = 0; k < 5; k++)
    CHECK_EQ_FLT (w.f[k], k * -0.75f + 0x1p-20f);
  CHECK_EQ_INT (f, 0x7777777777777777LL);
  for (k = 0; k < 8; k++)
    CHECK_EQ_INT (u.i[k], -0x0f000001 * (k + 1));
  for (k = 0; k < 9; k++)
    CHECK_EQ_INT (t.v[k], (int64_t) 0x0101010101010101LL * (k + 1) - k);
  CHECK_EQ_INT (g, -4);
  calls++;
  return x.b ^ t.v[8];
}

/* A MEMORY struct after six integers: the integers fill %rdi..%r9 and the
   struct is on the stack after nothing, then a double in %xmm0.  */
static double
after_six (int a, int b, int c, int d, int e, int f, l3 s, double g)
{
  CHECK_EQ_INT (a + b + c + d + e + f, 21);
  CHECK_EQ_INT (s.a, 11);
  CHECK_EQ_INT (s.b, -22);
  CHECK_EQ_INT (s.c, 33);
  CHECK_EQ_FLT (g, -0.125);
  calls++;
  return g * 8;
}

int
main (void)
{
  ffi_cif cif;
  int k;
  int a = -1, b = -2, c = -3, g = -4;
  double d = 0x1.23456789abcdep-1;
  float e = -0x1.abcdeep+1f;
  int64_t f = 0x7777777777777777LL, r;
  l3 x = { INT64_MIN + 1, -0x0123456789abcdefLL, INT64_MAX - 1 };
  d3 y = { -1.5, 0x1.0000000000001p+0, -0x1.fffffffffffffp+1023 };
  c17 z;
  f5 w;
  i8 u;
  l9 t;
  ffi_type *types[13] = { &ffi_type_sint, &l3_type, &ffi_type_sint,
                          &ffi_type_double, &d3_type, &ffi_type_sint,
                          &c17_type, &ffi_type_float, &f5_type,
                          &ffi_type_sint64, &i8_type, &l9_type,
                          &ffi_type_sint };
  void *values[13] = { &a, &x, &b, &d, &y, &c, &z, &e, &w, &f, &u, &t, &g };

  for (k = 0; k < 17; k++)
    z.c[k] = (char) (0xa0 + 3 * k);
  for (k = 0; k < 5; k++)
    w.f[k] = k * -0.75f + 0x1p-20f;
  for (k = 0; k < 8; k++)
    u.i[k] = -0x0f000001 * (k + 1);
  for (k = 0; k < 9; k++)
    t.v[k] = (int64_t) 0x0101010101010101LL * (k + 1) - k;

  PREP_CIF (&cif, 13, &ffi_type_sint64, types);
  CHECK_EQ_UINT (l3_type.size, 24);
  CHECK_EQ_UINT (c17_type.size, 17);
  CHECK_EQ_UINT (f5_type.size, 20);
  CHECK_EQ_UINT (i8_type.size, 32);
  CHECK_EQ_UINT (l9_type.size, 72);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take), &r, values);
  CHECK_EQ_INT (r, x.b ^ t.v[8]);

  {
    ffi_type *t2[8];
    int iv[6] = { 1, 2, 3, 4, 5, 6 };
    l3 s = { 11, -22, 33 };
    double gg = -0.125, rd;
    void *v2[8];
    for (k = 0; k < 6; k++)
      {
        t2[k] = &ffi_type_sint;
        v2[k] = &iv[k];
      }
    t2[6] = &l3_type; v2[6] = &s;
    t2[7] = &ffi_type_double; v2[7] = &gg;
    PREP_CIF (&cif, 8, &ffi_type_double, t2);
    junk_fill (&rd, sizeof rd);
    ffi_call (&cif, FFI_FN (after_six), &rd, v2);
    CHECK_EQ_FLT (rd, -1.0);
  }
  CHECK_EQ_INT (calls, 2);
  return 0;
}
