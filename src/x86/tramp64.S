/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 static trampolines.

   No code is ever written at run time.  Every trampoline below is
     endbr64
     leaq  SLOT(%rip), %r10      ; its data slot {entry, closure}
     jmp   *(%r10)               ; a jmp, not a call: the return-stack
                                 ; predictor stays balanced
   padded to STUBFFI_TRAMP_SIZE bytes.  tramp.c hands out the slots.  */

#include "internal64.h"

/* Tier 1: trampolines in .text, slots in .bss; no system call at all.  */
	.text
	.balign	64
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, @function
stubffi_tramp_tier1_code:
	.cfi_startproc
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	ENDBR
	leaq	stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE(%rip), %r10
	jmp	*(%r10)
	.balign	STUBFFI_TRAMP_SIZE, 0xcc
	.set	.Lindex, .Lindex + 1
	.endr
	.cfi_endproc
	.size	stubffi_tramp_tier1_code, .-stubffi_tramp_tier1_code

	.bss
	.balign	64
	.globl	stubffi_tramp_tier1_slots
	.hidden	stubffi_tramp_tier1_slots
	.type	stubffi_tramp_tier1_slots, @object
stubffi_tramp_tier1_slots:
	.zero	STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SLOT_SIZE
	.size	stubffi_tramp_tier1_slots, .-stubffi_tramp_tier1_slots

/* Tier 2: identical trampolines whose slot is STUBFFI_TRAMP_MAP_SIZE bytes
   ahead.  The table fills whole pages, so tramp.c can map read-only
   executable copies of them from the library file, each followed by
   anonymous read-write pages for the slots.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, @function
stubffi_tramp_map_table:
	.cfi_startproc
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	ENDBR
	leaq	STUBFFI_TRAMP_MAP_SIZE - STUBFFI_TRAMP_LEA_END(%rip), %r10
	jmp	*(%r10)
	.balign	STUBFFI_TRAMP_SIZE, 0xcc
	.endr
	.cfi_endproc
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	/* Nothing else may share the table's last page.  */
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0xcc

/* The legacy trampoline: ffi_prep_closure_loc copies these 16 bytes into
   a caller-allocated closure's tramp field and puts {entry, closure} at
   UNIX64_LEGACY_SLOT, right behind them.  */
	.section .rodata
	.balign	16
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, @object
stubffi_tramp_legacy_code:
	ENDBR
	leaq	UNIX64_LEGACY_SLOT - STUBFFI_TRAMP_LEA_END(%rip), %r10
	jmp	*(%r10)
	.balign	16, 0xcc
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
