/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Regression: a struct declared with a size of at most 16 bytes (so
   ffi_prep_cif classifies it for registers without laying it out) whose
   members claim 2^63 bytes each: the second member's offset plus its
   size wrapped around, passed the "beyond 16 bytes" test, and the
   x86-64 classification wrote the class of eightbyte 2^60 -- far
   outside its two-element array.  Now such a struct just does not fit
   in registers; ffi_prep_cif returns a status and writes nothing.  */

#include "testffi.h"

int
main (void)
{
  static ffi_type half = { (size_t) 1 << (sizeof (size_t) * 8 - 1), 8,
                           FFI_TYPE_SINT64, NULL };
  static ffi_type *elements[] = { &half, &half, NULL };
  static ffi_type s = { 16, 8, FFI_TYPE_STRUCT, elements };
  ffi_type *args[1] = { &s };
  ffi_cif cif;
  ffi_status st;

  st = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &s, args);
  CHECK (st == FFI_OK || st == FFI_BAD_TYPEDEF);
  st = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args);
  CHECK (st == FFI_OK || st == FFI_BAD_TYPEDEF);
  CHECK_EQ_UINT (s.size, 16);
  return 0;
}
