/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 target definitions, installed as <ffitarget.h>.  The
   numbers are libffi's for aarch64 Linux (AAPCS64, little-endian LP64);
   see DESIGN.md §1.  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#ifndef LIBFFI_ASM
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;

/* FFI_WIN64 is the Windows-on-Arm convention.  It keeps its number so
   that the enum matches libffi's; libffi built for Linux takes it and
   makes AAPCS64 calls with it, and so does stubffi.  */
typedef enum ffi_abi {
  FFI_FIRST_ABI = 0,
  FFI_SYSV,              /* 1: AAPCS64 */
  FFI_WIN64,             /* 2: Windows on Arm64 (not on Linux) */
  FFI_LAST_ABI,
  FFI_DEFAULT_ABI = FFI_SYSV
} ffi_abi;
#endif /* !LIBFFI_ASM */

#define FFI_TARGET_HAS_COMPLEX_TYPE
/* libffi's aarch64 header declares this: its variadic calls have a
   preparation of their own (Apple's and Windows' conventions need it;
   on Linux the rules are the fixed ones).  */
#define FFI_TARGET_SPECIFIC_VARIADIC

#define FFI_CLOSURES 1
#define FFI_GO_CLOSURES 1
#define FFI_TRAMPOLINE_SIZE 24
/* libffi's header names where a legacy trampoline's closure fields start.  */
#define FFI_TRAMPOLINE_CLOSURE_OFFSET FFI_TRAMPOLINE_SIZE
#define FFI_NATIVE_RAW_API 0

#endif /* LIBFFI_TARGET_H */
