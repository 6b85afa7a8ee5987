/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Sixteen arguments of every kind, twelve of them on the stack in 8-byte
   slots: narrow integers, floats, doubles, pointers, an in-slot struct,
   by-reference structs and a long double (by reference too).  Then 40
   int64 arguments.  */

#include "win64test.h"

typedef struct { int32_t a; float b; } s8;         /* in its slot */
typedef struct { int64_t a, b, c; } s24;           /* by reference */
W64_STRUCT (s8_type, &ffi_type_sint32, &ffi_type_float);
W64_STRUCT (s24_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int calls;

static MS int64_t
sixteen (int8_t a, double b, s24 c, float d, uint16_t e, s8 f, void *g,
         long double h, int64_t i, float j, s24 k, uint8_t l, double m,
         s8 n, int32_t o, double p)
{
  CHECK_EQ_INT (a, -100);
  CHECK_EQ_FLT (b, 0.5);
  CHECK_EQ_INT (c.a, 1); CHECK_EQ_INT (c.b, 2); CHECK_EQ_INT (c.c, 3);
  CHECK_EQ_FLT (d, -1.5f);
  CHECK_EQ_UINT (e, 65000);
  CHECK_EQ_INT (f.a, -7); CHECK_EQ_FLT (f.b, 7.5f);
  CHECK (g == &calls);
  CHECK_EQ_FLT (h, -0x1.23456789abcdef0p+1000L);
  CHECK_EQ_INT (i, -0x123456789abcll);
  CHECK_EQ_FLT (j, 1e-40f);
  CHECK_EQ_INT (k.a, -4); CHECK_EQ_INT (k.b, -5); CHECK_EQ_INT (k.c, -6);
  CHECK_EQ_UINT (l, 255);
  CHECK_EQ_FLT (m, -1e-300);
  CHECK_EQ_INT (n.a, 99); CHECK_EQ_FLT (n.b, -0.125f);
  CHECK_EQ_INT (o, INT32_MIN);
  CHECK_EQ_FLT (p, 12345.678);
  c.a = k.a = 0;                /* the callee's copies */
  calls++;
  return a + e + i + l + o;
}

static MS int64_t
forty (int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4,
       int64_t a5, int64_t a6, int64_t a7, int64_t a8, int64_t a9,
       int64_t a10, int64_t a11, int64_t a12, int64_t a13, int64_t a14,
       int64_t a15, int64_t a16, int64_t a17, int64_t a18, int64_t a19,
       int64_t a20, int64_t a21, int64_t a22, int64_t a23, int64_t a24,
       int64_t a25, int64_t a26, int64_t a27, int64_t a28, int64_t a29,
       int64_t a30, int64_t a31, int64_t a32, int64_t a33, int64_t a34,
       int64_t a35, int64_t a36, int64_t a37, int64_t a38, int64_t a39)
{
  int64_t v[40] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12,
                    a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23,
                    a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34,
                    a35, a36, a37, a38, a39 };
  int64_t s = 0;
  int i;
  for (i = 0; i < 40; i++)
    {
      CHECK_EQ_INT (v[i], (int64_t) (i + 1) * 0x100000001ll);
      s += v[i];
    }
  calls++;
  return s;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[40] = {
    &ffi_type_sint8, &ffi_type_double, &s24_type, &ffi_type_float,
    &ffi_type_uint16, &s8_type, &ffi_type_pointer, &ffi_type_longdouble,
    &ffi_type_sint64, &ffi_type_float, &s24_type, &ffi_type_uint8,
    &ffi_type_double, &s8_type, &ffi_type_sint32, &ffi_type_double
  };
  int8_t a = -100;
  double b = 0.5, m = -1e-300, p = 12345.678;
  s24 c = { 1, 2, 3 }, k = { -4, -5, -6 };
  float d = -1.5f, j = 1e-40f;
  uint16_t e = 65000;
  s8 f = { -7, 7.5f }, n = { 99, -0.125f };
  void *g = &calls;
  long double h = -0x1.23456789abcdef0p+1000L;
  int64_t i = -0x123456789abcll, r, big[40];
  uint8_t l = 255;
  int32_t o = INT32_MIN;
  void *v[40] = { &a, &b, &c, &d, &e, &f, &g, &h, &i, &j, &k, &l, &m, &n,
                  &o, &p };
  int x, before = calls;

  W64_PREP (&cif, 16, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (sixteen), &r, v);
  CHECK_EQ_INT (r, a + e + i + l + o);
  CHECK_EQ_INT (c.a, 1);
  CHECK_EQ_INT (k.a, -4);

  for (x = 0; x < 40; x++)
    {
      big[x] = (int64_t) (x + 1) * 0x100000001ll;
      t[x] = &ffi_type_sint64;
      v[x] = &big[x];
    }
  W64_PREP (&cif, 40, &ffi_type_sint64, t);
  CHECK_EQ_UINT (cif.bytes, 40 * 8);
  ffi_call (&cif, FFI_FN (forty), &r, v);
  CHECK_EQ_INT (r, 820 * 0x100000001ll);
  CHECK_EQ_INT (calls, before + 2);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
