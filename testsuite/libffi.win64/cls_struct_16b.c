/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A 16-byte struct: passed by reference (unlike System V, which splits
   it over %xmm0 and %rdi), returned through the hidden pointer.
   Closures called through ms_abi function pointers with it in
   slot 1 and in slot 5 (on the stack); the handler scribbles over
   its argument, the native caller's value must not change.  */

#include "win64test.h"

W64_BYTES_CASE (s16, double a; int64_t b;,
                &ffi_type_double, &ffi_type_sint64)

static void
run (void)
{
  W64_RUN_BYTES_CLOSURES (s16);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
