/* SPDX-License-Identifier: MIT */
/* The smallest complete program: call puts() through libffi.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

int
main (void)
{
  ffi_cif cif;
  ffi_type *arg_types[1] = { &ffi_type_pointer };
  const char *message = "Hello from ffi_call";
  void *arg_values[1] = { &message };
  ffi_arg result;               /* an int result fills a whole ffi_arg */

  /* int puts (const char *) */
  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                    arg_types) != FFI_OK)
    abort ();

  ffi_call (&cif, FFI_FN (puts), &result, arg_values);

  /* puts returns a non-negative int when it succeeds.  */
  if ((int) result < 0)
    abort ();
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^Hello from ffi_call\n$" } */
