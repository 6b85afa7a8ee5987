/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2): the call routine and the closure
   entries.  Register names are numbers, as the GNU assembler wants
   without -mregnames.  */

#include "internal.h"

	.abiversion 2
	.machine power8
	.text

/* void stubffi_call_elfv2 (const void *params [r3], size_t bytes [r4],
                            const double *fprs [r5], void (*fn)(void) [r6],
                            struct ppc_result *res [r7], void *chain [r8])
   Called from C in this library only: no TOC of its own (local entry =
   global entry); the callee may be anywhere, so r2 is saved and
   restored around the call.  Frame: header (32), the callee's parameter
   save area (bytes), 16 bytes for r30/r31, stored in the protected zone
   below the old r1 before the frame is made.  */
	.balign	16
	.globl	stubffi_call_elfv2
	.hidden	stubffi_call_elfv2
	.type	stubffi_call_elfv2, @function
stubffi_call_elfv2:
	.cfi_startproc
	mflr	0
	std	0, PPC_LR_SAVE(1)
	std	31, -8(1)
	std	30, -16(1)
	.cfi_offset 65, PPC_LR_SAVE
	.cfi_offset 31, -8
	.cfi_offset 30, -16
	mr	31, 1
	.cfi_def_cfa_register 31
	addi	9, 4, PPC_PSAVE + 16
	neg	9, 9
	stdux	1, 1, 9
	std	2, PPC_TOC_SAVE(1)
	mr	30, 7
	/* Copy the parameter save area, a doubleword at a time.  */
	srdi	9, 4, 3
	mtctr	9
	addi	3, 3, -8
	addi	10, 1, PPC_PSAVE - 8
1:	ldu	0, 8(3)
	stdu	0, 8(10)
	bdnz	1b
	lfd	1, 0(5)
	lfd	2, 8(5)
	lfd	3, 16(5)
	lfd	4, 24(5)
	lfd	5, 32(5)
	lfd	6, 40(5)
	lfd	7, 48(5)
	lfd	8, 56(5)
	lfd	9, 64(5)
	lfd	10, 72(5)
	lfd	11, 80(5)
	lfd	12, 88(5)
	lfd	13, 96(5)
	mr	12, 6
	mr	11, 8
	ld	3, PPC_PSAVE + 0(1)
	ld	4, PPC_PSAVE + 8(1)
	ld	5, PPC_PSAVE + 16(1)
	ld	6, PPC_PSAVE + 24(1)
	ld	7, PPC_PSAVE + 32(1)
	ld	8, PPC_PSAVE + 40(1)
	ld	9, PPC_PSAVE + 48(1)
	ld	10, PPC_PSAVE + 56(1)
	mtctr	12
	bctrl
	ld	2, PPC_TOC_SAVE(1)
	std	3, PPC_RES_R3(30)
	std	4, PPC_RES_R4(30)
	stfd	1, PPC_RES_F + 0(30)
	stfd	2, PPC_RES_F + 8(30)
	stfd	3, PPC_RES_F + 16(30)
	stfd	4, PPC_RES_F + 24(30)
	stfd	5, PPC_RES_F + 32(30)
	stfd	6, PPC_RES_F + 40(30)
	stfd	7, PPC_RES_F + 48(30)
	stfd	8, PPC_RES_F + 56(30)
	mr	1, 31
	.cfi_def_cfa_register 1
	ld	0, PPC_LR_SAVE(1)
	mtlr	0
	ld	30, -16(1)
	ld	31, -8(1)
	.cfi_restore 30
	.cfi_restore 31
	blr
	.cfi_endproc
	.size	stubffi_call_elfv2, .-stubffi_call_elfv2

/* The closure entries.  Reached through a trampoline (or a Go closure's
   caller) with r12 = the entry's address: the global entry point sets
   up this library's TOC from it, for the call to C.
   stubffi_closure_elfv2: r11 = a slot {entry, closure}.  The isync after
   the trampoline's dependent branch orders the load of the closure
   after the load of the entry (ffi_tramp_set stores them with release
   order).  */
	.balign	16
	.globl	stubffi_closure_elfv2
	.hidden	stubffi_closure_elfv2
	.type	stubffi_closure_elfv2, @function
stubffi_closure_elfv2:
	.cfi_startproc
