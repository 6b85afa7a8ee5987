/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* INTEGER-class structs of 5 to 8 bytes (one eight-byte) by value, as
   arguments in a register and on the stack, and as results: byte-exact,
   and no byte past the struct's size written into the rvalue.  */

#include "calltest.h"

BYTES_CASE (s5, int8_t a; int8_t b; int8_t c; int8_t d; int8_t e;,
            &ffi_type_sint8, &ffi_type_sint8, &ffi_type_sint8,
            &ffi_type_sint8, &ffi_type_sint8)
BYTES_CASE (s6a, int16_t a; uint16_t b; int16_t c;,
            &ffi_type_sint16, &ffi_type_uint16, &ffi_type_sint16)
BYTES_CASE (s6b, int8_t a; int8_t b; int16_t c; uint16_t d;,
            &ffi_type_sint8, &ffi_type_sint8, &ffi_type_sint16,
            &ffi_type_uint16)
BYTES_CASE (s7, int8_t a; int8_t b; int8_t c; int8_t d; int8_t e;
            int8_t f; int8_t g;,
            &ffi_type_sint8, &ffi_type_sint8, &ffi_type_sint8,
            &ffi_type_sint8, &ffi_type_sint8, &ffi_type_sint8,
            &ffi_type_sint8)
BYTES_CASE (s8a, int32_t a; int16_t b; int8_t c; uint8_t d;,
            &ffi_type_sint32, &ffi_type_sint16, &ffi_type_sint8,
            &ffi_type_uint8)
BYTES_CASE (s8b, int64_t a;, &ffi_type_sint64)
BYTES_CASE (s8c, uint32_t a; int32_t b;, &ffi_type_uint32, &ffi_type_sint32)

int
main (void)
{
  RUN_BYTES_CASE (s5);
  RUN_BYTES_CASE (s6a);
  RUN_BYTES_CASE (s6b);
  RUN_BYTES_CASE (s7);
  RUN_BYTES_CASE (s8a);
  RUN_BYTES_CASE (s8b);
  RUN_BYTES_CASE (s8c);
  CHECK_EQ_INT (bytes_case_calls, 14);
  return 0;
}
