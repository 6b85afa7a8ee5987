/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure with sixteen integer-class arguments (more than the six
   integer registers): ten go to the stack, each in its own eight-byte
   slot whatever its width.  The narrow stack arguments are passed from
   64-bit-wide constants whose upper bits would show if the closure read
   a whole slot.  Returns a 64-bit value derived from all of them.  */

#include "closuretest.h"

typedef uint64_t (*many_fn) (int8_t, uint16_t, int32_t, uint64_t, void *,
                             int64_t, uint8_t, int16_t, uint32_t, int64_t,
                             int8_t, uint8_t, int16_t, uint16_t, int32_t,
                             uint32_t);

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  uint64_t h = 0;
  int i;

  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int8_t *) args[0], -1);
  CHECK_EQ_UINT (*(uint16_t *) args[1], 0xFFFF);
  CHECK_EQ_INT (*(int32_t *) args[2], -2);
  CHECK_EQ_UINT (*(uint64_t *) args[3], 0x8000000000000003ull);
  CHECK (*(void **) args[4] == &tag);
  CHECK_EQ_INT (*(int64_t *) args[5], -5);
  CHECK_EQ_UINT (*(uint8_t *) args[6], 0x86);
  CHECK_EQ_INT (*(int16_t *) args[7], -7);
  CHECK_EQ_UINT (*(uint32_t *) args[8], 0x80000008u);
  CHECK_EQ_INT (*(int64_t *) args[9], -0x7FFFFFFFFFFFFFF9ll);
  CHECK_EQ_INT (*(int8_t *) args[10], 10);
  CHECK_EQ_UINT (*(uint8_t *) args[11], 0xFB);
  CHECK_EQ_INT (*(int16_t *) args[12], -12);
  CHECK_EQ_UINT (*(uint16_t *) args[13], 0x800D);
  CHECK_EQ_INT (*(int32_t *) args[14], -14);
  CHECK_EQ_UINT (*(uint32_t *) args[15], 0xFFFFFFF1u);
  for (i = 0; i < 16; i++)
    h = h * 31 + (uint64_t) i;
  *(uint64_t *) ret = h ^ *(uint64_t *) args[3];
  calls++;
}

int
main (void)
{
  ffi_type *types[16] = { &ffi_type_sint8, &ffi_type_uint16, &ffi_type_sint32,
                          &ffi_type_uint64, &ffi_type_pointer,
                          &ffi_type_sint64, &ffi_type_uint8, &ffi_type_sint16,
                          &ffi_type_uint32, &ffi_type_sint64, &ffi_type_sint8,
                          &ffi_type_uint8, &ffi_type_sint16, &ffi_type_uint16,
                          &ffi_type_sint32, &ffi_type_uint32 };
  ffi_closure *cl;
  many_fn many;
  volatile uint64_t wide_u8 = 0xFFFFFFFFFFFFFF86ull;
  volatile int64_t wide_s8 = 0x123456789ABCDE0All;
  volatile int64_t wide_u16 = 0x7700000000FF800Dll;
  uint64_t want = 0;
  int i;

  for (i = 0; i < 16; i++)
    want = want * 31 + (uint64_t) i;
  want ^= 0x8000000000000003ull;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 16, &ffi_type_uint64,
                          types));
  many = (many_fn) ct_make_closure (&cl, &cif, handler, &tag);

  for (i = 0; i < 3; i++)
    CHECK_EQ_UINT (many (-1, 0xFFFF, -2, 0x8000000000000003ull, &tag, -5,
                         (uint8_t) wide_u8, -7, 0x80000008u,
                         -0x7FFFFFFFFFFFFFF9ll, (int8_t) wide_s8, 0xFB, -12,
                         (uint16_t) wide_u16, -14, 0xFFFFFFF1u),
                   want);
  CHECK_EQ_UINT (calls, 3);
  ffi_closure_free (cl);
  return 0;
}
