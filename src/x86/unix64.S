/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 System V: the assembly half of ffi_call.

   stubffi_call_unix64 (frame, stack, stack_bytes, fn, rvalue, kind_nsse)
     frame       register image built by ffi64.c (internal64.h offsets)
     stack       stack_bytes bytes of outgoing stack arguments
     stack_bytes a multiple of 16, so the callee sees an aligned stack
     fn          the function to call
     rvalue      where the result goes (never NULL: ffi64.c substitutes)
     kind_nsse   return kind in bits 0-7, vector registers used in 8-15

   It copies the stack arguments below its own frame, loads the argument
   registers, sets %al for variadic callees, loads %r10 (the static chain
   for Go), calls fn and stores the result as the return kind says.  */

#include "internal64.h"

	.text
	.globl	stubffi_call_unix64
	.hidden	stubffi_call_unix64
	.type	stubffi_call_unix64, @function
	.balign	16
stubffi_call_unix64:
	.cfi_startproc
	ENDBR
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	pushq	%r12
	.cfi_offset %r12, -32

	movq	%r8, %rbx		/* rvalue, kept across the call */
	movl	%r9d, %r12d		/* kind and vector count, likewise */
	movq	%rcx, %r11		/* fn */
	movq	%rdi, %r10		/* frame */

	/* Outgoing stack arguments: the caller's area is copied right
	   below our saved registers, where fn expects them.  */
	subq	%rdx, %rsp
	movq	%rdx, %rcx
	shrq	$3, %rcx
	jz	1f
	movq	%rsp, %rdi
	rep movsq
1:
	testl	$0xff00, %r12d
	jz	2f
	movsd	UNIX64_FRAME_SSE+0*8(%r10), %xmm0
	movsd	UNIX64_FRAME_SSE+1*8(%r10), %xmm1
	movsd	UNIX64_FRAME_SSE+2*8(%r10), %xmm2
	movsd	UNIX64_FRAME_SSE+3*8(%r10), %xmm3
	movsd	UNIX64_FRAME_SSE+4*8(%r10), %xmm4
	movsd	UNIX64_FRAME_SSE+5*8(%r10), %xmm5
	movsd	UNIX64_FRAME_SSE+6*8(%r10), %xmm6
	movsd	UNIX64_FRAME_SSE+7*8(%r10), %xmm7
2:
	movq	UNIX64_FRAME_GPR+0*8(%r10), %rdi
	movq	UNIX64_FRAME_GPR+1*8(%r10), %rsi
	movq	UNIX64_FRAME_GPR+2*8(%r10), %rdx
	movq	UNIX64_FRAME_GPR+3*8(%r10), %rcx
	movq	UNIX64_FRAME_GPR+4*8(%r10), %r8
	movq	UNIX64_FRAME_GPR+5*8(%r10), %r9
	movl	%r12d, %eax
	shrl	$8, %eax		/* %al: vector registers used */
	movq	UNIX64_FRAME_CHAIN(%r10), %r10

	call	*%r11

	/* Store the result: jump into the table entry for the kind.  */
	movzbl	%r12b, %ecx
	shll	$5, %ecx
	leaq	.Lret_table(%rip), %r11
	addq	%rcx, %r11
	jmp	*%r11

/* One UNIX64_RET_ENTRY_SIZE-byte entry per return kind; .org both places
   each entry and fails the build if the previous one overflowed.  */
#define ENTRY(kind) .org .Lret_table + (kind) * UNIX64_RET_ENTRY_SIZE, 0xcc; ENDBR

	.balign	UNIX64_RET_ENTRY_SIZE
.Lret_table:
ENTRY(UNIX64_RET_VOID)
	jmp	.Lret_done
ENTRY(UNIX64_RET_UINT8)
	movzbl	%al, %eax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_SINT8)
	movsbq	%al, %rax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_UINT16)
	movzwl	%ax, %eax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_SINT16)
	movswq	%ax, %rax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_UINT32)
	movl	%eax, %eax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_SINT32)
	movslq	%eax, %rax
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_INT64)
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_FLOAT)
	movss	%xmm0, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_DOUBLE)
	movsd	%xmm0, (%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_X87)
	fstpt	(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_X87_2)
	fstpt	(%rbx)
	fstpt	16(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_INT_INT)
	movq	%rax, (%rbx)
	movq	%rdx, 8(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_INT_SSE)
	movq	%rax, (%rbx)
	movsd	%xmm0, 8(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_SSE_INT)
	movsd	%xmm0, (%rbx)
	movq	%rax, 8(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_SSE_SSE)
	movsd	%xmm0, (%rbx)
	movsd	%xmm1, 8(%rbx)
	jmp	.Lret_done
ENTRY(UNIX64_RET_MEMORY)
	jmp	.Lret_done
	.org	.Lret_table + (UNIX64_RET_LAST + 1) * UNIX64_RET_ENTRY_SIZE, 0xcc

.Lret_done:
	leaq	-16(%rbp), %rsp
	popq	%r12
	.cfi_restore %r12
	popq	%rbx
	.cfi_restore %rbx
	popq	%rbp
	.cfi_restore %rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	stubffi_call_unix64, .-stubffi_call_unix64

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
