/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Structs made only of floats and doubles are aggregates like any other:
   {float}, {double} and {float, float} travel in integer registers and
   come back in %rax (never %xmm0); {float, float, float} and
   {double, double} are passed by reference and returned through the
   hidden pointer.  */

#include "win64test.h"

W64_BYTES_CASE (f1, float a;, &ffi_type_float)
W64_BYTES_CASE (d1, double a;, &ffi_type_double)
W64_BYTES_CASE (f2, float a; float b;, &ffi_type_float, &ffi_type_float)
W64_BYTES_CASE (f3, float a; float b; float c;,
                &ffi_type_float, &ffi_type_float, &ffi_type_float)
W64_BYTES_CASE (d2, double a; double b;, &ffi_type_double, &ffi_type_double)

static void
run (void)
{
  W64_RUN_BYTES_CALLS (f1);
  W64_RUN_BYTES_CALLS (d1);
  W64_RUN_BYTES_CALLS (f2);
  W64_RUN_BYTES_CALLS (f3);
  W64_RUN_BYTES_CALLS (d2);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
