/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Nested and recursive Go closure calls.

   A Go closure computes a sum 1..n by calling itself through
   ffi_call_go, 200 levels deep, each level checking that it received
   itself as the closure.  A second Go closure calls the first through
   ffi_call_go and a regular (ffi_closure_alloc) closure natively, so
   Go and regular closures interleave on the stack.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

typedef long (*sum_fn) (long);
typedef double (*mix_fn) (long, double);
typedef double (*plain_fn) (double);

static ffi_cif sum_cif, mix_cif, plain_cif;
static ffi_go_closure sum_gc, mix_gc;
static plain_fn plain;
static int plain_tag;
static long depth, max_depth;

static void
sum_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  long n = *(long *) args[0];
  CHECK (cif == &sum_cif);
  CHECK (closure == &sum_gc);
  depth++;
  if (depth > max_depth)
    max_depth = depth;
  if (n == 0)
    CT_RET_SINT (ret, 0);
  else
    {
      long m = n - 1;
      ffi_sarg r;
      void *av[1] = { &m };
      ffi_call_go (&sum_cif, FFI_FN (sum_gc.tramp), &r, av, &sum_gc);
      CT_RET_SINT (ret, r + n);
    }
  depth--;
}

static void
plain_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &plain_cif);
  CHECK (user_data == &plain_tag);
  *(double *) ret = *(double *) args[0] * 2;
}

static void
mix_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  long n = *(long *) args[0];
  ffi_sarg s;
  void *av[1] = { &n };
  CHECK (cif == &mix_cif);
  CHECK (closure == &mix_gc);
  ffi_call_go (&sum_cif, FFI_FN (sum_gc.tramp), &s, av, &sum_gc);
  *(double *) ret = plain (*(double *) args[1]) + (double) s;
}

int
main (void)
{
  ffi_type *sum_types[1] = { &ffi_type_slong };
  ffi_type *mix_types[2] = { &ffi_type_slong, &ffi_type_double };
  ffi_type *plain_types[1] = { &ffi_type_double };
  ffi_closure *pcl;

  CHECK_OK (ffi_prep_cif (&sum_cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                          sum_types));
  CHECK_OK (ffi_prep_cif (&mix_cif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                          mix_types));
  CHECK_OK (ffi_prep_cif (&plain_cif, FFI_DEFAULT_ABI, 1, &ffi_type_double,
                          plain_types));
  CHECK_OK (ffi_prep_go_closure (&sum_gc, &sum_cif, sum_handler));
  CHECK_OK (ffi_prep_go_closure (&mix_gc, &mix_cif, mix_handler));
  plain = (plain_fn) ct_make_closure (&pcl, &plain_cif, plain_handler,
                                      &plain_tag);

  CT_ARM_GO_CLOSURE (sum_gc);
  CHECK_EQ_INT (CT_CHAIN_CALL (sum_fn) (200), 200 * 201 / 2);
  CHECK_EQ_INT (max_depth, 201);
  CHECK_EQ_INT (depth, 0);

  CT_ARM_GO_CLOSURE (mix_gc);
  CHECK_EQ_FLT (CT_CHAIN_CALL (mix_fn) (10, 0.25), 55.5);
  ffi_closure_free (pcl);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
