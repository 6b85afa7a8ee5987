/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* INTEGER-class structs of 1 to 4 bytes by value, as arguments (in a
   register, and on the stack after six integers) and as results.  Each
   byte of the struct is distinct with its top bit set; the result must
   come back byte-exact and nothing past the struct's size may be written
   into the rvalue.  */

#include "calltest.h"

BYTES_CASE (s1, int8_t a;, &ffi_type_sint8)
BYTES_CASE (s2c, uint8_t a; int8_t b;, &ffi_type_uint8, &ffi_type_sint8)
BYTES_CASE (s2s, int16_t a;, &ffi_type_sint16)
BYTES_CASE (s3, int8_t a; int8_t b; uint8_t c;,
            &ffi_type_sint8, &ffi_type_sint8, &ffi_type_uint8)
BYTES_CASE (s4a, int16_t a; int8_t b; uint8_t c;,
            &ffi_type_sint16, &ffi_type_sint8, &ffi_type_uint8)
BYTES_CASE (s4b, int32_t a;, &ffi_type_sint32)
BYTES_CASE (s4c, uint8_t a; uint8_t b; uint8_t c; uint8_t d;,
            &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8,
            &ffi_type_uint8)

int
main (void)
{
  RUN_BYTES_CASE (s1);
  RUN_BYTES_CASE (s2c);
  RUN_BYTES_CASE (s2s);
  RUN_BYTES_CASE (s3);
  RUN_BYTES_CASE (s4a);
  RUN_BYTES_CASE (s4b);
  RUN_BYTES_CASE (s4c);
  CHECK_EQ_INT (bytes_case_calls, 14);
  return 0;
}
