/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2) static trampolines.

   No code is ever written at run time.  Every trampoline is
     addis r11, r12, DIST@ha   ; r12 = the trampoline (ELFv2 callers
                               ; enter a function with r12 = its address)
     ld    r12, 0(r11)         ; the slot's entry
     mtctr r12
     bctr                      ; the entry, with r12 = itself, r11 = slot
   STUBFFI_TRAMP_SIZE (16) bytes, DIST a multiple of 64 KiB (internal.h).
   tramp.c hands out the slots.  */

#include "internal.h"

	.abiversion 2
	.machine power8

/* Tier 2: 64 KiB of trampolines, 64 KiB aligned and first in .text, so
   the table is a whole number of pages of the library file with 4 and
   64 KiB pages (Makefile.am links with max-page-size 64 KiB); slots are
   64 KiB ahead, in the read-write pages tramp.c maps after a copy.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, @function
stubffi_tramp_map_table:
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	addis	11, 12, STUBFFI_TRAMP_MAP_SIZE >> 16
	ld	12, 0(11)
	mtctr	12
	bctr
	.endr
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0

/* Tier 1: code here (64 KiB aligned: right after the table), slots in
   .bss, 64 KiB aligned as well, so every trampoline's slot is the same
   multiple of 64 KiB ahead: addis alone reaches it.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, @function
stubffi_tramp_tier1_code:
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	addis	11, 12, (stubffi_tramp_tier1_slots - stubffi_tramp_tier1_code)@ha
	ld	12, 0(11)
	mtctr	12
	bctr
	.endr
	.size	stubffi_tramp_tier1_code, .-stubffi_tramp_tier1_code

	.bss
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_tier1_slots
	.hidden	stubffi_tramp_tier1_slots
	.type	stubffi_tramp_tier1_slots, @object
stubffi_tramp_tier1_slots:
	.zero	STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SLOT_SIZE
	.size	stubffi_tramp_tier1_slots, .-stubffi_tramp_tier1_slots

/* The legacy trampoline: ffi_prep_closure_loc copies these 16 bytes into
   a caller-allocated closure's tramp field, followed by {entry,
   closure}; r11 gets that pair's address, as a pool slot's.  */
	.section .rodata
	.balign	16
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, @object
stubffi_tramp_legacy_code:
	addi	11, 12, PPC_LEGACY_SLOT
	ld	12, 0(11)
	mtctr	12
	bctr
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	NO_EXEC_STACK
