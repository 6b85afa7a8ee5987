/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures with float and double arguments (in %xmm0-%xmm3 and on the
   stack) and results (in %xmm0), called through ms_abi pointers.  */

#include "win64test.h"

static int calls;

static void
six (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif;
  CHECK (data == &calls);
  CHECK_EQ_FLT (*(float *) args[0], 0x1.abcdeep-3f);
  CHECK_EQ_FLT (*(double *) args[1], -0x1.23456789abcdep+100);
  CHECK_EQ_FLT (*(float *) args[2], -0.0f);
  CHECK_EQ_FLT (*(double *) args[3], 0x1p-1074);
  CHECK_EQ_FLT (*(float *) args[4], 3.0e38f);
  CHECK_EQ_FLT (*(double *) args[5], 1.0 / 3);
  *(double *) ret = *(double *) args[1] * 2;
  calls++;
}

static void
fsum (ffi_cif *cif, void *ret, void **args, void *data)
{
  float s = 0;
  unsigned i;
  (void) data;
  for (i = 0; i < cif->nargs; i++)
    {
      CHECK_EQ_FLT (*(float *) args[i], (float) (i + 1) * 0.5f);
      s += *(float *) args[i];
    }
  *(float *) ret = s;
  calls++;
}

static void
run (void)
{
  ffi_cif cif, fcif;
  ffi_type *t[6] = { &ffi_type_float, &ffi_type_double, &ffi_type_float,
                     &ffi_type_double, &ffi_type_float, &ffi_type_double };
  ffi_type *ft[7];
  ffi_closure *cl, *fcl;
  void *code, *fcode;
  int i, before = calls;

  W64_PREP (&cif, 6, &ffi_type_double, t);
  code = w64_closure (&cl, &cif, six, &calls);
  CHECK_EQ_FLT (((double (MS *) (float, double, float, double, float,
                                 double)) code)
                (0x1.abcdeep-3f, -0x1.23456789abcdep+100, -0.0f, 0x1p-1074,
                 3.0e38f, 1.0 / 3),
                -0x1.23456789abcdep+101);

  for (i = 0; i < 7; i++)
    ft[i] = &ffi_type_float;
  W64_PREP (&fcif, 7, &ffi_type_float, ft);
  fcode = w64_closure (&fcl, &fcif, fsum, NULL);
  CHECK_EQ_FLT (((float (MS *) (float, float, float, float, float, float,
                                float)) fcode)
                (0.5f, 1.0f, 1.5f, 2.0f, 2.5f, 3.0f, 3.5f), 14.0f);
  CHECK_EQ_INT (calls, before + 2);
  ffi_closure_free (cl);
  ffi_closure_free (fcl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
