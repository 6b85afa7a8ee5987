/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A 3-byte struct: not 1, 2, 4 or 8 bytes, so passed as a pointer to a
   caller-made copy and returned through the hidden pointer in slot 0.
   Calls through ffi_call to ms_abi callees taking it in slot 1 and
   in slot 5 (on the stack); the callees scribble over their copy,
   the caller's value must not change.  */

#include "win64test.h"

W64_BYTES_CASE (s3, uint8_t a; uint8_t b; uint8_t c;,
                &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8)

static void
run (void)
{
  W64_RUN_BYTES_CALLS (s3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
