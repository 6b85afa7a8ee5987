/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 (LP64D, Linux): the assembly half of ffi_call and
   the closure entries.

   stubffi_call_sysv (frame, stack, stack_bytes, fn)
     a0  frame        register image built by ffi.c (internal.h offsets)
     a1  stack        stack_bytes bytes of outgoing stack arguments
     a2  stack_bytes  a multiple of 16, so the callee sees an aligned sp
     a3  fn           the function to call

   It copies the stack arguments right below its own frame, loads a0-a7,
   fa0-fa7 and t2 (the static chain: Go calls; a free temporary
   otherwise), calls fn and stores a0, a1, fa0 and fa1 back into the
   frame, where ffi.c reads the result as the return type says.  */

#include "internal.h"

	.text
	.globl	stubffi_call_sysv
	.hidden	stubffi_call_sysv
	.type	stubffi_call_sysv, %function
	.balign	4
stubffi_call_sysv:
	.cfi_startproc
	addi	sp, sp, -RV_CALL_FRAME
	.cfi_def_cfa_offset RV_CALL_FRAME
	sd	ra, RV_CALL_FRAME - 8(sp)
	sd	s0, RV_CALL_FRAME - 16(sp)
	sd	s1, RV_CALL_FRAME - 24(sp)
	.cfi_offset ra, -8
	.cfi_offset s0, -16
	.cfi_offset s1, -24
	addi	s0, sp, RV_CALL_FRAME
	.cfi_def_cfa s0, 0
	mv	s1, a0			/* frame, kept across the call */

	/* Outgoing stack arguments, 8 bytes at a time.  */
	sub	sp, sp, a2
	mv	t0, sp
	beqz	a2, 2f
1:	ld	t1, 0(a1)
	sd	t1, 0(t0)
	addi	a1, a1, 8
	addi	t0, t0, 8
	addi	a2, a2, -8
	bnez	a2, 1b
2:
	mv	t3, a3
	fld	fa0, RV_FRAME_FA + 0 * 8(s1)
	fld	fa1, RV_FRAME_FA + 1 * 8(s1)
	fld	fa2, RV_FRAME_FA + 2 * 8(s1)
	fld	fa3, RV_FRAME_FA + 3 * 8(s1)
	fld	fa4, RV_FRAME_FA + 4 * 8(s1)
	fld	fa5, RV_FRAME_FA + 5 * 8(s1)
	fld	fa6, RV_FRAME_FA + 6 * 8(s1)
	fld	fa7, RV_FRAME_FA + 7 * 8(s1)
	ld	t2, RV_FRAME_CHAIN(s1)
	ld	a0, RV_FRAME_A + 0 * 8(s1)
	ld	a1, RV_FRAME_A + 1 * 8(s1)
	ld	a2, RV_FRAME_A + 2 * 8(s1)
	ld	a3, RV_FRAME_A + 3 * 8(s1)
	ld	a4, RV_FRAME_A + 4 * 8(s1)
	ld	a5, RV_FRAME_A + 5 * 8(s1)
	ld	a6, RV_FRAME_A + 6 * 8(s1)
	ld	a7, RV_FRAME_A + 7 * 8(s1)

	jalr	t3

	sd	a0, RV_FRAME_A + 0 * 8(s1)
	sd	a1, RV_FRAME_A + 1 * 8(s1)
	fsd	fa0, RV_FRAME_FA + 0 * 8(s1)
	fsd	fa1, RV_FRAME_FA + 1 * 8(s1)

	addi	sp, s0, -RV_CALL_FRAME
	.cfi_def_cfa sp, RV_CALL_FRAME
	ld	ra, RV_CALL_FRAME - 8(sp)
	ld	s0, RV_CALL_FRAME - 16(sp)
	ld	s1, RV_CALL_FRAME - 24(sp)
	.cfi_restore ra
	.cfi_restore s0
	.cfi_restore s1
	addi	sp, sp, RV_CALL_FRAME
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
	.size	stubffi_call_sysv, .-stubffi_call_sysv

