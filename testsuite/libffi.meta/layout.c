/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The layouts and values that are libffi's ABI (DESIGN.md section 1):
   struct sizes and field offsets, the type codes, status and ABI numbers,
   the target macros, and the predefined ffi_type objects.  The figures
   were measured from libffi's own headers; this file also compiles against
   them (cc -I testsuite/include layout.c -lffi, with the system's ffi.h),
   which is how the figures are kept honest.

   Every mismatch is printed before the program aborts.  */

#include "testffi.h"
#include <stddef.h>

#if !defined(__x86_64__) && !defined(__i386__) && !defined(__aarch64__) \
    && !(defined(__riscv) && __riscv_xlen == 64) \
    && !defined(__arm__) \
    && !(defined(__powerpc64__) && _CALL_ELF == 2) && !defined(__s390x__)
# error "layout.c: add the figures for this target"
#endif
#if defined(__x86_64__) && defined(__ILP32__)
# error "layout.c: add the figures for x32"
#endif

static int mismatches;

#define EXPECT(expr, want)                                                   \
  do {                                                                       \
    unsigned long long got_ = (unsigned long long) (expr);                   \
    unsigned long long want_ = (unsigned long long) (want);                  \
    if (got_ != want_) {                                                     \
      fprintf (stderr, "layout.c:%d: %s is %llu, expected %llu\n", __LINE__, \
               #expr, got_, want_);                                          \
      mismatches++;                                                          \
    }                                                                        \
  } while (0)

#define EXPECT_SIGNED(expr, want)                                            \
  do {                                                                       \
    long long got_ = (long long) (expr), want_ = (long long) (want);         \
    if (got_ != want_) {                                                     \
      fprintf (stderr, "layout.c:%d: %s is %lld, expected %lld\n", __LINE__, \
               #expr, got_, want_);                                          \
      mismatches++;                                                          \
    }                                                                        \
  } while (0)

/* The alignment a type gets as a struct member: what libffi records in
   ffi_type.alignment (on i386, 4 for double where _Alignof says 8).  */
#define MEMBER_ALIGN(T) offsetof (struct { char c; T x; }, x)

/* ---- Per-target figures ---------------------------------------------- */

#if defined(__x86_64__)
# define PTR 8
# define TYPE_SIZE 24
# define TYPE_OFF_ALIGNMENT 8
# define TYPE_OFF_TYPE 10
# define TYPE_OFF_ELEMENTS 16
# define CIF_SIZE 32
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 16
# define CIF_OFF_BYTES 24
# define CIF_OFF_FLAGS 28
# define CLOSURE_SIZE 56
# define CLOSURE_OFF_CIF 32
# define CLOSURE_OFF_FUN 40
# define CLOSURE_OFF_USER_DATA 48
# define TRAMPOLINE_SIZE 32
# define SIZEOF_ARG 8
# define NATIVE_RAW_API 0
# define DEFAULT_ABI 2
# define RAW_CLOSURE_SIZE 72
# define GO_CLOSURE_SIZE 24
# define LONGDOUBLE_SIZE 16
# define LONGDOUBLE_ALIGN 16
#elif defined(__i386__)
# define PTR 4
# define TYPE_SIZE 12
# define TYPE_OFF_ALIGNMENT 4
# define TYPE_OFF_TYPE 6
# define TYPE_OFF_ELEMENTS 8
# define CIF_SIZE 24
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 12
# define CIF_OFF_BYTES 16
# define CIF_OFF_FLAGS 20
# define CLOSURE_SIZE 28
# define CLOSURE_OFF_CIF 16
# define CLOSURE_OFF_FUN 20
# define CLOSURE_OFF_USER_DATA 24
# define TRAMPOLINE_SIZE 16
# define SIZEOF_ARG 4
# define NATIVE_RAW_API 1
# define DEFAULT_ABI 1
# define RAW_CLOSURE_SIZE 28
# define GO_CLOSURE_SIZE 12
# define LONGDOUBLE_SIZE 12
# define LONGDOUBLE_ALIGN 4
#elif defined(__aarch64__)
# define PTR 8
# define TYPE_SIZE 24
# define TYPE_OFF_ALIGNMENT 8
# define TYPE_OFF_TYPE 10
# define TYPE_OFF_ELEMENTS 16
# define CIF_SIZE 32
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 16
# define CIF_OFF_BYTES 24
# define CIF_OFF_FLAGS 28
# define CLOSURE_SIZE 48
# define CLOSURE_OFF_CIF 24
# define CLOSURE_OFF_FUN 32
# define CLOSURE_OFF_USER_DATA 40
# define TRAMPOLINE_SIZE 24
# define SIZEOF_ARG 8
# define NATIVE_RAW_API 0
# define DEFAULT_ABI 1
# define RAW_CLOSURE_SIZE 64
# define GO_CLOSURE_SIZE 24
# define LONGDOUBLE_SIZE 16
# define LONGDOUBLE_ALIGN 16
#elif defined(__riscv)
/* libffi's riscv ffitarget.h: ffi_cif has two more unsigned fields
   (riscv_nfixedargs, riscv_unused), and no complex types.  */
# define PTR 8
# define TYPE_SIZE 24
# define TYPE_OFF_ALIGNMENT 8
# define TYPE_OFF_TYPE 10
# define TYPE_OFF_ELEMENTS 16
# define CIF_SIZE 40
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 16
# define CIF_OFF_BYTES 24
# define CIF_OFF_FLAGS 28
# define CLOSURE_SIZE 48
# define CLOSURE_OFF_CIF 24
# define CLOSURE_OFF_FUN 32
# define CLOSURE_OFF_USER_DATA 40
# define TRAMPOLINE_SIZE 24
# define SIZEOF_ARG 8
# define NATIVE_RAW_API 0
# define DEFAULT_ABI 1
# define RAW_CLOSURE_SIZE 64
# define GO_CLOSURE_SIZE 24
# define LONGDOUBLE_SIZE 16
# define LONGDOUBLE_ALIGN 16
#elif defined(__arm__)
/* armhf and armel alike (Debian 12's libffi-dev 3.4.4): the cif carries
   libffi's VFP fields, long double is double.  */
# define PTR 4
# define TYPE_SIZE 12
# define TYPE_OFF_ALIGNMENT 4
# define TYPE_OFF_TYPE 6
# define TYPE_OFF_ELEMENTS 8
# define CIF_SIZE 48
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 12
# define CIF_OFF_BYTES 16
# define CIF_OFF_FLAGS 20
# define CLOSURE_SIZE 24
# define CLOSURE_OFF_CIF 12
# define CLOSURE_OFF_FUN 16
# define CLOSURE_OFF_USER_DATA 20
# define TRAMPOLINE_SIZE 12
# define SIZEOF_ARG 4
# define NATIVE_RAW_API 0
# ifdef __ARM_PCS_VFP
#  define DEFAULT_ABI 2
# else
#  define DEFAULT_ABI 1
# endif
# define RAW_CLOSURE_SIZE 32
# define GO_CLOSURE_SIZE 12
# define LONGDOUBLE_SIZE 8
# define LONGDOUBLE_ALIGN 8
#elif defined(__powerpc64__)
/* libffi's powerpc ffitarget.h (Debian's ppc64el 3.4.4, measured): ffi_cif
   has one more unsigned field, nfixedargs; the closure's trampoline is
   32 bytes (ELFv2); the default ABI is FFI_LINUX | FFI_LINUX_STRUCT_ALIGN
   | FFI_LINUX_LONG_DOUBLE_128 (8 | 1 | 2) with GCC's ppc64el defaults;
   long double is IBM double-double, 16 bytes.  */
# define PTR 8
# define TYPE_SIZE 24
# define TYPE_OFF_ALIGNMENT 8
# define TYPE_OFF_TYPE 10
# define TYPE_OFF_ELEMENTS 16
# define CIF_SIZE 40
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 16
# define CIF_OFF_BYTES 24
# define CIF_OFF_FLAGS 28
# define CLOSURE_SIZE 56
# define CLOSURE_OFF_CIF 32
# define CLOSURE_OFF_FUN 40
# define CLOSURE_OFF_USER_DATA 48
# define TRAMPOLINE_SIZE 32
# define SIZEOF_ARG 8
# define NATIVE_RAW_API 0
# define DEFAULT_ABI 11
# define RAW_CLOSURE_SIZE 72
# define GO_CLOSURE_SIZE 24
# define LONGDOUBLE_SIZE 16
# define LONGDOUBLE_ALIGN 16
#elif defined(__s390x__)
/* libffi's s390 ffitarget.h (Debian's s390x 3.4.4, measured): no extra
   cif fields, a 32-byte trampoline field, long double IEEE quad aligned
   to 8.  */
# define PTR 8
# define TYPE_SIZE 24
# define TYPE_OFF_ALIGNMENT 8
# define TYPE_OFF_TYPE 10
# define TYPE_OFF_ELEMENTS 16
# define CIF_SIZE 32
# define CIF_OFF_NARGS 4
# define CIF_OFF_ARG_TYPES 8
# define CIF_OFF_RTYPE 16
# define CIF_OFF_BYTES 24
# define CIF_OFF_FLAGS 28
# define CLOSURE_SIZE 56
# define CLOSURE_OFF_CIF 32
# define CLOSURE_OFF_FUN 40
# define CLOSURE_OFF_USER_DATA 48
# define TRAMPOLINE_SIZE 32
# define SIZEOF_ARG 8
# define NATIVE_RAW_API 0
# define DEFAULT_ABI 1
# define RAW_CLOSURE_SIZE 72
# define GO_CLOSURE_SIZE 24
# define LONGDOUBLE_SIZE 16
# define LONGDOUBLE_ALIGN 8
#endif

/* The sizes at compile time too: a wrong header fails early.  */
_Static_assert (sizeof (ffi_type) == TYPE_SIZE, "sizeof (ffi_type)");
_Static_assert (sizeof (ffi_cif) == CIF_SIZE, "sizeof (ffi_cif)");
_Static_assert (sizeof (ffi_closure) == CLOSURE_SIZE, "sizeof (ffi_closure)");
_Static_assert (_Alignof (ffi_closure) == 8, "_Alignof (ffi_closure)");
_Static_assert (FFI_TRAMPOLINE_SIZE == TRAMPOLINE_SIZE, "FFI_TRAMPOLINE_SIZE");

static void
check_structs (void)
{
  EXPECT (sizeof (ffi_type), TYPE_SIZE);
  EXPECT (offsetof (ffi_type, size), 0);
  EXPECT (offsetof (ffi_type, alignment), TYPE_OFF_ALIGNMENT);
  EXPECT (offsetof (ffi_type, type), TYPE_OFF_TYPE);
  EXPECT (offsetof (ffi_type, elements), TYPE_OFF_ELEMENTS);
  EXPECT (sizeof (((ffi_type *) 0)->alignment), 2);
  EXPECT (sizeof (((ffi_type *) 0)->type), 2);

  EXPECT (sizeof (ffi_cif), CIF_SIZE);
  EXPECT (offsetof (ffi_cif, abi), 0);
  EXPECT (offsetof (ffi_cif, nargs), CIF_OFF_NARGS);
  EXPECT (offsetof (ffi_cif, arg_types), CIF_OFF_ARG_TYPES);
  EXPECT (offsetof (ffi_cif, rtype), CIF_OFF_RTYPE);
  EXPECT (offsetof (ffi_cif, bytes), CIF_OFF_BYTES);
  EXPECT (offsetof (ffi_cif, flags), CIF_OFF_FLAGS);
  EXPECT (sizeof (ffi_abi), 4);
#if defined(__riscv)
  EXPECT (offsetof (ffi_cif, riscv_nfixedargs), 32);
  EXPECT (offsetof (ffi_cif, riscv_unused), 36);
#endif
#if defined(__powerpc64__)
  EXPECT (offsetof (ffi_cif, nfixedargs), 32);
#endif

  EXPECT (sizeof (ffi_closure), CLOSURE_SIZE);
  EXPECT (_Alignof (ffi_closure), 8);
  EXPECT (offsetof (ffi_closure, tramp), 0);
  EXPECT (offsetof (ffi_closure, ftramp), 0);
  EXPECT (sizeof (((ffi_closure *) 0)->tramp), TRAMPOLINE_SIZE);
  EXPECT (offsetof (ffi_closure, cif), CLOSURE_OFF_CIF);
  EXPECT (offsetof (ffi_closure, fun), CLOSURE_OFF_FUN);
  EXPECT (offsetof (ffi_closure, user_data), CLOSURE_OFF_USER_DATA);

  EXPECT (sizeof (ffi_raw), SIZEOF_ARG);
  EXPECT (sizeof (ffi_java_raw), SIZEOF_ARG);
  EXPECT (sizeof (ffi_raw_closure), RAW_CLOSURE_SIZE);
  EXPECT (offsetof (ffi_raw_closure, cif), TRAMPOLINE_SIZE);
  EXPECT (offsetof (ffi_raw_closure, user_data), RAW_CLOSURE_SIZE - PTR);
  EXPECT (sizeof (ffi_java_raw_closure), RAW_CLOSURE_SIZE);
  EXPECT (sizeof (ffi_go_closure), GO_CLOSURE_SIZE);
  EXPECT (offsetof (ffi_go_closure, tramp), 0);
  EXPECT (offsetof (ffi_go_closure, cif), PTR);
  EXPECT (offsetof (ffi_go_closure, fun), 2 * PTR);

  EXPECT (sizeof (ffi_arg), SIZEOF_ARG);
  EXPECT (sizeof (ffi_sarg), SIZEOF_ARG);
  EXPECT_SIGNED ((ffi_sarg) -1 < 0, 1);
  EXPECT_SIGNED ((ffi_arg) -1 > 0, 1);
}

#if defined(__riscv)
# define HAS_COMPLEX 0
#else
# define HAS_COMPLEX 1
#endif

static void
check_macros (void)
{
  const int defined_has_complex = HAS_COMPLEX;

  EXPECT (FFI_TRAMPOLINE_SIZE, TRAMPOLINE_SIZE);
  EXPECT (FFI_SIZEOF_ARG, SIZEOF_ARG);
  EXPECT (FFI_SIZEOF_JAVA_RAW, SIZEOF_ARG);
  EXPECT (FFI_NATIVE_RAW_API, NATIVE_RAW_API);
  EXPECT (FFI_CLOSURES, 1);
  EXPECT (FFI_GO_CLOSURES, 1);
  /* The feature macros libffi's ffitarget.h defines: complex types on
     all but riscv, which instead says FFI_TARGET_SPECIFIC_VARIADIC.  */
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  EXPECT (defined_has_complex, 1);
#else
  EXPECT (defined_has_complex, 0);
#endif
#if defined(__riscv) && !defined(FFI_TARGET_SPECIFIC_VARIADIC)
  fprintf (stderr, "layout.c: FFI_TARGET_SPECIFIC_VARIADIC is not defined\n");
  mismatches++;
#endif
  EXPECT (FFI_DEFAULT_ABI, DEFAULT_ABI);

  EXPECT (FFI_TYPE_VOID, 0);
  EXPECT (FFI_TYPE_INT, 1);
  EXPECT (FFI_TYPE_FLOAT, 2);
  EXPECT (FFI_TYPE_DOUBLE, 3);
#if defined(__arm__)
  /* long double is double: one code, and ffi.h names double's types.  */
  EXPECT (FFI_TYPE_LONGDOUBLE, 3);
  CHECK (&ffi_type_longdouble == &ffi_type_double);
  CHECK (&ffi_type_complex_longdouble == &ffi_type_complex_double);
#else
  EXPECT (FFI_TYPE_LONGDOUBLE, 4);
#endif
  EXPECT (FFI_TYPE_UINT8, 5);
  EXPECT (FFI_TYPE_SINT8, 6);
  EXPECT (FFI_TYPE_UINT16, 7);
  EXPECT (FFI_TYPE_SINT16, 8);
  EXPECT (FFI_TYPE_UINT32, 9);
  EXPECT (FFI_TYPE_SINT32, 10);
  EXPECT (FFI_TYPE_UINT64, 11);
  EXPECT (FFI_TYPE_SINT64, 12);
  EXPECT (FFI_TYPE_STRUCT, 13);
  EXPECT (FFI_TYPE_POINTER, 14);
  EXPECT (FFI_TYPE_COMPLEX, 15);
  EXPECT (FFI_TYPE_LAST, 15);

  EXPECT (FFI_OK, 0);
  EXPECT (FFI_BAD_TYPEDEF, 1);
  EXPECT (FFI_BAD_ABI, 2);
  EXPECT (FFI_BAD_ARGTYPE, 3);

#if defined(__x86_64__)
  EXPECT (FFI_FIRST_ABI, 1);
  EXPECT (FFI_UNIX64, 2);
  EXPECT (FFI_WIN64, 3);
  EXPECT (FFI_EFI64, 3);
  EXPECT (FFI_GNUW64, 4);
  EXPECT (FFI_LAST_ABI, 5);
#elif defined(__i386__)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_SYSV, 1);
  EXPECT (FFI_THISCALL, 3);
  EXPECT (FFI_FASTCALL, 4);
  EXPECT (FFI_STDCALL, 5);
  EXPECT (FFI_PASCAL, 6);
  EXPECT (FFI_REGISTER, 7);
  EXPECT (FFI_MS_CDECL, 8);
  EXPECT (FFI_LAST_ABI, 9);
#elif defined(__aarch64__)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_SYSV, 1);
  EXPECT (FFI_WIN64, 2);
  EXPECT (FFI_LAST_ABI, 3);
#elif defined(__riscv)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_SYSV, 1);
  EXPECT (FFI_UNUSED_1, 2);
  EXPECT (FFI_UNUSED_2, 3);
  EXPECT (FFI_UNUSED_3, 4);
  EXPECT (FFI_LAST_ABI, 5);
#elif defined(__arm__)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_SYSV, 1);
  EXPECT (FFI_VFP, 2);
  EXPECT (FFI_LAST_ABI, 3);
  EXPECT (offsetof (ffi_cif, vfp_used), 24);
  EXPECT (offsetof (ffi_cif, vfp_reg_free), 28);
  EXPECT (offsetof (ffi_cif, vfp_nargs), 30);
  EXPECT (offsetof (ffi_cif, vfp_args), 32);
  EXPECT (sizeof (((ffi_cif *) 0)->vfp_args), 16);
#elif defined(__powerpc64__)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_COMPAT_SYSV, 1);
  EXPECT (FFI_COMPAT_GCC_SYSV, 2);
  EXPECT (FFI_COMPAT_LINUX64, 3);
  EXPECT (FFI_COMPAT_LINUX, 4);
  EXPECT (FFI_COMPAT_LINUX_SOFT_FLOAT, 5);
  EXPECT (FFI_LINUX, 8);
  EXPECT (FFI_LINUX_STRUCT_ALIGN, 1);
  EXPECT (FFI_LINUX_LONG_DOUBLE_128, 2);
  EXPECT (FFI_LINUX_LONG_DOUBLE_IEEE128, 4);
  EXPECT (FFI_LAST_ABI, 16);
  {
    /* libffi's powerpc header declares these.  */
    const int specific_variadic = FFI_TARGET_SPECIFIC_VARIADIC;
    EXPECT (specific_variadic, 1);
  }
#elif defined(__s390x__)
  EXPECT (FFI_FIRST_ABI, 0);
  EXPECT (FFI_SYSV, 1);
  EXPECT (FFI_LAST_ABI, 2);
# ifndef FFI_TARGET_SPECIFIC_STACK_SPACE_ALLOCATION
  fprintf (stderr, "layout.c: FFI_TARGET_SPECIFIC_STACK_SPACE_ALLOCATION "
           "is not defined\n");
  mismatches++;
# endif
#endif
}

static void
check_scalar (const char *name, const ffi_type *t, size_t size,
              size_t align, unsigned type)
{
  if (t->size != size || t->alignment != align || t->type != type
      || t->elements != NULL)
    {
      fprintf (stderr,
               "layout.c: %s is {size %zu, alignment %u, type %u, "
               "elements %p}, expected {%zu, %zu, %u, NULL}\n",
               name, t->size, t->alignment, t->type, (void *) t->elements,
               size, align, type);
      mismatches++;
    }
}

#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
static void
check_complex (const char *name, const ffi_type *t, size_t size,
               size_t align, const ffi_type *part)
{
  if (t->size != size || t->alignment != align
      || t->type != FFI_TYPE_COMPLEX || t->elements == NULL
      || t->elements[0] != part || t->elements[1] != NULL)
    {
      fprintf (stderr,
               "layout.c: %s is {size %zu, alignment %u, type %u}, expected "
               "{%zu, %zu, %u} with elements {part, NULL}\n",
               name, t->size, t->alignment, t->type, size, align,
               FFI_TYPE_COMPLEX);
      mismatches++;
    }
}
#endif

#define SCALAR(T, ctype, code) \
  check_scalar (#T, &T, sizeof (ctype), MEMBER_ALIGN (ctype), code)

static void
check_types (void)
{
  check_scalar ("ffi_type_void", &ffi_type_void, 1, 1, FFI_TYPE_VOID);
  SCALAR (ffi_type_uint8, uint8_t, FFI_TYPE_UINT8);
  SCALAR (ffi_type_sint8, int8_t, FFI_TYPE_SINT8);
  SCALAR (ffi_type_uint16, uint16_t, FFI_TYPE_UINT16);
  SCALAR (ffi_type_sint16, int16_t, FFI_TYPE_SINT16);
  SCALAR (ffi_type_uint32, uint32_t, FFI_TYPE_UINT32);
  SCALAR (ffi_type_sint32, int32_t, FFI_TYPE_SINT32);
  SCALAR (ffi_type_uint64, uint64_t, FFI_TYPE_UINT64);
  SCALAR (ffi_type_sint64, int64_t, FFI_TYPE_SINT64);
  SCALAR (ffi_type_float, float, FFI_TYPE_FLOAT);
  SCALAR (ffi_type_double, double, FFI_TYPE_DOUBLE);
  SCALAR (ffi_type_pointer, void *, FFI_TYPE_POINTER);
  check_scalar ("ffi_type_longdouble", &ffi_type_longdouble,
                LONGDOUBLE_SIZE, LONGDOUBLE_ALIGN, FFI_TYPE_LONGDOUBLE);
  EXPECT (sizeof (long double), LONGDOUBLE_SIZE);
  EXPECT (MEMBER_ALIGN (long double), LONGDOUBLE_ALIGN);

#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  check_complex ("ffi_type_complex_float", &ffi_type_complex_float,
                 2 * sizeof (float), MEMBER_ALIGN (float), &ffi_type_float);
  check_complex ("ffi_type_complex_double", &ffi_type_complex_double,
                 2 * sizeof (double), MEMBER_ALIGN (double),
                 &ffi_type_double);
  check_complex ("ffi_type_complex_longdouble",
                 &ffi_type_complex_longdouble, 2 * LONGDOUBLE_SIZE,
                 LONGDOUBLE_ALIGN, &ffi_type_longdouble);
#endif

  /* The C-named aliases name the fixed-width objects.  */
  CHECK (&ffi_type_uchar == &ffi_type_uint8);
  CHECK (&ffi_type_schar == &ffi_type_sint8);
  CHECK (&ffi_type_ushort == &ffi_type_uint16);
  CHECK (&ffi_type_sshort == &ffi_type_sint16);
  CHECK (&ffi_type_uint == &ffi_type_uint32);
  CHECK (&ffi_type_sint == &ffi_type_sint32);
  CHECK (ffi_type_ulong.size == sizeof (unsigned long));
  CHECK (ffi_type_slong.size == sizeof (long));
  CHECK (ffi_type_slong.type
         == (sizeof (long) == 8 ? FFI_TYPE_SINT64 : FFI_TYPE_SINT32));
}

int
main (void)
{
  check_structs ();
  check_macros ();
  check_types ();
  if (mismatches)
    {
      fprintf (stderr, "layout.c: %d mismatches\n", mismatches);
      abort ();
    }
  printf ("layout ok\n");
  return 0;
}

/* { dg-output "layout ok\n" } */
