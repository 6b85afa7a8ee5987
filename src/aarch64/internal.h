/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 (AAPCS64, Linux): what ffi.c, closure.c, sysv.S,
   tramp.S and tramp.c share.

   Everything here is used by both the C and the assembly side, so it is
   plain #defines; the C files check the offsets against their structs
   with _Static_assert.  */

#ifndef STUBFFI_AARCH64_INTERNAL_H
#define STUBFFI_AARCH64_INTERNAL_H

#if defined(__AARCH64EB__) || defined(__ILP32__)
# error "stubffi's aarch64 port is for little-endian LP64 (aarch64-linux-gnu)"
#endif

/* Return kinds: the low bits of cif->flags.  Each names which registers
   hold the result and how they are stored into rvalue; the assembly
   dispatches on them through tables of A64_RET_ENTRY_SIZE-byte entries.
   The S, D and Q kinds are a float, double or long double, or an HFA of
   1 to 4 of them (complex types are HFAs of 2), in s0-s3, d0-d3 or q0-q3,
   stored one after the other.  */
#define A64_RET_VOID     0   /* nothing */
#define A64_RET_UINT8    1   /* w0, zero-extended to an ffi_arg */
#define A64_RET_SINT8    2   /* w0, sign-extended */
#define A64_RET_UINT16   3
#define A64_RET_SINT16   4
#define A64_RET_UINT32   5
#define A64_RET_SINT32   6
#define A64_RET_INT64    7   /* x0: 64-bit ints, pointers, structs <= 8 bytes */
#define A64_RET_INT128   8   /* x0, x1: structs of 9 to 16 bytes */
#define A64_RET_S1       9   /* s0 .. s3: A64_RET_S1 + members - 1 */
#define A64_RET_D1       13  /* d0 .. d3 */
#define A64_RET_Q1       17  /* q0 .. q3 */
#define A64_RET_MEMORY   21  /* through x8, the indirect result register */
#define A64_RET_LAST     21

#define A64_RET_KIND_MASK 0x1f

/* The result is a struct smaller than the registers that carry it: they
   are stored into a scratch area and only rtype->size bytes are copied to
   rvalue.  */
#define A64_FLAG_RET_PARTIAL  0x20
/* Some argument travels in a vector register: the call loads q0-q7.  */
#define A64_FLAG_ARG_VREGS    0x40
/* Not in cif->flags: set by ffi_call_go in the call routine's flags
   argument, which then loads x18, the static chain.  */
#define A64_CALL_CHAIN        0x80
#define A64_CALL_CHAIN_BIT    7
#define A64_FLAG_ARG_VREGS_BIT 6

/* Classes of up to A64_AGG_CACHED aggregate (struct or complex) arguments,
   in order of appearance, A64_AGG_BITS each from A64_AGG_SHIFT.  ffi_call
   and the closure decoder read them instead of walking the type again;
   later aggregates are classified per call.  */
#define A64_AGG_SHIFT   8
#define A64_AGG_BITS    3
#define A64_AGG_CACHED  8
#define A64_AGG_MASK    7

#define A64_AGG_INDIRECT 0   /* over 16 bytes, not an HFA: a pointer to a copy */
#define A64_AGG_GPR      1   /* up to 16 bytes: x registers or the stack */
#define A64_AGG_HFA_S    2   /* HFA of floats: one s register per member */
#define A64_AGG_HFA_D    3   /* HFA of doubles */
#define A64_AGG_HFA_Q    4   /* HFA of long doubles (quad precision) */

/* Register image handed to the call routine and built by the closure
   entries.  Offsets in bytes; the vector registers are stored whole.  */
#define A64_NGPR          8
#define A64_NVREG         8
#define A64_FRAME_V       0     /* q0..q7: 8 x 16 bytes */
#define A64_FRAME_X       128   /* x0..x7: 8 x 8 bytes */
#define A64_FRAME_X8      192   /* indirect result location */
#define A64_FRAME_CHAIN   200   /* x18, the static chain (Go closures) */
#define A64_FRAME_SIZE    208

/* Closure layout (ffi.h): where the entries find cif, fun and user_data,
   and the same for ffi_go_closure.  */
#define A64_CLOSURE_CIF        24
#define A64_CLOSURE_FUN        32
#define A64_CLOSURE_USER_DATA  40
#define A64_GO_CLOSURE_CIF     8
#define A64_GO_CLOSURE_FUN     16

/* The closure entries' stack frame, from sp: saved x29/x30, the register
   image, then a buffer the handler writes its result into (up to four
   quad-precision values).  The caller's stack arguments start at
   A64_CLOSURE_FRAME.  */
#define A64_CLOSURE_IMAGE      16
#define A64_CLOSURE_RETBUF     224
#define A64_CLOSURE_RETBUF_SIZE 64
#define A64_CLOSURE_FRAME      288

