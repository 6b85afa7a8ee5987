/* SPDX-License-Identifier: MIT */
/* stubffi — i386: the assembly half of ffi_call and the closure entries.

   stubffi_call_i386 (regs, stack, stack_bytes, fn, rvalue, kind)
     regs        eax, edx, ecx to load (struct x86_regs)
     stack       stack_bytes bytes of outgoing stack arguments
     stack_bytes a multiple of 4
     fn          the function to call
     rvalue      where the result goes (never NULL: ffi.c substitutes)
     kind        the return kind (X86_RET_*)

   It copies the stack arguments to the top of a 16-byte aligned area,
   as GCC on Linux expects at a call, loads the registers, calls fn and
   stores the result.  The stack is restored from the frame pointer, so
   it does not matter how much fn pops.

   Jump tables need the program counter, which i386 code can only learn
   from a call: a call to a helper that returns at once, a matched pair
   that keeps the return-stack predictor balanced.  */

#include "internal.h"

/* One X86_RET_ENTRY_SIZE-byte entry per return kind; .org both places
   each entry and fails the build if the previous one overflowed.  */
#define ENTRY(table, kind) \
	.org table + (kind) * X86_RET_ENTRY_SIZE, 0xcc; ENDBR

	.text

/* ebx, ecx = the address they are called from.  */
	.balign	16
.Lpc_ebx:
	.cfi_startproc
	movl	(%esp), %ebx
	ret
	.cfi_endproc

.Lpc_ecx:
	.cfi_startproc
	movl	(%esp), %ecx
	ret
	.cfi_endproc

	.balign	16
	.globl	stubffi_call_i386
	.hidden	stubffi_call_i386
	.type	stubffi_call_i386, @function
stubffi_call_i386:
	.cfi_startproc
	ENDBR
	pushl	%ebp
	.cfi_def_cfa_offset 8
	.cfi_offset %ebp, -8
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%ebx
	.cfi_offset %ebx, -12

	/* Arguments: regs 8(%ebp), stack 12, stack_bytes 16, fn 20,
	   rvalue 24, kind 28.  */
	movl	16(%ebp), %ecx
	subl	%ecx, %esp
	andl	$-16, %esp
	movl	12(%ebp), %edx
	jmp	2f
1:	movl	-4(%edx,%ecx), %eax
	movl	%eax, -4(%esp,%ecx)
	subl	$4, %ecx
2:	testl	%ecx, %ecx
	jnz	1b

	movl	8(%ebp), %ecx
	movl	X86_FRAME_EAX(%ecx), %eax
	movl	X86_FRAME_EDX(%ecx), %edx
	movl	X86_FRAME_ECX(%ecx), %ecx
	call	*20(%ebp)

	/* Store the result: jump into the table entry for the kind, with
	   rvalue in ebx.  */
	call	.Lpc_ebx
3:	movl	28(%ebp), %ecx
	shll	$4, %ecx
	leal	.Lstore_table-3b(%ebx,%ecx), %ecx
	movl	24(%ebp), %ebx
	jmp	*%ecx

	.balign	X86_RET_ENTRY_SIZE
.Lstore_table:
ENTRY(.Lstore_table, X86_RET_VOID)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_UINT8)
	movzbl	%al, %eax
	movl	%eax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_SINT8)
	movsbl	%al, %eax
	movl	%eax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_UINT16)
	movzwl	%ax, %eax
	movl	%eax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_SINT16)
	movswl	%ax, %eax
	movl	%eax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_INT32)
	movl	%eax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_INT64)
	movl	%eax, (%ebx)
	movl	%edx, 4(%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_FLOAT)
	fstps	(%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_DOUBLE)
	fstpl	(%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_LDOUBLE)
	fstpt	(%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_STRUCT_2B)
	movw	%ax, (%ebx)
	jmp	.Lstore_done
ENTRY(.Lstore_table, X86_RET_MEMORY)
	jmp	.Lstore_done
	.org	.Lstore_table + (X86_RET_LAST + 1) * X86_RET_ENTRY_SIZE, 0xcc

.Lstore_done:
	movl	-4(%ebp), %ebx
	.cfi_restore %ebx
	leave
	.cfi_def_cfa %esp, 4
	.cfi_restore %ebp
	ret
	.cfi_endproc
	.size	stubffi_call_i386, .-stubffi_call_i386

/* Closure entries.  The trampolines enter with eax = their slot
   {entry, closure} and the caller's eax saved at 0(%esp), above it the
   return address and the caller's stack arguments.  Every entry pushes
   the closure, so that all of them build the same frame:

     16(%ebp)  the caller's stack arguments
     12(%ebp)  return address
      8(%ebp)  the caller's eax
      4(%ebp)  the closure (an ffi_go_closure for the Go entries)
      0(%ebp)  the caller's ebp
     then, 16-byte aligned, a struct x86_closure_frame at 0(%esp)

   and call stubffi_closure_i386_inner (closure, frame, stack, mode),
   which returns the return kind and how many argument bytes to pop.  */

