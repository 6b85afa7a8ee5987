/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Narrow integer arguments passed in registers are extended to the full
   register: sign-extended when signed, zero-extended when unsigned.  The
   psABI leaves those upper bits undefined, but clang-compiled callees rely
   on the extension to 32 bits and libffi extends to all 64 bits of the
   register, so stubffi does the same.  On x86-64 the callee is assembly
   that records %rdi..%r9 as they arrive; elsewhere a C callee checks the
   values only.  */

#include "calltest.h"

static const uint64_t want1[6] = {
  0xfffffffffffffffbull,        /* sint8 -5 */
  0x00000000000000faull,        /* uint8 250 */
  0xfffffffffffffffdull,        /* sint16 -3 */
  0x000000000000fedcull,        /* uint16 0xfedc */
  0xfffffffffffffff9ull,        /* sint32 -7 */
  0x00000000fedcba98ull         /* uint32 0xfedcba98 */
};
static const uint64_t want2[6] = {
  0x0000000000000080ull,        /* uint8 0x80 */
  0x000000000000007full,        /* sint8 0x7f */
  0x0000000000008000ull,        /* uint16 0x8000 */
  0x0000000000007fffull,        /* sint16 0x7fff */
  0x0000000080000000ull,        /* uint32 0x80000000 */
  0x000000007fffffffull         /* sint32 0x7fffffff */
};

#if defined(__x86_64__) && defined(__ELF__)
uint64_t regcap_gpr[6];
int regcap_calls;
void regcap_entry (void);
__asm__ (".text\n"
         ".p2align 4\n"
         ".globl regcap_entry\n"
         ".type regcap_entry, @function\n"
         "regcap_entry:\n"
         "  movq %rdi, regcap_gpr+0(%rip)\n"
         "  movq %rsi, regcap_gpr+8(%rip)\n"
         "  movq %rdx, regcap_gpr+16(%rip)\n"
         "  movq %rcx, regcap_gpr+24(%rip)\n"
         "  movq %r8, regcap_gpr+32(%rip)\n"
         "  movq %r9, regcap_gpr+40(%rip)\n"
         "  addl $1, regcap_calls(%rip)\n"
         "  ret\n"
         ".size regcap_entry, .-regcap_entry\n");
# define CALLEE1 FFI_FN (regcap_entry)
# define CALLEE2 FFI_FN (regcap_entry)
#else
static int calls;
static void
c_callee1 (int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f)
{
  CHECK_EQ_INT (a, -5);
  CHECK_EQ_UINT (b, 250);
  CHECK_EQ_INT (c, -3);
  CHECK_EQ_UINT (d, 0xfedc);
  CHECK_EQ_INT (e, -7);
  CHECK_EQ_UINT (f, 0xfedcba98u);
  calls++;
}
static void
c_callee2 (uint8_t a, int8_t b, uint16_t c, int16_t d, uint32_t e, int32_t f)
{
  CHECK_EQ_UINT (a, 0x80);
  CHECK_EQ_INT (b, 0x7f);
  CHECK_EQ_UINT (c, 0x8000);
  CHECK_EQ_INT (d, 0x7fff);
  CHECK_EQ_UINT (e, 0x80000000u);
  CHECK_EQ_INT (f, 0x7fffffff);
  calls++;
}
# define CALLEE1 FFI_FN (c_callee1)
# define CALLEE2 FFI_FN (c_callee2)
#endif

int
main (void)
{
  ffi_cif cif;
  int i;
  {
    ffi_type *t[6] = { &ffi_type_sint8, &ffi_type_uint8, &ffi_type_sint16,
                       &ffi_type_uint16, &ffi_type_sint32, &ffi_type_uint32 };
    int8_t a = -5;
    uint8_t b = 250;
    int16_t c = -3;
    uint16_t d = 0xfedc;
    int32_t e = -7;
    uint32_t f = 0xfedcba98u;
    void *v[6] = { &a, &b, &c, &d, &e, &f };
    PREP_CIF (&cif, 6, &ffi_type_void, t);
    ffi_call (&cif, CALLEE1, NULL, v);
#if defined(__x86_64__) && defined(__ELF__)
    CHECK_EQ_INT (regcap_calls, 1);
    for (i = 0; i < 6; i++)
      CHECK_EQ_UINT (regcap_gpr[i], want1[i]);
#endif
  }
  {
    ffi_type *t[6] = { &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
                       &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32 };
    uint8_t a = 0x80;
    int8_t b = 0x7f;
    uint16_t c = 0x8000;
    int16_t d = 0x7fff;
    uint32_t e = 0x80000000u;
    int32_t f = 0x7fffffff;
    void *v[6] = { &a, &b, &c, &d, &e, &f };
    PREP_CIF (&cif, 6, &ffi_type_void, t);
    ffi_call (&cif, CALLEE2, NULL, v);
#if defined(__x86_64__) && defined(__ELF__)
    CHECK_EQ_INT (regcap_calls, 2);
    for (i = 0; i < 6; i++)
      CHECK_EQ_UINT (regcap_gpr[i], want2[i]);
#else
    CHECK_EQ_INT (calls, 2);
    (void) want1; (void) want2; (void) i;
#endif
  }
  return 0;
}
