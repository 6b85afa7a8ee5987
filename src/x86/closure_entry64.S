/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 System V closure entries.

   A trampoline (tramp64.S) jumps here with %r10 pointing at its slot
   {entry, closure}; ffi_closure_arch_entry (closure64.c) chose the entry
   when the closure was prepared, by the shape of its cif.  A program may
   store another cif into the closure, or prepare the cif again in place,
   and libffi follows the cif it finds at the call: so every fast entry
   checks that shape at each call and hands the call, registers
   untouched, to the generic entry when the cif no longer has it.

   stubffi_closure_unix64 serves every cif: it saves all argument
   registers and lets stubffi_closure_unix64_inner (closure64.c) find the
   arguments.  The fast entries further down serve the cifs whose
   arguments all have registers of their own without calling into C.  */

#define LIBFFI_ASM
#include <ffi.h>		/* FFI_TYPE_* */
#include "internal64.h"

	.text
/* Stores the argument registers into the register image at 0(%rsp).
   All eight vector registers are saved: %al is only a bound, and only
   for variadic callers.  */
	.macro	SAVE_ARGS
	movq	%rdi, UNIX64_FRAME_GPR+0*8(%rsp)
	movq	%rsi, UNIX64_FRAME_GPR+1*8(%rsp)
	movq	%rdx, UNIX64_FRAME_GPR+2*8(%rsp)
	movq	%rcx, UNIX64_FRAME_GPR+3*8(%rsp)
	movq	%r8, UNIX64_FRAME_GPR+4*8(%rsp)
	movq	%r9, UNIX64_FRAME_GPR+5*8(%rsp)
	movsd	%xmm0, UNIX64_FRAME_SSE+0*8(%rsp)
	movsd	%xmm1, UNIX64_FRAME_SSE+1*8(%rsp)
	movsd	%xmm2, UNIX64_FRAME_SSE+2*8(%rsp)
	movsd	%xmm3, UNIX64_FRAME_SSE+3*8(%rsp)
	movsd	%xmm4, UNIX64_FRAME_SSE+4*8(%rsp)
	movsd	%xmm5, UNIX64_FRAME_SSE+5*8(%rsp)
	movsd	%xmm6, UNIX64_FRAME_SSE+6*8(%rsp)
	movsd	%xmm7, UNIX64_FRAME_SSE+7*8(%rsp)
	.endm

/* Closure entries.  Both build the same frame below %rbp:
     0(%rsp)                          register image (struct unix64_frame)
     UNIX64_CLOSURE_RETBUF(%rsp)      32-byte result buffer
   call stubffi_closure_unix64_inner (cif, fun, user_data, frame,
   stack_args, retbuf), which returns the return kind, and load the result
   registers from the buffer as that kind says.  */

	.balign	16
	.globl	stubffi_closure_unix64
	.hidden	stubffi_closure_unix64
	.type	stubffi_closure_unix64, @function
stubffi_closure_unix64:
	.cfi_startproc
	ENDBR
	movq	8(%r10), %r10		/* slot {entry, closure} -> closure */
/* The fast entries come in here, with the closure in %r10, when the cif
   has changed shape: everything from here on reads the cif.  */
.Lclosure_unix64_body:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$UNIX64_CLOSURE_FRAME, %rsp
	SAVE_ARGS
	movq	UNIX64_CLOSURE_CIF(%r10), %rdi
	movq	UNIX64_CLOSURE_FUN(%r10), %rsi
	movq	UNIX64_CLOSURE_USER_DATA(%r10), %rdx
.Lclosure_common:
	movq	%rsp, %rcx		/* the register image */
	leaq	16(%rbp), %r8		/* the caller's stack arguments */
	leaq	UNIX64_CLOSURE_RETBUF(%rsp), %r9
	call	stubffi_closure_unix64_inner
	leaq	UNIX64_CLOSURE_RETBUF(%rsp), %rsi
	movl	%eax, %ecx
	shll	$5, %ecx
	leaq	.Lload_table(%rip), %r11
	addq	%rcx, %r11
	jmp	*%r11

#define ENTRY(kind) .org .Lload_table + (kind) * UNIX64_RET_ENTRY_SIZE, 0xcc; ENDBR

	.balign	UNIX64_RET_ENTRY_SIZE
