/* SPDX-License-Identifier: MIT */
/* Which libffi interface does the library provide, and was the program
   compiled with a header that matches it?  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main (void)
{
  const char *version = ffi_get_version ();
  unsigned long number = ffi_get_version_number ();

  printf ("libffi interface %s (%lu)\n", version, number);
  printf ("header %s (%lu)\n", FFI_VERSION_STRING,
          (unsigned long) FFI_VERSION_NUMBER);

  /* The library and the header agree on the version...  */
  if (strcmp (version, FFI_VERSION_STRING) != 0
      || number != FFI_VERSION_NUMBER)
    abort ();

  /* ...on the default calling convention and on the closure layout.  */
  if (ffi_get_default_abi () != FFI_DEFAULT_ABI
      || ffi_get_closure_size () != sizeof (ffi_closure))
    abort ();
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^libffi interface 3.5.2 \\(30502\\)\n" }
   { dg-output "header 3.5.2 \\(30502\\)\n$" } */
