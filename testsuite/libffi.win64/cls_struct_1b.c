/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A 1-byte struct: passed in its slot (as an integer) and returned in %al.
   Closures called through ms_abi function pointers with it in
   slot 1 and in slot 5 (on the stack); the handler scribbles over
   its argument, the native caller's value must not change.  */

#include "win64test.h"

W64_BYTES_CASE (s1, int8_t a;,
                &ffi_type_sint8)

static void
run (void)
{
  W64_RUN_BYTES_CLOSURES (s1);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
