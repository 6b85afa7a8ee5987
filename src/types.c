/* SPDX-License-Identifier: MIT */
/* stubffi — the predefined ffi_type objects.

   Their size, alignment and type code are what the C compiler uses for the
   corresponding C type on this target, so they are written with sizeof and
   _Alignof rather than per-target tables.  They are not const: libffi's are
   writable data and clients declare them extern without const.  */

#include "ffi_common.h"
#include <complex.h>

#define SCALAR(name, ctype, code)                                       \
  FFI_API ffi_type ffi_type_##name = {                                  \
    sizeof (ctype), _Alignof (ctype), code, NULL                        \
  }

/* libffi gives void size 1 and alignment 1; clients may look.  */
FFI_API ffi_type ffi_type_void = { 1, 1, FFI_TYPE_VOID, NULL };

SCALAR (uint8, uint8_t, FFI_TYPE_UINT8);
SCALAR (sint8, int8_t, FFI_TYPE_SINT8);
SCALAR (uint16, uint16_t, FFI_TYPE_UINT16);
SCALAR (sint16, int16_t, FFI_TYPE_SINT16);
SCALAR (uint32, uint32_t, FFI_TYPE_UINT32);
SCALAR (sint32, int32_t, FFI_TYPE_SINT32);
SCALAR (uint64, uint64_t, FFI_TYPE_UINT64);
SCALAR (sint64, int64_t, FFI_TYPE_SINT64);
SCALAR (pointer, void *, FFI_TYPE_POINTER);
SCALAR (float, float, FFI_TYPE_FLOAT);
SCALAR (double, double, FFI_TYPE_DOUBLE);
#if FFI_TYPE_LONGDOUBLE != FFI_TYPE_DOUBLE  /* else ffi.h names double's */
SCALAR (longdouble, long double, FFI_TYPE_LONGDOUBLE);
#endif

/* A complex type's single element is its component type, as in libffi.  */
#define COMPLEX(name, ctype, part)                                      \
  static ffi_type *complex_##name##_elements[] = { &ffi_type_##part, NULL }; \
  FFI_API ffi_type ffi_type_complex_##name = {                          \
    sizeof (ctype), _Alignof (ctype), FFI_TYPE_COMPLEX,                 \
    complex_##name##_elements                                           \
  }

COMPLEX (float, float _Complex, float);
COMPLEX (double, double _Complex, double);
#if FFI_TYPE_LONGDOUBLE != FFI_TYPE_DOUBLE
COMPLEX (longdouble, long double _Complex, longdouble);
#endif
