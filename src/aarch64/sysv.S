/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 (AAPCS64, Linux): the assembly half of ffi_call and
   the closure entries.

   stubffi_call_sysv (frame, stack, stack_bytes, fn, rvalue, flags)
     x0  frame       register image built by ffi.c (internal.h offsets)
     x1  stack       stack_bytes bytes of outgoing stack arguments
     x2  stack_bytes a multiple of 16, so the callee sees an aligned sp
     x3  fn          the function to call
     x4  rvalue      where the result goes (never NULL: ffi.c substitutes)
     w5  flags       return kind in bits 0-4, A64_FLAG_ARG_VREGS, and
                     A64_CALL_CHAIN to load x18 (Go)

   It copies the stack arguments right below its own frame, loads the
   argument registers (q0-q7 only if some argument uses them, x18 only for
   Go calls: elsewhere x18 may belong to the platform), calls fn and
   stores the result as the return kind says.  */

#include "internal.h"

	.text
	.globl	stubffi_call_sysv
	.hidden	stubffi_call_sysv
	.type	stubffi_call_sysv, %function
	.balign	16
stubffi_call_sysv:
	.cfi_startproc
	BTI_C
	PACIASP
	.cfi_negate_ra_state
	stp	x29, x30, [sp, #-32]!
	.cfi_def_cfa_offset 32
	.cfi_offset x29, -32
	.cfi_offset x30, -24
	mov	x29, sp
	.cfi_def_cfa_register x29
	stp	x19, x20, [sp, #16]
	.cfi_offset x19, -16
	.cfi_offset x20, -8

	mov	x19, x4			/* rvalue, kept across the call */
	mov	w20, w5			/* flags, likewise */
	mov	x9, x0			/* frame */
	mov	x10, x3			/* fn */

	/* Outgoing stack arguments, 16 bytes at a time.  */
	sub	sp, sp, x2
	mov	x11, sp
	cbz	x2, 2f
1:	ldp	x12, x13, [x1], #16
	stp	x12, x13, [x11], #16
	subs	x2, x2, #16
	b.ne	1b
2:
	tbz	w20, #A64_FLAG_ARG_VREGS_BIT, 3f
	ldp	q0, q1, [x9, #A64_FRAME_V + 0 * 16]
	ldp	q2, q3, [x9, #A64_FRAME_V + 2 * 16]
	ldp	q4, q5, [x9, #A64_FRAME_V + 4 * 16]
	ldp	q6, q7, [x9, #A64_FRAME_V + 6 * 16]
3:
	tbz	w20, #A64_CALL_CHAIN_BIT, 4f
	ldr	x18, [x9, #A64_FRAME_CHAIN]
4:
	ldp	x0, x1, [x9, #A64_FRAME_X + 0 * 8]
	ldp	x2, x3, [x9, #A64_FRAME_X + 2 * 8]
	ldp	x4, x5, [x9, #A64_FRAME_X + 4 * 8]
	ldp	x6, x7, [x9, #A64_FRAME_X + 6 * 8]
	ldr	x8, [x9, #A64_FRAME_X8]

	blr	x10

	/* Store the result: jump into the table entry for the kind.  */
	and	w9, w20, #A64_RET_KIND_MASK
	adr	x10, .Lret_table
	add	x10, x10, x9, lsl #A64_RET_ENTRY_SHIFT
	br	x10

/* One A64_RET_ENTRY_SIZE-byte entry per return kind; .org both places
   each entry and fails the build if the previous one overflowed.  Every
   entry is a br target, so it starts with BTI_J.  */
#define ENTRY(kind) .org .Lret_table + (kind) * A64_RET_ENTRY_SIZE, 0; BTI_J

	.balign	A64_RET_ENTRY_SIZE
.Lret_table:
ENTRY(A64_RET_VOID)
	b	.Lret_done
ENTRY(A64_RET_UINT8)
	uxtb	w0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_SINT8)
	sxtb	x0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_UINT16)
	uxth	w0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_SINT16)
	sxth	x0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_UINT32)
	mov	w0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_SINT32)
	sxtw	x0, w0
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_INT64)
	str	x0, [x19]
	b	.Lret_done
ENTRY(A64_RET_INT128)
	stp	x0, x1, [x19]
	b	.Lret_done
ENTRY(A64_RET_S1)
	str	s0, [x19]
	b	.Lret_done
ENTRY(A64_RET_S1 + 1)
	stp	s0, s1, [x19]
	b	.Lret_done
ENTRY(A64_RET_S1 + 2)
	stp	s0, s1, [x19]
	str	s2, [x19, #8]
	b	.Lret_done
ENTRY(A64_RET_S1 + 3)
	stp	s0, s1, [x19]
	stp	s2, s3, [x19, #8]
	b	.Lret_done
ENTRY(A64_RET_D1)
	str	d0, [x19]
	b	.Lret_done
ENTRY(A64_RET_D1 + 1)
	stp	d0, d1, [x19]
	b	.Lret_done
ENTRY(A64_RET_D1 + 2)
	stp	d0, d1, [x19]
	str	d2, [x19, #16]
	b	.Lret_done
ENTRY(A64_RET_D1 + 3)
	stp	d0, d1, [x19]
	stp	d2, d3, [x19, #16]
	b	.Lret_done
ENTRY(A64_RET_Q1)
	str	q0, [x19]
	b	.Lret_done
ENTRY(A64_RET_Q1 + 1)
	stp	q0, q1, [x19]
	b	.Lret_done
ENTRY(A64_RET_Q1 + 2)
	stp	q0, q1, [x19]
	str	q2, [x19, #32]
	b	.Lret_done
ENTRY(A64_RET_Q1 + 3)
	stp	q0, q1, [x19]
	stp	q2, q3, [x19, #32]
	b	.Lret_done
ENTRY(A64_RET_MEMORY)
	b	.Lret_done
	.org	.Lret_table + (A64_RET_LAST + 1) * A64_RET_ENTRY_SIZE, 0

.Lret_done:
	mov	sp, x29
	ldp	x19, x20, [sp, #16]
	.cfi_restore x19
	.cfi_restore x20
	ldp	x29, x30, [sp], #32
	.cfi_restore x29
	.cfi_restore x30
	.cfi_def_cfa sp, 0
	AUTIASP
	.cfi_negate_ra_state
	ret
	.cfi_endproc
	.size	stubffi_call_sysv, .-stubffi_call_sysv

/* Closure entries.  All three build the same frame:
     sp + 0                        saved x29, x30
     sp + A64_CLOSURE_IMAGE        register image (struct a64_frame)
     sp + A64_CLOSURE_RETBUF       result buffer
     sp + A64_CLOSURE_FRAME        the caller's stack arguments
   call stubffi_closure_sysv_inner (cif, fun, user_data, image,
   stack_args, retbuf), which returns the return kind, and load the result
   registers from the buffer as that kind says.  x16, x17 (and x18 for Go)
   are the only registers used before the argument registers are saved.  */

#define IMAGE(field) (A64_CLOSURE_IMAGE + field)

	.macro	SAVE_ARGS
	stp	x29, x30, [sp, #-A64_CLOSURE_FRAME]!
	.cfi_def_cfa_offset A64_CLOSURE_FRAME
	.cfi_offset x29, -A64_CLOSURE_FRAME
	.cfi_offset x30, -A64_CLOSURE_FRAME + 8
	mov	x29, sp
	stp	x0, x1, [sp, #IMAGE(A64_FRAME_X + 0 * 8)]
	stp	x2, x3, [sp, #IMAGE(A64_FRAME_X + 2 * 8)]
	stp	x4, x5, [sp, #IMAGE(A64_FRAME_X + 4 * 8)]
	stp	x6, x7, [sp, #IMAGE(A64_FRAME_X + 6 * 8)]
	str	x8, [sp, #IMAGE(A64_FRAME_X8)]
	stp	q0, q1, [sp, #IMAGE(A64_FRAME_V + 0 * 16)]
	stp	q2, q3, [sp, #IMAGE(A64_FRAME_V + 2 * 16)]
	stp	q4, q5, [sp, #IMAGE(A64_FRAME_V + 4 * 16)]
	stp	q6, q7, [sp, #IMAGE(A64_FRAME_V + 6 * 16)]
	.endm

/* stubffi_closure_sysv: from a static trampoline, x17 = its slot
   {entry, closure}.  stubffi_closure_sysv_legacy: from a legacy
   trampoline, x17 = the closure.  Both are entered by br x16, which
   BTI_C accepts.  */
	.balign	16
	.globl	stubffi_closure_sysv
	.hidden	stubffi_closure_sysv
	.type	stubffi_closure_sysv, %function
	.globl	stubffi_closure_sysv_legacy
	.hidden	stubffi_closure_sysv_legacy
	.type	stubffi_closure_sysv_legacy, %function
stubffi_closure_sysv:
	.cfi_startproc
	BTI_C
	ldr	x17, [x17, #A64_SLOT_CLOSURE]
stubffi_closure_sysv_legacy:
	BTI_C
	PACIASP
	.cfi_negate_ra_state
	SAVE_ARGS
	ldr	x0, [x17, #A64_CLOSURE_CIF]
	ldr	x1, [x17, #A64_CLOSURE_FUN]
	ldr	x2, [x17, #A64_CLOSURE_USER_DATA]
.Lclosure_common:
	add	x3, sp, #A64_CLOSURE_IMAGE
	add	x4, sp, #A64_CLOSURE_FRAME
	add	x5, sp, #A64_CLOSURE_RETBUF
	bl	stubffi_closure_sysv_inner
	add	x9, sp, #A64_CLOSURE_RETBUF
	adr	x10, .Lload_table
	add	x10, x10, x0, lsl #A64_RET_ENTRY_SHIFT
	br	x10

#undef ENTRY
#define ENTRY(kind) .org .Lload_table + (kind) * A64_RET_ENTRY_SIZE, 0; BTI_J

	.balign	A64_RET_ENTRY_SIZE
.Lload_table:
ENTRY(A64_RET_VOID)
	b	.Lclosure_done
ENTRY(A64_RET_UINT8)
	ldrb	w0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_SINT8)
	ldrsb	x0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_UINT16)
	ldrh	w0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_SINT16)
	ldrsh	x0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_UINT32)
	ldr	w0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_SINT32)
	ldrsw	x0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_INT64)
	ldr	x0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_INT128)
	ldp	x0, x1, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_S1)
	ldr	s0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_S1 + 1)
	ldp	s0, s1, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_S1 + 2)
	ldp	s0, s1, [x9]
	ldr	s2, [x9, #8]
	b	.Lclosure_done
ENTRY(A64_RET_S1 + 3)
	ldp	s0, s1, [x9]
	ldp	s2, s3, [x9, #8]
	b	.Lclosure_done
ENTRY(A64_RET_D1)
	ldr	d0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_D1 + 1)
	ldp	d0, d1, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_D1 + 2)
	ldp	d0, d1, [x9]
	ldr	d2, [x9, #16]
	b	.Lclosure_done
ENTRY(A64_RET_D1 + 3)
	ldp	d0, d1, [x9]
	ldp	d2, d3, [x9, #16]
	b	.Lclosure_done
ENTRY(A64_RET_Q1)
	ldr	q0, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_Q1 + 1)
	ldp	q0, q1, [x9]
	b	.Lclosure_done
ENTRY(A64_RET_Q1 + 2)
	ldp	q0, q1, [x9]
	ldr	q2, [x9, #32]
	b	.Lclosure_done
ENTRY(A64_RET_Q1 + 3)
	ldp	q0, q1, [x9]
	ldp	q2, q3, [x9, #32]
	b	.Lclosure_done
ENTRY(A64_RET_MEMORY)
	/* The result is already in the caller's memory; AAPCS64 does not
	   ask for its address back.  */
	b	.Lclosure_done
	.org	.Lload_table + (A64_RET_LAST + 1) * A64_RET_ENTRY_SIZE, 0

.Lclosure_done:
	ldp	x29, x30, [sp], #A64_CLOSURE_FRAME
	.cfi_restore x29
	.cfi_restore x30
	.cfi_def_cfa_offset 0
	AUTIASP
	.cfi_negate_ra_state
	ret
	.cfi_endproc
	.size	stubffi_closure_sysv, .-stubffi_closure_sysv
	.size	stubffi_closure_sysv_legacy, .-stubffi_closure_sysv_legacy

/* Go closures: the caller put the ffi_go_closure in x18, the static
   chain register; it is also the handler's fourth argument.  */
	.balign	16
	.globl	stubffi_go_closure_sysv
	.hidden	stubffi_go_closure_sysv
	.type	stubffi_go_closure_sysv, %function
stubffi_go_closure_sysv:
	.cfi_startproc
	BTI_C
	PACIASP
	.cfi_negate_ra_state
	SAVE_ARGS
	ldr	x0, [x18, #A64_GO_CLOSURE_CIF]
	ldr	x1, [x18, #A64_GO_CLOSURE_FUN]
	mov	x2, x18
	/* From here the frame is the one stubffi_closure_sysv builds, so its
	   code (and its unwind info) serves both.  */
	b	.Lclosure_common
	.cfi_endproc
	.size	stubffi_go_closure_sysv, .-stubffi_go_closure_sysv

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
