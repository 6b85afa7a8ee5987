/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* An unsigned integer result narrower than ffi_arg is zero-extended into
   the whole ffi_arg-sized rvalue: with the top bit of the narrow value set,
   the upper bytes of the ffi_arg must still come back zero, although the
   rvalue was full of junk before the call.  */

#include "calltest.h"

static int calls;

static uint8_t ret_u8 (void) { calls++; return 250; }
static uint8_t ret_u8_max (void) { calls++; return UINT8_MAX; }
static uint16_t ret_u16 (void) { calls++; return 0xfedc; }
static uint16_t ret_u16_max (void) { calls++; return UINT16_MAX; }
static uint32_t ret_u32 (void) { calls++; return 0xfedcba98u; }
static uint32_t ret_u32_max (void) { calls++; return UINT32_MAX; }
static uint16_t
ret_u16_of (uint16_t x)
{
  calls++;
  return (uint16_t) (x * 3u);
}

static ffi_arg
call0 (ffi_type *rt, void (*fn) (void))
{
  ffi_cif cif;
  ffi_arg r;
  PREP_CIF (&cif, 0, rt, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, fn, &r, NULL);
  return r;
}

int
main (void)
{
  ffi_arg r;

  r = call0 (&ffi_type_uint8, FFI_FN (ret_u8));
  CHECK_EQ_UINT (r, 250);
  CHECK_EQ_UINT (call0 (&ffi_type_uint8, FFI_FN (ret_u8_max)), 0xffu);
  CHECK_EQ_UINT (call0 (&ffi_type_uint16, FFI_FN (ret_u16)), 0xfedcu);
  CHECK_EQ_UINT (call0 (&ffi_type_uint16, FFI_FN (ret_u16_max)), 0xffffu);
  CHECK_EQ_UINT (call0 (&ffi_type_uint32, FFI_FN (ret_u32)),
                 ZEXT_ARG (0xfedcba98u));
  CHECK_EQ_UINT (call0 (&ffi_type_uint32, FFI_FN (ret_u32_max)),
                 ZEXT_ARG (UINT32_MAX));
  CHECK_EQ_INT (calls, 6);

  {
    ffi_cif cif;
    ffi_type *at[1] = { &ffi_type_uint16 };
    unsigned v;
    PREP_CIF (&cif, 1, &ffi_type_uint16, at);
    for (v = 0; v <= 0xffff; v += 0x0101)
      {
        uint16_t x = (uint16_t) v;
        void *av[1] = { &x };
        junk_fill (&r, sizeof r);
        ffi_call (&cif, FFI_FN (ret_u16_of), &r, av);
        CHECK_EQ_UINT (r, ZEXT_ARG ((uint16_t) (v * 3u)));
      }
  }
  return 0;
}
