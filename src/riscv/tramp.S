/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 static trampolines.

   No code is ever written at run time.  Every trampoline is 16 bytes:
     auipc t0, ...          ; t0 = its data slot {entry, closure}
     (addi t0, t0, ...)     ; (tier 1: the low bits of the distance)
     ld    t1, 0(t0)        ; the entry
     jr    t1               ; a jump through t1, which is no link
                            ; register: the return-address stack is
                            ; neither pushed nor popped
   and tier 2's has a nop in the addi's place.  Compressed instructions
   and linker relaxation are off here, so that every trampoline has the
   same size.  tramp.c
   hands out the slots.  */

#include "internal.h"

	.option	push
	.option	norvc
	/* No linker relaxation either: it could turn an auipc/addi pair
	   into one gp-relative addi and shift every trampoline after it.  */
	.option	norelax

/* Tier 2: trampolines whose slot is STUBFFI_TRAMP_MAP_SIZE (64 KiB)
   ahead: auipc adds 16 << 12.  The table is 64 KiB long and 64 KiB
   aligned, first in this section so that no padding goes before it; the
   library is linked with a 64 KiB maximum page size, so file offsets are
   congruent to addresses modulo 64 KiB and the table also starts a 64 KiB
   page of the file.  It is thus a whole number of pages for 4, 16 and 64
   KiB pages alike, and holds nothing but trampolines: tramp.c maps
   read-only executable copies of it from the library file, each followed
   by anonymous read-write pages for the slots.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, %function
stubffi_tramp_map_table:
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	auipc	t0, STUBFFI_TRAMP_MAP_SIZE >> 12
	nop
	ld	t1, 0(t0)
	jr	t1
	.endr
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
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
1:	auipc	t0, %pcrel_hi(stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE)
	addi	t0, t0, %pcrel_lo(1b)
	ld	t1, 0(t0)
	jr	t1
	.set	.Lindex, .Lindex + 1
	.endr
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
   at RV_LEGACY_ENTRY, right behind them.  t0 gets the trampoline's own
   address, which is the closure's.  */
	.section .rodata
	.balign	8
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, %object
stubffi_tramp_legacy_code:
	auipc	t0, 0
	ld	t1, RV_LEGACY_ENTRY(t0)
	jr	t1
	nop
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	.option	pop

	NO_EXEC_STACK
