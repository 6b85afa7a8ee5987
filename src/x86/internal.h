/* SPDX-License-Identifier: MIT */
/* stubffi — i386: what ffi.c, closure32.c, sysv.S and tramp32.S share.

   Plain #defines, used by both the C and the assembly side; the C side
   checks the frame offsets against its structs with _Static_assert.

   One classification serves all seven conventions.  ffi_prep_cif stores
   in cif->flags the return kind and the traits of the convention, and in
   cif->bytes the exact size of the stack argument area (hidden return
   pointer included when it travels on the stack, register arguments
   excluded): the number of bytes a callee-pop function removes.  */

#ifndef STUBFFI_X86_INTERNAL_H
#define STUBFFI_X86_INTERNAL_H

/* Return kinds: the low bits of cif->flags.  The assembly dispatches on
   them through tables of X86_RET_ENTRY_SIZE-byte entries.  */
#define X86_RET_VOID      0     /* nothing */
#define X86_RET_UINT8     1     /* al, zero-extended to an ffi_arg */
#define X86_RET_SINT8     2     /* al, sign-extended */
#define X86_RET_UINT16    3
#define X86_RET_SINT16    4
#define X86_RET_INT32     5     /* eax: int, long, pointer, complex short */
#define X86_RET_INT64     6     /* edx:eax: long long, complex float/int */
#define X86_RET_FLOAT     7     /* st0, stored as 4 bytes */
#define X86_RET_DOUBLE    8     /* st0, stored as 8 bytes */
#define X86_RET_LDOUBLE   9     /* st0, stored as 10 of 12 bytes */
#define X86_RET_STRUCT_2B 10    /* ax, exactly 2 bytes: complex char */
#define X86_RET_MEMORY    11    /* through the hidden pointer; eax = it */
#define X86_RET_LAST      11

#define X86_RET_KIND_MASK 0x0f

/* The convention's traits (cif->flags).  */
/* Number of register arguments: 0; 1 (ecx) for thiscall; 2 (ecx, edx)
   for fastcall; 3 (eax, edx, ecx) for register.  */
#define X86_NREGS_SHIFT   4
#define X86_NREGS_MASK    3
/* Stack arguments are pushed left to right (pascal, register): the first
   argument has the highest address.  */
#define X86_FLAG_REVERSED     0x0040
/* The callee removes its stack arguments (cif->bytes) when it returns. */
#define X86_FLAG_CALLEE_POP   0x0080
/* GCC's register bookkeeping (fastcall, thiscall): an argument that is
   not passed in a register still uses up as many registers as it has
   words, unless it is a floating value or a struct GCC gives a floating
   mode.  Without the flag (register) such arguments use up nothing.  */
#define X86_FLAG_GCC_REGS     0x0100
/* The result goes through a hidden pointer.  It travels in register
   slot X86_SRET_SLOT if X86_FLAG_SRET_IN_REG, else on the stack at the
   lowest address (first for left-to-right conventions, last pushed for
   the reversed ones).  */
#define X86_FLAG_SRET_IN_REG  0x0200
#define X86_SRET_SLOT_SHIFT   10
/* System V: the callee pops the hidden pointer and nothing else.  */
#define X86_FLAG_SRET_POP     0x1000
/* The static chain of ffi_call_go and Go closures is eax (fastcall,
   thiscall), not ecx.  */
#define X86_FLAG_CHAIN_EAX    0x2000
/* The stack argument area is the raw (ffi_raw) array itself: no
   argument travels in a register, the order is left to right and no
   argument is a struct.  ffi_raw_call and raw closures use it as is.  */
#define X86_FLAG_RAW_IS_STACK 0x4000

/* Register slots in the register image, in hardware terms.  */
#define X86_REG_EAX 0
#define X86_REG_EDX 1
#define X86_REG_ECX 2

/* Register image handed to stubffi_call_i386 and built by the closure
   entry: eax, edx, ecx.  Offsets in bytes.  */
#define X86_FRAME_EAX   0
#define X86_FRAME_EDX   4
#define X86_FRAME_ECX   8
#define X86_FRAME_SIZE  12

