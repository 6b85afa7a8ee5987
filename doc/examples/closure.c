/* SPDX-License-Identifier: MIT */
/* A closure: a real C function pointer, made at run time, whose calls
   reach a generic handler together with a pointer of the program's
   choosing.  Here two "say" functions share one handler and differ only
   in the greeting they were bound to.  */

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*say_fn) (const char *name);

/* C code that knows nothing of libffi: it takes an ordinary callback.  */
static int
greet_everyone (say_fn say)
{
  return say ("Ada") + say ("Grace");
}

/* The handler of every "say" closure.  args[0] points to the const char *
   argument; user_data is the greeting the closure was bound to.  */
static void
say_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  const char *name = *(const char **) args[0];
  const char *greeting = user_data;

  (void) cif;
  printf ("%s, %s!\n", greeting, name);
  /* The result is an int: store it as a whole ffi_arg.  */
  *(ffi_arg *) ret = (ffi_arg) strlen (name);
}

int
main (void)
{
  ffi_type *arg_types[1] = { &ffi_type_pointer };
  ffi_cif cif;
  ffi_closure *hello_closure, *bye_closure;
  void *hello_code, *bye_code;

  /* int say (const char *) */
  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                    arg_types) != FFI_OK)
    abort ();

  /* Allocate: writable closure memory, and the code address to call.  */
  hello_closure = ffi_closure_alloc (sizeof (ffi_closure), &hello_code);
  bye_closure = ffi_closure_alloc (sizeof (ffi_closure), &bye_code);
  if (hello_closure == NULL || bye_closure == NULL)
    abort ();

  /* Bind each to the signature, the handler and its own data.  */
  if (ffi_prep_closure_loc (hello_closure, &cif, say_handler, "Hello",
                            hello_code) != FFI_OK
      || ffi_prep_closure_loc (bye_closure, &cif, say_handler, "Goodbye",
                               bye_code) != FFI_OK)
    abort ();

  /* The code addresses are functions like any other.  */
  if (greet_everyone ((say_fn) hello_code) != 8
      || greet_everyone ((say_fn) bye_code) != 8)
    abort ();

  ffi_closure_free (hello_closure);
  ffi_closure_free (bye_closure);
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^Hello, Ada!\nHello, Grace!\n" }
   { dg-output "Goodbye, Ada!\nGoodbye, Grace!\n$" } */
