/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 System V: what ffi64.c and unix64.S share.

   Everything here is used by both the C and the assembly side, so it is
   plain #defines; ffi64.c checks the frame offsets against its structs
   with _Static_assert.  */

#ifndef STUBFFI_X86_INTERNAL64_H
#define STUBFFI_X86_INTERNAL64_H

/* Return kinds: the low bits of cif->flags.  Each names which registers
   hold the result and how they are stored into rvalue; the assembly
   dispatches on them through a table of RET_ENTRY_SIZE-byte entries.  */
#define UNIX64_RET_VOID     0   /* nothing */
#define UNIX64_RET_UINT8    1   /* al, zero-extended to an ffi_arg */
#define UNIX64_RET_SINT8    2   /* al, sign-extended */
#define UNIX64_RET_UINT16   3
#define UNIX64_RET_SINT16   4
#define UNIX64_RET_UINT32   5
#define UNIX64_RET_SINT32   6
#define UNIX64_RET_INT64    7   /* rax: 64-bit ints, pointers, INTEGER structs */
#define UNIX64_RET_FLOAT    8   /* xmm0, 4 bytes */
#define UNIX64_RET_DOUBLE   9   /* xmm0, 8 bytes: also complex float, SSE structs */
#define UNIX64_RET_X87      10  /* st0, 10 bytes: long double, struct {long double} */
#define UNIX64_RET_X87_2    11  /* st0 then st1 at +16: complex long double */
#define UNIX64_RET_INT_INT  12  /* rax, rdx */
#define UNIX64_RET_INT_SSE  13  /* rax, xmm0 */
#define UNIX64_RET_SSE_INT  14  /* xmm0, rax */
#define UNIX64_RET_SSE_SSE  15  /* xmm0, xmm1: also complex double */
#define UNIX64_RET_MEMORY   16  /* through the hidden pointer: nothing to store */
#define UNIX64_RET_LAST     16

#define UNIX64_RET_KIND_MASK 0x1f

/* The result is a struct smaller than the registers that carry it: the
   registers are stored into a scratch area and only rtype->size bytes are
   copied to rvalue.  */
#define UNIX64_FLAG_RET_PARTIAL  0x20
/* The hidden return pointer occupies the first integer register.  */
#define UNIX64_FLAG_RET_IN_MEM   0x40
/* Every argument is a scalar with a register of its own (no struct,
   complex or long double, nothing on the stack) and the result needs no
   copying: ffi_call and the closure entry take their short paths.  */
#define UNIX64_FLAG_SIMPLE       0x80

/* Every argument is a scalar other than long double, the result needs
   no copying, and the arguments that do not get a register of their own
   are all at the end: the first RARGS arguments go to registers, the
   rest to consecutive stack slots.  Only without UNIX64_FLAG_SIMPLE, and
   only with no aggregate argument (the bit lies beyond the aggregate
   cache).  ffi_call takes its threaded path (call64.S) for these too.  */
#define UNIX64_FLAG_STACK_TAIL   0x80000000u
/* Every other unix64 cif, which ffi_call sends to its general path,
   has this bit.  So the flags' top byte (UNIX64_FAST_ROW_BYTE) is below
   64 exactly for UNIX64_FLAG_SIMPLE cifs, and then it is the row of
   their first dispatch (below): their shape, (integer arguments,
   vector arguments).  A fast closure entry checks that the cif it
   reads at each call still has its shape with one compare of that
   byte (closure_entry64.S).  */
#define UNIX64_FLAG_GENERAL      0x40000000u

/* The rest of the flags of such a cif (it has no aggregate to cache)
   drive the threaded path: the number of vector registers the arguments
   take, alone in the second byte so that it can be loaded into %al as it
   is; for UNIX64_FLAG_STACK_TAIL, the number of arguments in registers;
   and the first dispatch of the threaded code, an index into its table
   of rows of 16 entries, one row per state (integer registers left g,
   vector registers left s), row number g * UNIX64_SIMPLE_ROWS_S + s,
   entry = the type code of the last argument in a register
   (FFI_TYPE_VOID in row 0 when there is none).  */
#define UNIX64_FAST_NSSE_SHIFT    8
#define UNIX64_FAST_RARGS_SHIFT   16
#define UNIX64_FAST_RARGS_MASK    0xf
#define UNIX64_FAST_START_SHIFT   20
#define UNIX64_FAST_START_MASK    0x3ff
#define UNIX64_SIMPLE_ROWS_S      (UNIX64_NSSE + 1)
/* The byte of cif->flags that holds a SIMPLE cif's row, and the row of
   the shape (g integer arguments, s vector arguments).  */
#define UNIX64_FAST_ROW_BYTE      3
#define UNIX64_FAST_ROW(g, s)     ((g) * UNIX64_SIMPLE_ROWS_S + (s))

