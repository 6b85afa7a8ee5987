/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 Microsoft convention (FFI_WIN64 = FFI_EFI64 and
   FFI_GNUW64) on x86-64 Linux: what ffiw64.c and win64.S share.

   The convention is GCC's __attribute__((ms_abi)), i.e. Microsoft's x64
   calling convention: argument i goes in slot i of an array of 8-byte
   slots; slots 0-3 travel in %rcx, %rdx, %r8, %r9 or, for float and
   double, in %xmm0-%xmm3, and the caller reserves 32 bytes of "shadow
   space" for them right above the return address; slot 4 onwards is on
   the stack above that.  A value of 1, 2, 4 or 8 bytes fills its slot; any
   other value (structs, complex and long double alike) is passed as a
   pointer to a copy the caller made.  A hidden result pointer takes
   slot 0 and shifts the arguments by one.

   Plain #defines, so that the assembly can use them too; ffiw64.c checks
   the frame offsets with _Static_assert.  The closure layout constants,
   ENDBR and the section notes come from internal64.h.  */

#ifndef STUBFFI_X86_INTERNALW64_H
#define STUBFFI_X86_INTERNALW64_H

#include "internal64.h"

/* Return kinds: the low bits of cif->flags.  The call routine and the
   closure entry dispatch on them through tables of WIN64_RET_ENTRY_SIZE-
   byte entries.  */
#define WIN64_RET_VOID      0   /* nothing */
#define WIN64_RET_UINT8     1   /* al, zero-extended to an ffi_arg */
#define WIN64_RET_SINT8     2   /* al, sign-extended */
#define WIN64_RET_UINT16    3
#define WIN64_RET_SINT16    4
#define WIN64_RET_UINT32    5
#define WIN64_RET_SINT32    6
#define WIN64_RET_INT64     7   /* rax: 64-bit ints, pointers, 8-byte aggregates */
#define WIN64_RET_FLOAT     8   /* xmm0, 4 bytes */
#define WIN64_RET_DOUBLE    9   /* xmm0, 8 bytes */
#define WIN64_RET_STRUCT_1  10  /* al: a 1-byte aggregate, stored as 1 byte */
#define WIN64_RET_STRUCT_2  11  /* ax: a 2-byte aggregate */
#define WIN64_RET_STRUCT_4  12  /* eax: a 4-byte aggregate */
#define WIN64_RET_MEMORY    13  /* through the hidden pointer (also in rax) */
#define WIN64_RET_LAST      13

#define WIN64_RET_KIND_MASK 0x0f

/* The hidden result pointer occupies slot 0.  */
#define WIN64_FLAG_RET_IN_MEM  0x10

/* Slots that travel in registers, and the shadow space reserved for
   them: the outgoing area is never smaller than this.  */
#define WIN64_NREG           4
#define WIN64_SHADOW_SPACE   32

/* The closure entry's stack frame, at offsets from %rsp once it is set
   up; %rsi and %rdi are pushed right below the saved %rbp, above it.
     WIN64_CLOSURE_FARGS      xmm0-xmm3 as they came in, 8 bytes each
     WIN64_CLOSURE_RETBUF     16-byte buffer the handler writes its result to
     WIN64_CLOSURE_XMM_SAVE   xmm6-xmm15, 16 bytes each: callee-saved in
                              the Microsoft convention, caller-saved in
                              the System V one the C code follows
   The caller's argument slots (shadow space, where the entry homes %rcx,
   %rdx, %r8 and %r9, then the stack arguments) start at 16(%rbp).  */
#define WIN64_CLOSURE_FARGS     0
#define WIN64_CLOSURE_RETBUF    32
#define WIN64_CLOSURE_XMM_SAVE  48
#define WIN64_CLOSURE_FRAME     208

/* Each entry of the return tables is this many bytes long.  */
#define WIN64_RET_ENTRY_SIZE 16

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

/* ffiw64.c: the halves of ffi_prep_cif, ffi_call and ffi_call_go for
   FFI_WIN64 and FFI_GNUW64 (ffi64.c dispatches to them on cif->abi).  */
ffi_status stubffi_win64_prep_cif (ffi_cif *cif, unsigned nfixed)
  __attribute__((visibility ("hidden")));
void stubffi_win64_call (ffi_cif *cif, void (*fn)(void), void *rvalue,
                         void **avalue, void *chain)
  __attribute__((visibility ("hidden")));

/* win64.S: copies stack_bytes (a multiple of 16, at least
   WIN64_SHADOW_SPACE) bytes of argument slots below its frame, loads
   slots 0-3 into both %rcx/%rdx/%r8/%r9 and %xmm0-%xmm3, puts chain in
   %r10, calls fn and stores the result into rvalue (never NULL) as the
   return kind says.  */
void stubffi_call_win64 (const uint64_t *slots, size_t stack_bytes,
                         void (*fn)(void), void *rvalue, unsigned kind,
                         void *chain) __attribute__((visibility ("hidden")));

/* win64.S: closure entries for Microsoft-convention callers.
   stubffi_closure_win64 expects %r10 to point at a trampoline slot
   {entry, closure}; stubffi_go_closure_win64 expects the ffi_go_closure
   itself in %r10.  */
void stubffi_closure_win64 (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_win64 (void) __attribute__((visibility ("hidden")));
#endif

#endif /* STUBFFI_X86_INTERNALW64_H */
