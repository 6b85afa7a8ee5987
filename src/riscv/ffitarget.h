/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 target definitions, installed as <ffitarget.h>.  The
   names and numbers are libffi's for RISC-V Linux (riscv64-linux-gnu,
   LP64D); see DESIGN.md, sections 1 and 8.  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#ifndef LIBFFI_ASM
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;

/* Three unused numbers follow FFI_SYSV in libffi's enum (kept for an
   early out-of-tree port); ffi_prep_cif takes them and calls as
   FFI_SYSV, as libffi does.  */
typedef enum ffi_abi {
  FFI_FIRST_ABI = 0,
  FFI_SYSV,              /* 1: the psABI's calling convention */
  FFI_UNUSED_1,          /* 2 */
  FFI_UNUSED_2,          /* 3 */
  FFI_UNUSED_3,          /* 4 */
  FFI_LAST_ABI,
  FFI_DEFAULT_ABI = FFI_SYSV
} ffi_abi;
#endif /* !LIBFFI_ASM */

#define FFI_CLOSURES 1
#define FFI_GO_CLOSURES 1
#define FFI_TRAMPOLINE_SIZE 24
#define FFI_NATIVE_RAW_API 0
/* ffi_cif grows by two fields on riscv: the number of named arguments
   (the rest are variadic) and a spare.  */
#define FFI_EXTRA_CIF_FIELDS unsigned riscv_nfixedargs; unsigned riscv_unused
#define FFI_TARGET_SPECIFIC_VARIADIC

#endif /* LIBFFI_TARGET_H */
