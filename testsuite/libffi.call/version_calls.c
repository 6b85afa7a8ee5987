/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The version and introspection calls libffi 3.5 added:
   ffi_get_version () returns the "MAJOR.MINOR.PATCH" string equal to
   FFI_VERSION_STRING, ffi_get_version_number () returns FFI_VERSION_NUMBER
   (MAJOR * 10000 + MINOR * 100 + PATCH, e.g. 30502 for "3.5.2"),
   ffi_get_default_abi () returns FFI_DEFAULT_ABI and
   ffi_get_closure_size () returns sizeof (ffi_closure).  libffi 3.4.4 has
   none of these, so this file does not build against it.  */

#include "calltest.h"

int
main (void)
{
  const char *v = ffi_get_version ();
  unsigned major = 0, minor = 0, patch = 0;
  char tail = 0;
  unsigned long n = ffi_get_version_number ();

  CHECK (v != NULL);
  CHECK (strcmp (v, FFI_VERSION_STRING) == 0);
  CHECK (ffi_get_version () == v || strcmp (ffi_get_version (), v) == 0);
  CHECK_EQ_INT (sscanf (v, "%u.%u.%u%c", &major, &minor, &patch, &tail), 3);
  CHECK_EQ_UINT (n, FFI_VERSION_NUMBER);
  CHECK_EQ_UINT (n, major * 10000ul + minor * 100ul + patch);
  CHECK (minor < 100 && patch < 100);
  /* These calls appeared in 3.5.0.  */
  CHECK (n >= 30500);

  CHECK_EQ_UINT (ffi_get_default_abi (), FFI_DEFAULT_ABI);
  CHECK_EQ_UINT (ffi_get_closure_size (), sizeof (ffi_closure));
#if defined(__x86_64__) && !defined(_WIN32)
  CHECK_EQ_UINT (ffi_get_default_abi (), 2);
  CHECK_EQ_UINT (ffi_get_closure_size (), 56);
#endif
  return 0;
}