/* Each entry's prologue, from the closure pushed on: the frame, the
   register image, the mode in ecx, then on to the shared part.  */
	.macro	PROLOGUE mode
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_offset %ebp, -16
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	andl	$-16, %esp
	subl	$X86_CLOSURE_FRAME, %esp
	movl	%edx, X86_CLOSURE_REGS+X86_FRAME_EDX(%esp)
	movl	%ecx, X86_CLOSURE_REGS+X86_FRAME_ECX(%esp)
	movl	8(%ebp), %eax
	movl	%eax, X86_CLOSURE_REGS+X86_FRAME_EAX(%esp)
	movl	$\mode, %ecx
	.endm

	.balign	16
	.globl	stubffi_closure_i386
	.hidden	stubffi_closure_i386
	.type	stubffi_closure_i386, @function
stubffi_closure_i386:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	ENDBR
	movl	4(%eax), %eax		/* slot -> closure */
.Lclosure_legacy:			/* classic trampolines come in here */
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	PROLOGUE X86_MODE_CLOSURE

.Lclosure_shared:
	movl	4(%ebp), %eax
	movl	%eax, X86_CLOSURE_OUTGOING+0(%esp)
	movl	%esp, X86_CLOSURE_OUTGOING+4(%esp)
	leal	16(%ebp), %eax
	movl	%eax, X86_CLOSURE_OUTGOING+8(%esp)
	movl	%ecx, X86_CLOSURE_OUTGOING+12(%esp)
	call	stubffi_closure_i386_inner
	movl	%eax, X86_CLOSURE_RESULT(%esp)

	call	.Lpc_ecx
4:	movzbl	%al, %eax
	shll	$4, %eax
	leal	.Lload_table-4b(%ecx,%eax), %eax
	jmp	*%eax

	.balign	X86_RET_ENTRY_SIZE
.Lload_table:
ENTRY(.Lload_table, X86_RET_VOID)
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_UINT8)
	movzbl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_SINT8)
	movsbl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_UINT16)
	movzwl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_SINT16)
	movswl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_INT32)
	movl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_INT64)
	movl	X86_CLOSURE_RETBUF(%esp), %eax
	movl	X86_CLOSURE_RETBUF+4(%esp), %edx
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_FLOAT)
	flds	X86_CLOSURE_RETBUF(%esp)
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_DOUBLE)
	fldl	X86_CLOSURE_RETBUF(%esp)
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_LDOUBLE)
	fldt	X86_CLOSURE_RETBUF(%esp)
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_STRUCT_2B)
	movzwl	X86_CLOSURE_RETBUF(%esp), %eax
	jmp	.Lclosure_done
ENTRY(.Lload_table, X86_RET_MEMORY)
	movl	X86_CLOSURE_RETBUF(%esp), %eax	/* the hidden pointer */
	jmp	.Lclosure_done
	.org	.Lload_table + (X86_RET_LAST + 1) * X86_RET_ENTRY_SIZE, 0xcc

	/* Return, removing the closure and eax words and the argument
	   bytes the convention has the callee pop: the return address
	   moves up to sit right below the caller's remaining stack.  */
.Lclosure_done:
	movl	X86_CLOSURE_RESULT(%esp), %ecx
	shrl	$X86_CLOSURE_POP_SHIFT, %ecx
	pushl	12(%ebp)
	popl	12(%ebp,%ecx)
	leal	12(%ebp,%ecx), %ecx
	movl	(%ebp), %ebp
	/* From here the CFA is where the caller's stack pointer will be
	   after the return, the callee's pops done.  */
	.cfi_def_cfa %ecx, 4
	.cfi_restore %ebp
	movl	%ecx, %esp
	.cfi_def_cfa_register %esp
	ret
	.cfi_endproc
	.size	stubffi_closure_i386, .-stubffi_closure_i386

	.if	.Lclosure_legacy - stubffi_closure_i386 != X86_ENTRY_LEGACY_OFFSET
	.error	"X86_ENTRY_LEGACY_OFFSET is wrong"
	.endif

/* The native raw API's closures: the same, with another mode.  From the
   shared part on, the frame is the one stubffi_closure_i386 builds, so
   its code and unwind information serve here too.  */
	.balign	16
	.globl	stubffi_closure_raw_i386
	.hidden	stubffi_closure_raw_i386
	.type	stubffi_closure_raw_i386, @function
stubffi_closure_raw_i386:
	.cfi_startproc
	.cfi_def_cfa_offset 8
	ENDBR
	movl	4(%eax), %eax
.Lraw_legacy:
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	PROLOGUE X86_MODE_RAW
	jmp	.Lclosure_shared
	.cfi_endproc
	.size	stubffi_closure_raw_i386, .-stubffi_closure_raw_i386

	.if	.Lraw_legacy - stubffi_closure_raw_i386 != X86_ENTRY_LEGACY_OFFSET
	.error	"X86_ENTRY_LEGACY_OFFSET is wrong"
	.endif

/* Go closures, called directly with the ffi_go_closure in the static
   chain register: ecx, or eax for fastcall and thiscall.  */
	.macro	GO_ENTRY name, chain
	.balign	16
	.globl	\name
	.hidden	\name
	.type	\name, @function
\name:
	.cfi_startproc
	ENDBR
	pushl	%eax			/* the caller's eax, as a trampoline saves it */
	.cfi_adjust_cfa_offset 4
	pushl	\chain
	.cfi_adjust_cfa_offset 4
	PROLOGUE X86_MODE_GO
	jmp	.Lclosure_shared
	.cfi_endproc
	.size	\name, .-\name
	.endm

	GO_ENTRY stubffi_go_closure_ecx, %ecx
	GO_ENTRY stubffi_go_closure_eax, %eax

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
