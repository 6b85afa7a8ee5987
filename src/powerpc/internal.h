/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2, Linux): what ffi.c, closure.c, linux64.S,
   tramp.S and tramp.c share.  Plain #defines, used by C and assembly
   alike; the C files check them against their structs.  */

#ifndef STUBFFI_POWERPC_INTERNAL_H
#define STUBFFI_POWERPC_INTERNAL_H

#if !defined(__powerpc64__) || !defined(__LITTLE_ENDIAN__) \
    || !defined(_CALL_ELF) || _CALL_ELF != 2
# error "stubffi's powerpc port is for little-endian ELFv2 (powerpc64le-linux-gnu)"
#endif

/* Argument registers: r3-r10 carry the first 8 doublewords of the
   parameter save area, f1-f13 the floating-point arguments.  */
#define PPC_NGPR          8
#define PPC_NFPR          13
/* Floating-point results come back in up to f1-f8.  */
#define PPC_NFPR_RET      8

/* The result image (struct ppc_result): r3, r4, then f1-f8 as doubles.  */
#define PPC_RES_R3        0
#define PPC_RES_R4        8
#define PPC_RES_F         16
#define PPC_RES_SIZE      80

/* Stack frame header (ELFv2): back chain, CR save, LR save, TOC save;
   the parameter save area follows at PPC_PSAVE.  */
#define PPC_LR_SAVE       16
#define PPC_TOC_SAVE      24
#define PPC_PSAVE         32

/* The closure entries' frame, from their r1: a header and a parameter
   save area of their own (for the call to C), r3-r10 as the caller left
   them, f1-f13, the result image.  The caller's frame starts at
   PPC_CL_FRAME.  */
#define PPC_CL_GPRS       96
#define PPC_CL_FPRS       160
#define PPC_CL_RES        272
#define PPC_CL_FRAME      352

/* Closure layout (ffi.h): where the entries find cif, fun, user_data.  */
#define PPC_CLOSURE_CIF        32
#define PPC_CLOSURE_FUN        40
#define PPC_CLOSURE_USER_DATA  48
#define PPC_GO_CLOSURE_CIF     8
#define PPC_GO_CLOSURE_FUN     16
#define PPC_SLOT_CLOSURE       8

/* Static trampolines (tramp.S).  A trampoline is 16 bytes:
     addis r11, r12, DIST@ha ; ld r12, 0(r11) ; mtctr r12 ; bctr
   Every ELFv2 caller enters a function through r12 = its address, so r12
   is the trampoline; its slot {entry, closure} lies DIST bytes ahead,
   DIST a multiple of 64 KiB.  The entry gets r12 = itself (its global
   entry point sets up the TOC from it) and r11 = the slot.
   Tier 2: a 64 KiB table, slots 64 KiB ahead: whole pages with 4 and
   64 KiB pages alike.  Tier 1: 64 KiB-aligned code in .text and slots in
   .bss, both 64 KiB aligned, so their distance is a multiple of 64 KiB
   too.  */
#define STUBFFI_TRAMP_SIZE         16
#define STUBFFI_TRAMP_SLOT_SIZE    16
#define STUBFFI_TRAMP_TIER1_COUNT  512
#define STUBFFI_TRAMP_MAP_SIZE     65536
#define STUBFFI_TRAMP_MAP_ALIGN    65536

/* The legacy trampoline in closure->tramp (32 bytes): 16 bytes of code
     addi r11, r12, 16 ; ld r12, 0(r11) ; mtctr r12 ; bctr
   then {entry, closure} at PPC_LEGACY_SLOT, shaped like a slot.  */
#define PPC_LEGACY_CODE_SIZE  16
#define PPC_LEGACY_SLOT       16

#ifndef __ASSEMBLER__
# include <stdint.h>
# include <stddef.h>

struct ppc_result {
  uint64_t r3, r4;
  double f[PPC_NFPR_RET];
};

/* linux64.S: copies param_bytes (a multiple of 16, at least 64) of
   parameter save area from params into the callee's frame, loads r3-r10
   from its first 64 bytes and f1-f13 from fprs, r11 (static chain) from
   chain, calls fn and stores r3, r4, f1-f8 into res.  */
void stubffi_call_elfv2 (const void *params, size_t param_bytes,
                         const double *fprs, void (*fn)(void),
                         struct ppc_result *res, void *chain)
  __attribute__((visibility ("hidden")));

/* ffi.c: the ELFv2 classification, shared with closure.c.  */

/* How the value of a type travels.  */
struct ppc_class {
  /* Homogeneous floating-point aggregate (or scalar): the number of
     FPRs it takes (a double-double long double takes 2) and whether its
     members are floats (converted to and from double in FPRs).  nfpr is
     0 when it does not travel in FPRs.  */
  unsigned nfpr;
  int single;
  /* Its members are IBM long doubles (pairs of doubles).  */
  int ldouble;
  /* Long double as a plain double (FFI_LINUX without
     FFI_LINUX_LONG_DOUBLE_128).  */
  int ld_as_double;
};

/* Classifies t for the ABI variant abi; returns -1 for a malformed type.  */
int ppc_classify (ffi_abi abi, ffi_type *t, struct ppc_class *c)
  __attribute__((visibility ("hidden")));
/* The bytes t takes in the parameter save area and its alignment there.  */
/* A complex float: its two parts take a doubleword each.  */
int ppc_complex_float (ffi_type *t) __attribute__((visibility ("hidden")));
size_t ppc_arg_size (ffi_abi abi, ffi_type *t)
  __attribute__((visibility ("hidden")));
size_t ppc_arg_align (ffi_abi abi, ffi_type *t)
  __attribute__((visibility ("hidden")));

/* Return kinds (cif->flags).  */
#define PPC_RET_VOID     0
#define PPC_RET_INT      1   /* r3, extended per rtype */
#define PPC_RET_STRUCT   2   /* r3, r4: a struct of up to 16 bytes */
#define PPC_RET_FPR      3   /* f1..: a float, double, long double or HFA */
#define PPC_RET_MEMORY   4   /* through the hidden pointer in r3 */
#define PPC_RET_MASK     7
/* Some argument is (partly) in memory, or the cif is variadic: the
   caller has allocated the whole parameter save area.  */
#define PPC_FLAG_MEM_ARGS 8

int ppc_return_kind (ffi_abi abi, ffi_type *t)
  __attribute__((visibility ("hidden")));

/* linux64.S: closure entries.  stubffi_closure_elfv2 expects r11 to
   point at a slot {entry, closure}; stubffi_go_closure_elfv2 expects the
   ffi_go_closure in r11 (the static chain).  */
void stubffi_closure_elfv2 (void) __attribute__((visibility ("hidden")));
void stubffi_go_closure_elfv2 (void) __attribute__((visibility ("hidden")));

extern const char stubffi_tramp_tier1_code[] __attribute__((visibility ("hidden")));
extern char stubffi_tramp_tier1_slots[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_map_table[] __attribute__((visibility ("hidden")));
extern const char stubffi_tramp_legacy_code[] __attribute__((visibility ("hidden")));
#else
# define NO_EXEC_STACK .section .note.GNU-stack, "", @progbits
#endif

#endif /* STUBFFI_POWERPC_INTERNAL_H */
