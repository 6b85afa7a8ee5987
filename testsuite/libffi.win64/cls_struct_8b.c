/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* An 8-byte struct with a float member: passed in an integer register
   (aggregates never go to %xmm) and returned in %rax.
   Closures called through ms_abi function pointers with it in
   slot 1 and in slot 5 (on the stack); the handler scribbles over
   its argument, the native caller's value must not change.  */

#include "win64test.h"

W64_BYTES_CASE (s8, int32_t a; float b;,
                &ffi_type_sint32, &ffi_type_float)

static void
run (void)
{
  W64_RUN_BYTES_CLOSURES (s8);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