/* Static trampolines (tramp.S).  A trampoline is 16 bytes of code:
     bti c; adr x17, SLOT; ldar x16, [x17]; br x16
   It points x17 at its 16-byte data slot {entry, closure} and jumps to
   the entry, which loads the closure from [x17, #8].  Tier 1:
   STUBFFI_TRAMP_TIER1_COUNT trampolines in .text with slots in .bss.
   Tier 2: a table of STUBFFI_TRAMP_MAP_SIZE bytes, aligned to as much,
   whose slots lie exactly STUBFFI_TRAMP_MAP_SIZE bytes after each
   trampoline.  64 KiB is the largest aarch64 page, so the table fills a
   whole number of pages with 4, 16 and 64 KiB pages alike: tramp.c maps
   read-only executable copies of it from the library file next to fresh
   read-write pages for the slots.  */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    16
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     65536
#define STUBFFI_TRAMP_MAP_ALIGN    65536
/* Bytes from a trampoline's start to its adr instruction.  */
#define STUBFFI_TRAMP_ADR_OFFSET   4

/* Where the slot keeps the closure pointer.  */
#define A64_SLOT_CLOSURE  8

/* The legacy trampoline ffi_prep_closure_loc writes into closure->tramp
   for caller-allocated executable memory: 16 bytes of code
     bti c; adr x17, <itself>; ldr x16, <entry>; br x16
   then the entry address at A64_LEGACY_ENTRY.  It enters
   stubffi_closure_sysv_legacy with x17 = the closure's code address,
   where the closure's own fields are (codeloc may be a second mapping of
   the closure, but it maps the same bytes).  */
#define A64_LEGACY_CODE_SIZE  16
#define A64_LEGACY_ENTRY      16

/* Each entry of the return-value tables is this many bytes long (four
   instructions).  */
#define A64_RET_ENTRY_SIZE    16
#define A64_RET_ENTRY_SHIFT   4

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

/* The register image at A64_FRAME_* offsets.  */
struct a64_frame {
  unsigned char v[A64_NVREG][16];
  uint64_t x[A64_NGPR];
  uint64_t x8;
  uint64_t chain;
} __attribute__((aligned (16)));

/* sysv.S: loads the argument registers from frame and stack_bytes (a
   multiple of 16) bytes of stack arguments from stack, calls fn and stores
   the result into rvalue as the return kind in flags says.  flags is
   cif->flags' low byte, plus A64_CALL_CHAIN to load x18 from the frame.  */
void stubffi_call_sysv (struct a64_frame *frame, const void *stack,
                        size_t stack_bytes, void (*fn)(void), void *rvalue,
                        unsigned flags) __attribute__((visibility ("hidden")));

/* ffi.c: the A64_AGG_* class of a struct or complex type, -1 if the type
   graph is malformed.  */
int a64_classify_aggregate (ffi_type *t) __attribute__((visibility ("hidden")));

/* The class of the index-th aggregate argument: cached in cif->flags by
   ffi_prep_cif for the first A64_AGG_CACHED, computed for the rest.  */
static inline int
a64_aggregate_class (unsigned flags, unsigned index, ffi_type *t)
{
  if (index < A64_AGG_CACHED)
    return (int) (flags >> (A64_AGG_SHIFT + index * A64_AGG_BITS))
           & A64_AGG_MASK;
  return a64_classify_aggregate (t);
}

/* Size of one member of an HFA of class agg.  */
static inline size_t
a64_hfa_member_size (int agg)
{
  return agg == A64_AGG_HFA_S ? 4 : agg == A64_AGG_HFA_D ? 8 : 16;
}

/* sysv.S: closure entries.  stubffi_closure_sysv expects x17 to point at
   a slot {entry, closure}; stubffi_closure_sysv_legacy expects the
   closure itself in x17; stubffi_go_closure_sysv expects the
   ffi_go_closure in x18 (the static chain).  */
void stubffi_closure_sysv (void) __attribute__((visibility ("hidden")));
void stubffi_closure_sysv_legacy (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_sysv (void) __attribute__((visibility ("hidden")));

/* tramp.S: the trampoline tables and the legacy trampoline's code.  */
extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
/* Control-flow protection, written as hints so that any assembler takes
   them and processors without the features run them as NOPs:
     BTI_C    landing pad for calls (blr) and for br through x16/x17
     BTI_J    landing pad for jumps (br) through other registers
     PACIASP  sign x30 with sp as the modifier, where it is saved
     AUTIASP  authenticate it before the return  */
# define BTI_C    hint #34
# define BTI_J    hint #36
# define PACIASP  hint #25
# define AUTIASP  hint #29

/* Every object says it is BTI and PAC compatible, so that the linker
   can mark the library when the C code is built that way too
   (-mbranch-protection=standard).  */
# define GNU_PROPERTY_NOTE                                               \
	.pushsection .note.gnu.property, "a";                             \
	.balign 8;                                                        \
	.long 4;                /* name size */                           \
	.long 16;               /* descriptor size */                     \
	.long 5;                /* NT_GNU_PROPERTY_TYPE_0 */              \
	.asciz "GNU";                                                     \
	.long 0xc0000000;       /* GNU_PROPERTY_AARCH64_FEATURE_1_AND */  \
	.long 4;                                                          \
	.long 3;                /* BTI = 1, PAC = 2 */                    \
	.long 0;                                                          \
	.popsection
# define NO_EXEC_STACK .section .note.GNU-stack, "", %progbits
#endif

#endif /* STUBFFI_AARCH64_INTERNAL_H */
