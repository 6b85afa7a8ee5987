/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* An ms_abi caller expects %rdi, %rsi, %xmm6-%xmm15 (and %rbx, %rbp,
   %r12-%r15) to survive the call.  The System V code behind a closure
   (the library's C half and the handler) may clobber %rdi, %rsi and all
   the %xmm registers, so the closure entry must save and restore them.
   A hand-written ms_abi caller loads known values, calls the closure,
   whose handler clobbers those registers, and records what it gets
   back.  */

#include "win64test.h"

/* uint64_t w64_call_preserving (void *code, uint64_t *out, int64_t arg)
   (System V): calls int64_t (MS *) (int64_t, double) code (arg, 0.5) and
   stores %rdi, %rsi, %rbx, %r12-%r15, the result and %xmm6-%xmm15 in
   out[0..27].  */
__asm__ (".text\n"
         ".p2align 4\n"
         "w64_call_preserving:\n\t"
         "pushq %rbp\n\t"
         "movq %rsp, %rbp\n\t"
         "pushq %rbx\n\t"
         "pushq %r12\n\t"
         "pushq %r13\n\t"
         "pushq %r14\n\t"
         "pushq %r15\n\t"
         "pushq %rsi\n\t"                       /* out, at -48(%rbp) */
         "subq $32, %rsp\n\t"                   /* shadow space; aligned */
         "movq %rdi, %rax\n\t"
         "movq %rdx, %rcx\n\t"                  /* arg 0 */
         "movsd w64_half(%rip), %xmm1\n\t"      /* arg 1 */
         "movabsq $0x1111111111111111, %rdi\n\t"
         "movabsq $0x2222222222222222, %rsi\n\t"
         "movabsq $0x3333333333333333, %rbx\n\t"
         "movabsq $0x4444444444444444, %r12\n\t"
         "movabsq $0x5555555555555555, %r13\n\t"
         "movabsq $0x6666666666666666, %r14\n\t"
         "movabsq $0x7777777777777777, %r15\n\t"
         "movdqu w64_xmm_pattern+0*16(%rip), %xmm6\n\t"
         "movdqu w64_xmm_pattern+1*16(%rip), %xmm7\n\t"
         "movdqu w64_xmm_pattern+2*16(%rip), %xmm8\n\t"
         "movdqu w64_xmm_pattern+3*16(%rip), %xmm9\n\t"
         "movdqu w64_xmm_pattern+4*16(%rip), %xmm10\n\t"
         "movdqu w64_xmm_pattern+5*16(%rip), %xmm11\n\t"
         "movdqu w64_xmm_pattern+6*16(%rip), %xmm12\n\t"
         "movdqu w64_xmm_pattern+7*16(%rip), %xmm13\n\t"
         "movdqu w64_xmm_pattern+8*16(%rip), %xmm14\n\t"
         "movdqu w64_xmm_pattern+9*16(%rip), %xmm15\n\t"
         "call *%rax\n\t"
         "movq -48(%rbp), %rcx\n\t"             /* out */
         "movq %rdi, 0(%rcx)\n\t"
         "movq %rsi, 8(%rcx)\n\t"
         "movq %rbx, 16(%rcx)\n\t"
         "movq %r12, 24(%rcx)\n\t"
         "movq %r13, 32(%rcx)\n\t"
         "movq %r14, 40(%rcx)\n\t"
         "movq %r15, 48(%rcx)\n\t"
         "movq %rax, 56(%rcx)\n\t"
         "movdqu %xmm6, 64+0*16(%rcx)\n\t"
         "movdqu %xmm7, 64+1*16(%rcx)\n\t"
         "movdqu %xmm8, 64+2*16(%rcx)\n\t"
         "movdqu %xmm9, 64+3*16(%rcx)\n\t"
         "movdqu %xmm10, 64+4*16(%rcx)\n\t"
         "movdqu %xmm11, 64+5*16(%rcx)\n\t"
         "movdqu %xmm12, 64+6*16(%rcx)\n\t"
         "movdqu %xmm13, 64+7*16(%rcx)\n\t"
         "movdqu %xmm14, 64+8*16(%rcx)\n\t"
         "movdqu %xmm15, 64+9*16(%rcx)\n\t"
         "leaq -40(%rbp), %rsp\n\t"
         "popq %r15\n\t"
         "popq %r14\n\t"
         "popq %r13\n\t"
         "popq %r12\n\t"
         "popq %rbx\n\t"
         "popq %rbp\n\t"
         "ret\n"
         ".section .rodata\n"
         ".p2align 4\n"
         "w64_half:\n\t"
         ".double 0.5\n"
         ".p2align 4\n"
         "w64_xmm_pattern:\n\t"
         ".quad 0x0606060606060606, 0x6060606060606060\n\t"
         ".quad 0x0707070707070707, 0x7070707070707070\n\t"
         ".quad 0x0808080808080808, 0x8080808080808080\n\t"
         ".quad 0x0909090909090909, 0x9090909090909090\n\t"
         ".quad 0x0a0a0a0a0a0a0a0a, 0xa0a0a0a0a0a0a0a0\n\t"
         ".quad 0x0b0b0b0b0b0b0b0b, 0xb0b0b0b0b0b0b0b0\n\t"
         ".quad 0x0c0c0c0c0c0c0c0c, 0xc0c0c0c0c0c0c0c0\n\t"
         ".quad 0x0d0d0d0d0d0d0d0d, 0xd0d0d0d0d0d0d0d0\n\t"
         ".quad 0x0e0e0e0e0e0e0e0e, 0xe0e0e0e0e0e0e0e0\n\t"
         ".quad 0x0f0f0f0f0f0f0f0f, 0xf0f0f0f0f0f0f0f0\n"
         ".text\n");

extern uint64_t w64_call_preserving (void *code, uint64_t *out, int64_t arg)
  __attribute__ ((visibility ("hidden")));

static int calls;

/* Clobbers every register the System V convention lets it clobber.  */
static void
clobbering_handler (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif;
  CHECK (data == &calls);
  CHECK_EQ_INT (*(int64_t *) args[0], -987654321);
  CHECK_EQ_FLT (*(double *) args[1], 0.5);
  __asm__ __volatile__ ("xorps %%xmm6, %%xmm6\n\t"
                        "xorps %%xmm7, %%xmm7\n\t"
                        "xorps %%xmm8, %%xmm8\n\t"
                        "xorps %%xmm9, %%xmm9\n\t"
                        "xorps %%xmm10, %%xmm10\n\t"
                        "xorps %%xmm11, %%xmm11\n\t"
                        "xorps %%xmm12, %%xmm12\n\t"
                        "xorps %%xmm13, %%xmm13\n\t"
                        "xorps %%xmm14, %%xmm14\n\t"
                        "xorps %%xmm15, %%xmm15\n\t"
                        "xorl %%edi, %%edi\n\t"
                        "xorl %%esi, %%esi"
                        : : : "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
                          "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
                          "rdi", "rsi");
  *(int64_t *) ret = *(int64_t *) args[0] * 2;
  calls++;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[2] = { &ffi_type_sint64, &ffi_type_double };
  ffi_closure *cl;
  void *code;
  uint64_t out[28];
  int i, before = calls;

  W64_PREP (&cif, 2, &ffi_type_sint64, t);
  code = w64_closure (&cl, &cif, clobbering_handler, &calls);
  memset (out, 0, sizeof out);
  w64_call_preserving (code, out, -987654321);
  CHECK_EQ_INT (calls, before + 1);
  CHECK_EQ_UINT (out[0], 0x1111111111111111ull);      /* rdi */
  CHECK_EQ_UINT (out[1], 0x2222222222222222ull);      /* rsi */
  CHECK_EQ_UINT (out[2], 0x3333333333333333ull);      /* rbx */
  CHECK_EQ_UINT (out[3], 0x4444444444444444ull);      /* r12 */
  CHECK_EQ_UINT (out[4], 0x5555555555555555ull);
  CHECK_EQ_UINT (out[5], 0x6666666666666666ull);
  CHECK_EQ_UINT (out[6], 0x7777777777777777ull);      /* r15 */
  CHECK_EQ_INT ((int64_t) out[7], -987654321LL * 2);  /* the result */
  for (i = 0; i < 10; i++)                            /* xmm6..xmm15 */
    {
      CHECK_EQ_UINT (out[8 + 2 * i], 0x0101010101010101ull * (6 + i));
      CHECK_EQ_UINT (out[9 + 2 * i], 0x1010101010101010ull * (6 + i));
    }
  ffi_closure_free (cl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