.Lload_table:
ENTRY(UNIX64_RET_VOID)
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_UINT8)
	movzbl	(%rsi), %eax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_SINT8)
	movsbq	(%rsi), %rax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_UINT16)
	movzwl	(%rsi), %eax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_SINT16)
	movswq	(%rsi), %rax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_UINT32)
	movl	(%rsi), %eax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_SINT32)
	movslq	(%rsi), %rax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_INT64)
	movq	(%rsi), %rax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_FLOAT)
	movss	(%rsi), %xmm0
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_DOUBLE)
	movsd	(%rsi), %xmm0
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_X87)
	fldt	(%rsi)
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_X87_2)
	fldt	16(%rsi)
	fldt	(%rsi)
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_INT_INT)
	movq	(%rsi), %rax
	movq	8(%rsi), %rdx
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_INT_SSE)
	movq	(%rsi), %rax
	movsd	8(%rsi), %xmm0
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_SSE_INT)
	movsd	(%rsi), %xmm0
	movq	8(%rsi), %rax
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_SSE_SSE)
	movsd	(%rsi), %xmm0
	movsd	8(%rsi), %xmm1
	jmp	.Lclosure_done
ENTRY(UNIX64_RET_MEMORY)
	movq	(%rsi), %rax		/* the hidden pointer, as the psABI asks */
	jmp	.Lclosure_done
	.org	.Lload_table + (UNIX64_RET_LAST + 1) * UNIX64_RET_ENTRY_SIZE, 0xcc

.Lclosure_done:
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size	stubffi_closure_unix64, .-stubffi_closure_unix64

/* Go closures: the caller put the ffi_go_closure in %r10, the static
   chain register; it is also the handler's fourth argument.  */
	.balign	16
	.globl	stubffi_go_closure_unix64
	.hidden	stubffi_go_closure_unix64
	.type	stubffi_go_closure_unix64, @function
stubffi_go_closure_unix64:
	.cfi_startproc
	ENDBR
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$UNIX64_CLOSURE_FRAME, %rsp
	SAVE_ARGS
	movq	UNIX64_GO_CLOSURE_CIF(%r10), %rdi
	movq	UNIX64_GO_CLOSURE_FUN(%r10), %rsi
	movq	%r10, %rdx
	/* From here the frame is the one stubffi_closure_unix64 builds, so
	   its code (and its unwind info) serves both.  */
	jmp	.Lclosure_common
	.cfi_endproc
	.size	stubffi_go_closure_unix64, .-stubffi_go_closure_unix64

/* ---- Fast entries ----------------------------------------------------------

   For UNIX64_FLAG_SIMPLE cifs (every argument in a register of its
   own, no struct, nothing on the stack).  When the N arguments all go
   in integer registers (stubffi_closure_unix64_g<N>) or all in vector
   registers (stubffi_closure_unix64_s<N>), they sit in the first N
   registers of their file, in order, so the entry stores just those
   and points avalue[i] at the i-th.  Otherwise stubffi_closure_unix64_
   mixed stores all of them and walks arg_types to point each avalue[i]
   at the next register of its argument's file, and stubffi_go_closure_
   unix64_simple does the same for Go closures.  Then the handler is
   called directly.  Nothing but the shape is fixed when the closure is
   prepared: cif, fun and user_data are read from the closure at every
   call, and the return kind from the cif, as the generic entry does.
   And the shape is checked at every call, from the cif just read: the
   flags' top byte is the row (g, s) of a SIMPLE cif and 64 or more for
   any other (internal64.h, UNIX64_FLAG_GENERAL), so one compare tells
   whether the g<N> or s<N> entry still fits, and the SIMPLE bit whether
   the mixed one does.  When it does not, the entry drops its frame and
   goes on as the generic entry, with every argument register as it
   came (the stores above changed none; %rdi, where the cif is loaded,
   comes back from the frame or was not touched).
   Frame (UNIX64_FAST_* offsets from %rsp, internal64.h), no frame
   pointer:
     RETBUF    32 bytes the handler writes its result into
     LOADER    the address of the result loader for the return kind
     AVALUE    avalue[]
     ARGS      the argument registers, 8 bytes each (the mixed entry:
               the integer ones, then the vector ones at ARGS_SSE)
   The handler returns into one of the loaders (stubffi_closure_unix64_
   loaders), which loads the result registers and returns to the native
   caller.  */

	.macro	FAST_PROLOGUE name
	.balign	16
	.globl	\name
	.hidden	\name
	.type	\name, @function
