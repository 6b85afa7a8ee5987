/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A closure for a variadic cif called natively with ints, int64s,
   pointers, doubles, in-slot structs, by-reference structs and a long
   double after the fixed argument, in registers and on the stack, and
   one returning a struct through the hidden pointer.  */

#include "win64test.h"

typedef struct { int16_t a; uint8_t b, c; } s4;
typedef struct { float a; int32_t b; } s8;
typedef struct { int64_t a, b; } s16;
typedef struct { int32_t x[5]; } big;
W64_STRUCT (s4_type, &ffi_type_sint16, &ffi_type_uint8, &ffi_type_uint8);
W64_STRUCT (s8_type, &ffi_type_float, &ffi_type_sint32);
W64_STRUCT (s16_type, &ffi_type_sint64, &ffi_type_sint64);
W64_STRUCT (big_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
            &ffi_type_sint32, &ffi_type_sint32);

static int calls;
static int target = 1000;

/* (const char *fmt, double, s4, int, s8, int *, int64_t, long double,
    s16, double, int)  */
static void
mixed (ffi_cif *cif, void *ret, void **args, void *data)
{
  s4 a;
  s8 b;
  s16 c;
  (void) data;
  CHECK_EQ_UINT (cif->nargs, 11);
  CHECK (strcmp (*(const char **) args[0], "mixed") == 0);
  CHECK_EQ_FLT (*(double *) args[1], 2.25);
  memcpy (&a, args[2], sizeof a);
  CHECK_EQ_INT (a.a, -300); CHECK_EQ_UINT (a.b, 200); CHECK_EQ_UINT (a.c, 100);
  CHECK_EQ_INT (*(int *) args[3], -5);
  memcpy (&b, args[4], sizeof b);
  CHECK_EQ_FLT (b.a, 1.5f); CHECK_EQ_INT (b.b, -40);
  CHECK (*(int **) args[5] == &target);
  CHECK_EQ_INT (*(int64_t *) args[6], 0x100000000ll);
  CHECK_EQ_FLT (*(long double *) args[7], -1.0L / 3);
  memcpy (&c, args[8], sizeof c);
  CHECK_EQ_INT (c.a, 1000000); CHECK_EQ_INT (c.b, 1);
  CHECK_EQ_FLT (*(double *) args[9], -0.125);
  CHECK_EQ_INT (*(int *) args[10], 11);
  *(int64_t *) ret = 12345;
  calls++;
}

static void
mixed_big (ffi_cif *cif, void *ret, void **args, void *data)
{
  big *r = (big *) ret;
  int i;
  (void) data;
  CHECK_EQ_UINT (cif->nargs, 6);
  CHECK_EQ_INT (*(int *) args[0], 5);
  for (i = 0; i < 5; i++)
    r->x[i] = i % 2 ? *(int *) args[1 + i] : (int32_t) *(double *) args[1 + i];
  calls++;
}

static void
run (void)
{
  ffi_cif cif, bcif;
  ffi_type *t[11] = { &ffi_type_pointer, &ffi_type_double, &s4_type,
                      &ffi_type_sint, &s8_type, &ffi_type_pointer,
                      &ffi_type_sint64, &ffi_type_longdouble, &s16_type,
                      &ffi_type_double, &ffi_type_sint };
  ffi_type *bt[6] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint,
                      &ffi_type_double, &ffi_type_sint, &ffi_type_double };
  ffi_closure *cl, *bcl;
  void *code, *bcode;
  s4 a = { -300, 200, 100 };
  s8 b = { 1.5f, -40 };
  s16 c = { 1000000, 1 };
  big r;
  int before = calls;

  W64_PREP_VAR (&cif, 1, 11, &ffi_type_sint64, t);
  code = w64_closure (&cl, &cif, mixed, NULL);
  CHECK_EQ_INT (((int64_t (MS *) (const char *, ...)) code)
                ("mixed", 2.25, a, -5, b, &target, (int64_t) 0x100000000ll,
                 -1.0L / 3, c, -0.125, 11), 12345);
  CHECK_EQ_INT (c.a, 1000000);

  W64_PREP_VAR (&bcif, 1, 6, &big_type, bt);
  bcode = w64_closure (&bcl, &bcif, mixed_big, NULL);
  r = ((big (MS *) (int, ...)) bcode) (5, 10.0, 1, 30.0, 3, 50.0);
  CHECK_EQ_INT (r.x[0], 10);
  CHECK_EQ_INT (r.x[1], 1);
  CHECK_EQ_INT (r.x[2], 30);
  CHECK_EQ_INT (r.x[3], 3);
  CHECK_EQ_INT (r.x[4], 50);
  CHECK_EQ_INT (calls, before + 2);
  ffi_closure_free (cl);
  ffi_closure_free (bcl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