/* Classes of up to UNIX64_AGG_CACHED aggregate arguments, in order of
   appearance, 3 bits each from UNIX64_AGG_SHIFT.  ffi_call reads them
   instead of walking the struct again; later ones are classified per
   call.  */
#define UNIX64_AGG_SHIFT   8
#define UNIX64_AGG_BITS    3
#define UNIX64_AGG_CACHED  7
#define UNIX64_AGG_MASK    7

/* Aggregate argument classes (the value in each 3-bit field).  */
#define UNIX64_AGG_MEMORY  0    /* on the stack */
#define UNIX64_AGG_I       1    /* one eightbyte in a GPR */
#define UNIX64_AGG_S       2    /* one eightbyte in an SSE register */
#define UNIX64_AGG_II      3
#define UNIX64_AGG_IS      4
#define UNIX64_AGG_SI      5
#define UNIX64_AGG_SS      6
#define UNIX64_AGG_NONE    7    /* no class at all (void, no members):
                                   nothing is passed, as in libffi */

/* Register file image handed to the call routine and built by the
   closure entry.  Offsets in bytes.  */
#define UNIX64_NGPR        6
#define UNIX64_NSSE        8
#define UNIX64_FRAME_GPR   0    /* rdi rsi rdx rcx r8 r9: 6 x 8 bytes */
#define UNIX64_FRAME_SSE   48   /* xmm0..xmm7, low 8 bytes each */
#define UNIX64_FRAME_CHAIN 112  /* static chain (r10) for Go closures */
#define UNIX64_FRAME_SIZE  120

/* Public layouts the assembly reads (checked in ffi64.c).  */
#define FFI_TYPE_TYPE_OFFSET       10
#define FFI_CIF_NARGS_OFFSET       4
#define FFI_CIF_ARG_TYPES_OFFSET   8
#define FFI_CIF_BYTES_OFFSET       24
#define FFI_CIF_FLAGS_OFFSET       28

/* Closure layout (ffi.h): where the closure entry finds cif, fun and
   user_data, and the same for ffi_go_closure.  */
#define UNIX64_CLOSURE_CIF        32
#define UNIX64_CLOSURE_FUN        40
#define UNIX64_CLOSURE_USER_DATA  48
#define UNIX64_GO_CLOSURE_CIF     8
#define UNIX64_GO_CLOSURE_FUN     16

/* The closure entry's stack frame below %rbp: the register image, then a
   buffer the handler writes its result into.  */
#define UNIX64_CLOSURE_RETBUF     128
#define UNIX64_CLOSURE_FRAME      160

/* ---- Fast closure entries (closure_entry64.S, chosen in closure64.c) ----

   A UNIX64_FLAG_SIMPLE cif gets an entry that stores the argument
   registers, builds avalue[] and calls the handler without any C in
   between: when its N arguments all take integer registers, or all
   take vector registers, an entry that knows where they are and stores
   just those; otherwise one that stores all of them and walks
   arg_types.  The entries' frame, as offsets from %rsp at the handler
   call:  */
#define UNIX64_FAST_RETBUF        0    /* 32 bytes: the handler's result */
#define UNIX64_FAST_LOADER        32   /* the result loader for the kind */
#define UNIX64_FAST_AVALUE        40   /* avalue[], up to 14 pointers */
#define UNIX64_FAST_ARGS          152  /* argument registers, 8 bytes each */
#define UNIX64_FAST_ARGS_SSE      200  /* the mixed entry's vector registers */
#define UNIX64_FAST_FRAME         264  /* 8 mod 16: aligned handler call */
/* Result loaders: one entry per return kind (0..UNIX64_RET_KIND_MASK),
   each this many bytes long.  */
#define UNIX64_FAST_LOADER_SHIFT  5
#define UNIX64_FAST_LOADER_SIZE   (1 << UNIX64_FAST_LOADER_SHIFT)
/* What the entries read from the cif and its types (ffi.h's layout).  */
#define UNIX64_CIF_NARGS          4
#define UNIX64_CIF_ARG_TYPES      8
#define UNIX64_CIF_FLAGS          28
#define UNIX64_TYPE_CODE          10   /* offsetof (ffi_type, type) */

/* Static trampolines (tramp64.S).  A trampoline is 16 bytes of code that
   loads the address of its 16-byte data slot {entry, closure} into %r10
   and jumps to the entry.  Tier 1: STUBFFI_TRAMP_TIER1_COUNT trampolines
   in .text with slots in .bss.  Tier 2: a page-aligned table of
   STUBFFI_TRAMP_MAP_SIZE bytes whose slots lie exactly
   STUBFFI_TRAMP_MAP_SIZE bytes after each trampoline, so that copies of
   the table mapped from the library file work next to fresh data pages. */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    16
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     16384
#define STUBFFI_TRAMP_MAP_ALIGN    4096
/* Bytes from a trampoline's start to the end of its lea instruction.  */
#define STUBFFI_TRAMP_LEA_END      11

