/* SPDX-License-Identifier: MIT */
/* stubffi — i386 static trampolines.

   No code is ever written at run time.  i386 has no PC-relative data
   addressing, and every argument register may hold an argument, so a
   trampoline saves eax, learns its own address from a call to a helper
   inside itself that returns at once, and jumps to the entry of its data
   slot {entry, closure}:

     endbr32
     pushl %eax                  ; the entry finds the caller's eax here
     call  1f                    ; a matched call/ret pair: the return-
   0: leal  SLOT-0b(%eax), %eax  ; stack predictor stays balanced, where
     jmp   *(%eax)               ; "call next; pop" would leave it one
   1: movl  (%esp), %eax         ; entry off for every return after it
     ret                         ; eax = 0b

   padded to STUBFFI_TRAMP_SIZE (32) bytes.  The helper is inside each
   trampoline, so a copy of the table mapped anywhere still works.  The
   entry is reached by a jmp and returns straight to the caller, so the
   predictor stays balanced across the whole closure call.  tramp.c hands
   out the slots.  */

#include "internal.h"

/* One trampoline whose data slot is at SLOT, an expression in which 2b
   is the trampoline's own address.  The .org fails the build if the code
   outgrew STUBFFI_TRAMP_SIZE.  */
#define TRAMPOLINE(slot)                                                 \
2:	ENDBR;                                                           \
	pushl	%eax;                                                    \
	call	1f;                                                      \
0:	leal	slot - 0b(%eax), %eax;                                   \
	jmp	*(%eax);                                                 \
	.balign	8, 0xcc;                                                 \
1:	movl	(%esp), %eax;                                            \
	ret;                                                             \
	.org	2b + STUBFFI_TRAMP_SIZE, 0xcc

/* Tier 1: trampolines in .text, slots (8 bytes each) in .bss; no system
   call at all.  */
	.text
	.balign	64
	.globl	stubffi_tramp_tier1_code
	.hidden	stubffi_tramp_tier1_code
	.type	stubffi_tramp_tier1_code, @function
stubffi_tramp_tier1_code:
	.set	.Lindex, 0
	.rept	STUBFFI_TRAMP_TIER1_COUNT
	TRAMPOLINE (stubffi_tramp_tier1_slots + .Lindex * STUBFFI_TRAMP_SLOT_SIZE)
	.set	.Lindex, .Lindex + 1
	.endr
	.size	stubffi_tramp_tier1_code, .-stubffi_tramp_tier1_code

	.bss
	.balign	64
	.globl	stubffi_tramp_tier1_slots
	.hidden	stubffi_tramp_tier1_slots
	.type	stubffi_tramp_tier1_slots, @object
stubffi_tramp_tier1_slots:
	.zero	STUBFFI_TRAMP_TIER1_COUNT * STUBFFI_TRAMP_SLOT_SIZE
	.size	stubffi_tramp_tier1_slots, .-stubffi_tramp_tier1_slots

/* Tier 2: identical trampolines whose slot is STUBFFI_TRAMP_MAP_SIZE
   bytes ahead.  The table fills whole pages, so tramp.c can map
   read-only executable copies of them from the library file, each
   followed by anonymous read-write pages for the slots.  */
	.text
	.balign	STUBFFI_TRAMP_MAP_ALIGN
	.globl	stubffi_tramp_map_table
	.hidden	stubffi_tramp_map_table
	.type	stubffi_tramp_map_table, @function
stubffi_tramp_map_table:
	.rept	STUBFFI_TRAMP_MAP_SIZE / STUBFFI_TRAMP_SIZE
	TRAMPOLINE (2b + STUBFFI_TRAMP_MAP_SIZE)
	.endr
	.size	stubffi_tramp_map_table, .-stubffi_tramp_map_table
	/* Nothing else may share the table's last page.  */
	.balign	STUBFFI_TRAMP_MAP_ALIGN, 0xcc

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
