/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A by-reference argument points at a copy that belongs to the callee,
   which may change it.  Callees scribble over every argument they got by
   reference (structs of 3, 12 and 24 bytes, a long double, a double
   _Complex) and over their in-slot ones; the caller's values and its
   avalue[] array must stay as they were, and a second call with the
   same avalue[] must see the original values.  */

#include "win64test.h"

typedef struct { uint8_t a, b, c; } s3;
typedef struct { int32_t a, b, c; } s12;
typedef struct { int64_t a; double b; int64_t c; } s24;
typedef struct { int32_t a, b; } s8;
W64_STRUCT (s3_type, &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8);
W64_STRUCT (s12_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32);
W64_STRUCT (s24_type, &ffi_type_sint64, &ffi_type_double, &ffi_type_sint64);
W64_STRUCT (s8_type, &ffi_type_sint32, &ffi_type_sint32);

static int calls;

static MS int
scribble (s3 a, s12 b, long double c, s24 d, double _Complex e, s8 f,
          s24 g)
{
  CHECK_EQ_UINT (a.a, 1); CHECK_EQ_UINT (a.b, 2); CHECK_EQ_UINT (a.c, 3);
  CHECK_EQ_INT (b.a, -1); CHECK_EQ_INT (b.b, -2); CHECK_EQ_INT (b.c, -3);
  CHECK_EQ_FLT (c, 1.0L / 7);
  CHECK_EQ_INT (d.a, 10); CHECK_EQ_FLT (d.b, 20.5); CHECK_EQ_INT (d.c, 30);
  CHECK_EQ_FLT (__real__ e, 0.25); CHECK_EQ_FLT (__imag__ e, -0.75);
  CHECK_EQ_INT (f.a, 100); CHECK_EQ_INT (f.b, 200);
  CHECK_EQ_INT (g.a, -10); CHECK_EQ_FLT (g.b, -20.5); CHECK_EQ_INT (g.c, -30);
  memset (&a, 0xee, sizeof a);
  memset (&b, 0xee, sizeof b);
  c = -1;
  memset (&d, 0xee, sizeof d);
  __real__ e = 99;
  memset (&f, 0xee, sizeof f);
  memset (&g, 0xee, sizeof g);
  __asm__ __volatile__ ("" : : "m" (a), "m" (b), "m" (c), "m" (d), "m" (e),
                        "m" (f), "m" (g));
  calls++;
  return 7;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[7] = { &s3_type, &s12_type, &ffi_type_longdouble, &s24_type,
                     &ffi_type_complex_double, &s8_type, &s24_type };
  s3 a = { 1, 2, 3 }, a0;
  s12 b = { -1, -2, -3 }, b0;
  long double c = 1.0L / 7;
  s24 d = { 10, 20.5, 30 }, g = { -10, -20.5, -30 }, d0, g0;
  double _Complex e;
  s8 f = { 100, 200 }, f0;
  void *v[7] = { &a, &b, &c, &d, &e, &f, &g }, *v0[7];
  ffi_arg r;
  int before = calls;

  __real__ e = 0.25;
  __imag__ e = -0.75;
  a0 = a; b0 = b; d0 = d; f0 = f; g0 = g;
  memcpy (v0, v, sizeof v);

  W64_PREP (&cif, 7, &ffi_type_sint, t);
  ffi_call (&cif, FFI_FN (scribble), &r, v);
  CHECK_EQ_INT ((int) r, 7);
  ffi_call (&cif, FFI_FN (scribble), &r, v);
  CHECK_EQ_INT (calls, before + 2);

  CHECK (memcmp (v, v0, sizeof v) == 0);
  CHECK (memcmp (&a, &a0, sizeof a) == 0);
  CHECK (memcmp (&b, &b0, sizeof b) == 0);
  CHECK_EQ_FLT (c, 1.0L / 7);
  CHECK (memcmp (&d, &d0, sizeof d) == 0);
  CHECK_EQ_FLT (__real__ e, 0.25);
  CHECK (memcmp (&f, &f0, sizeof f) == 0);
  CHECK (memcmp (&g, &g0, sizeof g) == 0);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
