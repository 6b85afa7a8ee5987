/* SPDX-License-Identifier: MIT */
/* How the raw API carries a structure argument, which is what
   --disable-structs (FFI_NO_STRUCTS) changes: normally one cell holding a
   pointer to the structure, with FFI_NO_STRUCTS the structure's own bytes
   rounded up to whole cells.  Prints ffi_raw_size() for one 24-byte
   structure argument (FFI_SIZEOF_ARG on 64-bit targets normally, 24 with
   FFI_NO_STRUCTS) and checks that either way the layout is consistent:
   values survive ffi_ptrarray_to_raw + ffi_raw_to_ptrarray, and
   ffi_raw_call passes the structure correctly.  Used by check-options.sh.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

struct triple { double a, b, c; };

static double
sum (struct triple t, int k)
{
  return (t.a + t.b + t.c) * k;
}

int
main (void)
{
  ffi_type *members[4] = { &ffi_type_double, &ffi_type_double,
                           &ffi_type_double, NULL };
  ffi_type triple_type = { 0, 0, FFI_TYPE_STRUCT, members };
  ffi_type *arg_types[2] = { &triple_type, &ffi_type_sint };
  struct triple t = { 1.5, 2.5, 4.0 };
  int k = 2;
  void *args[2] = { &t, &k }, *back[2];
  ffi_raw *raw;
  ffi_cif cif;
  double result = 0;

  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                    arg_types) != FFI_OK)
    return 1;
  /* The struct argument alone: the int takes one more cell.  */
  printf ("%zu\n", ffi_raw_size (&cif) - sizeof (ffi_raw));

  raw = calloc (1, ffi_raw_size (&cif));
  if (raw == NULL)
    return 1;
  ffi_ptrarray_to_raw (&cif, args, raw);
  ffi_raw_to_ptrarray (&cif, raw, back);
  if (((struct triple *) back[0])->c != 4.0 || *(int *) back[1] != 2)
    return 1;
  ffi_raw_call (&cif, FFI_FN (sum), &result, raw);
  if (result != 16.0)
    return 1;
  free (raw);
  return 0;
}