/* Closure entries.  All three build the same frame:
     sp + RV_CLOSURE_IMAGE   register image (struct rv_frame)
     sp + RV_CLOSURE_RA      saved ra
     sp + RV_CLOSURE_FRAME   the caller's stack arguments
   call stubffi_closure_sysv_inner (cif, fun, user_data, image,
   stack_args), which leaves the result in the image, and load the result
   registers from there.  t0, t1 (and t2 for Go) are the only registers
   used before the argument registers are saved.  */

	.macro	SAVE_ARGS
	addi	sp, sp, -RV_CLOSURE_FRAME
	.cfi_def_cfa_offset RV_CLOSURE_FRAME
	sd	ra, RV_CLOSURE_RA(sp)
	.cfi_offset ra, RV_CLOSURE_RA - RV_CLOSURE_FRAME
	sd	a0, RV_CLOSURE_IMAGE + RV_FRAME_A + 0 * 8(sp)
	sd	a1, RV_CLOSURE_IMAGE + RV_FRAME_A + 1 * 8(sp)
	sd	a2, RV_CLOSURE_IMAGE + RV_FRAME_A + 2 * 8(sp)
	sd	a3, RV_CLOSURE_IMAGE + RV_FRAME_A + 3 * 8(sp)
	sd	a4, RV_CLOSURE_IMAGE + RV_FRAME_A + 4 * 8(sp)
	sd	a5, RV_CLOSURE_IMAGE + RV_FRAME_A + 5 * 8(sp)
	sd	a6, RV_CLOSURE_IMAGE + RV_FRAME_A + 6 * 8(sp)
	sd	a7, RV_CLOSURE_IMAGE + RV_FRAME_A + 7 * 8(sp)
	fsd	fa0, RV_CLOSURE_IMAGE + RV_FRAME_FA + 0 * 8(sp)
	fsd	fa1, RV_CLOSURE_IMAGE + RV_FRAME_FA + 1 * 8(sp)
	fsd	fa2, RV_CLOSURE_IMAGE + RV_FRAME_FA + 2 * 8(sp)
	fsd	fa3, RV_CLOSURE_IMAGE + RV_FRAME_FA + 3 * 8(sp)
	fsd	fa4, RV_CLOSURE_IMAGE + RV_FRAME_FA + 4 * 8(sp)
	fsd	fa5, RV_CLOSURE_IMAGE + RV_FRAME_FA + 5 * 8(sp)
	fsd	fa6, RV_CLOSURE_IMAGE + RV_FRAME_FA + 6 * 8(sp)
	fsd	fa7, RV_CLOSURE_IMAGE + RV_FRAME_FA + 7 * 8(sp)
	.endm

/* stubffi_closure_sysv: from a static trampoline, t0 = its slot
   {entry, closure}.  stubffi_closure_sysv_legacy: from a legacy
   trampoline, t0 = the closure.  */
	.balign	4
	.globl	stubffi_closure_sysv
	.hidden	stubffi_closure_sysv
	.type	stubffi_closure_sysv, %function
	.globl	stubffi_closure_sysv_legacy
	.hidden	stubffi_closure_sysv_legacy
	.type	stubffi_closure_sysv_legacy, %function
stubffi_closure_sysv:
	.cfi_startproc
	/* The trampoline loaded the entry that ffi_tramp_set stored last,
	   with release order; the load of the closure stored before it must
	   not be satisfied earlier (RVWMO keeps no order between the two
	   loads by itself).  */
	fence	r, r
	ld	t0, RV_SLOT_CLOSURE(t0)
stubffi_closure_sysv_legacy:
	SAVE_ARGS
	ld	a0, RV_CLOSURE_CIF(t0)
	ld	a1, RV_CLOSURE_FUN(t0)
	ld	a2, RV_CLOSURE_USER_DATA(t0)
.Lclosure_common:
	addi	a3, sp, RV_CLOSURE_IMAGE
	addi	a4, sp, RV_CLOSURE_FRAME
	call	stubffi_closure_sysv_inner
	ld	a0, RV_CLOSURE_IMAGE + RV_FRAME_A + 0 * 8(sp)
	ld	a1, RV_CLOSURE_IMAGE + RV_FRAME_A + 1 * 8(sp)
	fld	fa0, RV_CLOSURE_IMAGE + RV_FRAME_FA + 0 * 8(sp)
	fld	fa1, RV_CLOSURE_IMAGE + RV_FRAME_FA + 1 * 8(sp)
	ld	ra, RV_CLOSURE_RA(sp)
	.cfi_restore ra
	addi	sp, sp, RV_CLOSURE_FRAME
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
	.size	stubffi_closure_sysv, .-stubffi_closure_sysv
	.size	stubffi_closure_sysv_legacy, .-stubffi_closure_sysv_legacy

/* Go closures: the caller put the ffi_go_closure in t2, the static
   chain register; it is also the handler's fourth argument.  */
	.balign	4
	.globl	stubffi_go_closure_sysv
	.hidden	stubffi_go_closure_sysv
	.type	stubffi_go_closure_sysv, %function
stubffi_go_closure_sysv:
	.cfi_startproc
	SAVE_ARGS
	ld	a0, RV_GO_CLOSURE_CIF(t2)
	ld	a1, RV_GO_CLOSURE_FUN(t2)
	mv	a2, t2
	/* From here the frame is the one stubffi_closure_sysv builds, so its
	   code (and its unwind info) serves both.  */
	j	.Lclosure_common
	.cfi_endproc
	.size	stubffi_go_closure_sysv, .-stubffi_go_closure_sysv

	NO_EXEC_STACK
