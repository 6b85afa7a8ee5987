/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* What ffi_prep_cif and ffi_prep_cif_var record in the public fields of
   the cif: abi, nargs (the total for a variadic cif), arg_types (the
   caller's array itself, not a copy) and rtype.  A successful re-prepare
   of the same cif replaces them.  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_pointer, &ffi_type_double, &ffi_type_sint };

  memset (&cif, 0xa5, sizeof cif);
  PREP_CIF (&cif, 3, &ffi_type_float, t);
  CHECK_EQ_INT (cif.abi, FFI_DEFAULT_ABI);
  CHECK_EQ_UINT (cif.nargs, 3);
  CHECK (cif.arg_types == t);
  CHECK (cif.rtype == &ffi_type_float);

  PREP_CIF_VAR (&cif, 1, 3, &ffi_type_sint64, t);
#if defined(__arm__)
  /* Variadic functions use the base standard: libffi records FFI_SYSV
     even when asked for FFI_VFP, and so with all arguments named.  */
  CHECK_EQ_INT (cif.abi, FFI_SYSV);
  CHECK (ffi_prep_cif_var (&cif, FFI_VFP, 3, 3, &ffi_type_double, t) == FFI_OK);
  CHECK_EQ_INT (cif.abi, FFI_SYSV);
  CHECK (ffi_prep_cif (&cif, FFI_VFP, 3, &ffi_type_double, t) == FFI_OK);
  CHECK_EQ_INT (cif.abi, FFI_VFP);
  PREP_CIF_VAR (&cif, 1, 3, &ffi_type_sint64, t);
#else
  CHECK_EQ_INT (cif.abi, FFI_DEFAULT_ABI);
#endif
  CHECK_EQ_UINT (cif.nargs, 3);
  CHECK (cif.arg_types == t);
  CHECK (cif.rtype == &ffi_type_sint64);

  PREP_CIF (&cif, 0, &ffi_type_void, NULL);
  CHECK_EQ_UINT (cif.nargs, 0);
  CHECK (cif.rtype == &ffi_type_void);
  return 0;
}