\name:
	.cfi_startproc
	ENDBR
	subq	$UNIX64_FAST_FRAME, %rsp
	.cfi_adjust_cfa_offset UNIX64_FAST_FRAME
	.endm

/* With avalue[] built, the closure in %r10 and its cif, checked, in
   %rdi: call the handler and go to the loader.  A Go closure (go=1) is
   its own user_data.  Then the way out for a cif of another shape (the
   checks jump to .L<name>_other): restore %rdi from the frame when
   rdi_saved says it was stored there (and then overwritten with the
   cif), drop the frame, go on as the generic entry.  */
	.macro	FAST_CALL name, go=0, rdi_saved=1
	/* The loader is chosen before the call, while the cif is at hand;
	   masking keeps the jump inside the table whatever the flags.  */
	movl	UNIX64_CIF_FLAGS(%rdi), %eax
	andl	$UNIX64_RET_KIND_MASK, %eax
	shll	$UNIX64_FAST_LOADER_SHIFT, %eax
	leaq	stubffi_closure_unix64_loaders(%rip), %r11
	addq	%r11, %rax
	movq	%rax, UNIX64_FAST_LOADER(%rsp)
	leaq	UNIX64_FAST_RETBUF(%rsp), %rsi
	leaq	UNIX64_FAST_AVALUE(%rsp), %rdx
	.if	\go
	movq	%r10, %rcx
	call	*UNIX64_GO_CLOSURE_FUN(%r10)
	.else
	movq	UNIX64_CLOSURE_USER_DATA(%r10), %rcx
	call	*UNIX64_CLOSURE_FUN(%r10)
	.endif
	jmp	*UNIX64_FAST_LOADER(%rsp)
.L\name\()_other:
	.if	\rdi_saved
	movq	UNIX64_FAST_ARGS(%rsp), %rdi
	.endif
	addq	$UNIX64_FAST_FRAME, %rsp
	.cfi_adjust_cfa_offset -UNIX64_FAST_FRAME
	.if	\go
	jmp	stubffi_go_closure_unix64
	.else
	jmp	.Lclosure_unix64_body
	.endif
	.cfi_endproc
	.size	\name, .-\name
	.endm

