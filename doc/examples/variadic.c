/* SPDX-License-Identifier: MIT */
/* A call to printf(), a variadic function: ffi_prep_cif_var with one
   named argument and three variadic ones.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

int
main (void)
{
  /* The variadic arguments are already promoted: a char would be passed
     as an int, a float as a double.  */
  ffi_type *arg_types[4] = {
    &ffi_type_pointer,                          /* const char *format */
    &ffi_type_pointer, &ffi_type_sint, &ffi_type_double     /* ... */
  };
  ffi_cif cif;
  const char *format = "%s has %d legs and weighs %.1f kg\n";
  const char *animal = "An ostrich";
  int legs = 2;
  double weight = 104.5;
  void *arg_values[4] = { &format, &animal, &legs, &weight };
  ffi_arg printed;

  if (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 4, &ffi_type_sint,
                        arg_types) != FFI_OK)
    abort ();
  ffi_call (&cif, FFI_FN (printf), &printed, arg_values);

  /* printf returns the number of characters it wrote.  */
  if ((int) printed != 42)
    abort ();

  /* A float is not a valid variadic argument type.  */
  arg_types[3] = &ffi_type_float;
  if (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 4, &ffi_type_sint,
                        arg_types) != FFI_BAD_ARGTYPE)
    abort ();
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^An ostrich has 2 legs and weighs 104.5 kg\n$" } */
