/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Regression: a struct argument declared with an impossible size
   (SIZE_MAX, or several of 2^62 bytes) made the x86-64 stack size wrap
   around to 0, and ffi_prep_cif accepted the signature with
   cif->bytes == 0, so that ffi_call would copy the argument into no
   space.  Now FFI_BAD_TYPEDEF; a struct argument of a large but
   reasonable size is still accepted, with room for it.  (Ports that
   pass large structs by reference may accept the impossible sizes.)  */

#include "testffi.h"

int
main (void)
{
  static ffi_type *elements[] = { &ffi_type_sint32, NULL };
  static ffi_type all = { (size_t) -1, 8, FFI_TYPE_STRUCT, elements };
  static ffi_type quarter = { (size_t) 1 << (sizeof (size_t) * 8 - 2), 8,
                              FFI_TYPE_STRUCT, elements };
  static ffi_type big = { 1 << 20, 8, FFI_TYPE_STRUCT, elements };
  ffi_type *one[1] = { &all };
  ffi_type *four[4] = { &quarter, &quarter, &quarter, &quarter };
  ffi_type *ok[2] = { &big, &big };
  ffi_cif cif;

  ffi_status st1 = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void,
                                 one);
  ffi_status st4 = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 4, &ffi_type_void,
                                 four);
#if defined(__x86_64__) && !defined(_WIN32)
  CHECK_EQ_INT (st1, FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (st4, FFI_BAD_TYPEDEF);
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_void, ok));
  CHECK (cif.bytes >= 2u << 20);
#else
  CHECK (st1 == FFI_OK || st1 == FFI_BAD_TYPEDEF);
  CHECK (st4 == FFI_OK || st4 == FFI_BAD_TYPEDEF);
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_void, ok));
#endif
  return 0;
}
