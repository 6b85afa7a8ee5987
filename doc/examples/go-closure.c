/* SPDX-License-Identifier: MIT */
/* Go closures: the closure is passed in the static-chain register rather
   than found through a trampoline, which is how Go (gccgo) calls
   function values.  C cannot set that register, so the closure is
   called here with ffi_call_go, as a Go runtime would.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>

#if FFI_GO_CLOSURES

/* A Go-style closure object: ffi_go_closure first, then the captured
   variables.  */
struct counter
{
  ffi_go_closure closure;
  long total;
};

/* The handler gets the closure object as its last argument.  */
static void
add_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  struct counter *c = closure;

  (void) cif;
  c->total += *(long *) args[0];
  *(long *) ret = c->total;
}

int
main (void)
{
  ffi_type *arg_types[1] = { &ffi_type_slong };
  ffi_cif cif;
  struct counter c = { .total = 0 };
  long amounts[3] = { 5, 10, 27 }, result = 0;
  int i;

  /* long add (long), called with the closure in the static chain.  */
  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                    arg_types) != FFI_OK
      || ffi_prep_go_closure (&c.closure, &cif, add_handler) != FFI_OK)
    abort ();

  for (i = 0; i < 3; i++)
    {
      void *arg_values[1] = { &amounts[i] };
      ffi_call_go (&cif, FFI_FN (c.closure.tramp), &result, arg_values,
                   &c.closure);
      printf ("after adding %ld: %ld\n", amounts[i], result);
    }
  if (result != 42 || c.total != 42)
    abort ();
  return 0;
}

#else

int
main (void)
{
  return 77;                    /* no Go closures on this target */
}

#endif

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^after adding 5: 5\nafter adding 10: 15\n" }
   { dg-output "after adding 27: 42\n$" } */
