/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 Microsoft convention (FFI_WIN64, FFI_GNUW64): the
   assembly halves of ffi_call and of the closure entries.  See ffiw64.c
   for the rules and internalw64.h for the shared constants.

   stubffi_call_win64 (slots, stack_bytes, fn, rvalue, kind, chain) is
   called with the System V convention and calls fn with the Microsoft
   one.  Everything System V callers expect to survive a call (%rbx, %rbp,
   %r12-%r15) is callee-saved in the Microsoft convention too, so only our
   own frame needs care.  */

#include "internalw64.h"

	.text
	.globl	stubffi_call_win64
	.hidden	stubffi_call_win64
	.type	stubffi_call_win64, @function
	.balign	16
stubffi_call_win64:
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

	movq	%rcx, %rbx		/* rvalue, kept across the call */
	movl	%r8d, %r12d		/* return kind, likewise */
	movq	%rdx, %r11		/* fn */
	movq	%r9, %r10		/* chain (Go closures' static chain) */

	/* The slots, shadow space included, go right below our saved
	   registers: %rsp stays 16-byte aligned (stack_bytes is a multiple
	   of 16 and at least WIN64_SHADOW_SPACE).  */
	subq	%rsi, %rsp
	movq	%rsi, %rcx
	shrq	$3, %rcx
	movq	%rdi, %rsi
	movq	%rsp, %rdi
	rep movsq

	/* Each register slot goes into both files: the callee reads the one
	   its prototype says, and a variadic callee finds floating values in
	   the integer registers as well.  */
	movq	0*8(%rsp), %rcx
	movq	1*8(%rsp), %rdx
	movq	2*8(%rsp), %r8
	movq	3*8(%rsp), %r9
	movq	%rcx, %xmm0
	movq	%rdx, %xmm1
	movq	%r8, %xmm2
	movq	%r9, %xmm3

	call	*%r11

	/* Store the result: jump into the table entry for the kind.  */
	movzbl	%r12b, %ecx
	shll	$4, %ecx
	leaq	.Lret_table(%rip), %r11
	addq	%rcx, %r11
	jmp	*%r11

/* One WIN64_RET_ENTRY_SIZE-byte entry per return kind; .org both places
   each entry and fails the build if the previous one overflowed.  */
#define ENTRY(kind) .org .Lret_table + (kind) * WIN64_RET_ENTRY_SIZE, 0xcc; ENDBR

	.balign	WIN64_RET_ENTRY_SIZE
.Lret_table:
ENTRY(WIN64_RET_VOID)
	jmp	.Lret_done
ENTRY(WIN64_RET_UINT8)
	movzbl	%al, %eax
	jmp	.Lret_int64
ENTRY(WIN64_RET_SINT8)
	movsbq	%al, %rax
	jmp	.Lret_int64
ENTRY(WIN64_RET_UINT16)
	movzwl	%ax, %eax
	jmp	.Lret_int64
ENTRY(WIN64_RET_SINT16)
	movswq	%ax, %rax
	jmp	.Lret_int64
ENTRY(WIN64_RET_UINT32)
	movl	%eax, %eax
	jmp	.Lret_int64
ENTRY(WIN64_RET_SINT32)
	movslq	%eax, %rax
	jmp	.Lret_int64
ENTRY(WIN64_RET_INT64)
.Lret_int64:
	movq	%rax, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_FLOAT)
	movss	%xmm0, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_DOUBLE)
	movsd	%xmm0, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_STRUCT_1)
	movb	%al, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_STRUCT_2)
	movw	%ax, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_STRUCT_4)
	movl	%eax, (%rbx)
	jmp	.Lret_done
ENTRY(WIN64_RET_MEMORY)
	jmp	.Lret_done		/* the callee wrote through the hidden pointer */
	.org	.Lret_table + (WIN64_RET_LAST + 1) * WIN64_RET_ENTRY_SIZE, 0xcc

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
	.size	stubffi_call_win64, .-stubffi_call_win64

/* Closure entries, called with the Microsoft convention.  They differ
   only in where cif, fun and user_data come from; both then go to
   .Lclosure_common with cif in %rax, fun in %r11 and user_data in %r10
   (all three volatile in the Microsoft convention), and %rsp as at entry.

   .Lclosure_common homes %rcx, %rdx, %r8, %r9 into the caller's shadow
   space, so that the caller's slots are one array from 16(%rbp); saves
   %rsi, %rdi and %xmm6-%xmm15, which the caller expects to survive but
   the System V code we call may clobber; saves %xmm0-%xmm3; and calls
   stubffi_closure_win64_inner (cif, fun, user_data, slots, fargs, retbuf),
   which returns the return kind.  The frame (internalw64.h):
     -8(%rbp) %rsi, -16(%rbp) %rdi, then WIN64_CLOSURE_FRAME bytes at %rsp
   with the saved %xmm0-%xmm3, the result buffer and %xmm6-%xmm15.  */

	.balign	16
	.globl	stubffi_closure_win64
	.hidden	stubffi_closure_win64
	.type	stubffi_closure_win64, @function
stubffi_closure_win64:
	.cfi_startproc
	ENDBR
	movq	8(%r10), %r10		/* slot {entry, closure} -> closure */
	movq	UNIX64_CLOSURE_CIF(%r10), %rax
	movq	UNIX64_CLOSURE_FUN(%r10), %r11
	movq	UNIX64_CLOSURE_USER_DATA(%r10), %r10
