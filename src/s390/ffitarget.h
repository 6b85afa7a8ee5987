/* SPDX-License-Identifier: MIT */
/* stubffi — s390x (Linux) target definitions, installed as <ffitarget.h>.
   The numbers are libffi's for s390x, as Debian's package has them
   (DESIGN.md, sections 1 and 8).  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#if defined(__s390x__) && !defined(S390X)
# define S390X
#endif

#ifndef LIBFFI_ASM
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;

typedef enum ffi_abi {
  FFI_FIRST_ABI = 0,
  FFI_SYSV,
  FFI_LAST_ABI,
  FFI_DEFAULT_ABI = FFI_SYSV
} ffi_abi;
#endif /* !LIBFFI_ASM */

#define FFI_TARGET_SPECIFIC_STACK_SPACE_ALLOCATION
#define FFI_TARGET_HAS_COMPLEX_TYPE

#define FFI_CLOSURES 1
#define FFI_GO_CLOSURES 1
#define FFI_TRAMPOLINE_SIZE 32
#define FFI_NATIVE_RAW_API 0

#endif /* LIBFFI_TARGET_H */
