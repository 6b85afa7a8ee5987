/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* INTEGER-class structs of 9 to 16 bytes (two eight-bytes: two GPRs on
   x86-64) by value, as arguments in registers and on the stack, and as
   results in %rax:%rdx: byte-exact, and no byte past the struct's size
   written into the rvalue.  */

#include "calltest.h"

#define C8 int8_t
#define T8 &ffi_type_sint8

BYTES_CASE (s9, C8 a; C8 b; C8 c; C8 d; C8 e; C8 f; C8 g; C8 h; C8 i;,
            T8, T8, T8, T8, T8, T8, T8, T8, T8)
BYTES_CASE (s10, int16_t a; int16_t b; int16_t c; int16_t d; int16_t e;,
            &ffi_type_sint16, &ffi_type_sint16, &ffi_type_sint16,
            &ffi_type_sint16, &ffi_type_sint16)
BYTES_CASE (s11, C8 a; C8 b; C8 c; C8 d; C8 e; C8 f; C8 g; C8 h; C8 i;
            C8 j; C8 k;,
            T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8)
BYTES_CASE (s12a, int32_t a; int32_t b; uint32_t c;,
            &ffi_type_sint32, &ffi_type_sint32, &ffi_type_uint32)
BYTES_CASE (s12b, int16_t a; int16_t b; int32_t c; int32_t d;,
            &ffi_type_sint16, &ffi_type_sint16, &ffi_type_sint32,
            &ffi_type_sint32)
BYTES_CASE (s13, C8 a; C8 b; C8 c; C8 d; C8 e; C8 f; C8 g; C8 h; C8 i;
            C8 j; C8 k; C8 l; C8 m;,
            T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8)
BYTES_CASE (s14, int16_t a; int16_t b; int16_t c; int16_t d; int16_t e;
            int16_t f; int16_t g;,
            &ffi_type_sint16, &ffi_type_sint16, &ffi_type_sint16,
            &ffi_type_sint16, &ffi_type_sint16, &ffi_type_sint16,
            &ffi_type_sint16)
BYTES_CASE (s15, C8 a; C8 b; C8 c; C8 d; C8 e; C8 f; C8 g; C8 h; C8 i;
            C8 j; C8 k; C8 l; C8 m; C8 n; C8 o;,
            T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8, T8)
BYTES_CASE (s16a, int64_t a; uint64_t b;, &ffi_type_sint64, &ffi_type_uint64)
BYTES_CASE (s16b, int32_t a; int32_t b; int32_t c; int32_t d;,
            &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
            &ffi_type_sint32)
BYTES_CASE (s16c, int64_t a; int32_t b; int16_t c; C8 d; C8 e;,
            &ffi_type_sint64, &ffi_type_sint32, &ffi_type_sint16, T8, T8)
BYTES_CASE (s16d, void *a; void *b;, &ffi_type_pointer, &ffi_type_pointer)

int
main (void)
{
  RUN_BYTES_CASE (s9);
  RUN_BYTES_CASE (s10);
  RUN_BYTES_CASE (s11);
  RUN_BYTES_CASE (s12a);
  RUN_BYTES_CASE (s12b);
  RUN_BYTES_CASE (s13);
  RUN_BYTES_CASE (s14);
  RUN_BYTES_CASE (s15);
  RUN_BYTES_CASE (s16a);
  RUN_BYTES_CASE (s16b);
  RUN_BYTES_CASE (s16c);
  RUN_BYTES_CASE (s16d);
  CHECK_EQ_INT (bytes_case_calls, 24);
  return 0;
}
