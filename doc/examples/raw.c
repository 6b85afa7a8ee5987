/* SPDX-License-Identifier: MIT */
/* The raw API: arguments packed into an array of ffi_raw cells instead of
   an array of pointers, for a call with ffi_raw_call and for a closure
   whose handler receives the cells.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

static long
combine (short a, int b, double c)
{
  return a * 100 + b * 10 + (long) c;
}

typedef long (*combine_fn) (short, int, double);

/* A raw closure's handler: the arguments arrive as ffi_raw cells.  */
static void
raw_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  void *args[3];
  long offset = *(long *) user_data;

  /* Find each argument in the cells, whatever the cell size.  */
  ffi_raw_to_ptrarray (cif, raw, args);
  *(long *) ret = offset + combine (*(short *) args[0], *(int *) args[1],
                                    *(double *) args[2]);
}

int
main (void)
{
  ffi_type *arg_types[3] = { &ffi_type_sshort, &ffi_type_sint,
                             &ffi_type_double };
  ffi_cif cif;
  short a = 3;
  int b = 4;
  double c = 5.75;
  void *arg_values[3] = { &a, &b, &c };
  ffi_raw *raw;
  long result = 0, offset = 1000;
  ffi_raw_closure *closure;
  void *code;

  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_slong,
                    arg_types) != FFI_OK)
    abort ();

  /* Pack the arguments into cells, and call with them.  */
  raw = malloc (ffi_raw_size (&cif));
  if (raw == NULL)
    abort ();
  ffi_ptrarray_to_raw (&cif, arg_values, raw);
  ffi_raw_call (&cif, FFI_FN (combine), &result, raw);
  printf ("ffi_raw_call: combine(3, 4, 5.75) = %ld in %zu bytes of cells\n",
          result, ffi_raw_size (&cif));
  if (result != 345)
    abort ();
  free (raw);

  /* A closure whose handler takes cells.  */
  closure = ffi_closure_alloc (sizeof (ffi_raw_closure), &code);
  if (closure == NULL
      || ffi_prep_raw_closure_loc (closure, &cif, raw_handler, &offset,
                                   code) != FFI_OK)
    abort ();
  result = ((combine_fn) code) (3, 4, 5.75);
  printf ("raw closure: %ld\n", result);
  if (result != 1345)
    abort ();
  ffi_closure_free (closure);
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^ffi_raw_call: combine\\(3, 4, 5.75\\) = 345 in \[0-9\]+ bytes of cells\n" }
   { dg-output "raw closure: 1345\n$" } */