/* Closure layout (ffi.h): cif, fun and user_data of ffi_closure (and of
   ffi_raw_closure, which matches on i386), and of ffi_go_closure.  */
#define X86_CLOSURE_CIF        16
#define X86_CLOSURE_FUN        20
#define X86_CLOSURE_USER_DATA  24
#define X86_GO_CLOSURE_CIF     4
#define X86_GO_CLOSURE_FUN     8

/* The closure entry's frame, from its 16-byte aligned stack pointer:
   outgoing arguments of the C half, the register image, the result
   buffer, and the value the C half returned.  */
#define X86_CLOSURE_OUTGOING   0     /* 16 bytes */
#define X86_CLOSURE_REGS       16    /* X86_FRAME_SIZE bytes */
#define X86_CLOSURE_RESULT     28    /* the C half's return value */
#define X86_CLOSURE_RETBUF     32    /* 16 bytes */
#define X86_CLOSURE_FRAME      48
/* What the C half returns: the return kind in the low byte, the number
   of bytes the entry must pop beyond its return address from bit 8.  */
#define X86_CLOSURE_POP_SHIFT  8

/* Closure entry modes (the C half's last argument).  */
#define X86_MODE_CLOSURE  0     /* ffi_closure: fun gets void *avalue[] */
#define X86_MODE_RAW      1     /* ffi_raw_closure: fun gets ffi_raw[] */
#define X86_MODE_GO       2     /* ffi_go_closure */

/* Static trampolines (tramp32.S).  i386 code cannot address data
   relative to itself, so a trampoline learns its own address from a
   call to a two-instruction helper that returns at once: a matched
   call/ret pair, which keeps the return-stack predictor balanced (a
   "call next; pop" would leave it one entry off and make the returns
   up the caller's chain mispredict).  Every argument register may hold
   an argument (register convention), so the trampoline saves eax on
   the stack before using it:

     endbr32
     pushl %eax                  ; [esp] = caller's eax
     call  1f                    ; eax = the return address (2:)
   2: leal  SLOT-2b(%eax), %eax  ; its data slot {entry, closure}
     jmp   *(%eax)               ; to the entry, eax = slot
   1: movl  (%esp), %eax
     ret

   The helper lives inside each trampoline, so a copy mapped anywhere
   works.  That takes STUBFFI_TRAMP_SIZE = 32 bytes; a slot is 8.  Tier
   1: STUBFFI_TRAMP_TIER1_COUNT trampolines in .text, slots densely in
   .bss.  Tier 2: a page-aligned table of STUBFFI_TRAMP_MAP_SIZE bytes
   whose trampoline at offset k finds its slot at offset k of the data
   pages that follow the table (slots STUBFFI_TRAMP_SIZE apart).  */
#define STUBFFI_TRAMP_SIZE         32
#define STUBFFI_TRAMP_SLOT_SIZE    8
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     16384
#define STUBFFI_TRAMP_MAP_ALIGN    4096

/* Every closure entry starts with
     endbr32                     ; 4 bytes
     movl 4(%eax), %eax          ; 3 bytes: slot -> closure
   and continues, with eax = the closure and [esp] = the caller's eax,
   at X86_ENTRY_LEGACY_OFFSET.  The classic trampoline that
   ffi_prep_closure_loc writes into a caller-allocated closure jumps
   there directly:
     endbr32; pushl %eax; movl $closure, %eax; jmp entry+OFFSET
   (15 bytes of FFI_TRAMPOLINE_SIZE).  */
#define X86_ENTRY_LEGACY_OFFSET    7
#define X86_LEGACY_SIZE            15

/* Each entry of a return table is this many bytes long.  */
#define X86_RET_ENTRY_SIZE 16

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

# define X86_HIDDEN __attribute__((visibility ("hidden")))

/* The register image at X86_FRAME_* offsets.  */
struct x86_regs {
  uint32_t eax, edx, ecx;
};

/* The closure entry's frame at X86_CLOSURE_* offsets.  */
struct x86_closure_frame {
  uint32_t outgoing[4];
  struct x86_regs regs;
  uint32_t result;
  unsigned char retbuf[16];
};

