/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm static trampolines.

   No code is ever written at run time.  Every trampoline is Arm-state
   code at an even address, so a caller in either state enters it in
   Arm state through a register (blx from Arm or Thumb-2, or bx/mov pc);
   it puts its data slot's address {entry, closure} in ip and jumps to
   the entry with ldr pc, which interworks too and is a plain branch to
   the return-stack predictor (not a return); the entry returns to the
   caller with bx lr.  STUBFFI_TRAMP_SIZE (16) bytes each.  */

#include "internal.h"

	.syntax	unified
	.arm

/* Tier 2: trampolines whose slot is STUBFFI_TRAMP_MAP_SIZE (64 KiB)
   ahead:
     sub  ip, pc, #8        ; ip = this trampoline (pc reads 8 ahead)
     add  ip, ip, #65536    ; its slot
     ldr  pc, [ip]          ; the entry
     udf                    ; never reached
   The table is 64 KiB long and 64 KiB aligned, and first in this
   section; the linker keeps file offsets congruent to addresses modulo
   the 64 KiB maximum page size (Makefile.am), so the table also starts a
   64 KiB page of the library file: a whole number of pages for 4, 16 and
   64 KiB pages alike.  tramp.c maps read-only executable copies of it
   from the library file, each followed by read-write pages for the
   slots.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, %function
stubffi_tramp_map_table:
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	sub	ip, pc, #8
	add	ip, ip, #STUBFFI_TRAMP_MAP_SIZE
	ldr	pc, [ip]
	.inst	0xe7f000f0
	.endr
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0

/* Tier 1: trampolines in .text, slots in .bss; no system call at all.
     ldr  ip, [pc, #4]      ; the word below: slot - (here + 12)
     add  ip, pc, ip        ; pc reads here + 12: ip = the slot
     ldr  pc, [ip]
     .word SLOT - .
   The word is resolved when the library is linked (both symbols are
   hidden): no relocation at load time, nothing written to code.  */
	.text
	.balign	64
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, %function
stubffi_tramp_tier1_code:
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	ldr	ip, [pc, #4]
	add	ip, pc, ip
	ldr	pc, [ip]
	.word	stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE - .
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

/* The legacy trampoline: ffi_prep_closure_loc copies these 8 bytes into
   a caller-allocated closure's tramp field and puts the entry's address
   at ARM_LEGACY_ENTRY, right behind them (12 bytes in all,
   FFI_TRAMPOLINE_SIZE).  ip gets the trampoline's own address, which is
   the closure's.  */
	.section .rodata
	.balign	4
	.globl	stubffi_tramp_legacy_code
	.hidden	stubffi_tramp_legacy_code
	.type	stubffi_tramp_legacy_code, %object
stubffi_tramp_legacy_code:
	sub	ip, pc, #8
	ldr	pc, [pc, #-4]
	.size	stubffi_tramp_legacy_code, .-stubffi_tramp_legacy_code

	NO_EXEC_STACK
