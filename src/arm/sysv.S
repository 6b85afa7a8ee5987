/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm: the call routine and the closure entries.

   All of it is Arm-state code (also when the C code is Thumb-2): the
   routines' addresses are even, so a call from either state through a
   register (blx, or bx/mov pc with lr set) runs them in Arm state, and
   they return with bx lr or a pop into pc, which go back to the caller's
   state (Armv5T and later interwork both).  VFP instructions run only
   for FFI_VFP cifs, so armel processors without VFP never meet one.  */

#include "internal.h"

	.syntax	unified
	.arm
	.fpu	vfp
	.text

/* Makes the entry's load of the closure from a trampoline slot see the
   closure that ffi_tramp_set stored before it released the entry
   (aarch64 uses ldar in the trampoline).  Armv7 has dmb; older
   architectures get the kernel's helper (__kuser_memory_barrier at
   0xffff0fa0, which clobbers nothing), as libgcc's atomics do, since an
   armel program may run on a multi-core Armv7.  Uses r0 and lr, which
   the entry has saved.  */
.macro SLOT_BARRIER
#if __ARM_ARCH >= 7
	dmb	ish
#else
	mvn	r0, #0xf000
	sub	r0, r0, #0x5f
	blx	r0
#endif
.endm

/* void stubffi_call_arm (struct arm_call_frame *frame) */
	.balign	4
	.globl	stubffi_call_arm
	.hidden	stubffi_call_arm
	.type	stubffi_call_arm, %function
stubffi_call_arm:
	.fnstart
	.cfi_startproc
	push	{r4, r5, fp, lr}
	.save	{r4, r5, fp, lr}
	.cfi_def_cfa_offset 16
	.cfi_offset r4, -16
	.cfi_offset r5, -12
	.cfi_offset fp, -8
	.cfi_offset lr, -4
	.setfp	fp, sp
	mov	fp, sp
	.cfi_def_cfa_register fp
	mov	r4, r0
	/* The stack arguments: stack_bytes (a multiple of 8) from the
	   image, after its four register words.  */
	ldr	r1, [r4, #ARM_CALL_STACKBYTES]
	sub	sp, sp, r1
	ldr	r2, [r4, #ARM_CALL_ARGS]
	add	r2, r2, #16
	mov	r3, #0
1:	cmp	r3, r1
	ldrlo	r0, [r2, r3]
	strlo	r0, [sp, r3]
	addlo	r3, r3, #4
	blo	1b
	ldr	r0, [r4, #ARM_CALL_FLAGS]
	tst	r0, #ARM_FLAG_VFP_ARGS
	vldmne	r4, {d0-d7}
	tst	r0, #ARM_CALL_CHAIN
	ldrne	ip, [r4, #ARM_CALL_CHAINP]
	ldr	r5, [r4, #ARM_CALL_FN]
	ldr	r3, [r4, #ARM_CALL_ARGS]
	ldm	r3, {r0-r3}
	blx	r5
	mov	sp, fp
	add	r2, r4, #ARM_CALL_RET
	stm	r2, {r0, r1}
	ldr	r2, [r4, #ARM_CALL_FLAGS]
	tst	r2, #ARM_FLAG_VFP_RET
	vstmne	r4, {d0-d3}
	pop	{r4, r5, fp, pc}
	.cfi_endproc
	.fnend
	.size	stubffi_call_arm, .-stubffi_call_arm

/* The closure entries.  Each pushes r0-r3 next to the caller's stack
   arguments (one contiguous argument image), saves fp and lr, makes
   struct arm_closure_frame below them and calls
     unsigned stubffi_closure_arm_inner (cif, fun, user_data, frame)
   which returns the cif's flags; the result is then in the frame's
   return buffer, loaded into r0, r1 (and d0-d3 for a VFP result).
   kind: slot (ip = trampoline slot), legacy (ip = the closure) or go
   (ip = the ffi_go_closure, the static chain).  */
.macro CLOSURE_ENTRY name, kind, vfp
	.balign	4
	.globl	\name
	.hidden	\name
	.type	\name, %function
\name:
	.fnstart
	.cfi_startproc
	push	{r0-r3}
	.pad	#16
	.cfi_def_cfa_offset 16
	push	{fp, lr}
	.save	{fp, lr}
	.cfi_def_cfa_offset 24
	.cfi_offset fp, -24
	.cfi_offset lr, -20
	.setfp	fp, sp
	mov	fp, sp
	.cfi_def_cfa_register fp
	sub	sp, sp, #ARM_CLF_SIZE
	.ifc	\kind, slot
	SLOT_BARRIER
	ldr	ip, [ip, #ARM_SLOT_CLOSURE]
	.endif
	.if	\vfp
	vstm	sp, {d0-d7}
	.endif
	add	r0, fp, #8
	str	r0, [sp, #ARM_CLF_ARGS]
	.ifc	\kind, go
	ldr	r0, [ip, #ARM_GO_CLOSURE_CIF]
	ldr	r1, [ip, #ARM_GO_CLOSURE_FUN]
	mov	r2, ip
	.else
	ldr	r0, [ip, #ARM_CLOSURE_CIF]
	ldr	r1, [ip, #ARM_CLOSURE_FUN]
	ldr	r2, [ip, #ARM_CLOSURE_USER_DATA]
	.endif
	mov	r3, sp
	bl	stubffi_closure_arm_inner
	add	r2, sp, #ARM_CLF_RET
	.if	\vfp
	tst	r0, #ARM_FLAG_VFP_RET
	vldmne	r2, {d0-d3}
	.endif
	ldm	r2, {r0, r1}
	mov	sp, fp
	pop	{fp, lr}
	add	sp, sp, #16
	bx	lr
	.cfi_endproc
	.fnend
	.size	\name, .-\name
.endm

	CLOSURE_ENTRY stubffi_closure_sysv, slot, 0
	CLOSURE_ENTRY stubffi_closure_vfp, slot, 1
	CLOSURE_ENTRY stubffi_closure_sysv_legacy, legacy, 0
	CLOSURE_ENTRY stubffi_closure_vfp_legacy, legacy, 1
	CLOSURE_ENTRY stubffi_go_closure_sysv, go, 0
	CLOSURE_ENTRY stubffi_go_closure_vfp, go, 1

	NO_EXEC_STACK
