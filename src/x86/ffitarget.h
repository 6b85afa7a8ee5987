/* SPDX-License-Identifier: MIT */
/* stubffi — x86 target definitions (x86-64 and i386), installed as
   <ffitarget.h>.  The numbers are libffi's for Linux; see DESIGN.md §1.  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#define X86_ANY
#if defined(__x86_64__)
# ifndef X86_64
#  define X86_64
# endif
#else
# ifndef X86
#  define X86
# endif
#endif

#define FFI_TARGET_SPECIFIC_STACK_SPACE_ALLOCATION
#define FFI_TARGET_HAS_COMPLEX_TYPE

#ifndef LIBFFI_ASM
# if defined(__x86_64__) && defined(__ILP32__)
/* x32: registers are 64 bits even though pointers are not.  */
typedef unsigned long long ffi_arg;
typedef long long ffi_sarg;
#  define FFI_SIZEOF_ARG 8
#  define FFI_SIZEOF_JAVA_RAW 4
# else
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;
# endif

typedef enum ffi_abi {
# if defined(__x86_64__)
  FFI_FIRST_ABI = 1,
  FFI_UNIX64,            /* 2: System V AMD64 */
  FFI_WIN64,             /* 3: Microsoft x64, long double is double */
  FFI_EFI64 = FFI_WIN64,
  FFI_GNUW64,            /* 4: Microsoft x64 as GCC speaks it */
  FFI_LAST_ABI,
  FFI_DEFAULT_ABI = FFI_UNIX64
# else
  FFI_FIRST_ABI = 0,
  FFI_SYSV      = 1,
  FFI_THISCALL  = 3,
  FFI_FASTCALL  = 4,
  FFI_STDCALL   = 5,
  FFI_PASCAL    = 6,
  FFI_REGISTER  = 7,
  FFI_MS_CDECL  = 8,
  FFI_LAST_ABI,
  FFI_DEFAULT_ABI = FFI_SYSV
# endif
} ffi_abi;
#endif /* !LIBFFI_ASM */

#define FFI_CLOSURES 1
#define FFI_GO_CLOSURES 1

/* Internal type codes libffi reserves past FFI_TYPE_LAST on x86.  */
#define FFI_TYPE_SMALL_STRUCT_1B (FFI_TYPE_LAST + 1)
#define FFI_TYPE_SMALL_STRUCT_2B (FFI_TYPE_LAST + 2)
#define FFI_TYPE_SMALL_STRUCT_4B (FFI_TYPE_LAST + 3)
#define FFI_TYPE_MS_STRUCT       (FFI_TYPE_LAST + 4)

#if defined(__x86_64__)
# define FFI_TRAMPOLINE_SIZE 32
# define FFI_NATIVE_RAW_API 0
#else
# define FFI_TRAMPOLINE_SIZE 16
# define FFI_NATIVE_RAW_API 1
#endif

#endif /* LIBFFI_TARGET_H */
