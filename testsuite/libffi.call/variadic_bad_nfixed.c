/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_prep_cif_var with more fixed arguments than arguments in all
   (nfixedargs > ntotalargs): libffi (3.4.4 as Debian ships it, and every
   release since; only a debug build asserts) returns FFI_OK and checks
   no argument as variadic, so every argument is fixed.  stubffi does the
   same, and the cif makes correct calls.  nfixedargs == ntotalargs
   (nothing variadic) is fine too.  */

#include "calltest.h"

static int
takes_pointer_int (const char *p, int i)
{
  return p[0] + i;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_pointer, &ffi_type_sint, &ffi_type_double };
  ffi_type *narrow[2] = { &ffi_type_pointer, &ffi_type_sint8 };
  const char *s = "A";
  int i = 1000;
  void *args[2] = { &s, &i };
  ffi_arg r = 0;

  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 1, &ffi_type_sint, t));
  CHECK_EQ_UINT (cif.nargs, 1);
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 0, &ffi_type_void, t));
  CHECK_EQ_UINT (cif.nargs, 0);
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 0xffffffffu, 3,
                              &ffi_type_void, t));
  /* All fixed: a narrow type past nfixed is not refused.  */
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 5, 2, &ffi_type_sint,
                              narrow));
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 3, &ffi_type_sint, t));
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 3, &ffi_type_sint, t));

  /* And the call follows the fixed rules.  */
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 2, &ffi_type_sint, t));
  ffi_call (&cif, FFI_FN (takes_pointer_int), &r, args);
  CHECK_EQ_INT ((int) r, 'A' + 1000);
  return 0;
}