0:	addis	2, 12, (.TOC. - 0b)@ha
	addi	2, 2, (.TOC. - 0b)@l
	.localentry stubffi_closure_elfv2, . - stubffi_closure_elfv2
	isync
	ld	12, PPC_SLOT_CLOSURE(11)
	mflr	0
	std	0, PPC_LR_SAVE(1)
	.cfi_offset 65, PPC_LR_SAVE
	stdu	1, -PPC_CL_FRAME(1)
	.cfi_def_cfa_offset PPC_CL_FRAME
	bl	.Lsave
	ld	3, PPC_CLOSURE_CIF(12)
	ld	4, PPC_CLOSURE_FUN(12)
	ld	5, PPC_CLOSURE_USER_DATA(12)
	b	.Lcommon

/* Stores r3-r10 and f1-f13 into the frame (a leaf: LR is free).  */
.Lsave:
	std	3, PPC_CL_GPRS + 0(1)
	std	4, PPC_CL_GPRS + 8(1)
	std	5, PPC_CL_GPRS + 16(1)
	std	6, PPC_CL_GPRS + 24(1)
	std	7, PPC_CL_GPRS + 32(1)
	std	8, PPC_CL_GPRS + 40(1)
	std	9, PPC_CL_GPRS + 48(1)
	std	10, PPC_CL_GPRS + 56(1)
	stfd	1, PPC_CL_FPRS + 0(1)
	stfd	2, PPC_CL_FPRS + 8(1)
	stfd	3, PPC_CL_FPRS + 16(1)
	stfd	4, PPC_CL_FPRS + 24(1)
	stfd	5, PPC_CL_FPRS + 32(1)
	stfd	6, PPC_CL_FPRS + 40(1)
	stfd	7, PPC_CL_FPRS + 48(1)
	stfd	8, PPC_CL_FPRS + 56(1)
	stfd	9, PPC_CL_FPRS + 64(1)
	stfd	10, PPC_CL_FPRS + 72(1)
	stfd	11, PPC_CL_FPRS + 80(1)
	stfd	12, PPC_CL_FPRS + 88(1)
	stfd	13, PPC_CL_FPRS + 96(1)
	blr

/* r3-r5 = cif, fun, user_data.  */
.Lcommon:
	addi	6, 1, PPC_CL_GPRS
	addi	7, 1, PPC_CL_FPRS
	addi	8, 1, PPC_CL_FRAME + PPC_PSAVE
	addi	9, 1, PPC_CL_RES
	bl	stubffi_closure_elfv2_inner
	nop
	ld	3, PPC_CL_RES + PPC_RES_R3(1)
	ld	4, PPC_CL_RES + PPC_RES_R4(1)
	lfd	1, PPC_CL_RES + PPC_RES_F + 0(1)
	lfd	2, PPC_CL_RES + PPC_RES_F + 8(1)
	lfd	3, PPC_CL_RES + PPC_RES_F + 16(1)
	lfd	4, PPC_CL_RES + PPC_RES_F + 24(1)
	lfd	5, PPC_CL_RES + PPC_RES_F + 32(1)
	lfd	6, PPC_CL_RES + PPC_RES_F + 40(1)
	lfd	7, PPC_CL_RES + PPC_RES_F + 48(1)
	lfd	8, PPC_CL_RES + PPC_RES_F + 56(1)
	addi	1, 1, PPC_CL_FRAME
	.cfi_def_cfa_offset 0
	ld	0, PPC_LR_SAVE(1)
	mtlr	0
	blr
	.cfi_endproc
	.size	stubffi_closure_elfv2, .-stubffi_closure_elfv2

/* stubffi_go_closure_elfv2: r11 = the ffi_go_closure (static chain).  */
	.balign	16
	.globl	stubffi_go_closure_elfv2
	.hidden	stubffi_go_closure_elfv2
	.type	stubffi_go_closure_elfv2, @function
stubffi_go_closure_elfv2:
	.cfi_startproc
0:	addis	2, 12, (.TOC. - 0b)@ha
	addi	2, 2, (.TOC. - 0b)@l
	.localentry stubffi_go_closure_elfv2, . - stubffi_go_closure_elfv2
	mflr	0
	std	0, PPC_LR_SAVE(1)
	.cfi_offset 65, PPC_LR_SAVE
	stdu	1, -PPC_CL_FRAME(1)
	.cfi_def_cfa_offset PPC_CL_FRAME
	bl	.Lsave
	ld	3, PPC_GO_CLOSURE_CIF(11)
	ld	4, PPC_GO_CLOSURE_FUN(11)
	mr	5, 11
	b	.Lcommon
	.cfi_endproc
	.size	stubffi_go_closure_elfv2, .-stubffi_go_closure_elfv2

	NO_EXEC_STACK
