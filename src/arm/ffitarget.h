/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm target definitions (armhf and armel Linux),
   installed as <ffitarget.h>.  The numbers, the extra cif fields and the
   trampoline size are libffi's for arm-linux-gnueabi(hf), measured from
   Debian 12's libffi-dev 3.4.4 (DESIGN.md, sections 1 and 8).  */

#ifndef LIBFFI_TARGET_H
#define LIBFFI_TARGET_H

#ifndef LIBFFI_H
# error "include <ffi.h> instead of <ffitarget.h>"
#endif

#ifndef LIBFFI_ASM
typedef unsigned long ffi_arg;
typedef signed long ffi_sarg;

/* FFI_SYSV is the base standard (core registers only), FFI_VFP the
   hard-float variant that passes floating-point values in VFP
   registers.  The default follows the compiler's calling convention.  */
typedef enum ffi_abi {
  FFI_FIRST_ABI = 0,
  FFI_SYSV,              /* 1: AAPCS base standard */
  FFI_VFP,               /* 2: AAPCS VFP variant */
  FFI_LAST_ABI,
#ifdef __ARM_PCS_VFP
  FFI_DEFAULT_ABI = FFI_VFP
#else
  FFI_DEFAULT_ABI = FFI_SYSV
#endif
} ffi_abi;
#endif /* !LIBFFI_ASM */

/* Fields libffi's arm port keeps in every ffi_cif; they are part of the
   cif's size and layout.  stubffi records the VFP register assignment of
   the cif in them (src/arm/ffi.c).  */
#define FFI_EXTRA_CIF_FIELDS                    \
  int vfp_used;                                 \
  unsigned short vfp_reg_free, vfp_nargs;       \
  signed char vfp_args[16]

/* Variadic cifs take a target-specific path (FFI_VFP becomes FFI_SYSV).  */
#define FFI_TARGET_SPECIFIC_VARIADIC
#define FFI_TARGET_HAS_COMPLEX_TYPE

#define FFI_CLOSURES 1
#define FFI_GO_CLOSURES 1
#define FFI_NATIVE_RAW_API 0
#define FFI_TRAMPOLINE_SIZE 12
#define FFI_TRAMPOLINE_CLOSURE_OFFSET FFI_TRAMPOLINE_SIZE

#endif /* LIBFFI_TARGET_H */
