/* SPDX-License-Identifier: MIT */
/* What ffi_prep_cif, ffi_prep_cif_var and ffi_get_struct_offsets answer
   to bad input: one case for each check, each with the status it must
   give.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

static const char *
status_name (ffi_status s)
{
  switch (s)
    {
    case FFI_OK: return "FFI_OK";
    case FFI_BAD_TYPEDEF: return "FFI_BAD_TYPEDEF";
    case FFI_BAD_ABI: return "FFI_BAD_ABI";
    case FFI_BAD_ARGTYPE: return "FFI_BAD_ARGTYPE";
    }
  return "?";
}

static int failures;

static void
expect (const char *what, ffi_status got, ffi_status want)
{
  printf ("%-34s %s\n", what, status_name (got));
  if (got != want)
    failures++;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *one_int[1] = { &ffi_type_sint };
  ffi_type *one_void[1] = { &ffi_type_void };
  ffi_type *one_null[1] = { NULL };
  ffi_type *no_members[1] = { NULL };
  ffi_type empty_struct = { 0, 0, FFI_TYPE_STRUCT, no_members };
  ffi_type unlisted_struct = { 0, 0, FFI_TYPE_STRUCT, NULL };
  ffi_type odd_alignment = { 4, 3, FFI_TYPE_SINT32, NULL };
  ffi_type *odd_members[2] = { &odd_alignment, NULL };
  ffi_type odd_struct = { 0, 0, FFI_TYPE_STRUCT, odd_members };
  ffi_type unknown_code = { 4, 4, 99, NULL };
  ffi_type unsized_int = { 0, 4, FFI_TYPE_SINT32, NULL };
  ffi_type *self_members[2] = { NULL, NULL };
  ffi_type self_struct = { 0, 0, FFI_TYPE_STRUCT, self_members };
  ffi_type *args[1];
  ffi_type *printf_float[2] = { &ffi_type_pointer, &ffi_type_float };
  ffi_type *printf_short[2] = { &ffi_type_pointer, &ffi_type_sshort };
  size_t offsets[1];

  self_members[0] = &self_struct;       /* a struct that contains itself */

  expect ("a good signature",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, one_int),
          FFI_OK);

  /* The calling convention.  */
  expect ("abi FFI_FIRST_ABI",
          ffi_prep_cif (&cif, FFI_FIRST_ABI, 1, &ffi_type_sint, one_int),
          FFI_BAD_ABI);
  expect ("abi FFI_LAST_ABI",
          ffi_prep_cif (&cif, FFI_LAST_ABI, 1, &ffi_type_sint, one_int),
          FFI_BAD_ABI);

  /* Missing or malformed type descriptions.  */
  expect ("NULL return type",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, NULL, one_int),
          FFI_BAD_TYPEDEF);
  expect ("NULL argument type array",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, NULL),
          FFI_BAD_TYPEDEF);
  expect ("NULL argument type",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, one_null),
          FFI_BAD_TYPEDEF);
  /* Accepted, as libffi accepts it: nothing is passed for it.  */
  expect ("void argument",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, one_void),
          FFI_OK);
  expect ("struct with no members",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &empty_struct, NULL),
          FFI_BAD_TYPEDEF);
  expect ("struct with NULL elements",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &unlisted_struct, NULL),
          FFI_BAD_TYPEDEF);
  args[0] = &odd_struct;
  expect ("member alignment not a power of 2",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args),
          FFI_OK);              /* laid out with libffi's rounding */
  args[0] = &unknown_code;
  expect ("unknown type code",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args),
          FFI_BAD_TYPEDEF);
  args[0] = &unsized_int;
  expect ("size 0 on a scalar",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args),
          FFI_BAD_TYPEDEF);
  args[0] = &self_struct;
  expect ("struct that contains itself",
          ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args),
          FFI_BAD_TYPEDEF);

  /* Variadic calls: promoted types only.  */
  expect ("variadic float",
          ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint,
                            printf_float),
          FFI_BAD_ARGTYPE);
  expect ("variadic short",
          ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint,
                            printf_short),
          FFI_BAD_ARGTYPE);
  expect ("more fixed than total arguments",
          ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 1, &ffi_type_sint,
                            printf_short),
          FFI_OK);              /* all of them fixed */

  /* ffi_get_struct_offsets takes structures only.  */
  expect ("offsets of a non-struct",
          ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_sint, offsets),
          FFI_BAD_TYPEDEF);
  expect ("offsets with a bad abi",
          ffi_get_struct_offsets (FFI_LAST_ABI, &empty_struct, offsets),
          FFI_BAD_ABI);

  return failures == 0 ? 0 : 1;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^a good signature +FFI_OK\n" }
   { dg-output "abi FFI_FIRST_ABI +FFI_BAD_ABI\n" } */
