/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A 12-byte struct: passed by reference, returned through the hidden
   pointer.
   Calls through ffi_call to ms_abi callees taking it in slot 1 and
   in slot 5 (on the stack); the callees scribble over their copy,
   the caller's value must not change.  */

#include "win64test.h"

W64_BYTES_CASE (s12, int32_t a; float b; uint32_t c;,
                &ffi_type_sint32, &ffi_type_float, &ffi_type_uint32)

static void
run (void)
{
  W64_RUN_BYTES_CALLS (s12);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
