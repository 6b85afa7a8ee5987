/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* SSE-class structs made of floats: {float} and {float, float} fit one
   SSE eight-byte (%xmm0 on x86-64), {float x3} and {float x4} take two
   (%xmm0 and %xmm1).  By value as arguments (in registers, and on the
   stack once eight doubles have used %xmm0-7) and as results.  */

#include "calltest.h"

HOMO_CASE (f1, float, 1, float a;, &ffi_type_float)
HOMO_CASE (f2, float, 2, float a; float b;, &ffi_type_float, &ffi_type_float)
HOMO_CASE (f3, float, 3, float a; float b; float c;,
           &ffi_type_float, &ffi_type_float, &ffi_type_float)
HOMO_CASE (f4, float, 4, float a; float b; float c; float d;,
           &ffi_type_float, &ffi_type_float, &ffi_type_float,
           &ffi_type_float)

int
main (void)
{
  RUN_HOMO_CASE (f1, float, 1);
  RUN_HOMO_CASE (f2, float, 2);
  RUN_HOMO_CASE (f3, float, 3);
  RUN_HOMO_CASE (f4, float, 4);
  CHECK_EQ_INT (homo_case_calls, 8);
  return 0;
}
