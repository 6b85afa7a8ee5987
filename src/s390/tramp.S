/* SPDX-License-Identifier: MIT */
/* stubffi — s390x static trampolines.

   No code is ever written at run time.  Every trampoline is
     larl %r0, SLOT    ; the slot {entry, closure}
     lgrl %r1, SLOT    ; the entry (z10)
     br   %r1
     nopr              ; to 16 bytes
   tramp.c hands out the slots.  larl and lgrl reach +-4 GiB.  */

#include "internal.h"

	.macro	TRAMP slot
	larl	%r0,\slot
	lgrl	%r1,\slot
	br	%r1
	nopr	%r7
	.endm

/* The same with the slot DIST bytes from the trampoline's start.  */
	.macro	TRAMPREL dist
0:	larl	%r0,0b + \dist
	lgrl	%r1,0b + \dist
	br	%r1
	nopr	%r7
	.endm

/* Tier 2: 64 KiB of trampolines, 64 KiB aligned and first in .text (the
   library is linked with max-page-size 64 KiB); slots 64 KiB ahead.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, @function
stubffi_tramp_map_table:
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	TRAMPREL STUBFFI_TRAMP_MAP_SIZE
	.endr
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0

/* Tier 1: trampolines in .text, slots in .bss.  */
	.text
	.balign	16
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, @function
stubffi_tramp_tier1_code:
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	TRAMP	stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE
	.set	.Lindex, .Lindex + 1
	.endr
	.size	stubffi_tramp_tier1_code, .-stubffi_tramp_tier1_code

	.bss
	.balign	16
	.globl	stubffi_tramp_tier1_slots
	.hidden	stubffi_tramp_tier1_slots
	.type	stubffi_tramp_tier1_slots, @object
stubffi_tramp_tier1_slots:
	.zero	STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SLOT_SIZE
	.size	stubffi_tramp_tier1_slots, .-stubffi_tramp_tier1_slots

/* The legacy trampoline: the same code reaching {entry, closure} right
   behind it in closure->tramp.  */
	.section .rodata
	.balign	16
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, @object
stubffi_tramp_legacy_code:
	TRAMPREL S390_LEGACY_SLOT
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	NO_EXEC_STACK
