/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* i386's x87 computes doubles in long double unless told to round every
   assignment and cast (no effect where doubles live in SSE registers).  */
/* { dg-options "-fexcess-precision=standard" } */
/* A closure with twenty double arguments: eight in %xmm0-%xmm7 and
   twelve on the stack, followed by a float, which also gets a stack slot
   because the SSE registers ran out, and an int, which takes %rdi.  The
   double returned is computed from all arguments.  The closure is called
   natively and then through ffi_call.  */

#include "closuretest.h"

typedef double (*many_fn) (double, double, double, double, double, double,
                           double, double, double, double, double, double,
                           double, double, double, double, double, double,
                           double, double, float, int);

static ffi_cif cif;
static int tag;
static unsigned calls;
static double vals[20];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  double acc = 0;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 20; i++)
    {
      CHECK_EQ_FLT (*(double *) args[i], vals[i]);
      acc = acc * 0.5 + *(double *) args[i];
    }
  CHECK_EQ_FLT (*(float *) args[20], 0.375f);
  CHECK_EQ_INT (*(int *) args[21], -20);
  *(double *) ret = acc;
  calls++;
}

int
main (void)
{
  ffi_type *types[22];
  void *avalues[22];
  float f = 0.375f;
  int n = -20, i;
  ffi_closure *cl;
  many_fn many;
  double want = 0, got;

  for (i = 0; i < 20; i++)
    {
      vals[i] = (i % 2 ? -1 : 1) * (i + 1) * 1.0009765625 + i * 1e-9;
      types[i] = &ffi_type_double;
      avalues[i] = &vals[i];
      want = want * 0.5 + vals[i];
    }
  types[20] = &ffi_type_float;
  types[21] = &ffi_type_sint;
  avalues[20] = &f;
  avalues[21] = &n;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 22, &ffi_type_double,
                          types));
  many = (many_fn) ct_make_closure (&cl, &cif, handler, &tag);

  got = many (vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], vals[6],
              vals[7], vals[8], vals[9], vals[10], vals[11], vals[12],
              vals[13], vals[14], vals[15], vals[16], vals[17], vals[18],
              vals[19], 0.375f, -20);
  CHECK_EQ_FLT (got, want);

  got = 0;
  ffi_call (&cif, FFI_FN (many), &got, avalues);
  CHECK_EQ_FLT (got, want);
  CHECK_EQ_UINT (calls, 2);
  ffi_closure_free (cl);
  return 0;
}
