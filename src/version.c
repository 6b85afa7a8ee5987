/* SPDX-License-Identifier: MIT */
/* stubffi — version and introspection calls (the libffi 3.5 additions).

   libffi 3.5 exports these four in LIBFFI_BASE_8.0; binaries built against
   it bind that version, so that is the default one here.  The same code is
   also bound at LIBFFI_BASE_8.1, the node our own interface plan gave them,
   so both kinds of reference resolve.  */

#include "ffi_common.h"

FFI_API const char *
ffi_get_version (void)
{
  return FFI_VERSION_STRING;
}

FFI_API unsigned long
ffi_get_version_number (void)
{
  return FFI_VERSION_NUMBER;
}

FFI_API unsigned int
ffi_get_default_abi (void)
{
  return FFI_DEFAULT_ABI;
}

FFI_API size_t
ffi_get_closure_size (void)
{
  return sizeof (ffi_closure);
}

/* The LIBFFI_BASE_8.1 bindings are distinct symbols: an alias of the same
   definition would take the default binding's place in GNU ld's output.  */
#if defined(__ELF__) && defined(PIC)
# define BIND_8_1(ret, name)                                              \
  FFI_API ret name##_8_1 (void);                                          \
  FFI_API ret name##_8_1 (void) { return name (); }                       \
  __asm__ (".symver " #name "_8_1, " #name "@LIBFFI_BASE_8.1")
BIND_8_1 (const char *, ffi_get_version);
BIND_8_1 (unsigned long, ffi_get_version_number);
BIND_8_1 (unsigned int, ffi_get_default_abi);
BIND_8_1 (size_t, ffi_get_closure_size);
#endif
