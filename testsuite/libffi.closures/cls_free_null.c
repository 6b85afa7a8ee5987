/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_closure_free (NULL) does nothing, before any closure exists,
   between allocations and after everything was freed; allocation and
   calls keep working around it.  */

#include "closuretest.h"

typedef unsigned (*fn) (unsigned);

static ffi_cif cif;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_UINT (ret, *(unsigned *) args[0] ^ (unsigned) (uintptr_t) user_data);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_uint };
  ffi_closure *a, *b;
  fn fa, fb;
  int i;

  ffi_closure_free (NULL);

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint, types));
  fa = (fn) ct_make_closure (&a, &cif, handler, (void *) (uintptr_t) 0xF0F0);
  for (i = 0; i < 10; i++)
    ffi_closure_free (NULL);
  fb = (fn) ct_make_closure (&b, &cif, handler, (void *) (uintptr_t) 0x0F0F);
  ffi_closure_free (NULL);

  CHECK_EQ_UINT (fa (0xFFFF), 0x0F0F);
  CHECK_EQ_UINT (fb (0xFFFF), 0xF0F0);
  ffi_closure_free (a);
  ffi_closure_free (NULL);
  CHECK_EQ_UINT (fb (0), 0x0F0F);
  ffi_closure_free (b);
  ffi_closure_free (NULL);

  fa = (fn) ct_make_closure (&a, &cif, handler, (void *) (uintptr_t) 1);
  CHECK_EQ_UINT (fa (2), 3);
  ffi_closure_free (a);
  return 0;
}
