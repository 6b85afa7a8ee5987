/* SPDX-License-Identifier: MIT */
/* Every public name of libffi 3.5's <ffi.h> (and the x86/aarch64/riscv
   ffitarget.h names a program can see), used the way a program uses it.
   meta.exp compiles this with gcc and clang at -std=c89, -std=c99 and
   -std=c11, -Wall -Wextra -Wpedantic -Werror: the header must be clean
   under each.  C89 rules: declarations first, no // comments.
   With -DHIDE it checks LIBFFI_HIDE_BASIC_TYPES instead: the predefined
   types and their aliases are then not declared, so a program may
   declare its own.  */

#ifdef HIDE
# define LIBFFI_HIDE_BASIC_TYPES
#endif
#include <ffi.h>

#ifdef HIDE
# ifdef ffi_type_sint
#  error "ffi_type_sint is defined under LIBFFI_HIDE_BASIC_TYPES"
# endif
/* The program's own ffi_type_sint32: would clash with the header's
   declaration if it were there with another type.  */
static int ffi_type_sint32 = 32;
int
main (void)
{
  ffi_type t;
  ffi_cif cif;
  t.size = sizeof (int);
  t.alignment = 4;
  t.type = FFI_TYPE_SINT32;
  t.elements = NULL;
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &t, NULL) == FFI_OK
         && ffi_type_sint32 == 32 ? 0 : 1;
}
#else

/* Type codes, statuses, ABIs, sizes, feature macros.  */
static const int codes[] = {
  FFI_TYPE_VOID, FFI_TYPE_INT, FFI_TYPE_FLOAT, FFI_TYPE_DOUBLE,
  FFI_TYPE_LONGDOUBLE, FFI_TYPE_UINT8, FFI_TYPE_SINT8, FFI_TYPE_UINT16,
  FFI_TYPE_SINT16, FFI_TYPE_UINT32, FFI_TYPE_SINT32, FFI_TYPE_UINT64,
  FFI_TYPE_SINT64, FFI_TYPE_STRUCT, FFI_TYPE_POINTER, FFI_TYPE_COMPLEX,
  FFI_TYPE_LAST
};
static const ffi_status statuses[] = {
  FFI_OK, FFI_BAD_TYPEDEF, FFI_BAD_ABI, FFI_BAD_ARGTYPE
};
static const ffi_abi abis[] = { FFI_FIRST_ABI, FFI_DEFAULT_ABI, FFI_LAST_ABI };
static const unsigned long sizes[] = {
  FFI_TRAMPOLINE_SIZE, FFI_SIZEOF_ARG, FFI_SIZEOF_JAVA_RAW,
  FFI_NATIVE_RAW_API, FFI_CLOSURES, FFI_GO_CLOSURES, FFI_VERSION_NUMBER
};
static const char version[] = FFI_VERSION_STRING;
#if !defined(FFI_TARGET_HAS_COMPLEX_TYPE) && !defined(__riscv)
# error "FFI_TARGET_HAS_COMPLEX_TYPE"
#endif
/* riscv64: libffi's header has no complex types, and two more cif
   fields.  */
#if defined(__riscv) && (!defined(RISCV) || defined(FFI_TARGET_HAS_COMPLEX_TYPE) \
                         || !defined(FFI_TARGET_SPECIFIC_VARIADIC))
# error "RISCV, no FFI_TARGET_HAS_COMPLEX_TYPE, FFI_TARGET_SPECIFIC_VARIADIC"
#endif
#if defined(__x86_64__) && !defined(X86_64)
# error "X86_64"
#endif
#if defined(__i386__) && (defined(X86_64) || !defined(X86))
# error "X86_64 defined, or X86 not, in a 32-bit x86 compilation"
#endif
#if defined(__aarch64__) && (!defined(AARCH64) \
                             || !defined(FFI_TARGET_SPECIFIC_VARIADIC))
# error "AARCH64, FFI_TARGET_SPECIFIC_VARIADIC"
#endif

/* Every predefined type and alias.  */
static ffi_type *const types[] = {
  &ffi_type_void, &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
  &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32, &ffi_type_uint64,
  &ffi_type_sint64, &ffi_type_float, &ffi_type_double, &ffi_type_longdouble,
  &ffi_type_pointer, &ffi_type_uchar, &ffi_type_schar, &ffi_type_ushort,
  &ffi_type_sshort, &ffi_type_uint, &ffi_type_sint, &ffi_type_ulong,
  &ffi_type_slong
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  , &ffi_type_complex_float, &ffi_type_complex_double,
  &ffi_type_complex_longdouble
#endif
};

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  (void) args;
  (void) user_data;
  *(ffi_arg *) ret = 7;
}

static void
raw_handler (ffi_cif *cif, void *ret, ffi_raw *args, void *user_data)
{
  (void) cif;
  (void) args;
  (void) user_data;
  *(ffi_arg *) ret = 8;
}

