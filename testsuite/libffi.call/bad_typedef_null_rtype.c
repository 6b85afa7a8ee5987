/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A NULL return type gets FFI_BAD_TYPEDEF from ffi_prep_cif and
   ffi_prep_cif_var instead of a crash.  libffi 3.4.4 dereferences it and
   crashes (SIGSEGV), so this file fails there.  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[2] = { &ffi_type_pointer, &ffi_type_double };

  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, NULL, NULL),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, NULL, t),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, NULL, t),
                FFI_BAD_TYPEDEF);
  /* The cif is still good for a proper prepare.  */
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_void, t));
  return 0;
}
