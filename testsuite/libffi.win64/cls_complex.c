/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures with complex arguments and results: float _Complex in an
   integer register and %rax, double _Complex and long double _Complex
   by reference and through the hidden pointer.  */

#include "win64test.h"

static int calls;

static void
cf (ffi_cif *cif, void *ret, void **args, void *data)
{
  float _Complex a, e, r;
  (void) cif; (void) data;
  memcpy (&a, args[0], sizeof a);
  memcpy (&e, args[4], sizeof e);
  CHECK_EQ_FLT (__real__ a, 1.5f); CHECK_EQ_FLT (__imag__ a, -2.5f);
  CHECK_EQ_FLT (*(double *) args[1], 0.75);
  CHECK_EQ_FLT (__real__ *(float _Complex *) args[2], 3e30f);
  CHECK_EQ_INT (*(int *) args[3], -9);
  CHECK_EQ_FLT (__real__ e, 7.0f); CHECK_EQ_FLT (__imag__ e, 8.0f);
  __real__ r = __real__ a + __real__ e;
  __imag__ r = __imag__ a * 2;
  memcpy (ret, &r, sizeof r);
  calls++;
}

static void
cd (ffi_cif *cif, void *ret, void **args, void *data)
{
  double _Complex *b = (double _Complex *) args[1];
  double _Complex *d = (double _Complex *) args[3];
  (void) cif; (void) data;
  CHECK_EQ_INT (*(int *) args[0], 42);
  CHECK_EQ_FLT (__real__ *b, 0x1.123456789abcdp+5);
  CHECK_EQ_FLT (__imag__ *b, -0x1.fp-7);
  CHECK_EQ_FLT (*(float *) args[2], 0.5f);
  CHECK_EQ_FLT (__real__ *d, 1e200); CHECK_EQ_FLT (__imag__ *d, -1e-200);
  CHECK ((uintptr_t) b % 8 == 0 && (uintptr_t) d % 8 == 0);
  __real__ *(double _Complex *) ret = __real__ *d * 2;
  __imag__ *(double _Complex *) ret = __imag__ *d;
  __real__ *b = 0;              /* the caller's copy, not its variable */
  calls++;
}

static void
cld (ffi_cif *cif, void *ret, void **args, void *data)
{
  long double _Complex *a = (long double _Complex *) args[0];
  long double _Complex *c = (long double _Complex *) args[2];
  (void) cif; (void) data;
  CHECK_EQ_FLT (__real__ *a, 0x1.23456789abcdef01p+16000L);
  CHECK_EQ_FLT (__imag__ *a, -1.0L / 3);
  CHECK_EQ_INT (*(int *) args[1], 5);
  CHECK_EQ_FLT (__real__ *c, 2.0L);
  CHECK_EQ_FLT (__imag__ *c, -2.0L);
  __real__ *(long double _Complex *) ret = __real__ *c;
  __imag__ *(long double _Complex *) ret = __imag__ *a;
  calls++;
}

static void
run (void)
{
  ffi_cif c1, c2, c3;
  ffi_type *t1[5] = { &ffi_type_complex_float, &ffi_type_double,
                      &ffi_type_complex_float, &ffi_type_sint,
                      &ffi_type_complex_float };
  ffi_type *t2[5] = { &ffi_type_sint, &ffi_type_complex_double,
                      &ffi_type_float, &ffi_type_complex_double,
                      &ffi_type_complex_double };
  ffi_type *t3[3] = { &ffi_type_complex_longdouble, &ffi_type_sint,
                      &ffi_type_complex_longdouble };
  ffi_closure *k1, *k2, *k3;
  void *p1, *p2, *p3;
  float _Complex fa, fc, fe, fr;
  double _Complex db, dd, de, dr;
  long double _Complex la, lc, lr;
  int before = calls;

  W64_PREP (&c1, 5, &ffi_type_complex_float, t1);
  W64_PREP (&c2, 5, &ffi_type_complex_double, t2);
  W64_PREP (&c3, 3, &ffi_type_complex_longdouble, t3);
  p1 = w64_closure (&k1, &c1, cf, NULL);
  p2 = w64_closure (&k2, &c2, cd, NULL);
  p3 = w64_closure (&k3, &c3, cld, NULL);

  __real__ fa = 1.5f;  __imag__ fa = -2.5f;
  __real__ fc = 3e30f; __imag__ fc = -0.0f;
  __real__ fe = 7.0f;  __imag__ fe = 8.0f;
  fr = ((float _Complex (MS *) (float _Complex, double, float _Complex, int,
                                float _Complex)) p1) (fa, 0.75, fc, -9, fe);
  CHECK_EQ_FLT (__real__ fr, 8.5f);
  CHECK_EQ_FLT (__imag__ fr, -5.0f);

  __real__ db = 0x1.123456789abcdp+5; __imag__ db = -0x1.fp-7;
  __real__ dd = 1e200; __imag__ dd = -1e-200;
  __real__ de = -3.0;  __imag__ de = 4.0;
  dr = ((double _Complex (MS *) (int, double _Complex, float,
                                 double _Complex, double _Complex)) p2)
       (42, db, 0.5f, dd, de);
  CHECK_EQ_FLT (__real__ dr, 2e200);
  CHECK_EQ_FLT (__imag__ dr, -1e-200);
  CHECK_EQ_FLT (__real__ db, 0x1.123456789abcdp+5);

  __real__ la = 0x1.23456789abcdef01p+16000L; __imag__ la = -1.0L / 3;
  __real__ lc = 2.0L; __imag__ lc = -2.0L;
  lr = ((long double _Complex (MS *) (long double _Complex, int,
                                      long double _Complex)) p3) (la, 5, lc);
  CHECK_EQ_FLT (__real__ lr, 2.0L);
  CHECK_EQ_FLT (__imag__ lr, -1.0L / 3);
  CHECK_EQ_INT (calls, before + 3);
  CHECK_X87_EMPTY ();
  ffi_closure_free (k1);
  ffi_closure_free (k2);
  ffi_closure_free (k3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
