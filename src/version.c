/* SPDX-License-Identifier: MIT */
/* stubffi — version and introspection calls (the libffi 3.5 additions).

   libffi 3.5.1 and every later release export these four at
   LIBFFI_BASE_8.1, the default binding here too, so that a program linked
   against stubffi loads on those libffis.  libffi 3.5.0 exported them at
   LIBFFI_BASE_8.0 (3.5.1's release notes call it a versioning error);
   that binding stays as a non-default one, so that binaries built
   against 3.5.0 still load.  */

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

/* The LIBFFI_BASE_8.0 bindings are distinct symbols: an alias of the same
   definition would take the default binding's place in GNU ld's output.  */
#if defined(__ELF__) && defined(PIC)
# define BIND_8_0(ret, name)                                              \
  FFI_API ret name##_8_0 (void);                                          \
  FFI_API ret name##_8_0 (void) { return name (); }                       \
  __asm__ (".symver " #name "_8_0, " #name "@LIBFFI_BASE_8.0")
BIND_8_0 (const char *, ffi_get_version);
BIND_8_0 (unsigned long, ffi_get_version_number);
BIND_8_0 (unsigned int, ffi_get_default_abi);
BIND_8_0 (size_t, ffi_get_closure_size);
#endif
