/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 System V: ffi_call, and its threaded path for
   signatures of scalars.

   A cif that ffi_prep_cif marked UNIX64_FLAG_SIMPLE has only scalar
   arguments (integers, pointers, float, double), each in a register of
   its own, and a result that needs no copying.  For those, ffi_call
   does not build a register image in memory: it loads every argument
   straight into its register through threaded code.

   Why backwards.  Each scalar takes exactly one register, so after the
   arguments from position k on have been loaded, the state
   (g, s) = (integer registers still to fill, vector registers still to
   fill) fixes k = g + s - 1 as the next position to load, and fixes the
   register it goes to (GPR g-1 or XMM s-1).  Walking from the last
   argument to the first, every handler therefore knows at assembly time
   which avalue slot to read, which register to fill, the row of the
   dispatch table for the next argument, and whether it was the last one
   (k = 0): per argument it is two loads for the value and two loads and
   a jump for the next type, with no counter, no index and no test.
   ffi_prep_cif stores the first dispatch (row of (G, S), type of the
   last argument) in the flags (UNIX64_FAST_START_SHIFT), and the number
   of vector registers, which becomes %al, in their second byte.

   A cif marked UNIX64_FLAG_STACK_TAIL is the same except that its last
   arguments go to the stack: a loop over those (one handler per type
   class, 8-byte slots going up) comes first, then the same register
   handlers for the first UNIX64_FAST_RARGS arguments.

   The dispatch table has one row of 16 entries (one per type code) per
   state (g, s); its entries are absolute addresses in .data.rel.ro, so
   they are read-only once the loader has relocated them.  Entries that
   a prepared cif cannot reach (a type without a register left, long
   double, struct) trap.  Indirect jumps are notrack: the targets are
   table entries in read-only memory, not function entries.

   Anything else goes to stubffi_unix64_call_general (ffi64.c), which
   handles every signature and the Microsoft ABIs.  */

#include "internal64.h"

/* The registers of the threaded code; none of them carries an
   argument.  */
#define AV	%r10		/* avalue */
#define AT	%r11		/* cif->arg_types */
#define TB	%rbx		/* the dispatch table */

/* The frame, below the saved %rbp.  */
#define F_RBX		-8
#define F_FN		-16
#define F_RVALUE	-24
#define F_FLAGS		-32
#define F_NSSE		-31	/* the flags' second byte: vector register count */

#define ROW_BYTES	(16 * 8)
#define ROW(g, s)	((g) * UNIX64_SIMPLE_ROWS_S + (s))

/* Loads the value at (%rax) into integer argument register j, widened as
   the type asks (to 64 bits, as ffi_call's general path does).  */
	.macro	LOAD_GPR insn, j
	.if	(\j) == 0
	\insn	%rdi
	.elseif	(\j) == 1
	\insn	%rsi
	.elseif	(\j) == 2
	\insn	%rdx
	.elseif	(\j) == 3
	\insn	%rcx
	.elseif	(\j) == 4
	\insn	%r8
	.else
	\insn	%r9
	.endif
	.endm

	.macro	LD_u8 r
	movzbq	(%rax), \r
	.endm
	.macro	LD_s8 r
	movsbq	(%rax), \r
	.endm
	.macro	LD_u16 r
	movzwq	(%rax), \r
	.endm
	.macro	LD_s16 r
	movswq	(%rax), \r
	.endm
	.macro	LD_s32 r
	movslq	(%rax), \r
	.endm
	.macro	LD_i64 r
	movq	(%rax), \r
	.endm

/* movl zero-extends only into a 32-bit register name.  */
	.macro	LOAD_u32 j
	.if	(\j) == 0
	movl	(%rax), %edi
	.elseif	(\j) == 1
	movl	(%rax), %esi
	.elseif	(\j) == 2
	movl	(%rax), %edx
	.elseif	(\j) == 3
	movl	(%rax), %ecx
	.elseif	(\j) == 4
	movl	(%rax), %r8d
	.else
	movl	(%rax), %r9d
	.endif
	.endm

	.macro	LOAD_XMM insn, j
	.if	(\j) == 0
	\insn	(%rax), %xmm0
	.elseif	(\j) == 1
	\insn	(%rax), %xmm1
	.elseif	(\j) == 2
	\insn	(%rax), %xmm2
	.elseif	(\j) == 3
	\insn	(%rax), %xmm3
	.elseif	(\j) == 4
	\insn	(%rax), %xmm4
	.elseif	(\j) == 5
	\insn	(%rax), %xmm5
	.elseif	(\j) == 6
	\insn	(%rax), %xmm6
	.else
	\insn	(%rax), %xmm7
	.endif
	.endm

