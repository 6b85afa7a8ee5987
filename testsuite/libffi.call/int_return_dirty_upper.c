/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The psABI leaves the bits of %rax (%eax on i386) above a narrow integer
   result undefined.  These callees are written in assembly and return the
   narrow value with junk in the upper bits: ffi_call must still widen the
   result into the whole ffi_arg, by the result type (sign-extended when
   signed, zero-extended when unsigned), not trust the register.  Elsewhere
   the callees are plain C and only the widening itself is checked.  */

#include "calltest.h"

#if (defined(__x86_64__) || defined(__i386__)) && defined(__ELF__)
void dirty_ret_neg (void);
void dirty_ret_pos (void);
# if defined(__x86_64__)
__asm__ (".text\n"
         ".p2align 4\n"
         ".globl dirty_ret_neg\n"
         ".type dirty_ret_neg, @function\n"
         "dirty_ret_neg:\n"
         "  movabsq $0x123456789abcdefb, %rax\n"
         "  ret\n"
         ".size dirty_ret_neg, .-dirty_ret_neg\n"
         ".p2align 4\n"
         ".globl dirty_ret_pos\n"
         ".type dirty_ret_pos, @function\n"
         "dirty_ret_pos:\n"
         "  movabsq $0xfedcba987654327b, %rax\n"
         "  ret\n"
         ".size dirty_ret_pos, .-dirty_ret_pos\n");
# else
__asm__ (".text\n"
         ".p2align 4\n"
         ".globl dirty_ret_neg\n"
         ".type dirty_ret_neg, @function\n"
         "dirty_ret_neg:\n"
         "  movl $0x9abcdefb, %eax\n"
         "  ret\n"
         ".size dirty_ret_neg, .-dirty_ret_neg\n"
         ".p2align 4\n"
         ".globl dirty_ret_pos\n"
         ".type dirty_ret_pos, @function\n"
         "dirty_ret_pos:\n"
         "  movl $0x7654327b, %eax\n"
         "  ret\n"
         ".size dirty_ret_pos, .-dirty_ret_pos\n");
# endif
# define NEG(T) FFI_FN (dirty_ret_neg)
# define POS(T) FFI_FN (dirty_ret_pos)
#else
/* Portable stand-ins returning the same low bits, cleanly.  */
static int8_t neg_s8 (void) { return (int8_t) 0xfb; }
static uint8_t neg_u8 (void) { return 0xfb; }
static int16_t neg_s16 (void) { return (int16_t) 0xdefb; }
static uint16_t neg_u16 (void) { return 0xdefb; }
static int32_t neg_s32 (void) { return (int32_t) 0x9abcdefbu; }
static uint32_t neg_u32 (void) { return 0x9abcdefbu; }
static int8_t pos_s8 (void) { return 0x7b; }
static uint8_t pos_u8 (void) { return 0x7b; }
static int16_t pos_s16 (void) { return 0x327b; }
static uint16_t pos_u16 (void) { return 0x327b; }
static int32_t pos_s32 (void) { return 0x7654327b; }
static uint32_t pos_u32 (void) { return 0x7654327b; }
# define NEG(T) FFI_FN (neg_##T)
# define POS(T) FFI_FN (pos_##T)
#endif

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
  CHECK_EQ_UINT (call0 (&ffi_type_sint8, NEG (s8)), SEXT_ARG (-5));
  CHECK_EQ_UINT (call0 (&ffi_type_uint8, NEG (u8)), ZEXT_ARG (0xfb));
  CHECK_EQ_UINT (call0 (&ffi_type_sint16, NEG (s16)), SEXT_ARG (-0x2105));
  CHECK_EQ_UINT (call0 (&ffi_type_uint16, NEG (u16)), ZEXT_ARG (0xdefb));
  CHECK_EQ_UINT (call0 (&ffi_type_sint32, NEG (s32)),
                 SEXT_ARG ((int32_t) -0x65432105));
  CHECK_EQ_UINT (call0 (&ffi_type_uint32, NEG (u32)),
                 ZEXT_ARG (0x9abcdefbu));

  CHECK_EQ_UINT (call0 (&ffi_type_sint8, POS (s8)), ZEXT_ARG (0x7b));
  CHECK_EQ_UINT (call0 (&ffi_type_uint8, POS (u8)), ZEXT_ARG (0x7b));
  CHECK_EQ_UINT (call0 (&ffi_type_sint16, POS (s16)), ZEXT_ARG (0x327b));
  CHECK_EQ_UINT (call0 (&ffi_type_uint16, POS (u16)), ZEXT_ARG (0x327b));
  CHECK_EQ_UINT (call0 (&ffi_type_sint32, POS (s32)),
                 ZEXT_ARG (0x7654327b));
  CHECK_EQ_UINT (call0 (&ffi_type_uint32, POS (u32)),
                 ZEXT_ARG (0x7654327b));
  return 0;
}
