/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 (LP64D, Linux): what ffi.c, closure.c, sysv.S,
   tramp.S and tramp.c share.

   Everything here is used by both the C and the assembly side, so it is
   plain #defines; the C files check the offsets against their structs
   with _Static_assert.  */

#ifndef STUBFFI_RISCV_INTERNAL_H
#define STUBFFI_RISCV_INTERNAL_H

#if !defined(__riscv) || __riscv_xlen != 64 || !defined(__riscv_float_abi_double)
# error "stubffi's riscv port is for riscv64 with the LP64D ABI (riscv64-linux-gnu)"
#endif

/* Register image handed to the call routine and built by the closure
   entries: a0-a7, fa0-fa7 (stored whole, 8 bytes: a float sits in the
   low half, NaN-boxed), and t2, the static chain (Go closures).  After a
   call, and before a closure returns, a[0], a[1], fa[0] and fa[1] hold
   the result registers.  */
#define RV_NGPR          8
#define RV_NFPR          8
#define RV_FRAME_A       0      /* a0..a7: 8 x 8 bytes */
#define RV_FRAME_FA      64     /* fa0..fa7: 8 x 8 bytes */
#define RV_FRAME_CHAIN   128    /* t2 */
#define RV_FRAME_SIZE    144    /* a multiple of 16 */

/* Closure layout (ffi.h): where the entries find cif, fun and user_data,
   and the same for ffi_go_closure.  */
#define RV_CLOSURE_CIF        24
#define RV_CLOSURE_FUN        32
#define RV_CLOSURE_USER_DATA  40
#define RV_GO_CLOSURE_CIF     8
#define RV_GO_CLOSURE_FUN     16

/* The closure entries' stack frame, from sp: the register image, then
   the saved ra (and a spare word).  The caller's stack arguments start
   at RV_CLOSURE_FRAME.  */
#define RV_CLOSURE_IMAGE      0
#define RV_CLOSURE_RA         (RV_FRAME_SIZE + 8)
#define RV_CLOSURE_FRAME      (RV_FRAME_SIZE + 16)

/* The call routine's own frame: ra, s0, s1 and a spare word.  */
#define RV_CALL_FRAME         32

/* Static trampolines (tramp.S).  A trampoline is 16 bytes of code that
   points t0 at its 16-byte data slot {entry, closure} and jumps to the
   entry through t1; the entry loads the closure from 8(t0).  Tier 1:
   STUBFFI_TRAMP_TIER1_COUNT trampolines in .text with slots in .bss.
   Tier 2: a table of STUBFFI_TRAMP_MAP_SIZE bytes, aligned to as much,
   whose slots lie exactly STUBFFI_TRAMP_MAP_SIZE bytes after each
   trampoline.  Linux on RISC-V uses 4 KiB pages; the table is 64 KiB so
   that it still fills whole pages on a kernel with 16 or 64 KiB pages
   (the linker is told the same maximum page size: Makefile.am).  */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    16
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     65536
#define STUBFFI_TRAMP_MAP_ALIGN    65536

/* Where the slot keeps the closure pointer.  */
#define RV_SLOT_CLOSURE  8

/* The legacy trampoline ffi_prep_closure_loc writes into closure->tramp
   for caller-allocated executable memory: 16 bytes of code
     auipc t0, 0; ld t1, 16(t0); jr t1; nop
   then the entry address at RV_LEGACY_ENTRY.  It enters
   stubffi_closure_sysv_legacy with t0 = the closure's code address,
   where the closure's own fields are (codeloc may be a second mapping of
   the closure, but it maps the same bytes).  */
#define RV_LEGACY_CODE_SIZE  16
#define RV_LEGACY_ENTRY      16

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

/* The register image at RV_FRAME_* offsets.  */
struct rv_frame {
  uint64_t a[RV_NGPR];
  uint64_t fa[RV_NFPR];
  uint64_t chain;
  uint64_t pad;
} __attribute__((aligned (16)));

/* sysv.S: loads the argument registers (and t2) from frame and
   stack_bytes (a multiple of 16) bytes of stack arguments from stack,
   calls fn, and stores a0, a1, fa0 and fa1 back into frame.  */
void stubffi_call_sysv (struct rv_frame *frame, const void *stack,
                        size_t stack_bytes, void (*fn)(void))
  __attribute__((visibility ("hidden")));

/* ---- Classification (ffi.c), shared with closure.c ------------------- */

/* A scalar leaf of a flattened struct: its type code, offset and size.  */
struct rv_field {
  unsigned short type;
  unsigned short size;
  unsigned offset;
};

/* How an argument or a result travels.  */
enum rv_class {
  RV_CLS_INT,     /* the integer convention: its bytes in 1 or 2 XLEN
                     slots (registers, then the stack), or one scalar */
  RV_CLS_REF,     /* over 2 x XLEN: a pointer to a copy, in one slot */
  RV_CLS_FP,      /* one float or double in an FP register (a scalar,
                     or a struct flattening to one) */
  RV_CLS_FPFP,    /* a struct flattening to two floats/doubles: two FP
                     registers */
  RV_CLS_FPINT,   /* a struct flattening to one float/double and one
                     integer, in either order: an FP and an integer
                     register */
  RV_CLS_VOID     /* a void argument: nothing is passed */
};

/* The place of one argument.  */
struct rv_loc {
  enum rv_class cls;
  /* RV_CLS_FP, RV_CLS_FPFP, RV_CLS_FPINT: the fields, the FP one first
     for RV_CLS_FPINT; fpr is the first FP register, gpr the integer
     register of RV_CLS_FPINT.  */
  struct rv_field f[2];
  unsigned fpr, gpr;
  /* RV_CLS_INT, RV_CLS_REF: slots (1 or 2), of which nregs in integer
     registers from gpr, the rest on the stack from stack_off.  */
  unsigned nslots, nregs;
  size_t stack_off;
};

/* Register and stack use so far.  */
struct rv_state {
  unsigned ngpr, nfpr;
  size_t stack;
};

/* The place of the next argument of type t (variadic or named), and the
   state after it.  */
void rv_place (struct rv_state *st, ffi_type *t, int variadic,
               struct rv_loc *loc) __attribute__((visibility ("hidden")));
/* The class of a result of type t: as a first named argument, and
   RV_CLS_REF for memory returned through a hidden pointer in a0.
   loc->cls is RV_CLS_INT for void.  */
void rv_place_return (ffi_type *t, struct rv_loc *loc)
  __attribute__((visibility ("hidden")));

/* sysv.S: closure entries.  stubffi_closure_sysv expects t0 to point at
   a slot {entry, closure}; stubffi_closure_sysv_legacy expects the
   closure itself in t0; stubffi_go_closure_sysv expects the
   ffi_go_closure in t2 (the static chain).  */
void stubffi_closure_sysv (void) __attribute__((visibility ("hidden")));
void stubffi_closure_sysv_legacy (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_sysv (void) __attribute__((visibility ("hidden")));

/* tramp.S: the trampoline tables and the legacy trampoline's code.  */
extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
# define NO_EXEC_STACK .section .note.GNU-stack, "", %progbits
#endif

#endif /* STUBFFI_RISCV_INTERNAL_H */
