/* SPDX-License-Identifier: MIT */
/* stubffi — s390x (Linux): what ffi.c, closure.c, sysv.S, tramp.S and
   tramp.c share.  Plain #defines, used by C and assembly alike.  */

#ifndef STUBFFI_S390_INTERNAL_H
#define STUBFFI_S390_INTERNAL_H

#if !defined(__s390x__)
# error "stubffi's s390 port is for s390x-linux-gnu"
#endif

/* Argument registers: r2-r6, f0/f2/f4/f6.  */
#define S390_NGPR   5
#define S390_NFPR   4
/* Stack arguments start here in the caller's frame (after the back
   chain and the register save area).  */
#define S390_STACK_ARGS 160

/* struct s390_call (the call routine's one argument).  */
#define S390_CALL_GPR     0     /* r2-r6 */
#define S390_CALL_FPR     40    /* f0, f2, f4, f6 */
#define S390_CALL_STACK   72    /* the stack arguments */
#define S390_CALL_BYTES   80    /* their size, a multiple of 8 */
#define S390_CALL_FN      88
#define S390_CALL_CHAIN   96    /* r0: the static chain */
#define S390_CALL_R2      104   /* results: r2 */
#define S390_CALL_F0      112   /* f0 */
#define S390_CALL_SIZE    120

/* Closure layout (ffi.h) and the slot.  */
#define S390_CLOSURE_CIF        32
#define S390_CLOSURE_FUN        40
#define S390_CLOSURE_USER_DATA  48
#define S390_GO_CLOSURE_CIF     8
#define S390_GO_CLOSURE_FUN     16
#define S390_SLOT_CLOSURE       8

/* The closure entries' frame, from their r15: the standard 160 bytes,
   two outgoing stack arguments of the call to C, r2-r6, f0/f2/f4/f6, the
   result image {r2, f0}.  */
#define S390_CL_OUT     160
#define S390_CL_GPRS    176
#define S390_CL_FPRS    216
#define S390_CL_RES     248
#define S390_CL_FRAME   264

/* Static trampolines (tramp.S), 16 bytes each:
     larl %r0, SLOT ; lgrl %r1, SLOT ; br %r1 ; nopr
   r0 = the slot {entry, closure}, r1 = the entry.  Tier 2: a 64 KiB table
   whose slots are 64 KiB ahead (Linux on s390x has 4 KiB pages).  */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    16
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     65536
#define STUBFFI_TRAMP_MAP_ALIGN    65536

/* The legacy trampoline in closure->tramp: the same code reaching
   {entry, closure} 16 bytes after itself.  */
#define S390_LEGACY_CODE_SIZE  16
#define S390_LEGACY_SLOT       16

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

struct s390_call {
  uint64_t gpr[S390_NGPR];
  double fpr[S390_NFPR];
  const void *stack;
  size_t bytes;
  void (*fn) (void);
  void *chain;
  uint64_t r2;
  double f0;
};

void stubffi_call_s390x (struct s390_call *c)
  __attribute__((visibility ("hidden")));

/* How a value travels.  */
enum s390_class {
  S390_CLS_NONE,    /* void: nothing */
  S390_CLS_INT,     /* a GPR or a slot: the value, extended or
                       right-justified (structs of 1, 2, 4, 8 bytes) */
  S390_CLS_FLOAT,   /* an FPR or a slot's right half: a float, or a struct
                       of one float */
  S390_CLS_DOUBLE,  /* an FPR or a slot: a double or a struct of one */
  S390_CLS_REF      /* a pointer to a copy */
};

int s390_classify (ffi_type *t) __attribute__((visibility ("hidden")));

/* Return kinds (cif->flags).  */
#define S390_RET_VOID    0
#define S390_RET_INT     1
#define S390_RET_FLOAT   2
#define S390_RET_DOUBLE  3
#define S390_RET_MEMORY  4

int s390_return_kind (ffi_type *t) __attribute__((visibility ("hidden")));

void stubffi_closure_s390x (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_s390x (void) __attribute__((visibility ("hidden")));

extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
# define NO_EXEC_STACK .section .note.GNU-stack, "", @progbits
#endif

#endif /* STUBFFI_S390_INTERNAL_H */