/* sysv.S: copies stack_bytes bytes from stack to the top of a fresh,
   16-byte aligned stack area, loads eax, edx and ecx from regs, calls
   fn and stores the result into rvalue (never NULL) as the return kind
   says.  Whatever fn pops, the stack is restored from the frame
   pointer.  */
void stubffi_call_i386 (const struct x86_regs *regs, const void *stack,
                        size_t stack_bytes, void (*fn)(void), void *rvalue,
                        unsigned kind) X86_HIDDEN;

/* sysv.S: closure entries.  stubffi_closure_i386 and
   stubffi_closure_raw_i386 are the trampolines' entries (eax = slot,
   [esp] = the caller's eax); the Go entries expect the ffi_go_closure
   in ecx or eax, the static chain.  */
void stubffi_closure_i386 (void) X86_HIDDEN;
void stubffi_closure_raw_i386 (void) X86_HIDDEN;
void stubffi_go_closure_ecx (void) X86_HIDDEN;
void stubffi_go_closure_eax (void) X86_HIDDEN;

/* tramp32.S: the trampoline tables.  */
extern const char stubffi_tramp_tier1_code[] X86_HIDDEN;
extern char stubffi_tramp_tier1_slots[] X86_HIDDEN;
extern const char stubffi_tramp_map_table[] X86_HIDDEN;

/* ffi.c: the location of each argument.  */
struct x86_arg_walk {
  unsigned flags;       /* cif->flags */
  unsigned nreg;        /* register slots used so far */
  size_t pos;           /* bytes of stack arguments so far */
};
/* Register slot n of the convention (0 .. nregs-1) in X86_REG_* terms. */
static inline unsigned
x86_reg_of_slot (unsigned flags, unsigned slot)
{
  static const unsigned char ecx_edx[2] = { X86_REG_ECX, X86_REG_EDX };
  static const unsigned char eax_edx_ecx[3] = { X86_REG_EAX, X86_REG_EDX,
                                                X86_REG_ECX };
  return ((flags >> X86_NREGS_SHIFT) & X86_NREGS_MASK) == 3
         ? eax_edx_ecx[slot] : ecx_edx[slot];
}
void x86_walk_start (struct x86_arg_walk *w, unsigned flags) X86_HIDDEN;
/* Returns the register (X86_REG_*) of the next argument, of type t, or
   X86_ARG_STACK if it goes on the stack; then *offset is where, from the
   start of the stack argument area of cif_bytes bytes.  X86_ARG_NONE: a
   void argument, which takes no place (libffi takes one in ffi_prep_cif
   and aborts in ffi_call; x86-64 and aarch64 pass nothing for it).  */
#define X86_ARG_STACK (-1)
#define X86_ARG_NONE  (-2)
int x86_walk_next (struct x86_arg_walk *w, const ffi_type *t,
                   size_t cif_bytes, size_t *offset) X86_HIDDEN;
#else
/* Control-flow protection: every indirect-branch target starts with
   endbr32 (a NOP without CET), and when the compiler was asked for CET
   the object says so in a GNU property note.  */
# define ENDBR endbr32
# if defined(__CET__)
#  define GNU_PROPERTY_NOTE                                              \
	.pushsection .note.gnu.property, "a";                             \
	.p2align 2;                                                       \
	.long 4;                /* name size */                           \
	.long 12;               /* descriptor size */                     \
	.long 5;                /* NT_GNU_PROPERTY_TYPE_0 */              \
	.asciz "GNU";                                                     \
	.long 0xc0000002;       /* GNU_PROPERTY_X86_FEATURE_1_AND */      \
	.long 4;                                                          \
	.long (__CET__ & 3);    /* IBT = 1, SHSTK = 2 */                  \
	.p2align 2;                                                       \
	.popsection
# else
#  define GNU_PROPERTY_NOTE
# endif
# define NO_EXEC_STACK .section .note.GNU-stack, "", @progbits
#endif

#endif /* STUBFFI_X86_INTERNAL_H */
