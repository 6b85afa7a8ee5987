/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A NULL entry among the first nargs entries of atypes gets
   FFI_BAD_TYPEDEF from ffi_prep_cif and ffi_prep_cif_var (in the fixed
   and in the variadic part), in any position, instead of a crash.  A
   NULL struct element is the struct's terminator, not an error.
   libffi 3.4.4 dereferences the NULL entry and crashes (SIGSEGV), so this
   file fails there.  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;
  unsigned where;

  for (where = 0; where < 3; where++)
    {
      ffi_type *t[3] = { &ffi_type_sint, &ffi_type_double, &ffi_type_pointer };
      t[where] = NULL;
      CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_sint,
                                  t), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 3,
                                      &ffi_type_sint, t), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 3,
                                      &ffi_type_void, t), FFI_BAD_TYPEDEF);
    }
  /* Entries past nargs are not looked at.  */
  {
    ffi_type *t[2] = { &ffi_type_sint, NULL };
    CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, t));
  }
  return 0;
}
