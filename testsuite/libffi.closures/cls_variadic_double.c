/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure for a variadic cif called natively as
   double (*) (int n, ...) with double variadic arguments.

   The caller passes the number of vector registers used in %al; the
   closure must pick the doubles up from %xmm0-%xmm7 and, past eight,
   from the stack.  A float argument is promoted to double by the
   caller, so the cif says double.  A second closure has a double fixed
   argument before the variadic ones; a third is int (*) (int n, ...)
   called with doubles and ints interleaved.  */

#include "closuretest.h"

typedef double (*vfn) (int n, ...);
typedef double (*vfn2) (double first, int n, ...);
typedef int (*ivfn) (int n, ...);

#define N 11

static ffi_cif cif, cif2, icif;
static int tag;
static unsigned calls;
static double vals[N];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  double sum = 0;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], N);
  for (i = 0; i < N; i++)
    {
      CHECK_EQ_FLT (*(double *) args[1 + i], vals[i]);
      sum += vals[i] * (i + 1);
    }
  *(double *) ret = sum;
  calls++;
}

static void
handler2 (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif2);
  CHECK (user_data == &tag);
  CHECK_EQ_FLT (*(double *) args[0], -1.0 / 3);
  CHECK_EQ_INT (*(int *) args[1], 2);
  CHECK_EQ_FLT (*(double *) args[2], 0.1f);
  CHECK_EQ_INT (*(int64_t *) args[3], 0x5555555555555555LL);
  CHECK_EQ_FLT (*(double *) args[4], 1e308);
  *(double *) ret = *(double *) args[0] * 3;
  calls++;
}

/* int (int n, ...) called with doubles and ints interleaved.  */
static void
ihandler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &icif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], 6);
  CHECK_EQ_FLT (*(double *) args[1], 1.5);
  CHECK_EQ_INT (*(int *) args[2], 2);
  CHECK_EQ_FLT (*(double *) args[3], -3.25);
  CHECK_EQ_INT (*(int *) args[4], 4);
  CHECK_EQ_FLT (*(double *) args[5], 1e10);
  CHECK_EQ_INT (*(int *) args[6], -6);
  CT_RET_SINT (ret, (int) (*(double *) args[1] * 2 + *(double *) args[3] * 4)
                    + *(int *) args[2] + *(int *) args[4] + *(int *) args[6]);
  calls++;
}

int
main (void)
{
  ffi_type *types[N + 1];
  ffi_type *types2[5] = { &ffi_type_double, &ffi_type_sint, &ffi_type_double,
                          &ffi_type_sint64, &ffi_type_double };
  ffi_type *itypes[7] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint,
                          &ffi_type_double, &ffi_type_sint, &ffi_type_double,
                          &ffi_type_sint };
  ffi_closure *c1, *c2, *c3;
  vfn f;
  vfn2 g;
  ivfn h;
  double want = 0;
  float tenth = 0.1f;
  int i;

  types[0] = &ffi_type_sint;
  for (i = 0; i < N; i++)
    {
      vals[i] = (i + 1) * (i % 2 ? -0.75 : 1.5) + 1e-3 * i;
      types[1 + i] = &ffi_type_double;
      want += vals[i] * (i + 1);
    }
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, N + 1,
                              &ffi_type_double, types));
  CHECK_OK (ffi_prep_cif_var (&cif2, FFI_DEFAULT_ABI, 2, 5, &ffi_type_double,
                              types2));
  f = (vfn) ct_make_closure (&c1, &cif, handler, &tag);
  g = (vfn2) ct_make_closure (&c2, &cif2, handler2, &tag);
  CHECK_OK (ffi_prep_cif_var (&icif, FFI_DEFAULT_ABI, 1, 7, &ffi_type_sint,
                              itypes));
  h = (ivfn) ct_make_closure (&c3, &icif, ihandler, &tag);

  CHECK_EQ_FLT (f (N, vals[0], vals[1], vals[2], vals[3], vals[4], vals[5],
                   vals[6], vals[7], vals[8], vals[9], vals[10]),
                want);
  CHECK_EQ_FLT (g (-1.0 / 3, 2, tenth, (int64_t) 0x5555555555555555LL,
                   1e308),
                -1.0);
  CHECK_EQ_INT (h (6, 1.5, 2, -3.25, 4, 1e10, -6), 3 - 13 + 2 + 4 - 6);
  CHECK_EQ_UINT (calls, 3);
  ffi_closure_free (c1);
  ffi_closure_free (c2);
  ffi_closure_free (c3);
  return 0;
}