/* The entry for g integer or s vector arguments (one of them 0): the
   arguments are in regs, of that file.  */
	.macro	FAST_ENTRY name, g, s, file, regs:vararg
	FAST_PROLOGUE \name
	.set	.Larg, 0
	.irp	reg, \regs
	.ifnb	\reg			/* .irp runs once for an empty list */
	.ifc	\file, gpr
	movq	%\reg, UNIX64_FAST_ARGS+.Larg*8(%rsp)
	.else
	movsd	%\reg, UNIX64_FAST_ARGS+.Larg*8(%rsp)
	.endif
	leaq	UNIX64_FAST_ARGS+.Larg*8(%rsp), %rax
	movq	%rax, UNIX64_FAST_AVALUE+.Larg*8(%rsp)
	.set	.Larg, .Larg + 1
	.endif
	.endr
	movq	8(%r10), %r10		/* slot {entry, closure} -> closure */
	.if	\g > 0
	/* %rdi is in the frame: load the cif straight into it.  */
	movq	UNIX64_CLOSURE_CIF(%r10), %rdi
	cmpb	$UNIX64_FAST_ROW(\g, \s), UNIX64_CIF_FLAGS+UNIX64_FAST_ROW_BYTE(%rdi)
	jne	.L\name\()_other
	FAST_CALL \name, 0, 1
	.else
	/* %rdi may be the new shape's first argument: keep it until the
	   shape is known.  */
	movq	UNIX64_CLOSURE_CIF(%r10), %r11
	cmpb	$UNIX64_FAST_ROW(\g, \s), UNIX64_CIF_FLAGS+UNIX64_FAST_ROW_BYTE(%r11)
	jne	.L\name\()_other
	movq	%r11, %rdi
	FAST_CALL \name, 0, 0
	.endif
	.endm

	FAST_ENTRY stubffi_closure_unix64_g0, 0, 0, gpr
	FAST_ENTRY stubffi_closure_unix64_g1, 1, 0, gpr, rdi
	FAST_ENTRY stubffi_closure_unix64_g2, 2, 0, gpr, rdi, rsi
	FAST_ENTRY stubffi_closure_unix64_g3, 3, 0, gpr, rdi, rsi, rdx
	FAST_ENTRY stubffi_closure_unix64_g4, 4, 0, gpr, rdi, rsi, rdx, rcx
	FAST_ENTRY stubffi_closure_unix64_g5, 5, 0, gpr, rdi, rsi, rdx, rcx, r8
	FAST_ENTRY stubffi_closure_unix64_g6, 6, 0, gpr, rdi, rsi, rdx, rcx, r8, r9
	FAST_ENTRY stubffi_closure_unix64_s1, 0, 1, sse, xmm0
	FAST_ENTRY stubffi_closure_unix64_s2, 0, 2, sse, xmm0, xmm1
	FAST_ENTRY stubffi_closure_unix64_s3, 0, 3, sse, xmm0, xmm1, xmm2
	FAST_ENTRY stubffi_closure_unix64_s4, 0, 4, sse, xmm0, xmm1, xmm2, xmm3
	FAST_ENTRY stubffi_closure_unix64_s5, 0, 5, sse, xmm0, xmm1, xmm2, xmm3, xmm4
	FAST_ENTRY stubffi_closure_unix64_s6, 0, 6, sse, xmm0, xmm1, xmm2, xmm3, xmm4, xmm5
	FAST_ENTRY stubffi_closure_unix64_s7, 0, 7, sse, xmm0, xmm1, xmm2, xmm3, xmm4, \
		xmm5, xmm6
	FAST_ENTRY stubffi_closure_unix64_s8, 0, 8, sse, xmm0, xmm1, xmm2, xmm3, xmm4, \
		xmm5, xmm6, xmm7

/* Stores all argument registers and points avalue[i] at the next
   register of argument i's file.  With go=1, for Go closures: %r10 is
   the ffi_go_closure itself, not a trampoline slot.  */
	.macro	MIXED_ENTRY name, go
	FAST_PROLOGUE \name
	.set	.Larg, 0
	.irp	reg, rdi, rsi, rdx, rcx, r8, r9
	movq	%\reg, UNIX64_FAST_ARGS+.Larg*8(%rsp)
	.set	.Larg, .Larg + 1
	.endr
	.set	.Larg, 0
	.irp	reg, xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7
	movsd	%\reg, UNIX64_FAST_ARGS_SSE+.Larg*8(%rsp)
	.set	.Larg, .Larg + 1
	.endr
	.if	\go
	movq	UNIX64_GO_CLOSURE_CIF(%r10), %rdi
	.else
	movq	8(%r10), %r10		/* slot {entry, closure} -> closure */
	movq	UNIX64_CLOSURE_CIF(%r10), %rdi
	.endif
	/* Any SIMPLE cif fits: all registers are in the frame.  */
	testb	$UNIX64_FLAG_SIMPLE, UNIX64_CIF_FLAGS(%rdi)
	jz	.L\name\()_other
	movl	UNIX64_CIF_NARGS(%rdi), %ecx
	movq	UNIX64_CIF_ARG_TYPES(%rdi), %rsi
	leaq	UNIX64_FAST_ARGS(%rsp), %r8	/* the next integer register */
	leaq	UNIX64_FAST_ARGS_SSE(%rsp), %r9	/* the next vector register */
	leaq	UNIX64_FAST_AVALUE(%rsp), %r11
	testl	%ecx, %ecx
	jz	3f
1:	movq	(%rsi), %rax
	movzwl	UNIX64_TYPE_CODE(%rax), %eax
	subl	$FFI_TYPE_FLOAT, %eax
	cmpl	$FFI_TYPE_DOUBLE - FFI_TYPE_FLOAT, %eax
	jbe	2f
	movq	%r8, (%r11)
	addq	$8, %r8
	addq	$8, %rsi
	addq	$8, %r11
	subl	$1, %ecx
	jnz	1b
	jmp	3f
