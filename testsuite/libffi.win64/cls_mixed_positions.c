/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures with integers and floating values interleaved: the closure
   must take argument i from slot i of whichever register file its type
   says (f (int, double) has the double in %xmm1).  */

#include "win64test.h"

static int calls;

static void
idid (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_EQ_INT (*(int *) args[0], -1);
  CHECK_EQ_FLT (*(double *) args[1], 2.5);
  CHECK_EQ_INT (*(int64_t *) args[2], INT64_MAX);
  CHECK_EQ_FLT (*(double *) args[3], -4.75);
  *(double *) ret = *(int *) args[0] + *(double *) args[1]
                    + *(double *) args[3];
  calls++;
}

static void
didi (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_EQ_FLT (*(double *) args[0], 1e300);
  CHECK_EQ_INT (*(int *) args[1], 0x12345678);
  CHECK_EQ_FLT (*(float *) args[2], -0x1.8p-126f);
  CHECK_EQ_INT (*(int64_t *) args[3], -0x1122334455667788ll);
  *(int64_t *) ret = *(int64_t *) args[3] - *(int *) args[1];
  calls++;
}

static void
ffiifdifp (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif;
  CHECK_EQ_FLT (*(float *) args[0], 1.0f);
  CHECK_EQ_FLT (*(float *) args[1], 2.0f);
  CHECK_EQ_INT (*(int *) args[2], 3);
  CHECK_EQ_INT (*(int *) args[3], 4);
  CHECK_EQ_FLT (*(float *) args[4], 5.0f);
  CHECK_EQ_FLT (*(double *) args[5], 6.0);
  CHECK_EQ_INT (*(int *) args[6], 7);
  CHECK_EQ_FLT (*(float *) args[7], 8.0f);
  CHECK (*(void **) args[8] == data);
  *(float *) ret = 36.0f;
  calls++;
}

static void
run (void)
{
  ffi_cif c1, c2, c3;
  ffi_type *t1[4] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint64,
                      &ffi_type_double };
  ffi_type *t2[4] = { &ffi_type_double, &ffi_type_sint, &ffi_type_float,
                      &ffi_type_sint64 };
  ffi_type *t3[9] = { &ffi_type_float, &ffi_type_float, &ffi_type_sint,
                      &ffi_type_sint, &ffi_type_float, &ffi_type_double,
                      &ffi_type_sint, &ffi_type_float, &ffi_type_pointer };
  ffi_closure *k1, *k2, *k3;
  void *p1, *p2, *p3;
  int before = calls;

  W64_PREP (&c1, 4, &ffi_type_double, t1);
  W64_PREP (&c2, 4, &ffi_type_sint64, t2);
  W64_PREP (&c3, 9, &ffi_type_float, t3);
  p1 = w64_closure (&k1, &c1, idid, NULL);
  p2 = w64_closure (&k2, &c2, didi, NULL);
  p3 = w64_closure (&k3, &c3, ffiifdifp, &calls);

  CHECK_EQ_FLT (((double (MS *) (int, double, int64_t, double)) p1)
                (-1, 2.5, INT64_MAX, -4.75), -3.25);
  CHECK_EQ_INT (((int64_t (MS *) (double, int, float, int64_t)) p2)
                (1e300, 0x12345678, -0x1.8p-126f, -0x1122334455667788ll),
                -0x1122334455667788ll - 0x12345678);
  CHECK_EQ_FLT (((float (MS *) (float, float, int, int, float, double, int,
                                float, void *)) p3)
                (1.0f, 2.0f, 3, 4, 5.0f, 6.0, 7, 8.0f, &calls), 36.0f);
  CHECK_EQ_INT (calls, before + 3);
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
