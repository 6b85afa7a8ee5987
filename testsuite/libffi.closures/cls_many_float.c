/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure with sixteen float arguments interleaved with eight ints:
   the floats fill %xmm0-%xmm7 and then take stack slots (four bytes of
   value in each eight-byte slot), the ints fill the six integer
   registers and then alternate with floats on the stack.  Returns the
   float sum; the caller also calls it with ffi_call.  */

#include "closuretest.h"

typedef float (*many_fn) (float, int, float, float, int, float, float, int,
                          float, float, int, float, float, int, float, float,
                          int, float, float, int, float, float, float, int);

#define NARGS 24

static ffi_cif cif;
static int tag;
static unsigned calls;
static ffi_type *types[NARGS];
static float fv[NARGS];
static int iv[NARGS];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  float sum = 0;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < NARGS; i++)
    if (types[i] == &ffi_type_float)
      {
        CHECK_EQ_FLT (*(float *) args[i], fv[i]);
        sum += fv[i];
      }
    else
      {
        CHECK_EQ_INT (*(int *) args[i], iv[i]);
        sum -= (float) iv[i];
      }
  *(float *) ret = sum;
  calls++;
}

int
main (void)
{
  /* Positions of the int arguments, matching many_fn.  */
  static const int int_pos[] = { 1, 4, 7, 10, 13, 16, 19, 23 };
  void *avalues[NARGS];
  ffi_closure *cl;
  many_fn m;
  float want = 0, got;
  int i, k;

  for (i = 0; i < NARGS; i++)
    types[i] = &ffi_type_float;
  for (k = 0; k < 8; k++)
    types[int_pos[k]] = &ffi_type_sint;
  for (i = 0; i < NARGS; i++)
    {
      fv[i] = (float) (i * 8 + 1) / 16.0f * (i % 3 ? 1 : -1);
      iv[i] = (i * 1000003) ^ 0x55;
      avalues[i] = types[i] == &ffi_type_float ? (void *) &fv[i]
                                                : (void *) &iv[i];
      want += types[i] == &ffi_type_float ? fv[i] : -(float) iv[i];
    }
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, NARGS, &ffi_type_float,
                          types));
  m = (many_fn) ct_make_closure (&cl, &cif, handler, &tag);

  got = m (fv[0], iv[1], fv[2], fv[3], iv[4], fv[5], fv[6], iv[7], fv[8],
           fv[9], iv[10], fv[11], fv[12], iv[13], fv[14], fv[15], iv[16],
           fv[17], fv[18], iv[19], fv[20], fv[21], fv[22], iv[23]);
  CHECK_EQ_FLT (got, want);
  got = 0;
  ffi_call (&cif, FFI_FN (m), &got, avalues);
  CHECK_EQ_FLT (got, want);
  CHECK_EQ_UINT (calls, 2);
  ffi_closure_free (cl);
  return 0;
}