/* The classic trampoline ffi_prep_closure_loc writes into closure->tramp
   for caller-allocated executable memory: the same 16 bytes of code,
   then its own slot {entry, closure} at offset 16.  */
#define UNIX64_LEGACY_SLOT        16

/* Each entry of the return-store table is this many bytes long.  */
#define UNIX64_RET_ENTRY_SIZE 32

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

/* The register image at UNIX64_FRAME_* offsets.  */
struct unix64_frame {
  uint64_t gpr[UNIX64_NGPR];
  uint64_t sse[UNIX64_NSSE];
  uint64_t chain;
};

/* unix64.S: loads the registers and stack, calls fn, stores the result
   into rvalue as the return kind in kind_nsse's low byte says; bits 8-15
   are the number of vector registers used (%al).  */
void stubffi_call_unix64 (struct unix64_frame *frame, const void *stack,
                          size_t stack_bytes, void (*fn)(void), void *rvalue,
                          unsigned kind_nsse) __attribute__((visibility ("hidden")));

/* ffi64.c: every signature, every x86-64 ABI; ffi_call (call64.S)
   sends it what its threaded path does not take.  */
void stubffi_unix64_call_general (ffi_cif *cif, void (*fn)(void),
                                  void *rvalue, void **avalue, void *chain)
  __attribute__((visibility ("hidden")));

/* ffi64.c: UNIX64_AGG_* class of a struct or complex type, -1 if the type
   graph is malformed.  */
int unix64_classify_aggregate (ffi_type *t) __attribute__((visibility ("hidden")));
/* The class of the index-th aggregate argument: cached in cif->flags by
   ffi_prep_cif for the first UNIX64_AGG_CACHED, computed for the rest.  */
static inline int
unix64_aggregate_class (unsigned flags, unsigned index, ffi_type *t)
{
  if (index < UNIX64_AGG_CACHED)
    return (int) (flags >> (UNIX64_AGG_SHIFT + index * UNIX64_AGG_BITS))
           & UNIX64_AGG_MASK;
  return unix64_classify_aggregate (t);
}

/* ffi64.c: registers an UNIX64_AGG_* class takes, integer count in the
   low byte, vector count in the next.  */
unsigned unix64_agg_registers (int agg) __attribute__((visibility ("hidden")));

/* closure_entry64.S: closure entries.  stubffi_closure_unix64 expects
   %r10 to point at a slot {entry, closure}; stubffi_go_closure_unix64
   expects the ffi_go_closure itself in %r10 (the static chain).  */
void stubffi_closure_unix64 (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_unix64 (void) __attribute__((visibility ("hidden")));

/* closure_entry64.S: the fast entries, by argument count (g: integer
   registers, s: vector registers), the one for mixed arguments, and the
   one for Go closures of SIMPLE cifs.  */
__attribute__((visibility ("hidden"))) void
  stubffi_closure_unix64_mixed (void), stubffi_go_closure_unix64_simple (void),
  stubffi_closure_unix64_g0 (void), stubffi_closure_unix64_g1 (void),
  stubffi_closure_unix64_g2 (void), stubffi_closure_unix64_g3 (void),
  stubffi_closure_unix64_g4 (void), stubffi_closure_unix64_g5 (void),
  stubffi_closure_unix64_g6 (void),
  stubffi_closure_unix64_s1 (void), stubffi_closure_unix64_s2 (void),
  stubffi_closure_unix64_s3 (void), stubffi_closure_unix64_s4 (void),
  stubffi_closure_unix64_s5 (void), stubffi_closure_unix64_s6 (void),
  stubffi_closure_unix64_s7 (void), stubffi_closure_unix64_s8 (void);

/* tramp64.S: the trampoline tables and the legacy trampoline's code.  */
extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
/* Control-flow protection: every indirect-branch target starts with
   endbr64 (a NOP on processors without CET), and when the compiler was
   asked for CET the object says so in a GNU property note, so the linker
   can mark the library IBT/SHSTK compatible.  */
# define ENDBR endbr64
# if defined(__CET__)
#  define GNU_PROPERTY_NOTE                                              \
	.pushsection .note.gnu.property, "a";                             \
	.p2align 3;                                                       \
	.long 4;                /* name size */                           \
	.long 16;               /* descriptor size */                     \
	.long 5;                /* NT_GNU_PROPERTY_TYPE_0 */              \
	.asciz "GNU";                                                     \
	.long 0xc0000002;       /* GNU_PROPERTY_X86_FEATURE_1_AND */      \
	.long 4;                                                          \
	.long (__CET__ & 3);    /* IBT = 1, SHSTK = 2 */                  \
	.p2align 3;                                                       \
	.popsection
# else
#  define GNU_PROPERTY_NOTE
# endif
# define NO_EXEC_STACK .section .note.GNU-stack, "", @progbits
#endif

#endif /* STUBFFI_X86_INTERNAL64_H */
