/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_get_struct_offsets on bad input returns a status and never
   crashes: FFI_BAD_ABI for an ABI out of range (checked before the type),
   FFI_BAD_TYPEDEF for a type that is not a struct (scalars, pointer, void,
   complex), for a struct with NULL elements, an empty struct
   (elements[0] == NULL) and a struct containing such a struct.  */

#include "calltest.h"

int
main (void)
{
  size_t off[8];
  ffi_type *ok_el[2] = { &ffi_type_sint, NULL };
  ffi_type ok = { 0, 0, FFI_TYPE_STRUCT, ok_el };
  ffi_type null_el = { 0, 0, FFI_TYPE_STRUCT, NULL };
  ffi_type *empty_el[1] = { NULL };
  ffi_type empty = { 0, 0, FFI_TYPE_STRUCT, empty_el };
  ffi_type *nest_el[3] = { &ffi_type_sint, &null_el, NULL };
  ffi_type nest = { 0, 0, FFI_TYPE_STRUCT, nest_el };
  ffi_type *nest2_el[3] = { &empty, &ffi_type_double, NULL };
  ffi_type nest2 = { 0, 0, FFI_TYPE_STRUCT, nest2_el };

  /* Bad ABIs.  */
  CHECK_EQ_INT (ffi_get_struct_offsets ((ffi_abi) 0, &ok, off), FFI_BAD_ABI);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_FIRST_ABI, &ok, off),
                FFI_BAD_ABI);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_LAST_ABI, &ok, off), FFI_BAD_ABI);
  CHECK_EQ_INT (ffi_get_struct_offsets ((ffi_abi) (FFI_LAST_ABI + 1), &ok,
                                        off), FFI_BAD_ABI);
  CHECK_EQ_INT (ffi_get_struct_offsets ((ffi_abi) 0x7fffffff, &ok, off),
                FFI_BAD_ABI);
  CHECK_EQ_INT (ffi_get_struct_offsets ((ffi_abi) -1, &ok, off), FFI_BAD_ABI);
  /* The ABI is checked first: a bad ABI with a bad type is FFI_BAD_ABI.  */
  CHECK_EQ_INT (ffi_get_struct_offsets ((ffi_abi) 0, &ffi_type_sint, off),
                FFI_BAD_ABI);
  /* A rejected call did not lay the struct out.  */
  CHECK_EQ_UINT (ok.size, 0);

  /* Not a struct.  */
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_sint, off),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_uint8,
                                        off), FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_double,
                                        NULL), FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_pointer,
                                        off), FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_void, off),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_longdouble,
                                        off), FFI_BAD_TYPEDEF);
#if HAVE_FFI_COMPLEX
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI,
                                        &ffi_type_complex_double, off),
                FFI_BAD_TYPEDEF);
#endif

  /* Malformed structs.  */
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &null_el, off),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &empty, off),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &empty, NULL),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &nest, off),
                FFI_BAD_TYPEDEF);
  CHECK_EQ_INT (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &nest2, off),
                FFI_BAD_TYPEDEF);

  /* The predefined types were not disturbed, and a good struct still
     works afterwards.  */
  CHECK_EQ_UINT (ffi_type_sint.size, sizeof (int));
  CHECK_EQ_UINT (ffi_type_double.type, FFI_TYPE_DOUBLE);
  CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ok, off));
  CHECK_EQ_UINT (off[0], 0);
  CHECK_EQ_UINT (ok.size, sizeof (int));
  return 0;
}
