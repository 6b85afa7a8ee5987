/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A signed integer result narrower than ffi_arg is sign-extended into the
   whole ffi_arg-sized rvalue (libffi's documented contract): every byte of
   the ffi_arg is written, even though the rvalue was full of junk.  */

#include "calltest.h"

static int calls;

static int8_t ret_s8_neg (void) { calls++; return -5; }
static int8_t ret_s8_min (void) { calls++; return INT8_MIN; }
static int8_t ret_s8_pos (void) { calls++; return 0x7b; }
static int16_t ret_s16_neg (void) { calls++; return -0x2105; }
static int16_t ret_s16_pos (void) { calls++; return 0x7ffe; }
static int32_t ret_s32_neg (void) { calls++; return -0x65432105; }
static int32_t ret_s32_pos (void) { calls++; return 0x7654327b; }
static signed char ret_schar (signed char c) { calls++; return c - 1; }

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

  r = call0 (&ffi_type_sint8, FFI_FN (ret_s8_neg));
  CHECK_EQ_UINT (r, SEXT_ARG (-5));
  CHECK_EQ_INT ((ffi_sarg) r, -5);
  CHECK_EQ_UINT (call0 (&ffi_type_sint8, FFI_FN (ret_s8_min)),
                 SEXT_ARG (INT8_MIN));
  CHECK_EQ_UINT (call0 (&ffi_type_sint8, FFI_FN (ret_s8_pos)),
                 ZEXT_ARG (0x7b));
  CHECK_EQ_UINT (call0 (&ffi_type_sint16, FFI_FN (ret_s16_neg)),
                 SEXT_ARG (-0x2105));
  CHECK_EQ_UINT (call0 (&ffi_type_sint16, FFI_FN (ret_s16_pos)),
                 ZEXT_ARG (0x7ffe));
  CHECK_EQ_UINT (call0 (&ffi_type_sint32, FFI_FN (ret_s32_neg)),
                 SEXT_ARG (-0x65432105));
  CHECK_EQ_UINT (call0 (&ffi_type_sint32, FFI_FN (ret_s32_pos)),
                 ZEXT_ARG (0x7654327b));
  CHECK_EQ_INT (calls, 7);

  /* The same cif over a range of argument values: every one comes back
     sign-extended.  */
  {
    ffi_cif cif;
    ffi_type *at[1] = { &ffi_type_schar };
    int v;
    PREP_CIF (&cif, 1, &ffi_type_schar, at);
    for (v = -127; v <= 127; v++)
      {
        signed char c = (signed char) v;
        void *av[1] = { &c };
        junk_fill (&r, sizeof r);
        ffi_call (&cif, FFI_FN (ret_schar), &r, av);
        CHECK_EQ_UINT (r, SEXT_ARG (v - 1));
      }
    CHECK_EQ_INT (calls, 7 + 255);
  }
  return 0;
}