/* After loading position k = next_g + next_s: on to position k - 1, or
   to the call when k was 0.  */
	.macro	NEXT next_g, next_s
	.if	(\next_g) + (\next_s) == 0
	jmp	.Lcall
	.else
	movq	8 * ((\next_g) + (\next_s) - 1)(AT), %rax
	movzwl	FFI_TYPE_TYPE_OFFSET(%rax), %eax
	notrack jmp *ROW_BYTES * ROW(\next_g, \next_s)(TB, %rax, 8)
	.endif
	.endm

/* An integer argument in state (g, s): position g+s-1, register g-1.  */
	.macro	INT_HANDLER g, s, cls
.Lh_\g\()_\s\()_\cls:
	movq	8 * (\g + \s - 1)(AV), %rax
	.ifc	\cls, u32
	LOAD_u32 (\g-1)
	.else
	LOAD_GPR LD_\cls, (\g-1)
	.endif
	NEXT	(\g-1), \s
	.endm

/* A float or double in state (g, s): position g+s-1, register s-1.  */
	.macro	SSE_HANDLER g, s, cls
.Lh_\g\()_\s\()_\cls:
	movq	8 * (\g + \s - 1)(AV), %rax
	.ifc	\cls, f32
	LOAD_XMM movss, (\s-1)
	.else
	LOAD_XMM movsd, (\s-1)
	.endif
	NEXT	\g, (\s-1)
	.endm

/* Stack arguments of a UNIX64_FLAG_STACK_TAIL cif, going up from the
   first one: %rcx counts up to 0, %rsi, %rdx and %rdi point just past
   the end of avalue, of arg_types and of the stack slots, %r8 at
   .Lstack_table.  Every slot takes 8 bytes; a float fills the low 4.  */
	.macro	STACK_HANDLER cls
.Ls_\cls:
	movq	(%rsi, %rcx, 8), %rax
	.ifc	\cls, u32
	movl	(%rax), %eax
	.else
	LD_\cls	%rax
	.endif
	movq	%rax, (%rdi, %rcx, 8)
	incq	%rcx
	jz	.Lstack_done
	movq	(%rdx, %rcx, 8), %rax
	movzwl	FFI_TYPE_TYPE_OFFSET(%rax), %eax
	notrack jmp *(%r8, %rax, 8)
	.endm

/* Both threaded paths build the same frame (F_*), so that they share
   the register handlers, the call and the result stores, and their
   unwind information.  */
	.macro	PROLOGUE
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_rel_offset %rbx, 0
	pushq	%rsi			/* F_FN */
	pushq	%rdx			/* F_RVALUE */
	pushq	%rax			/* F_FLAGS; %rsp is now 16-byte aligned */
	movq	%rcx, AV
	movq	FFI_CIF_ARG_TYPES_OFFSET(%rdi), AT
	leaq	.Ldispatch(%rip), TB
	.endm

	.macro	EPILOGUE
	.cfi_remember_state
	movq	F_RBX(%rbp), %rbx
	.cfi_restore %rbx
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret
	.cfi_restore_state
	.endm

	.text
	.globl	ffi_call
	.type	ffi_call, @function
	.balign	16
/* void ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue,
                  void **avalue)  */
ffi_call:
	.cfi_startproc
	ENDBR
	movl	FFI_CIF_FLAGS_OFFSET(%rdi), %eax
	testb	$UNIX64_FLAG_SIMPLE, %al
	jz	.Lnot_simple
	.cfi_remember_state
	PROLOGUE
	shrl	$UNIX64_FAST_START_SHIFT, %eax
	notrack jmp *(TB, %rax, 8)

	.irp	g, 1, 2, 3, 4, 5, 6
	.irp	s, 0, 1, 2, 3, 4, 5, 6, 7, 8
	.irp	cls, u8, s8, u16, s16, u32, s32, i64
	INT_HANDLER \g, \s, \cls
	.endr
	.endr
	.endr

	.irp	g, 0, 1, 2, 3, 4, 5, 6
	.irp	s, 1, 2, 3, 4, 5, 6, 7, 8
	SSE_HANDLER \g, \s, f32
	SSE_HANDLER \g, \s, f64
	.endr
	.endr

.Lcall:
	movzbl	F_NSSE(%rbp), %eax	/* %al: vector registers, for variadic callees */
	call	*F_FN(%rbp)
	movl	F_FLAGS(%rbp), %ecx
	andl	$UNIX64_RET_KIND_MASK, %ecx
	movq	F_RVALUE(%rbp), %rdi
	testq	%rdi, %rdi
	jz	.Lnull_rvalue
