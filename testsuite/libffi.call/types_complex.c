/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The predefined complex types: ffi_type_complex_float / _double /
   _longdouble have the size and alignment of the C complex types, type
   FFI_TYPE_COMPLEX, and an elements array holding the part type followed
   by NULL.  Complex types can be struct members, laid out like their C
   counterparts.  */

#include "calltest.h"
#include <complex.h>

#if HAVE_FFI_COMPLEX
#define CHECK_CTYPE(t, ctype, part)                                     \
  do {                                                                  \
    struct align_probe_ { char c; ctype x; };                           \
    CHECK_EQ_UINT ((t).size, sizeof (ctype));                           \
    CHECK_EQ_UINT ((t).alignment, offsetof (struct align_probe_, x));   \
    CHECK_EQ_UINT ((t).type, FFI_TYPE_COMPLEX);                         \
    CHECK ((t).elements != NULL);                                       \
    CHECK ((t).elements[0] == &(part));                                 \
    CHECK ((t).elements[1] == NULL);                                    \
  } while (0)

typedef struct { char c; double _Complex z; short s; } with_cd;
#endif

int
main (void)
{
#if HAVE_FFI_COMPLEX
  CHECK_CTYPE (ffi_type_complex_float, float _Complex, ffi_type_float);
  CHECK_CTYPE (ffi_type_complex_double, double _Complex, ffi_type_double);
  CHECK_CTYPE (ffi_type_complex_longdouble, long double _Complex,
               ffi_type_longdouble);
# if defined(__x86_64__) && !defined(_WIN32)
  CHECK_EQ_UINT (ffi_type_complex_float.size, 8);
  CHECK_EQ_UINT (ffi_type_complex_float.alignment, 4);
  CHECK_EQ_UINT (ffi_type_complex_double.size, 16);
  CHECK_EQ_UINT (ffi_type_complex_double.alignment, 8);
  CHECK_EQ_UINT (ffi_type_complex_longdouble.size, 32);
  CHECK_EQ_UINT (ffi_type_complex_longdouble.alignment, 16);
# endif
  {
    ffi_type *el[4] = { &ffi_type_schar, &ffi_type_complex_double,
                        &ffi_type_sshort, NULL };
    ffi_type st = { 0, 0, FFI_TYPE_STRUCT, el };
    size_t off[3];
    CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &st, off));
    CHECK_EQ_UINT (off[1], offsetof (with_cd, z));
    CHECK_EQ_UINT (off[2], offsetof (with_cd, s));
    CHECK_EQ_UINT (st.size, sizeof (with_cd));
    CHECK_EQ_UINT (st.alignment, _Alignof (with_cd));
  }
  return 0;
#else
  SKIP_TEST ("no complex types on this target");
#endif
}
