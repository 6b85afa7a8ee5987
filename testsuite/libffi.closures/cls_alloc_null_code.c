/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_closure_alloc with a NULL code pointer returns NULL instead of
   crashing (libffi checks the argument), and the allocator keeps
   working afterwards.  */

#include "closuretest.h"

typedef int (*fn) (void);

static ffi_cif cif;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  (void) args;
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, (int) (intptr_t) user_data);
}

int
main (void)
{
  ffi_closure *cl;
  fn f;
  int i;

  for (i = 0; i < 3; i++)
    CHECK (ffi_closure_alloc (sizeof (ffi_closure), NULL) == NULL);
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_sint, NULL));
  f = (fn) ct_make_closure (&cl, &cif, handler, (void *) (intptr_t) -31);
  CHECK_EQ_INT (f (), -31);
  CHECK (ffi_closure_alloc (sizeof (ffi_closure), NULL) == NULL);
  CHECK_EQ_INT (f (), -31);
  ffi_closure_free (cl);
  return 0;
}