.Lstore:
	leaq	.Lret_table(%rip), %rsi
	notrack jmp *(%rsi, %rcx, 8)
.Lnull_rvalue:
	/* The result goes nowhere: into the red zone, which is ours until
	   we return.  */
	leaq	-32(%rsp), %rdi
	jmp	.Lstore

/* Each return kind stores its registers into rvalue, widening small
   integers to a full ffi_arg, and returns.  */
.Lr_void:
	EPILOGUE
.Lr_uint8:
	movzbl	%al, %eax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_sint8:
	movsbq	%al, %rax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_uint16:
	movzwl	%ax, %eax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_sint16:
	movswq	%ax, %rax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_uint32:
	movl	%eax, %eax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_sint32:
	movslq	%eax, %rax
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_int64:
	movq	%rax, (%rdi)
	EPILOGUE
.Lr_float:
	movss	%xmm0, (%rdi)
	EPILOGUE
.Lr_double:
	movsd	%xmm0, (%rdi)
	EPILOGUE
.Lr_x87:
	fstpt	(%rdi)
	EPILOGUE
.Lr_x87_2:
	fstpt	(%rdi)
	fstpt	16(%rdi)
	EPILOGUE
.Lr_int_int:
	movq	%rax, (%rdi)
	movq	%rdx, 8(%rdi)
	EPILOGUE
.Lr_int_sse:
	movq	%rax, (%rdi)
	movsd	%xmm0, 8(%rdi)
	EPILOGUE
.Lr_sse_int:
	movsd	%xmm0, (%rdi)
	movq	%rax, 8(%rdi)
	EPILOGUE
.Lr_sse_sse:
	movsd	%xmm0, (%rdi)
	movsd	%xmm1, 8(%rdi)
	EPILOGUE

	.irp	cls, u8, s8, u16, s16, u32, s32, i64
	STACK_HANDLER \cls
	.endr

/* The stack arguments are in place: on to the register arguments.  */
.Lstack_done:
	movl	F_FLAGS(%rbp), %eax
	shrl	$UNIX64_FAST_START_SHIFT, %eax
	andl	$UNIX64_FAST_START_MASK, %eax
	notrack jmp *(TB, %rax, 8)

/* Unreachable from a cif that ffi_prep_cif prepared and nobody changed
   since.  */
.Ltrap:
	ud2

	.cfi_restore_state
.Lnot_simple:
	testl	%eax, %eax		/* UNIX64_FLAG_STACK_TAIL is the sign bit */
	jns	.Lgeneral
	.cfi_remember_state
	PROLOGUE
	movl	FFI_CIF_BYTES_OFFSET(%rdi), %r8d
	subq	%r8, %rsp		/* a multiple of 16 */
	movl	FFI_CIF_NARGS_OFFSET(%rdi), %ecx
	shrl	$UNIX64_FAST_RARGS_SHIFT, %eax
	andl	$UNIX64_FAST_RARGS_MASK, %eax
	leaq	(AV, %rcx, 8), %rsi
	leaq	(AT, %rcx, 8), %rdx
	subl	%eax, %ecx		/* stack arguments: at least one */
	leaq	(%rsp, %rcx, 8), %rdi
	negq	%rcx
	leaq	.Lstack_table(%rip), %r8
	movq	(%rdx, %rcx, 8), %rax
	movzwl	FFI_TYPE_TYPE_OFFSET(%rax), %eax
	notrack jmp *(%r8, %rax, 8)

	.cfi_restore_state
.Lgeneral:
	xorl	%r8d, %r8d		/* no static chain */
	jmp	stubffi_unix64_call_general
	.cfi_endproc
	.size	ffi_call, .-ffi_call

/* ---- Tables ------------------------------------------------------------ */

	.section .data.rel.ro, "aw"
	.balign	64

