/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A closure's by-reference arguments point at the copies its caller
   made for the call: the handler may change them, the caller's own
   variables must not change.  The handler scribbles over every argument
   (structs of 3, 12 and 24 bytes, a long double, a double _Complex and
   an in-slot struct); the native caller checks its variables, then calls
   again with the same ones.  */

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

static void
scribble (ffi_cif *cif, void *ret, void **args, void *data)
{
  s3 a;
  s12 b;
  s24 d, g;
  s8 f;
  double _Complex e;
  unsigned i;
  (void) data;
  memcpy (&a, args[0], sizeof a);
  memcpy (&b, args[1], sizeof b);
  memcpy (&d, args[3], sizeof d);
  memcpy (&e, args[4], sizeof e);
  memcpy (&f, args[5], sizeof f);
  memcpy (&g, args[6], sizeof g);
  CHECK_EQ_UINT (a.a, 1); CHECK_EQ_UINT (a.b, 2); CHECK_EQ_UINT (a.c, 3);
  CHECK_EQ_INT (b.a, -1); CHECK_EQ_INT (b.b, -2); CHECK_EQ_INT (b.c, -3);
  CHECK_EQ_FLT (*(long double *) args[2], 1.0L / 7);
  CHECK_EQ_INT (d.a, 10); CHECK_EQ_FLT (d.b, 20.5); CHECK_EQ_INT (d.c, 30);
  CHECK_EQ_FLT (__real__ e, 0.25); CHECK_EQ_FLT (__imag__ e, -0.75);
  CHECK_EQ_INT (f.a, 100); CHECK_EQ_INT (f.b, 200);
  CHECK_EQ_INT (g.a, -10); CHECK_EQ_FLT (g.b, -20.5); CHECK_EQ_INT (g.c, -30);
  for (i = 0; i < cif->nargs; i++)
    memset (args[i], 0xee, cif->arg_types[i]->size);
  W64_RET_SINT (ret, 7);
  calls++;
}

typedef int (MS *scribble_fn) (s3, s12, long double, s24, double _Complex,
                               s8, s24);

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[7] = { &s3_type, &s12_type, &ffi_type_longdouble, &s24_type,
                     &ffi_type_complex_double, &s8_type, &s24_type };
  ffi_closure *cl;
  scribble_fn f;
  s3 a = { 1, 2, 3 };
  s12 b = { -1, -2, -3 };
  long double c = 1.0L / 7;
  s24 d = { 10, 20.5, 30 }, g = { -10, -20.5, -30 };
  double _Complex e;
  s8 h = { 100, 200 };
  int before = calls;

  __real__ e = 0.25;
  __imag__ e = -0.75;
  W64_PREP (&cif, 7, &ffi_type_sint, t);
  f = (scribble_fn) w64_closure (&cl, &cif, scribble, NULL);
  CHECK_EQ_INT (f (a, b, c, d, e, h, g), 7);
  CHECK_EQ_INT (f (a, b, c, d, e, h, g), 7);
  CHECK_EQ_INT (calls, before + 2);
  CHECK_EQ_UINT (a.a, 1); CHECK_EQ_UINT (a.c, 3);
  CHECK_EQ_INT (b.a, -1); CHECK_EQ_INT (b.c, -3);
  CHECK_EQ_FLT (c, 1.0L / 7);
  CHECK_EQ_INT (d.a, 10); CHECK_EQ_INT (d.c, 30);
  CHECK_EQ_FLT (__real__ e, 0.25);
  CHECK_EQ_INT (h.a, 100);
  CHECK_EQ_INT (g.a, -10); CHECK_EQ_INT (g.c, -30);
  ffi_closure_free (cl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
