/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2, Linux) target definitions, installed as
   <ffitarget.h>.  The numbers are libffi's for linux64 ELFv2, as Debian's
   ppc64el package has them (DESIGN.md, sections 1 and 8).  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#if !defined(__powerpc64__) || !defined(_CALL_ELF) || _CALL_ELF != 2
# error "stubffi's powerpc port is for 64-bit ELFv2 (powerpc64le-linux-gnu)"
#endif

#ifndef POWERPC64
# define POWERPC64
#endif

#ifndef LIBFFI_ASM
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;

/* libffi's enum: the old values first (refused on ELFv2), then FFI_LINUX
   with flag bits that say how the compiler passes structs and long
   double; the default carries the bits of the compiler that includes
   this header.  */
typedef enum ffi_abi {
  FFI_FIRST_ABI = 0,
  FFI_COMPAT_SYSV,
  FFI_COMPAT_GCC_SYSV,
  FFI_COMPAT_LINUX64,
  FFI_COMPAT_LINUX,
  FFI_COMPAT_LINUX_SOFT_FLOAT,
  FFI_LINUX = 8,
  FFI_LINUX_STRUCT_ALIGN = 1,        /* 16-byte aligned structs start a quadword */
  FFI_LINUX_LONG_DOUBLE_128 = 2,     /* long double is 16 bytes */
  FFI_LINUX_LONG_DOUBLE_IEEE128 = 4, /* ... and IEEE quad, not double-double */
  FFI_DEFAULT_ABI = (FFI_LINUX
# ifdef __STRUCT_PARM_ALIGN__
                     | FFI_LINUX_STRUCT_ALIGN
# endif
# ifdef __LONG_DOUBLE_128__
                     | FFI_LINUX_LONG_DOUBLE_128
#  ifdef __LONG_DOUBLE_IEEE128__
                     | FFI_LINUX_LONG_DOUBLE_IEEE128
#  endif
# endif
                     ),
  FFI_LAST_ABI = 16
} ffi_abi;
#endif /* !LIBFFI_ASM */

/* libffi 3.6 and later declare complex types for powerpc.  */
#define FFI_TARGET_HAS_COMPLEX_TYPE
#define FFI_CLOSURES 1
#define FFI_NATIVE_RAW_API 0
#define FFI_GO_CLOSURES 1
#define FFI_TARGET_SPECIFIC_VARIADIC 1
/* ffi_cif carries the number of fixed arguments (variadic floats travel
   in general registers).  */
#define FFI_EXTRA_CIF_FIELDS unsigned nfixedargs

/* libffi's internal type codes, with the values of Debian's header.  */
#define FFI_PPC_TYPE_LAST FFI_TYPE_POINTER
#define FFI_TYPE_UINT128 (FFI_PPC_TYPE_LAST + 1)
#define FFI_SYSV_TYPE_SMALL_STRUCT (FFI_PPC_TYPE_LAST + 2)
#define FFI_V2_TYPE_VECTOR        (FFI_PPC_TYPE_LAST + 1)
#define FFI_V2_TYPE_VECTOR_HOMOG  (FFI_PPC_TYPE_LAST + 2)
#define FFI_V2_TYPE_FLOAT_HOMOG   (FFI_PPC_TYPE_LAST + 3)
#define FFI_V2_TYPE_DOUBLE_HOMOG  (FFI_PPC_TYPE_LAST + 4)
#define FFI_V2_TYPE_SMALL_STRUCT  (FFI_PPC_TYPE_LAST + 5)

#define FFI_TRAMPOLINE_SIZE 32

#endif /* LIBFFI_TARGET_H */
