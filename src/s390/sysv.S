/* SPDX-License-Identifier: MIT */
/* stubffi — s390x: the call routine and the closure entries.  */

#include "internal.h"

	.text

/* void stubffi_call_s390x (struct s390_call *c [r2])
   Saves r6-r15 in the caller's register save area, makes a frame of 160
   bytes plus the stack arguments, loads f0/f2/f4/f6, r0 (static chain)
   and r2-r6, calls c->fn and stores r2 and f0 into c.  r10 keeps c, r11
   the incoming stack pointer (both callee-saved).  */
	.balign	8
	.globl	stubffi_call_s390x
	.hidden	stubffi_call_s390x
	.type	stubffi_call_s390x, @function
stubffi_call_s390x:
	.cfi_startproc
	stmg	%r6,%r15,48(%r15)
	.cfi_offset %r6,-112
	.cfi_offset %r7,-104
	.cfi_offset %r8,-96
	.cfi_offset %r9,-88
	.cfi_offset %r10,-80
	.cfi_offset %r11,-72
	.cfi_offset %r12,-64
	.cfi_offset %r13,-56
	.cfi_offset %r14,-48
	.cfi_offset %r15,-40
	lgr	%r11,%r15
	.cfi_def_cfa_register %r11
	lgr	%r10,%r2
	lg	%r3,S390_CALL_BYTES(%r10)
	lay	%r1,S390_STACK_ARGS(%r3)
	sgr	%r15,%r1
	stg	%r11,0(%r15)
	ltgr	%r3,%r3
	je	2f
	srlg	%r3,%r3,3
	lg	%r4,S390_CALL_STACK(%r10)
	la	%r5,S390_STACK_ARGS(%r15)
1:	lg	%r0,0(%r4)
	stg	%r0,0(%r5)
	la	%r4,8(%r4)
	la	%r5,8(%r5)
	brctg	%r3,1b
2:	ld	%f0,S390_CALL_FPR(%r10)
	ld	%f2,S390_CALL_FPR+8(%r10)
	ld	%f4,S390_CALL_FPR+16(%r10)
	ld	%f6,S390_CALL_FPR+24(%r10)
	lg	%r0,S390_CALL_CHAIN(%r10)
	lg	%r1,S390_CALL_FN(%r10)
	lmg	%r2,%r6,S390_CALL_GPR(%r10)
	basr	%r14,%r1
	stg	%r2,S390_CALL_R2(%r10)
	std	%f0,S390_CALL_F0(%r10)
	lgr	%r15,%r11
	.cfi_def_cfa_register %r15
	lmg	%r6,%r15,48(%r15)
	br	%r14
	.cfi_endproc
	.size	stubffi_call_s390x, .-stubffi_call_s390x

/* The closure entries.  stubffi_closure_s390x: r0 = a slot {entry,
   closure}, r1 = the entry.  stubffi_go_closure_s390x: r0 = the
   ffi_go_closure (GCC's static chain).  Both save r6-r15 in the caller's
   save area, get cif, fun and user_data into r8-r10 and go on in common
   code that stores r2-r6 and f0/f2/f4/f6 and calls C.  */
	.balign	8
	.globl	stubffi_closure_s390x
	.hidden	stubffi_closure_s390x
	.type	stubffi_closure_s390x, @function
stubffi_closure_s390x:
	.cfi_startproc
	stmg	%r6,%r15,48(%r15)
	.cfi_offset %r6,-112
	.cfi_offset %r7,-104
	.cfi_offset %r8,-96
	.cfi_offset %r9,-88
	.cfi_offset %r10,-80
	.cfi_offset %r11,-72
	.cfi_offset %r12,-64
	.cfi_offset %r13,-56
	.cfi_offset %r14,-48
	.cfi_offset %r15,-40
	lgr	%r7,%r0
	lg	%r7,S390_SLOT_CLOSURE(%r7)
	lg	%r8,S390_CLOSURE_CIF(%r7)
	lg	%r9,S390_CLOSURE_FUN(%r7)
	lg	%r10,S390_CLOSURE_USER_DATA(%r7)
.Lcommon:
	lgr	%r11,%r15
	lay	%r15,-S390_CL_FRAME(%r15)
	.cfi_adjust_cfa_offset S390_CL_FRAME
	stg	%r11,0(%r15)
	stmg	%r2,%r6,S390_CL_GPRS(%r15)
	std	%f0,S390_CL_FPRS(%r15)
	std	%f2,S390_CL_FPRS+8(%r15)
	std	%f4,S390_CL_FPRS+16(%r15)
	std	%f6,S390_CL_FPRS+24(%r15)
	lgr	%r2,%r8
	lgr	%r3,%r9
	lgr	%r4,%r10
	la	%r5,S390_CL_GPRS(%r15)
	la	%r6,S390_CL_FPRS(%r15)
	la	%r1,S390_STACK_ARGS(%r11)
	stg	%r1,S390_CL_OUT(%r15)
	la	%r1,S390_CL_RES(%r15)
	stg	%r1,S390_CL_OUT+8(%r15)
	brasl	%r14,stubffi_closure_s390x_inner
	lg	%r2,S390_CL_RES(%r15)
	ld	%f0,S390_CL_RES+8(%r15)
	lmg	%r6,%r15,S390_CL_FRAME+48(%r15)
	.cfi_adjust_cfa_offset -S390_CL_FRAME
	br	%r14
	.cfi_endproc
	.size	stubffi_closure_s390x, .-stubffi_closure_s390x

	.balign	8
	.globl	stubffi_go_closure_s390x
	.hidden	stubffi_go_closure_s390x
	.type	stubffi_go_closure_s390x, @function
stubffi_go_closure_s390x:
	.cfi_startproc
	stmg	%r6,%r15,48(%r15)
	.cfi_offset %r6,-112
	.cfi_offset %r7,-104
	.cfi_offset %r8,-96
	.cfi_offset %r9,-88
	.cfi_offset %r10,-80
	.cfi_offset %r11,-72
	.cfi_offset %r12,-64
	.cfi_offset %r13,-56
	.cfi_offset %r14,-48
	.cfi_offset %r15,-40
	lgr	%r10,%r0
	lg	%r8,S390_GO_CLOSURE_CIF(%r10)
	lg	%r9,S390_GO_CLOSURE_FUN(%r10)
	j	.Lcommon
	.cfi_endproc
	.size	stubffi_go_closure_s390x, .-stubffi_go_closure_s390x

	NO_EXEC_STACK
