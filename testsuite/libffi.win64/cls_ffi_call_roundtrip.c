/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* ffi_call and closures of the same Microsoft ABI agree with each other:
   ffi_call calls a closure's code with a 12-argument signature, with a
   struct returned through the hidden pointer, and with a long double
   returned the same way (both sides ours, so this holds for Clang-built
   tests too); and a handler that itself makes an ffi_call to a native
   ms_abi function, from inside the closure's frame.  */

#include "win64test.h"

typedef struct { int32_t a[5]; } s20;
W64_STRUCT (s20_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
            &ffi_type_sint32, &ffi_type_sint32);

static int calls;

static MS double
native_scale (double x, int k, float y)
{
  CHECK_EQ_FLT (y, 0.5f);
  calls++;
  return x * k;
}

/* (int8, double, s20, float, uint16, int64, double, s20, long double,
    int, double, uint32) -> s20  */
static void
twelve (ffi_cif *cif, void *ret, void **args, void *data)
{
  s20 *r = (s20 *) ret, x, y;
  ffi_cif inner;
  ffi_type *it[3] = { &ffi_type_double, &ffi_type_sint, &ffi_type_float };
  double scaled;
  int k = 3;
  float half = 0.5f;
  void *iv[3] = { args[1], &k, &half };
  int i;

  (void) data;
  CHECK_EQ_UINT (cif->nargs, 12);
  memcpy (&x, args[2], sizeof x);
  memcpy (&y, args[7], sizeof y);
  CHECK_EQ_INT (*(int8_t *) args[0], -8);
  CHECK_EQ_FLT (*(double *) args[1], 1.25);
  CHECK_EQ_FLT (*(float *) args[3], -2.5f);
  CHECK_EQ_UINT (*(uint16_t *) args[4], 60000);
  CHECK_EQ_INT (*(int64_t *) args[5], INT64_MIN);
  CHECK_EQ_FLT (*(double *) args[6], 1e-300);
  CHECK_EQ_FLT (*(long double *) args[8], -1.0L / 3);
  CHECK_EQ_INT (*(int *) args[9], 99);
  CHECK_EQ_FLT (*(double *) args[10], -7.0);
  CHECK_EQ_UINT (*(uint32_t *) args[11], 0xffffffffu);

  /* A nested call with the same ABI.  */
  CHECK_OK (ffi_prep_cif (&inner, cif->abi, 3, &ffi_type_double, it));
  ffi_call (&inner, FFI_FN (native_scale), &scaled, iv);
  CHECK_EQ_FLT (scaled, 3.75);

  for (i = 0; i < 5; i++)
    r->a[i] = x.a[i] * 10 + y.a[i];
  calls++;
}

static void
ldret (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  *(long double *) ret = *(long double *) args[0] * *(int *) args[1];
  calls++;
}

static void
run (void)
{
  ffi_cif cif, lcif;
  ffi_type *t[12] = { &ffi_type_sint8, &ffi_type_double, &s20_type,
                      &ffi_type_float, &ffi_type_uint16, &ffi_type_sint64,
                      &ffi_type_double, &s20_type, &ffi_type_longdouble,
                      &ffi_type_sint, &ffi_type_double, &ffi_type_uint32 };
  ffi_type *lt[2] = { &ffi_type_longdouble, &ffi_type_sint };
  ffi_closure *cl, *lcl;
  void *code, *lcode;
  int8_t a = -8;
  double b = 1.25, g = 1e-300, k = -7.0;
  s20 c = { { 1, 2, 3, 4, 5 } }, h = { { 6, 7, 8, 9, 10 } }, r;
  float d = -2.5f;
  uint16_t e = 60000;
  int64_t f = INT64_MIN;
  long double ld = -1.0L / 3, lr;
  int j = 99, three = 3, i, before = calls;
  uint32_t l = 0xffffffffu;
  void *v[12] = { &a, &b, &c, &d, &e, &f, &g, &h, &ld, &j, &k, &l };
  void *lv[2] = { &ld, &three };

  W64_PREP (&cif, 12, &s20_type, t);
  code = w64_closure (&cl, &cif, twelve, NULL);
  memset (&r, 0, sizeof r);
  ffi_call (&cif, FFI_FN (code), &r, v);
  for (i = 0; i < 5; i++)
    CHECK_EQ_INT (r.a[i], (i + 1) * 10 + i + 6);

  W64_PREP (&lcif, 2, &ffi_type_longdouble, lt);
  lcode = w64_closure (&lcl, &lcif, ldret, NULL);
  ffi_call (&lcif, FFI_FN (lcode), &lr, lv);
  CHECK_EQ_FLT (lr, -1.0L);
  CHECK_EQ_INT (calls, before + 3);
  CHECK_X87_EMPTY ();
  ffi_closure_free (cl);
  ffi_closure_free (lcl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
