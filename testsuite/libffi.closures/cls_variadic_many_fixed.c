/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A variadic closure whose fixed arguments already use up registers:
   seven fixed int64s (on x86-64 the seventh is on the stack) and nine
   fixed doubles (the ninth on the stack), then variadic int64, double,
   int and pointer arguments, all on the stack.  A struct return of
   MEMORY class moves the fixed arguments one integer register further.
   Called natively as struct ret (*) (int64_t x7, double x9, ...).  */

#include "closuretest.h"

struct ret3 { int64_t a, b, c; };
CT_STRUCT (ret3_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

typedef struct ret3 (*vfn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                            int64_t, int64_t, double, double, double, double,
                            double, double, double, double, double, ...);

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  struct ret3 r;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 7; i++)
    CHECK_EQ_INT (*(int64_t *) args[i], -((i + 1LL) << 33));
  for (i = 0; i < 9; i++)
    CHECK_EQ_FLT (*(double *) args[7 + i], 0.5 + i);
  CHECK_EQ_INT (*(int64_t *) args[16], 0x0DDBA11LL);
  CHECK_EQ_FLT (*(double *) args[17], -8.5);
  CHECK_EQ_INT (*(int *) args[18], -1);
  CHECK (*(void **) args[19] == &tag);
  r.a = 1;
  r.b = -2;
  r.c = *(int64_t *) args[16];
  *(struct ret3 *) ret = r;
  calls++;
}

int
main (void)
{
  ffi_type *types[20];
  ffi_closure *cl;
  vfn f;
  struct ret3 r;
  int i;

  for (i = 0; i < 7; i++)
    types[i] = &ffi_type_sint64;
  for (i = 7; i < 16; i++)
    types[i] = &ffi_type_double;
  types[16] = &ffi_type_sint64;
  types[17] = &ffi_type_double;
  types[18] = &ffi_type_sint;
  types[19] = &ffi_type_pointer;
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 16, 20, &ret3_type,
                              types));
  f = (vfn) ct_make_closure (&cl, &cif, handler, &tag);
  r = f (-(1LL << 33), -(2LL << 33), -(3LL << 33), -(4LL << 33),
         -(5LL << 33), -(6LL << 33), -(7LL << 33), 0.5, 1.5, 2.5, 3.5, 4.5,
         5.5, 6.5, 7.5, 8.5, (int64_t) 0x0DDBA11LL, -8.5, -1, (void *) &tag);
  CHECK_EQ_INT (r.a, 1);
  CHECK_EQ_INT (r.b, -2);
  CHECK_EQ_INT (r.c, 0x0DDBA11LL);
  CHECK_EQ_UINT (calls, 1);
  ffi_closure_free (cl);
  return 0;
}
