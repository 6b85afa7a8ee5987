/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A closure called from native code with sixteen arguments of every kind
   (twelve on the stack): narrow integers, floats, doubles, pointers, an
   in-slot struct, by-reference structs and a long double; then a closure
   with 24 doubles.  */

#include "win64test.h"

typedef struct { int32_t a; float b; } s8;
typedef struct { int64_t a, b, c; } s24;
W64_STRUCT (s8_type, &ffi_type_sint32, &ffi_type_float);
W64_STRUCT (s24_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int calls;

static void
sixteen (ffi_cif *cif, void *ret, void **args, void *data)
{
  s24 c, k;
  s8 f, n;
  CHECK_EQ_UINT (cif->nargs, 16);
  CHECK (data == &calls);
  CHECK_EQ_INT (*(int8_t *) args[0], -100);
  CHECK_EQ_FLT (*(double *) args[1], 0.5);
  memcpy (&c, args[2], sizeof c);
  CHECK_EQ_INT (c.a, 1); CHECK_EQ_INT (c.b, 2); CHECK_EQ_INT (c.c, 3);
  CHECK_EQ_FLT (*(float *) args[3], -1.5f);
  CHECK_EQ_UINT (*(uint16_t *) args[4], 65000);
  memcpy (&f, args[5], sizeof f);
  CHECK_EQ_INT (f.a, -7); CHECK_EQ_FLT (f.b, 7.5f);
  CHECK (*(void **) args[6] == &calls);
  CHECK_EQ_FLT (*(long double *) args[7], -0x1.23456789abcdef0p+1000L);
  CHECK_EQ_INT (*(int64_t *) args[8], -0x123456789abcll);
  CHECK_EQ_FLT (*(float *) args[9], 1e-40f);
  memcpy (&k, args[10], sizeof k);
  CHECK_EQ_INT (k.a, -4); CHECK_EQ_INT (k.b, -5); CHECK_EQ_INT (k.c, -6);
  CHECK_EQ_UINT (*(uint8_t *) args[11], 255);
  CHECK_EQ_FLT (*(double *) args[12], -1e-300);
  memcpy (&n, args[13], sizeof n);
  CHECK_EQ_INT (n.a, 99); CHECK_EQ_FLT (n.b, -0.125f);
  CHECK_EQ_INT (*(int32_t *) args[14], INT32_MIN);
  CHECK_EQ_FLT (*(double *) args[15], 12345.678);
  *(int64_t *) ret = -100 + 65000 - 0x123456789abcll + 255 + INT32_MIN;
  calls++;
}

static void
dsum (ffi_cif *cif, void *ret, void **args, void *data)
{
  double s = 0;
  unsigned i;
  (void) data;
  for (i = 0; i < cif->nargs; i++)
    {
      CHECK_EQ_FLT (*(double *) args[i], (i + 1) * -0.25);
      s += *(double *) args[i] * (i + 1);
    }
  *(double *) ret = s;
  calls++;
}

typedef int64_t (MS *sixteen_fn) (int8_t, double, s24, float, uint16_t, s8,
                                  void *, long double, int64_t, float, s24,
                                  uint8_t, double, s8, int32_t, double);
#define D double
typedef double (MS *d24_fn) (D, D, D, D, D, D, D, D, D, D, D, D, D, D, D,
                             D, D, D, D, D, D, D, D, D);
#undef D

static void
run (void)
{
  ffi_cif cif, dcif;
  ffi_type *t[16] = {
    &ffi_type_sint8, &ffi_type_double, &s24_type, &ffi_type_float,
    &ffi_type_uint16, &s8_type, &ffi_type_pointer, &ffi_type_longdouble,
    &ffi_type_sint64, &ffi_type_float, &s24_type, &ffi_type_uint8,
    &ffi_type_double, &s8_type, &ffi_type_sint32, &ffi_type_double
  };
  ffi_type *dt[24];
  ffi_closure *cl, *dcl;
  void *code, *dcode;
  s24 c = { 1, 2, 3 }, k = { -4, -5, -6 };
  s8 f = { -7, 7.5f }, n = { 99, -0.125f };
  double q[24], want = 0;
  int i, before = calls;

  W64_PREP (&cif, 16, &ffi_type_sint64, t);
  code = w64_closure (&cl, &cif, sixteen, &calls);
  CHECK_EQ_INT (((sixteen_fn) code)
                (-100, 0.5, c, -1.5f, 65000, f, &calls,
                 -0x1.23456789abcdef0p+1000L, -0x123456789abcll, 1e-40f, k,
                 255, -1e-300, n, INT32_MIN, 12345.678),
                -100 + 65000 - 0x123456789abcll + 255 + INT32_MIN);

  for (i = 0; i < 24; i++)
    {
      dt[i] = &ffi_type_double;
      q[i] = (i + 1) * -0.25;
      want += q[i] * (i + 1);
    }
  W64_PREP (&dcif, 24, &ffi_type_double, dt);
  dcode = w64_closure (&dcl, &dcif, dsum, NULL);
  CHECK_EQ_FLT (((d24_fn) dcode) (q[0], q[1], q[2], q[3], q[4], q[5], q[6],
                                  q[7], q[8], q[9], q[10], q[11], q[12],
                                  q[13], q[14], q[15], q[16], q[17], q[18],
                                  q[19], q[20], q[21], q[22], q[23]), want);
  CHECK_EQ_INT (calls, before + 2);
  ffi_closure_free (cl);
  ffi_closure_free (dcl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
