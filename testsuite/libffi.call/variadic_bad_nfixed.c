/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_prep_cif_var with more fixed arguments than arguments in all
   (nfixedargs > ntotalargs) returns FFI_BAD_ARGTYPE, as current libffi
   does.  libffi 3.4.4 only asserts this in debug builds and returns
   FFI_OK, so this file fails there.  nfixedargs == ntotalargs (nothing
   variadic) is fine.  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_pointer, &ffi_type_sint, &ffi_type_double };

  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 1,
                                  &ffi_type_sint, t), FFI_BAD_ARGTYPE);
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 2,
                                  &ffi_type_sint, t), FFI_BAD_ARGTYPE);
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 0,
                                  &ffi_type_void, t), FFI_BAD_ARGTYPE);
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 0xffffffffu, 3,
                                  &ffi_type_void, t), FFI_BAD_ARGTYPE);
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 3, &ffi_type_sint,
                              t));
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 3, &ffi_type_sint,
                              t));
  return 0;
}
