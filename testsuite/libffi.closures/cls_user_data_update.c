/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A prepared closure reads its fields when it is called, as libffi's
   do: storing a new user_data or fun into the closure after
   ffi_prep_closure_loc changes what the next call sees, without
   preparing it again.  Clients (language runtimes) retarget callbacks
   this way.  */

#include "closuretest.h"

typedef int (*fn) (int);

static ffi_cif cif;
static int a_tag, b_tag;

static void
first (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(int *) args[0] + (user_data == &a_tag ? 100 : 200));
}

static void
second (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, -*(int *) args[0] - (user_data == &a_tag ? 100 : 200));
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_sint };
  ffi_closure *cl;
  fn f;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  f = (fn) ct_make_closure (&cl, &cif, first, &a_tag);
  CHECK_EQ_INT (f (1), 101);

  cl->user_data = &b_tag;
  CHECK_EQ_INT (f (2), 202);

  cl->fun = second;
  CHECK_EQ_INT (f (3), -203);

  cl->user_data = &a_tag;
  CHECK_EQ_INT (f (4), -104);

  cl->fun = first;
  CHECK_EQ_INT (f (5), 105);
  ffi_closure_free (cl);
  return 0;
}
