/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The predefined ffi_type objects: size, alignment and type code of each
   match the C type they describe (and libffi's fixed values: void is
   1/1, long double is 16/16 on x86-64), elements is NULL, and the type
   codes have libffi's numbers.  */

#include "calltest.h"

#define CHECK_TYPE(t, ctype, code)                                      \
  do {                                                                  \
    struct align_probe_ { char c; ctype x; };                           \
    CHECK_EQ_UINT ((t).size, sizeof (ctype));                           \
    CHECK_EQ_UINT ((t).alignment, offsetof (struct align_probe_, x));   \
    CHECK_EQ_UINT ((t).type, (code));                                   \
    CHECK ((t).elements == NULL);                                       \
  } while (0)

int
main (void)
{
  /* Type codes.  */
  CHECK_EQ_INT (FFI_TYPE_VOID, 0);
  CHECK_EQ_INT (FFI_TYPE_INT, 1);
  CHECK_EQ_INT (FFI_TYPE_FLOAT, 2);
  CHECK_EQ_INT (FFI_TYPE_DOUBLE, 3);
  CHECK_EQ_INT (FFI_TYPE_UINT8, 5);
  CHECK_EQ_INT (FFI_TYPE_SINT8, 6);
  CHECK_EQ_INT (FFI_TYPE_UINT16, 7);
  CHECK_EQ_INT (FFI_TYPE_SINT16, 8);
  CHECK_EQ_INT (FFI_TYPE_UINT32, 9);
  CHECK_EQ_INT (FFI_TYPE_SINT32, 10);
  CHECK_EQ_INT (FFI_TYPE_UINT64, 11);
  CHECK_EQ_INT (FFI_TYPE_SINT64, 12);
  CHECK_EQ_INT (FFI_TYPE_STRUCT, 13);
  CHECK_EQ_INT (FFI_TYPE_POINTER, 14);
  CHECK_EQ_INT (FFI_TYPE_COMPLEX, 15);
  CHECK_EQ_INT (FFI_TYPE_LAST, FFI_TYPE_COMPLEX);
  CHECK_EQ_INT (FFI_OK, 0);
  CHECK_EQ_INT (FFI_BAD_TYPEDEF, 1);
  CHECK_EQ_INT (FFI_BAD_ABI, 2);
  CHECK_EQ_INT (FFI_BAD_ARGTYPE, 3);

  CHECK_EQ_UINT (ffi_type_void.size, 1);
  CHECK_EQ_UINT (ffi_type_void.alignment, 1);
  CHECK_EQ_UINT (ffi_type_void.type, FFI_TYPE_VOID);
  CHECK (ffi_type_void.elements == NULL);

  CHECK_TYPE (ffi_type_uint8, uint8_t, FFI_TYPE_UINT8);
  CHECK_TYPE (ffi_type_sint8, int8_t, FFI_TYPE_SINT8);
  CHECK_TYPE (ffi_type_uint16, uint16_t, FFI_TYPE_UINT16);
  CHECK_TYPE (ffi_type_sint16, int16_t, FFI_TYPE_SINT16);
  CHECK_TYPE (ffi_type_uint32, uint32_t, FFI_TYPE_UINT32);
  CHECK_TYPE (ffi_type_sint32, int32_t, FFI_TYPE_SINT32);
  CHECK_TYPE (ffi_type_uint64, uint64_t, FFI_TYPE_UINT64);
  CHECK_TYPE (ffi_type_sint64, int64_t, FFI_TYPE_SINT64);
  CHECK_TYPE (ffi_type_float, float, FFI_TYPE_FLOAT);
  CHECK_TYPE (ffi_type_double, double, FFI_TYPE_DOUBLE);
  CHECK_TYPE (ffi_type_pointer, void *, FFI_TYPE_POINTER);
  CHECK_TYPE (ffi_type_longdouble, long double,
              sizeof (long double) == sizeof (double) ? FFI_TYPE_DOUBLE
                                                      : FFI_TYPE_LONGDOUBLE);
#ifdef FFI_TYPE_LONGDOUBLE
  CHECK (FFI_TYPE_LONGDOUBLE == 4 || FFI_TYPE_LONGDOUBLE == FFI_TYPE_DOUBLE);
#endif

  /* The aliases name the same objects as the fixed-width types.  */
  CHECK (&ffi_type_uchar == &ffi_type_uint8);
  CHECK (&ffi_type_schar == &ffi_type_sint8);
  CHECK (&ffi_type_ushort == &ffi_type_uint16);
  CHECK (&ffi_type_sshort == &ffi_type_sint16);
  CHECK_TYPE (ffi_type_uint, unsigned int,
              sizeof (int) == 4 ? FFI_TYPE_UINT32 : FFI_TYPE_UINT64);
  CHECK_TYPE (ffi_type_sint, int,
              sizeof (int) == 4 ? FFI_TYPE_SINT32 : FFI_TYPE_SINT64);
  CHECK_TYPE (ffi_type_ulong, unsigned long,
              sizeof (long) == 4 ? FFI_TYPE_UINT32 : FFI_TYPE_UINT64);
  CHECK_TYPE (ffi_type_slong, long,
              sizeof (long) == 4 ? FFI_TYPE_SINT32 : FFI_TYPE_SINT64);

  /* ffi_arg is wide enough for a pointer-sized integer result.  */
  CHECK (sizeof (ffi_arg) >= sizeof (void *));
  CHECK_EQ_UINT (sizeof (ffi_arg), sizeof (ffi_sarg));
  CHECK ((ffi_sarg) -1 < 0);
  CHECK ((ffi_arg) -1 > 0);

#if defined(__x86_64__) && !defined(_WIN32)
  CHECK_EQ_UINT (ffi_type_longdouble.size, 16);
  CHECK_EQ_UINT (ffi_type_longdouble.alignment, 16);
  CHECK_EQ_UINT (ffi_type_longdouble.type, FFI_TYPE_LONGDOUBLE);
  CHECK_EQ_UINT (ffi_type_uint64.alignment, 8);
  CHECK_EQ_UINT (ffi_type_double.alignment, 8);
  CHECK_EQ_UINT (sizeof (ffi_arg), 8);
  CHECK_EQ_UINT (sizeof (ffi_type), 24);
  CHECK_EQ_UINT (sizeof (ffi_cif), 32);
  CHECK_EQ_UINT (FFI_SIZEOF_ARG, 8);
#endif
  return 0;
}
