/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Regression: laying out a struct whose members add up to more than
   SIZE_MAX / 2 bytes could wrap around: after aligning the offset of the
   second member past SIZE_MAX / 2, the overflow check itself wrapped,
   and the struct came out with size 0 and FFI_OK, from both
   ffi_prep_cif and ffi_get_struct_offsets.  Now FFI_BAD_TYPEDEF, and the
   type is left unsized.  */

#include "testffi.h"

int
main (void)
{
  /* A scalar type with a made-up size of SIZE_MAX / 2 bytes.  */
  static ffi_type half = { (size_t) -1 / 2, 8, FFI_TYPE_SINT64, NULL };
  static ffi_type *elements[] = { &half, &half, NULL };
  static ffi_type s = { 0, 0, FFI_TYPE_STRUCT, elements };
  static ffi_type *self_elements[] = { &s, &s, NULL };
  static ffi_type twice = { 0, 0, FFI_TYPE_STRUCT, self_elements };
  ffi_type *args[1] = { &s };
  size_t offsets[3];
  ffi_cif cif;

  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_UINT (s.size, 0);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &s, offsets),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_UINT (s.size, 0);
  CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &twice, NULL),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_UINT (twice.size, 0);
  return 0;
}
