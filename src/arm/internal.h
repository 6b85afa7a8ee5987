/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm (AAPCS, Linux; armhf and armel): what ffi.c,
   closure.c, sysv.S, tramp.S and tramp.c share.

   Plain #defines, used by both the C and the assembly side; the C files
   check the offsets against their structs with _Static_assert.  */

#ifndef STUBFFI_ARM_INTERNAL_H
#define STUBFFI_ARM_INTERNAL_H

#if defined(__ARMEB__)
# error "stubffi's arm port is for little-endian Arm (arm-linux-gnueabi*)"
#endif
/* blx and interworking loads into pc (Debian armel's baseline is
   Armv5TE; clang's arm-linux-gnueabi defaults to Armv4T: -march=armv5te).  */
#if __ARM_ARCH < 5
# error "stubffi's arm port needs Armv5T or later"
#endif

/* Return kinds: the low bits of cif->flags.  The call routine and the
   closure entries move r0/r1 (and d0-d3 for ARM_RET_VFP) between the
   registers and a buffer; the C side converts.  */
#define ARM_RET_VOID     0
#define ARM_RET_UINT8    1   /* r0, zero-extended to an ffi_arg */
#define ARM_RET_SINT8    2   /* r0, sign-extended */
#define ARM_RET_UINT16   3
#define ARM_RET_SINT16   4
#define ARM_RET_INT32    5   /* r0: 32-bit ints, pointers, float (base) */
#define ARM_RET_INT64    6   /* r0, r1: 64-bit ints, double (base) */
#define ARM_RET_SMALL    7   /* r0: a composite of up to 4 bytes */
#define ARM_RET_MEMORY   8   /* through the pointer in r0 */
#define ARM_RET_VFP      9   /* s0-s7 / d0-d3: float, double, an HFA */
#define ARM_RET_KIND_MASK 0xf

/* Some argument travels in a VFP register: the call loads d0-d7.  */
#define ARM_FLAG_VFP_ARGS 0x10
/* The result is in VFP registers (ARM_RET_VFP).  */
#define ARM_FLAG_VFP_RET  0x20
/* Not in cif->flags: ffi_call_go asks the call routine to load ip (r12),
   the static chain, from the frame.  */
#define ARM_CALL_CHAIN    0x40

/* Argument registers: r0-r3, and s0-s15 (d0-d7) for FFI_VFP.  */
#define ARM_NCORE        4
#define ARM_NVFP_S       16

/* The call routine's frame (struct arm_call_frame).  args points at the
   argument image: r0-r3, then the stack arguments, contiguous as AAPCS
   lays them out (an argument split between r3 and the stack is
   contiguous in it).  */
#define ARM_CALL_D          0    /* d0-d7 in, d0-d3 out */
#define ARM_CALL_RET        64   /* r0, r1 after the call */
#define ARM_CALL_ARGS       72
#define ARM_CALL_STACKBYTES 76
#define ARM_CALL_FN         80
#define ARM_CALL_FLAGS      84
#define ARM_CALL_CHAINP     88
#define ARM_CALL_SIZE       96

/* Closure layout (ffi.h), and ffi_go_closure's.  */
#define ARM_CLOSURE_CIF        12
#define ARM_CLOSURE_FUN        16
#define ARM_CLOSURE_USER_DATA  20
#define ARM_GO_CLOSURE_CIF     4
#define ARM_GO_CLOSURE_FUN     8

/* The closure entries push r0-r3 right below the caller's stack
   arguments, which makes the same contiguous argument image as above,
   then fp and lr, then reserve ARM_CLF_SIZE bytes: the frame handed to
   the C half (struct arm_closure_frame).  */
#define ARM_CLF_D        0    /* d0-d7 as the caller left them (FFI_VFP) */
#define ARM_CLF_RET      64   /* the result: r0, r1, or d0-d3 */
#define ARM_CLF_RET_SIZE 32
#define ARM_CLF_ARGS     96   /* the argument image */
#define ARM_CLF_SIZE     104

/* Static trampolines (tramp.S), in Arm state, 16 bytes each.  Tier 1:
   STUBFFI_TRAMP_TIER1_COUNT trampolines in .text whose slots are in .bss,
   reached through a pc-relative word.  Tier 2: a table of
   STUBFFI_TRAMP_MAP_SIZE bytes, aligned to as much, whose slots lie
   exactly STUBFFI_TRAMP_MAP_SIZE bytes after each trampoline.  Both put
   the slot's address in ip and load pc from the slot's entry; the entry
   loads the closure from [ip, #4].  */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    8
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     65536
#define STUBFFI_TRAMP_MAP_ALIGN    65536
#define ARM_SLOT_CLOSURE           4

/* The legacy trampoline ffi_prep_closure_loc writes into closure->tramp
   for caller-allocated executable memory: two Arm instructions, then
   the entry's address at ARM_LEGACY_ENTRY.  */
#define ARM_LEGACY_CODE_SIZE  8
#define ARM_LEGACY_ENTRY      8

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

struct arm_call_frame {
  uint64_t d[8];
  uint32_t ret[2];
  const void *args;
  uint32_t stack_bytes;
  void (*fn) (void);
  uint32_t flags;
  void *chain;
} __attribute__((aligned (8)));

struct arm_closure_frame {
  uint64_t d[8];
  uint64_t ret[4];
  char *args;
  uint32_t pad;
};

/* sysv.S: loads r0-r3 and the stack arguments from frame->args (and
   d0-d7 when the flags say so, ip when ARM_CALL_CHAIN), calls fn and
   stores r0, r1 (and d0-d3 for ARM_FLAG_VFP_RET) back into the frame.  */
void stubffi_call_arm (struct arm_call_frame *frame)
  __attribute__((visibility ("hidden")));

/* ffi.c: the argument allocator, shared by calls and closures.  */
struct arm_alloc {
  unsigned ncrn;        /* next core register */
  unsigned nsaa;        /* bytes of stack arguments so far */
  unsigned vfp_free;    /* free s registers, bit n for s<n> */
  int vfp;              /* FFI_VFP's rules for floating-point values */
};
/* Where the next argument of type t goes: *in_vfp is set to 1 and the
   offset is in the VFP image (s<n> at 4n), or to 0 and the offset is in
   the argument image (r<n> at 4n, stack from 16).  */
size_t arm_place (struct arm_alloc *a, ffi_type *t, int *in_vfp)
  __attribute__((visibility ("hidden")));

/* sysv.S: closure entries.  stubffi_closure_{sysv,vfp} expect ip to
   point at a slot {entry, closure}; the _legacy ones expect the closure
   itself in ip; the go ones the ffi_go_closure (the static chain).  The
   vfp entries also save d0-d7 and load d0-d3 for a VFP result.  */
void stubffi_closure_sysv (void) __attribute__((visibility ("hidden")));
void stubffi_closure_vfp (void) __attribute__((visibility ("hidden")));
void stubffi_closure_sysv_legacy (void) __attribute__((visibility ("hidden")));
void stubffi_closure_vfp_legacy (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_sysv (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_vfp (void) __attribute__((visibility ("hidden")));

/* tramp.S: the trampoline tables and the legacy trampoline's code.  */
extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
# define NO_EXEC_STACK .section .note.GNU-stack, "", %progbits
#endif

#endif /* STUBFFI_ARM_INTERNAL_H */