2:	movq	%r9, (%r11)
	addq	$8, %r9
	addq	$8, %rsi
	addq	$8, %r11
	subl	$1, %ecx
	jnz	1b
3:	FAST_CALL \name, \go
	.endm

	MIXED_ENTRY stubffi_closure_unix64_mixed, 0
	MIXED_ENTRY stubffi_go_closure_unix64_simple, 1

/* The result loaders: one UNIX64_FAST_LOADER_SIZE-byte entry per return
   kind, each the same load as the generic entry's table, then the fast
   entries' epilogue.  The table has unwind info of its own: it runs in
   a fast entry's frame.  */
#define FAST_RETURN                                                       \
	addq	$UNIX64_FAST_FRAME, %rsp;                                 \
	.cfi_adjust_cfa_offset -UNIX64_FAST_FRAME;                        \
	ret;                                                              \
	.cfi_adjust_cfa_offset UNIX64_FAST_FRAME
#define LOADER(kind)                                                      \
	.org stubffi_closure_unix64_loaders + (kind) * UNIX64_FAST_LOADER_SIZE, \
	     0xcc;                                                        \
	ENDBR
#define RESULT UNIX64_FAST_RETBUF(%rsp)

	.balign	UNIX64_FAST_LOADER_SIZE
	.globl	stubffi_closure_unix64_loaders
	.hidden	stubffi_closure_unix64_loaders
	.type	stubffi_closure_unix64_loaders, @function
stubffi_closure_unix64_loaders:
	.cfi_startproc
	.cfi_def_cfa_offset UNIX64_FAST_FRAME + 8
LOADER(UNIX64_RET_VOID)
	FAST_RETURN
LOADER(UNIX64_RET_UINT8)
	movzbl	RESULT, %eax
	FAST_RETURN
LOADER(UNIX64_RET_SINT8)
	movsbq	RESULT, %rax
	FAST_RETURN
LOADER(UNIX64_RET_UINT16)
	movzwl	RESULT, %eax
	FAST_RETURN
LOADER(UNIX64_RET_SINT16)
	movswq	RESULT, %rax
	FAST_RETURN
LOADER(UNIX64_RET_UINT32)
	movl	RESULT, %eax
	FAST_RETURN
LOADER(UNIX64_RET_SINT32)
	movslq	RESULT, %rax
	FAST_RETURN
LOADER(UNIX64_RET_INT64)
	movq	RESULT, %rax
	FAST_RETURN
LOADER(UNIX64_RET_FLOAT)
	movss	RESULT, %xmm0
	FAST_RETURN
LOADER(UNIX64_RET_DOUBLE)
	movsd	RESULT, %xmm0
	FAST_RETURN
LOADER(UNIX64_RET_X87)
	fldt	RESULT
	FAST_RETURN
LOADER(UNIX64_RET_X87_2)
	fldt	UNIX64_FAST_RETBUF+16(%rsp)
	fldt	RESULT
	FAST_RETURN
LOADER(UNIX64_RET_INT_INT)
	movq	RESULT, %rax
	movq	UNIX64_FAST_RETBUF+8(%rsp), %rdx
	FAST_RETURN
LOADER(UNIX64_RET_INT_SSE)
	movq	RESULT, %rax
	movsd	UNIX64_FAST_RETBUF+8(%rsp), %xmm0
	FAST_RETURN
LOADER(UNIX64_RET_SSE_INT)
	movsd	RESULT, %xmm0
	movq	UNIX64_FAST_RETBUF+8(%rsp), %rax
	FAST_RETURN
LOADER(UNIX64_RET_SSE_SSE)
	movsd	RESULT, %xmm0
	movsd	UNIX64_FAST_RETBUF+8(%rsp), %xmm1
	FAST_RETURN
/* A SIMPLE cif never returns in memory, nor has any kind up to the
   mask's limit: stop rather than return garbage.  */
	.set	.Lkind, UNIX64_RET_MEMORY
	.rept	UNIX64_RET_KIND_MASK + 1 - UNIX64_RET_MEMORY
LOADER(.Lkind)
	ud2
	.set	.Lkind, .Lkind + 1
	.endr
	.cfi_endproc
	.size	stubffi_closure_unix64_loaders, .-stubffi_closure_unix64_loaders

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