.Lclosure_common:
	movq	%rcx, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%r8, 24(%rsp)
	movq	%r9, 32(%rsp)
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rsi
	.cfi_offset %rsi, -24
	pushq	%rdi
	.cfi_offset %rdi, -32
	subq	$WIN64_CLOSURE_FRAME, %rsp

	movaps	%xmm6, WIN64_CLOSURE_XMM_SAVE+0*16(%rsp)
	movaps	%xmm7, WIN64_CLOSURE_XMM_SAVE+1*16(%rsp)
	movaps	%xmm8, WIN64_CLOSURE_XMM_SAVE+2*16(%rsp)
	movaps	%xmm9, WIN64_CLOSURE_XMM_SAVE+3*16(%rsp)
	movaps	%xmm10, WIN64_CLOSURE_XMM_SAVE+4*16(%rsp)
	movaps	%xmm11, WIN64_CLOSURE_XMM_SAVE+5*16(%rsp)
	movaps	%xmm12, WIN64_CLOSURE_XMM_SAVE+6*16(%rsp)
	movaps	%xmm13, WIN64_CLOSURE_XMM_SAVE+7*16(%rsp)
	movaps	%xmm14, WIN64_CLOSURE_XMM_SAVE+8*16(%rsp)
	movaps	%xmm15, WIN64_CLOSURE_XMM_SAVE+9*16(%rsp)
	movsd	%xmm0, WIN64_CLOSURE_FARGS+0*8(%rsp)
	movsd	%xmm1, WIN64_CLOSURE_FARGS+1*8(%rsp)
	movsd	%xmm2, WIN64_CLOSURE_FARGS+2*8(%rsp)
	movsd	%xmm3, WIN64_CLOSURE_FARGS+3*8(%rsp)

	movq	%rax, %rdi		/* cif */
	movq	%r11, %rsi		/* fun */
	movq	%r10, %rdx		/* user_data */
	leaq	16(%rbp), %rcx		/* the caller's slots */
	leaq	WIN64_CLOSURE_FARGS(%rsp), %r8
	leaq	WIN64_CLOSURE_RETBUF(%rsp), %r9
	call	stubffi_closure_win64_inner

	leaq	WIN64_CLOSURE_RETBUF(%rsp), %rdx
	movl	%eax, %ecx
	shll	$4, %ecx
	leaq	.Lload_table(%rip), %r11
	addq	%rcx, %r11
	jmp	*%r11

#undef ENTRY
#define ENTRY(kind) .org .Lload_table + (kind) * WIN64_RET_ENTRY_SIZE, 0xcc; ENDBR

	.balign	WIN64_RET_ENTRY_SIZE
.Lload_table:
ENTRY(WIN64_RET_VOID)
	jmp	.Lclosure_done
ENTRY(WIN64_RET_UINT8)
	movzbl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_SINT8)
	movsbq	(%rdx), %rax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_UINT16)
	movzwl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_SINT16)
	movswq	(%rdx), %rax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_UINT32)
	movl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_SINT32)
	movslq	(%rdx), %rax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_INT64)
	movq	(%rdx), %rax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_FLOAT)
	movss	(%rdx), %xmm0
	jmp	.Lclosure_done
ENTRY(WIN64_RET_DOUBLE)
	movsd	(%rdx), %xmm0
	jmp	.Lclosure_done
ENTRY(WIN64_RET_STRUCT_1)
	movzbl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_STRUCT_2)
	movzwl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_STRUCT_4)
	movl	(%rdx), %eax
	jmp	.Lclosure_done
ENTRY(WIN64_RET_MEMORY)
	movq	(%rdx), %rax		/* the hidden pointer, as the convention asks */
	jmp	.Lclosure_done
	.org	.Lload_table + (WIN64_RET_LAST + 1) * WIN64_RET_ENTRY_SIZE, 0xcc

.Lclosure_done:
	movaps	WIN64_CLOSURE_XMM_SAVE+0*16(%rsp), %xmm6
	movaps	WIN64_CLOSURE_XMM_SAVE+1*16(%rsp), %xmm7
	movaps	WIN64_CLOSURE_XMM_SAVE+2*16(%rsp), %xmm8
	movaps	WIN64_CLOSURE_XMM_SAVE+3*16(%rsp), %xmm9
	movaps	WIN64_CLOSURE_XMM_SAVE+4*16(%rsp), %xmm10
	movaps	WIN64_CLOSURE_XMM_SAVE+5*16(%rsp), %xmm11
	movaps	WIN64_CLOSURE_XMM_SAVE+6*16(%rsp), %xmm12
	movaps	WIN64_CLOSURE_XMM_SAVE+7*16(%rsp), %xmm13
	movaps	WIN64_CLOSURE_XMM_SAVE+8*16(%rsp), %xmm14
	movaps	WIN64_CLOSURE_XMM_SAVE+9*16(%rsp), %xmm15
	movq	-16(%rbp), %rdi
	.cfi_restore %rdi
	movq	-8(%rbp), %rsi
	.cfi_restore %rsi
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size	stubffi_closure_win64, .-stubffi_closure_win64

/* Go closures: the caller put the ffi_go_closure in %r10, the static
   chain register; it is also the handler's fourth argument.  */
	.balign	16
	.globl	stubffi_go_closure_win64
	.hidden	stubffi_go_closure_win64
	.type	stubffi_go_closure_win64, @function
stubffi_go_closure_win64:
	.cfi_startproc
	ENDBR
	movq	UNIX64_GO_CLOSURE_CIF(%r10), %rax
	movq	UNIX64_GO_CLOSURE_FUN(%r10), %r11
	/* user_data: the go closure, already in %r10.  %rsp is as at entry,
	   so .Lclosure_common's code (and unwind info) serves both.  */
	jmp	.Lclosure_common
	.cfi_endproc
	.size	stubffi_go_closure_win64, .-stubffi_go_closure_win64

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
