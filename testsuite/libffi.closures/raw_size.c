/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_raw_size: the bytes an ffi_raw argument block needs for a cif.

   Every argument takes its size rounded up to FFI_SIZEOF_ARG (8 on
   x86-64, where the raw API is emulated: FFI_NATIVE_RAW_API is 0 and
   sizeof (ffi_raw) is 8); a struct of any size takes one pointer-sized
   cell, because the raw block holds a pointer to it.  */

#include "closuretest.h"

struct big { int64_t v[5]; };
struct tiny { char c; };
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
           &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (tiny_type, &ffi_type_schar);

static size_t
raw_size_of (unsigned n, ffi_type **types)
{
  ffi_cif cif;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, n, &ffi_type_void, types));
  return ffi_raw_size (&cif);
}

int
main (void)
{
  ffi_type *one[1];
  ffi_type *mixed[10] = { &ffi_type_sint8, &ffi_type_uint16,
                          &ffi_type_sint32, &ffi_type_uint64,
                          &ffi_type_float, &ffi_type_double,
                          &ffi_type_pointer, &ffi_type_longdouble,
                          &big_type, &tiny_type };
  ffi_type *scalars[] = { &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
                          &ffi_type_sint16, &ffi_type_uint32,
                          &ffi_type_sint32, &ffi_type_uint64,
                          &ffi_type_sint64, &ffi_type_float,
                          &ffi_type_double, &ffi_type_pointer };
  size_t i, want;

  CHECK_EQ_UINT (FFI_SIZEOF_ARG, sizeof (void *));
  CHECK_EQ_UINT (sizeof (ffi_raw), FFI_SIZEOF_ARG);
#if defined(__x86_64__) && !defined(_WIN64)
  CHECK_EQ_UINT (FFI_NATIVE_RAW_API, 0);
  CHECK_EQ_UINT (sizeof (ffi_raw), 8);
#endif

  CHECK_EQ_UINT (raw_size_of (0, NULL), 0);
  for (i = 0; i < sizeof scalars / sizeof scalars[0]; i++)
    {
      one[0] = scalars[i];
      want = (scalars[i]->size + FFI_SIZEOF_ARG - 1) / FFI_SIZEOF_ARG
             * FFI_SIZEOF_ARG;
      CHECK_EQ_UINT (raw_size_of (1, one), want);
    }
  one[0] = &ffi_type_longdouble;
  CHECK_EQ_UINT (raw_size_of (1, one),
                 (sizeof (long double) + FFI_SIZEOF_ARG - 1) / FFI_SIZEOF_ARG
                 * FFI_SIZEOF_ARG);
  one[0] = &big_type;
  CHECK_EQ_UINT (raw_size_of (1, one), sizeof (void *));
  one[0] = &tiny_type;
  CHECK_EQ_UINT (raw_size_of (1, one), sizeof (void *));

#if defined(__x86_64__) && !defined(_WIN64)
  /* Seven 8-byte cells, a 16-byte long double, two struct pointers.  */
  CHECK_EQ_UINT (raw_size_of (10, mixed), 7 * 8 + 16 + 2 * 8);
#else
  CHECK (raw_size_of (10, mixed) >= 10 * sizeof (void *));
#endif
  return 0;
}