/* Entry (g, s, type code): the handler of an argument of that type when
   g integer and s vector registers are still to be filled.  */
	.macro	INT_ENTRY g, s, cls
	.if	\g > 0
	.quad	.Lh_\g\()_\s\()_\cls
	.else
	.quad	.Ltrap
	.endif
	.endm

	.macro	SSE_ENTRY g, s, cls
	.if	\s > 0
	.quad	.Lh_\g\()_\s\()_\cls
	.else
	.quad	.Ltrap
	.endif
	.endm

	.macro	ROW_ENTRIES g, s
	.if	\g + \s == 0
	.quad	.Lcall		/* FFI_TYPE_VOID: the start of a cif with no arguments */
	.else
	.quad	.Ltrap
	.endif
	INT_ENTRY \g, \s, s32	/* FFI_TYPE_INT */
	SSE_ENTRY \g, \s, f32	/* FFI_TYPE_FLOAT */
	SSE_ENTRY \g, \s, f64	/* FFI_TYPE_DOUBLE */
	.quad	.Ltrap		/* FFI_TYPE_LONGDOUBLE: never simple */
	INT_ENTRY \g, \s, u8	/* FFI_TYPE_UINT8 */
	INT_ENTRY \g, \s, s8	/* FFI_TYPE_SINT8 */
	INT_ENTRY \g, \s, u16	/* FFI_TYPE_UINT16 */
	INT_ENTRY \g, \s, s16	/* FFI_TYPE_SINT16 */
	INT_ENTRY \g, \s, u32	/* FFI_TYPE_UINT32 */
	INT_ENTRY \g, \s, s32	/* FFI_TYPE_SINT32 */
	INT_ENTRY \g, \s, i64	/* FFI_TYPE_UINT64 */
	INT_ENTRY \g, \s, i64	/* FFI_TYPE_SINT64 */
	.quad	.Ltrap		/* FFI_TYPE_STRUCT: never simple */
	INT_ENTRY \g, \s, i64	/* FFI_TYPE_POINTER */
	.quad	.Ltrap		/* FFI_TYPE_COMPLEX: never simple */
	.endm

.Ldispatch:
	.irp	g, 0, 1, 2, 3, 4, 5, 6
	.irp	s, 0, 1, 2, 3, 4, 5, 6, 7, 8
	ROW_ENTRIES \g, \s
	.endr
	.endr
.Ldispatch_end:
	.if	.Ldispatch_end - .Ldispatch != ROW_BYTES * ROW(7, 0)
	.error	"dispatch table size"
	.endif

/* Indexed by the type code of a stack argument.  */
.Lstack_table:
	.quad	.Ltrap		/* FFI_TYPE_VOID */
	.quad	.Ls_s32		/* FFI_TYPE_INT */
	.quad	.Ls_u32		/* FFI_TYPE_FLOAT: its 4 bytes */
	.quad	.Ls_i64		/* FFI_TYPE_DOUBLE */
	.quad	.Ltrap		/* FFI_TYPE_LONGDOUBLE */
	.quad	.Ls_u8		/* FFI_TYPE_UINT8 */
	.quad	.Ls_s8		/* FFI_TYPE_SINT8 */
	.quad	.Ls_u16		/* FFI_TYPE_UINT16 */
	.quad	.Ls_s16		/* FFI_TYPE_SINT16 */
	.quad	.Ls_u32		/* FFI_TYPE_UINT32 */
	.quad	.Ls_s32		/* FFI_TYPE_SINT32 */
	.quad	.Ls_i64		/* FFI_TYPE_UINT64 */
	.quad	.Ls_i64		/* FFI_TYPE_SINT64 */
	.quad	.Ltrap		/* FFI_TYPE_STRUCT */
	.quad	.Ls_i64		/* FFI_TYPE_POINTER */
	.quad	.Ltrap		/* FFI_TYPE_COMPLEX */

/* Indexed by the return kind (UNIX64_RET_*).  */
	.balign	8
.Lret_table:
	.quad	.Lr_void	/* UNIX64_RET_VOID */
	.quad	.Lr_uint8	/* UNIX64_RET_UINT8 */
	.quad	.Lr_sint8	/* UNIX64_RET_SINT8 */
	.quad	.Lr_uint16	/* UNIX64_RET_UINT16 */
	.quad	.Lr_sint16	/* UNIX64_RET_SINT16 */
	.quad	.Lr_uint32	/* UNIX64_RET_UINT32 */
	.quad	.Lr_sint32	/* UNIX64_RET_SINT32 */
	.quad	.Lr_int64	/* UNIX64_RET_INT64 */
	.quad	.Lr_float	/* UNIX64_RET_FLOAT */
	.quad	.Lr_double	/* UNIX64_RET_DOUBLE */
	.quad	.Lr_x87		/* UNIX64_RET_X87 */
	.quad	.Lr_x87_2	/* UNIX64_RET_X87_2 */
	.quad	.Lr_int_int	/* UNIX64_RET_INT_INT */
	.quad	.Lr_int_sse	/* UNIX64_RET_INT_SSE */
	.quad	.Lr_sse_int	/* UNIX64_RET_SSE_INT */
	.quad	.Lr_sse_sse	/* UNIX64_RET_SSE_SSE */
	.rept	UNIX64_RET_KIND_MASK + 1 - UNIX64_RET_SSE_SSE - 1
	.quad	.Ltrap		/* UNIX64_RET_MEMORY is never simple */
	.endr

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
