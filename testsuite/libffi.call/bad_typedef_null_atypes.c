/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* nargs > 0 with atypes == NULL gets FFI_BAD_TYPEDEF from ffi_prep_cif
   and ffi_prep_cif_var instead of a crash (nargs == 0 with atypes ==
   NULL is fine).  libffi 3.4.4 reads through the NULL array and crashes
   (SIGSEGV), so this file fails there.  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_sint, NULL));
  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                              NULL), FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 256, &ffi_type_void,
                              NULL), FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2,
                                  &ffi_type_sint, NULL), FFI_BAD_TYPEDEF);
  return 0;
}
