/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 static trampolines.

   No code is ever written at run time.  Every trampoline below is
     bti   c                ; a call (blr) lands here
     adr   x17, SLOT        ; its data slot {entry, closure}
     ldar  x16, [x17]       ; the entry; acquire pairs with the release
                            ; store in ffi_tramp_set, so the entry's
                            ; load of the closure sees the closure
     br    x16              ; a jump, not a call: the return-stack
                            ; predictor stays balanced
   STUBFFI_TRAMP_SIZE (16) bytes.  tramp.c hands out the slots.  adr
   reaches +-1 MiB, plenty for both tiers.  */

#include "internal.h"

/* Tier 2: trampolines whose slot is STUBFFI_TRAMP_MAP_SIZE (64 KiB)
   ahead.  The table is 64 KiB long and 64 KiB aligned, and first in this
   section so that no padding goes before it; the linker keeps file
   offsets congruent to addresses modulo the 64 KiB maximum page size, so
   the table also starts a 64 KiB page of the library file.  It is thus
   a whole number of pages for 4, 16 and 64 KiB pages alike, and holds
   nothing but trampolines: tramp.c maps read-only executable copies of
   it from the library file, each followed by anonymous read-write pages
   for the slots.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, %function
stubffi_tramp_map_table:
	.cfi_startproc
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	BTI_C
	adr	x17, . + STUBFFI_TRAMP_MAP_SIZE - STUBFFI_TRAMP_ADR_OFFSET
	ldar	x16, [x17]
	br	x16
	.endr
	.cfi_endproc
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	/* Nothing else may share the table's last page (the table fills
	   it, but say so).  */
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0

/* Tier 1: trampolines in .text, slots in .bss; no system call at all.  */
	.text
	.balign	64
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, %function
stubffi_tramp_tier1_code:
	.cfi_startproc
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	BTI_C
	adr	x17, stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE
	ldar	x16, [x17]
	br	x16
	.set	.Lindex, .Lindex + 1
	.endr
	.cfi_endproc
	.size	stubffi_tramp_tier1_code, .-stubffi_tramp_tier1_code

	.bss
	.balign	64
	.globl	stubffi_tramp_tier1_slots
	.hidden	stubffi_tramp_tier1_slots
	.type	stubffi_tramp_tier1_slots, %object
stubffi_tramp_tier1_slots:
	.zero	STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SLOT_SIZE
	.size	stubffi_tramp_tier1_slots, .-stubffi_tramp_tier1_slots

/* The legacy trampoline: ffi_prep_closure_loc copies these 16 bytes into
   a caller-allocated closure's tramp field and puts the entry's address
   at A64_LEGACY_ENTRY, right behind them.  x17 gets the trampoline's own
   address, which is the closure's.  */
	.section .rodata
	.balign	16
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, %object
stubffi_tramp_legacy_code:
.Llegacy:
	BTI_C
	adr	x17, .Llegacy
	ldr	x16, .Llegacy + A64_LEGACY_ENTRY
	br	x16
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