static void
java_handler (ffi_cif *cif, void *ret, ffi_java_raw *args, void *user_data)
{
  (void) cif;
  (void) args;
  (void) user_data;
  *(ffi_arg *) ret = 9;
}

static int seven (void) { return 7; }

int
main (void)
{
  ffi_cif cif;
  ffi_type *args[1];
  ffi_type st;
  size_t offsets[2];
  ffi_arg result = 0;
  ffi_sarg sresult = 0;
  ffi_raw raw[2];
  ffi_java_raw jraw[2];
  void *avalue[1];
  void *code = NULL;
  ffi_closure *cl;
  ffi_raw_closure rc;
  ffi_java_raw_closure jc;
  ffi_go_closure gc;
  unsigned long n = 0;
  unsigned i;

  args[0] = &ffi_type_sint;
  st.size = 0;
  st.alignment = 0;
  st.type = FFI_TYPE_STRUCT;
  st.elements = args;
  avalue[0] = &n;

  for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
    n += (unsigned long) codes[i];
  for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
    n += (unsigned long) statuses[i];
  for (i = 0; i < sizeof abis / sizeof abis[0]; i++)
    n += (unsigned long) abis[i];
  for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    n += sizes[i];
  for (i = 0; i < sizeof types / sizeof types[0]; i++)
    n += types[i]->size;
  n += sizeof version + (unsigned long) version[0] + ffi_get_version_number () + ffi_get_default_abi ()
       + ffi_get_closure_size () + (unsigned long) ffi_get_version ()[0];

  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_sint, NULL) != FFI_OK
      || ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 0, 0, &ffi_type_sint, NULL)
         != FFI_OK
      || ffi_get_struct_offsets (FFI_DEFAULT_ABI, &st, offsets) != FFI_OK)
    return 1;
  ffi_call (&cif, FFI_FN (seven), &result, NULL);
  ffi_call_go (&cif, FFI_FN (seven), &sresult, NULL, NULL);
#if defined(__riscv)
  n += cif.riscv_nfixedargs + cif.riscv_unused + FFI_UNUSED_1 + FFI_UNUSED_2
       + FFI_UNUSED_3;
#endif
  n += cif.abi + cif.nargs + cif.bytes + cif.flags
       + (cif.arg_types != NULL) + cif.rtype->size;

  n += ffi_raw_size (&cif) + ffi_java_raw_size (&cif);
  ffi_ptrarray_to_raw (&cif, avalue, raw);
  ffi_raw_to_ptrarray (&cif, raw, avalue);
  ffi_java_ptrarray_to_raw (&cif, avalue, jraw);
  ffi_java_raw_to_ptrarray (&cif, jraw, avalue);
  ffi_raw_call (&cif, FFI_FN (seven), &result, raw);
#if !FFI_NATIVE_RAW_API
  ffi_java_raw_call (&cif, FFI_FN (seven), &result, jraw);
#endif
  n += (unsigned long) raw[0].sint + raw[0].uint + (unsigned long) raw[0].flt
       + (unsigned long) raw[0].data[0] + (raw[0].ptr != NULL);

  cl = (ffi_closure *) ffi_closure_alloc (sizeof (ffi_closure), &code);
  if (cl == NULL
      || ffi_prep_closure_loc (cl, &cif, handler, NULL, code) != FFI_OK)
    return 1;
  n += (unsigned long) (FFI_CL (code) != NULL)
       + (cl->cif == &cif) + (cl->fun == handler) + (cl->user_data == NULL)
       + (unsigned long) cl->tramp[0] + (cl->ftramp != NULL);
  ffi_closure_free (cl);

  n += ffi_prep_raw_closure_loc (&rc, &cif, raw_handler, NULL, &rc)
       + (rc.cif == &cif) + (rc.fun == raw_handler) + (rc.user_data == NULL)
       + ffi_prep_go_closure (&gc, &cif, handler)
       + (gc.tramp != NULL) + (gc.cif == &cif) + (gc.fun == handler);
#if !FFI_NATIVE_RAW_API
  n += ffi_prep_java_raw_closure_loc (&jc, &cif, java_handler, NULL, &jc)
       + (jc.fun == java_handler);
#else
  (void) jc;
  (void) java_handler;
#endif
  /* The deprecated ones, declared all the same (the program is only
     compiled).  */
  if (n == 1)
    {
      n += ffi_prep_closure (cl, &cif, handler, NULL)
           + ffi_prep_raw_closure (&rc, &cif, raw_handler, NULL);
#if !FFI_NATIVE_RAW_API
      n += ffi_prep_java_raw_closure (&jc, &cif, java_handler, NULL);
#endif
    }

  return (n != 0 && result == 7) ? 0 : 1;
}
#endif
