/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs over 16 bytes are returned through a hidden pointer (passed as
   an implicit first argument in %rdi on x86-64, so the real first integer
   argument moves to %rsi).  The result lands in rvalue byte-exact with
   nothing written past its size, with integer arguments filling every
   remaining register and spilling to the stack.  */

#include "calltest.h"

typedef struct { int64_t a, b, c; } l3;
typedef struct { char c[17]; } c17;
typedef struct { double d[4]; } d4;
typedef struct { int32_t i[25]; } i25;

#define C &ffi_type_schar
#define I &ffi_type_sint32
#define D &ffi_type_double
STRUCT_TYPE (l3_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);
STRUCT_TYPE (c17_type, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C);
STRUCT_TYPE (d4_type, D, D, D, D);
STRUCT_TYPE (i25_type, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I,
             I, I, I, I, I, I, I);

static int calls;

static l3
ret_l3 (int64_t a, int b, int c, int d, int e, int f, int g)
{
  l3 r;
  CHECK_EQ_INT (a, -0x0123456789abcdefLL);
  CHECK_EQ_INT (b, 2); CHECK_EQ_INT (c, 3); CHECK_EQ_INT (d, 4);
  CHECK_EQ_INT (e, 5); CHECK_EQ_INT (f, 6);
  CHECK_EQ_INT (g, -7);         /* on the stack: %rdi is the hidden ptr */
  r.a = a;
  r.b = ~a;
  r.c = g;
  calls++;
  return r;
}

static c17
ret_c17 (char base)
{
  c17 r;
  int k;
  for (k = 0; k < 17; k++)
    r.c[k] = (char) (base + k);
  calls++;
  return r;
}

static d4
ret_d4 (double x, double y)
{
  d4 r;
  r.d[0] = x; r.d[1] = y; r.d[2] = -x; r.d[3] = x * y;
  calls++;
  return r;
}

static i25
ret_i25 (void)
{
  i25 r;
  int k;
  for (k = 0; k < 25; k++)
    r.i[k] = -0x01010101 * k - 1;
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  aligned_buf out;
  int k;

  {
    ffi_type *t[7] = { &ffi_type_sint64, &ffi_type_sint, &ffi_type_sint,
                       &ffi_type_sint, &ffi_type_sint, &ffi_type_sint,
                       &ffi_type_sint };
    int64_t a = -0x0123456789abcdefLL;
    int iv[6] = { 2, 3, 4, 5, 6, -7 };
    void *v[7] = { &a, &iv[0], &iv[1], &iv[2], &iv[3], &iv[4], &iv[5] };
    l3 r;
    PREP_CIF (&cif, 7, &l3_type, t);
    junk_fill (out.b, sizeof out.b);
    ffi_call (&cif, FFI_FN (ret_l3), out.b, v);
    memcpy (&r, out.b, sizeof r);
    CHECK_EQ_INT (r.a, a);
    CHECK_EQ_INT (r.b, ~a);
    CHECK_EQ_INT (r.c, -7);
    CHECK (junk_intact (out.b, sizeof (l3), sizeof out.b - sizeof (l3)));
  }
  {
    ffi_type *t[1] = { &ffi_type_schar };
    char base = (char) 0xc0;
    void *v[1] = { &base };
    PREP_CIF (&cif, 1, &c17_type, t);
    junk_fill (out.b, sizeof out.b);
    ffi_call (&cif, FFI_FN (ret_c17), out.b, v);
    for (k = 0; k < 17; k++)
      CHECK_EQ_INT ((char) out.b[k], (char) (0xc0 + k));
    CHECK (junk_intact (out.b, 17, sizeof out.b - 17));
  }
  {
    ffi_type *t[2] = { &ffi_type_double, &ffi_type_double };
    double x = 0x1.8p+1, y = -0x1.4p-2;
    void *v[2] = { &x, &y };
    d4 r;
    PREP_CIF (&cif, 2, &d4_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (ret_d4), &r, v);
    CHECK_EQ_FLT (r.d[0], x);
    CHECK_EQ_FLT (r.d[1], y);
    CHECK_EQ_FLT (r.d[2], -x);
    CHECK_EQ_FLT (r.d[3], x * y);
  }
  {
    PREP_CIF (&cif, 0, &i25_type, NULL);
    CHECK_EQ_UINT (i25_type.size, 100);
    junk_fill (out.b, sizeof out.b);
    ffi_call (&cif, FFI_FN (ret_i25), out.b, NULL);
    for (k = 0; k < 25; k++)
      {
        int32_t e;
        memcpy (&e, out.b + 4 * k, 4);
        CHECK_EQ_INT (e, -0x01010101 * k - 1);
      }
    CHECK (junk_intact (out.b, 100, sizeof out.b - 100));
  }
  CHECK_EQ_INT (calls, 4);
  return 0;
}
