/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The record of every rule that ffi_prep_cif, ffi_prep_cif_var,
   ffi_get_struct_offsets, ffi_prep_closure_loc and ffi_prep_go_closure
   apply to bad or unusual input: one row each, with the status libffi
   returns (3.4.4 as Debian 12 ships it, measured on x86-64, i386,
   aarch64, and under qemu on riscv64, 32-bit Arm, ppc64el and s390x;
   LIBFFI_CRASHES where it crashes, aborts or hangs), the status
   stubffi returns, and, where they differ, why.  The rule is that they
   are equal wherever libffi does not crash.

   Each row runs in a child process, so that a crash names its row.
   Built normally, the program checks stubffi's column and that no row
   crashes.  Built with -DORACLE against the system's ffi.h and -lffi
   (libffi.meta/meta.exp does, where libffi-dev is installed), it checks
   the libffi column against the real libffi: every status row returns
   that status, and every LIBFFI_CRASHES row really dies.

   (Freeing a pointer that is not a live closure aborts instead:
   libffi.closures/cls_free_not_closure.c.)  */

#include "testffi.h"
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

/* The libffi column: what libffi does on the target the test is built
   for.  */
#define LIBFFI_CRASHES (-1)
#if defined __x86_64__
# define PER_TARGET(x86_64, i386, aarch64) (x86_64)
#elif defined __i386__
# define PER_TARGET(x86_64, i386, aarch64) (i386)
#else
# define PER_TARGET(x86_64, i386, aarch64) (aarch64)
#endif
/* riscv64 takes the aarch64 column, except in the rows written
   RV (other targets' value, riscv64's).  */
#if defined __riscv
# define RV(other, riscv64) (riscv64)
#else
# define RV(other, riscv64) (other)
#endif
/* 32-bit Arm takes the aarch64 column (measured there with -DORACLE
   against Debian 12's libffi 3.4.4 for armhf and armel under qemu-arm),
   except in the rows that say ON_ARM (armhf, armel, other targets).  */
#if defined __arm__ && defined __ARM_PCS_VFP
# define ON_ARM(armhf, armel, other) (armhf)
#elif defined __arm__
# define ON_ARM(armhf, armel, other) (armel)
#else
# define ON_ARM(armhf, armel, other) (other)
#endif
/* ppc64el and s390x take the aarch64 column (measured there with
   -DORACLE against Debian 12's libffi 3.4.4 under qemu-ppc64le and
   qemu-s390x), except in the rows that say PS (other targets, ppc64el,
   s390x).  */
#if defined __powerpc64__
# define PS(other, ppc64el, s390x) (ppc64el)
#elif defined __s390x__
# define PS(other, ppc64el, s390x) (s390x)
#else
# define PS(other, ppc64el, s390x) (other)
#endif

static ffi_type *const no_elements[] = { NULL };
static ffi_type *const int_elements[] = { &ffi_type_sint, NULL };
static ffi_type *const void_elements[] = { &ffi_type_sint, &ffi_type_void,
                                           NULL };

/* A fresh type each time, as rows may lay types out.  */
static ffi_type
make (size_t size, unsigned short align, unsigned short code,
      ffi_type *const *elements)
{
  ffi_type t = { size, align, code, (ffi_type **) elements };
  return t;
}

static ffi_status
prep1 (ffi_type *arg)
{
  ffi_cif cif;
  ffi_type *args[1] = { arg };
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args);
}

static ffi_status
prep_ret (ffi_type *rtype)
{
  ffi_cif cif;
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, rtype, NULL);
}

static ffi_status
prep_abi (int abi)
{
  ffi_cif cif;
  return ffi_prep_cif (&cif, (ffi_abi) abi, 0, &ffi_type_void, NULL);
}

/* ---- ffi_prep_cif and ffi_prep_cif_var ---------------------------------- */

static ffi_status
null_cif (void)
{
  return ffi_prep_cif (NULL, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL);
}

static ffi_status
null_cif_var (void)
{
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_sint };
  return ffi_prep_cif_var (NULL, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status abi_first (void) { return prep_abi (FFI_FIRST_ABI); }
static ffi_status abi_last (void) { return prep_abi (FFI_LAST_ABI); }
static ffi_status abi_past_last (void) { return prep_abi (FFI_LAST_ABI + 100); }
static ffi_status abi_negative (void) { return prep_abi (-1); }

static ffi_status
null_rtype (void)
{
  return prep_ret (NULL);
}

static ffi_status
null_atypes (void)
{
  ffi_cif cif;
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_void, NULL);
}

static ffi_status
null_atype (void)
{
  ffi_cif cif;
  ffi_type *args[3] = { &ffi_type_sint, NULL, &ffi_type_double };
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_void, args);
}

static ffi_status void_arg (void) { return prep1 (&ffi_type_void); }

static ffi_status
struct_null_elements (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, NULL);
  return prep1 (&t);
}

static ffi_status
struct_zero_elements (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, no_elements);
  return prep1 (&t);
}

static ffi_status
struct_zero_elements_return (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, no_elements);
  return prep_ret (&t);
}

static ffi_status
struct_sized_zero_elements (void)
{
  ffi_type t = make (4, 4, FFI_TYPE_STRUCT, no_elements);
  return prep1 (&t);
}

static ffi_status
struct_void_member (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, void_elements);
  return prep1 (&t);
}

static ffi_status
struct_null_member_struct (void)
{
  ffi_type inner = make (0, 0, FFI_TYPE_STRUCT, NULL);
  ffi_type *elements[] = { &ffi_type_sint, &inner, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
struct_contains_itself (void)
{
  static ffi_type t;
  static ffi_type *elements[] = { &ffi_type_sint, &t, NULL };
  t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
struct_too_deep (void)
{
  /* 1000 nested structs: deeper than any limit, and not a crash.  */
  static ffi_type level[1000];
  static ffi_type *elements[1000][2];
  int i;
  for (i = 0; i < 1000; i++)
    {
      elements[i][0] = i == 0 ? &ffi_type_sint : &level[i - 1];
      elements[i][1] = NULL;
      level[i] = make (0, 0, FFI_TYPE_STRUCT, elements[i]);
    }
  return prep1 (&level[999]);
}

static ffi_status
scalar_size_zero (void)
{
  ffi_type t = make (0, 4, FFI_TYPE_SINT32, NULL);
  return prep1 (&t);
}

static ffi_status
type_code_past_last (void)
{
  ffi_type t = make (4, 4, FFI_TYPE_LAST + 1, NULL);
  return prep_ret (&t);
}

static ffi_status
member_code_past_last (void)
{
  ffi_type bad = make (4, 4, 200, NULL);
  ffi_type *elements[] = { &ffi_type_sint, &bad, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
member_alignment_zero (void)
{
  ffi_type bad = make (4, 0, FFI_TYPE_SINT32, NULL);
  ffi_type *elements[] = { &bad, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
member_alignment_three (void)
{
  ffi_type bad = make (6, 3, FFI_TYPE_SINT32, NULL);
  ffi_type *elements[] = { &ffi_type_uint8, &bad, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
complex_unsized (void)
{
  static ffi_type *parts[] = { &ffi_type_double, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_COMPLEX, parts);
  return prep1 (&t);
}

static ffi_status
complex_null_elements (void)
{
  ffi_type t = make (16, 8, FFI_TYPE_COMPLEX, NULL);
  return prep1 (&t);
}

static ffi_status
var_nfixed_past_nargs (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_sint };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 2, &ffi_type_sint, args);
}

static ffi_status
var_float_variadic (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_float };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_char_variadic (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_sint8 };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_short_variadic (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_uint16 };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_bad_abi (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_sint };
  return ffi_prep_cif_var (&cif, FFI_LAST_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_null_variadic (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, NULL };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}


/* ---- Rows added for the exact-behaviour rules --------------------------- */

static ffi_status
void_return_size_zero (void)
{
  ffi_type v = ffi_type_void;
  v.size = 0;
  return prep_ret (&v);
}

static ffi_status
void_argument_among_others (void)
{
  ffi_cif cif;
  ffi_type *args[3] = { &ffi_type_double, &ffi_type_void, &ffi_type_sint };
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_sint, args);
}

static ffi_status
var_void_variadic (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_pointer, &ffi_type_void };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_float_copy_variadic (void)
{
  /* libffi compares with &ffi_type_float: a copy passes.  */
  ffi_cif cif;
  ffi_type copy = ffi_type_float;
  ffi_type *args[2] = { &ffi_type_pointer, &copy };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
var_fixed_narrow (void)
{
  /* Only the variadic arguments are promoted.  */
  ffi_cif cif;
  ffi_type *args[3] = { &ffi_type_pointer, &ffi_type_float, &ffi_type_sint };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 3, &ffi_type_sint, args);
}

static ffi_status
var_no_fixed_narrow (void)
{
  ffi_cif cif;
  ffi_type *args[2] = { &ffi_type_sint8, &ffi_type_sint };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 0, 2, &ffi_type_sint, args);
}

static ffi_status
var_nfixed_past_nargs_no_args (void)
{
  ffi_cif cif;
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 3, 0, &ffi_type_sint, NULL);
}

static ffi_status
var_struct_variadic (void)
{
  ffi_cif cif;
  static ffi_type *small[] = { &ffi_type_sint8, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, small);
  ffi_type *args[2] = { &ffi_type_pointer, &t };
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 2, &ffi_type_sint, args);
}

static ffi_status
nested (int depth)
{
  ffi_type *level = calloc ((size_t) depth, sizeof *level);
  ffi_type **elements = calloc ((size_t) depth * 2, sizeof *elements);
  ffi_status st;
  int i;
  CHECK (level != NULL && elements != NULL);
  for (i = 0; i < depth; i++)
    {
      elements[2 * i] = i == 0 ? &ffi_type_sint : &level[i - 1];
      level[i] = make (0, 0, FFI_TYPE_STRUCT, &elements[2 * i]);
    }
  st = prep1 (&level[depth - 1]);
  if (st == FFI_OK)
    CHECK_EQ_UINT (level[depth - 1].size, sizeof (int));
  free (elements);
  free (level);
  return st;
}

static ffi_status nested_300 (void) { return nested (300); }
static ffi_status nested_5000 (void) { return nested (5000); }
static ffi_status nested_20000 (void) { return nested (20000); }

static ffi_status
struct_contains_itself_first (void)
{
  static ffi_type t;
  static ffi_type *elements[] = { &t, &ffi_type_sint, NULL };
  t = make (0, 0, FFI_TYPE_STRUCT, elements);
  return prep1 (&t);
}

static ffi_status
struct_contains_itself_size (void)
{
  /* libffi finds the struct's own partial size (4) when it reaches
     itself and adds it: 8 bytes.  */
  static ffi_type t;
  static ffi_type *elements[] = { &ffi_type_sint, &t, NULL };
  ffi_status st;
  t = make (0, 0, FFI_TYPE_STRUCT, elements);
  st = ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t, NULL);
  if (st == FFI_OK)
    {
      CHECK_EQ_UINT (t.size, 8);
      CHECK_EQ_UINT (t.alignment, 4);
    }
  return st;
}

static ffi_status
failed_layout_leaves_size (void)
{
  /* libffi writes the size as it goes: after the failure the struct has
     the size of its first member, and the next ffi_prep_cif takes it.  */
  ffi_type bad = make (0, 0, FFI_TYPE_STRUCT, NULL);
  ffi_type *elements[] = { &ffi_type_sint, &bad, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  CHECK_EQ_INT (prep1 (&t), FFI_BAD_TYPEDEF);
  CHECK_EQ_UINT (t.size, sizeof (int));
  return prep1 (&t);
}

static ffi_status
struct_preset_larger (void)
{
  ffi_type t = make (64, 8, FFI_TYPE_STRUCT, int_elements);
  ffi_status st = prep1 (&t);
  CHECK_EQ_UINT (t.size, 64);   /* taken as declared, not laid out */
  return st;
}

static ffi_status
struct_preset_smaller (void)
{
  static ffi_type *wide[] = { &ffi_type_sint64, &ffi_type_sint64, NULL };
  ffi_type t = make (2, 2, FFI_TYPE_STRUCT, wide);
  ffi_status st = prep1 (&t);
  CHECK_EQ_UINT (t.size, 2);
  return st;
}

static ffi_status
scalar_alignment_three (void)
{
  ffi_type t = make (4, 3, FFI_TYPE_SINT32, NULL);
  return prep1 (&t);
}

static ffi_status
scalar_alignment_zero (void)
{
  ffi_type t = make (4, 0, FFI_TYPE_SINT32, NULL);
  return prep1 (&t);
}

static ffi_status
scalar_size_zero_with_elements (void)
{
  /* Any type of size 0 is laid out from its elements.  */
  static ffi_type *parts[] = { &ffi_type_double, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_SINT64, parts);
  ffi_status st = prep1 (&t);
  if (st == FFI_OK)
    CHECK_EQ_UINT (t.size, 8);
  return st;
}

static ffi_status
member_alignment_three_layout (void)
{
  /* libffi rounds 1 up "to a multiple of 3" its way, ((1 - 1) | 2) + 1
     = 3; the struct, 9 bytes, the same way: (8 | 2) + 1 = 11.  */
  ffi_type bad = make (6, 3, FFI_TYPE_SINT32, NULL);
  ffi_type *elements[] = { &ffi_type_uint8, &bad, NULL };
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, elements);
  size_t offsets[2];
  ffi_status st = ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t, offsets);
  if (st == FFI_OK)
    {
      CHECK_EQ_UINT (offsets[1], 3);
      CHECK_EQ_UINT (t.size, 11);
    }
  return st;
}

static ffi_status
rtype_struct_null_elements_sized (void)
{
  ffi_type t = make (8, 8, FFI_TYPE_STRUCT, NULL);
  return prep_ret (&t);
}

static ffi_status
arg_code_past_last_sized (void)
{
  ffi_type t = make (4, 4, 200, NULL);
  return prep1 (&t);
}

static ffi_status
offsets_laid_out_again (void)
{
  /* A struct declared with a wrong size is laid out again.  */
  ffi_type t = make (99, 1, FFI_TYPE_STRUCT, int_elements);
  size_t offsets[1];
  ffi_status st = ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t, offsets);
  if (st == FFI_OK)
    CHECK_EQ_UINT (t.size, sizeof (int));
  return st;
}

static ffi_status prep_abi_n (int n) { return prep_abi (n); }
static ffi_status abi_0 (void) { return prep_abi_n (0); }
static ffi_status abi_1 (void) { return prep_abi_n (1); }
static ffi_status abi_2 (void) { return prep_abi_n (2); }
static ffi_status abi_3 (void) { return prep_abi_n (3); }
static ffi_status abi_4 (void) { return prep_abi_n (4); }
static ffi_status abi_5 (void) { return prep_abi_n (5); }
static ffi_status abi_6 (void) { return prep_abi_n (6); }
static ffi_status abi_7 (void) { return prep_abi_n (7); }
static ffi_status abi_8 (void) { return prep_abi_n (8); }
static ffi_status abi_9 (void) { return prep_abi_n (9); }

/* ---- ffi_get_struct_offsets --------------------------------------------- */

static ffi_status
offsets_bad_abi (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, int_elements);
  size_t offsets[1];
  return ffi_get_struct_offsets (FFI_LAST_ABI, &t, offsets);
}

static ffi_status
offsets_null_type (void)
{
  size_t offsets[1];
  return ffi_get_struct_offsets (FFI_DEFAULT_ABI, NULL, offsets);
}

static ffi_status
offsets_not_struct (void)
{
  size_t offsets[1];
  return ffi_get_struct_offsets (FFI_DEFAULT_ABI, &ffi_type_double, offsets);
}

static ffi_status
offsets_zero_elements (void)
{
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, no_elements);
  size_t offsets[1];
  return ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t, offsets);
}

static ffi_status
offsets_null_offsets (void)
{
  /* Allowed: lays the struct out and reports no offsets.  */
  ffi_type t = make (0, 0, FFI_TYPE_STRUCT, int_elements);
  ffi_status st = ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t, NULL);
  CHECK_EQ_UINT (t.size, sizeof (int));
  return st;
}

/* ---- Closures ------------------------------------------------------------ */

#if FFI_CLOSURES || FFI_GO_CLOSURES
static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif, (void) ret, (void) args, (void) user_data;
}
#endif

#if FFI_CLOSURES

static ffi_status
closure_free_null (void)
{
  ffi_closure_free (NULL);
  return FFI_OK;
}

static ffi_status
closure_alloc_null_code (void)
{
  CHECK (ffi_closure_alloc (sizeof (ffi_closure), NULL) == NULL);
  return FFI_OK;
}

/* ffi_prep_closure_loc with CIF on a closure from ffi_closure_alloc,
   which is freed again (never called).  */
static ffi_status
closure_with (ffi_cif *cif)
{
  void *code;
  ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  ffi_status st;
  CHECK (cl != NULL);
  st = ffi_prep_closure_loc (cl, cif, handler, NULL, code);
  ffi_closure_free (cl);
  return st;
}

/* A closure prepared with a cif whose ABI is not one the target has:
   FFI_BAD_ABI.  */
static ffi_status
closure_cif_abi (int abi)
{
  ffi_cif cif;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL));
  cif.abi = (ffi_abi) abi;
  return closure_with (&cif);
}

static ffi_status closure_abi_first (void) { return closure_cif_abi (FFI_FIRST_ABI); }
static ffi_status closure_abi_last (void) { return closure_cif_abi (FFI_LAST_ABI); }
static ffi_status closure_abi_bogus (void) { return closure_cif_abi (12345); }

/* Every ABI the target has: if ffi_prep_cif takes it, preparing a
   closure with it either works or says FFI_BAD_ABI.  */
static ffi_status
closure_every_abi (void)
{
  int abi;
  for (abi = FFI_FIRST_ABI + 1; abi < FFI_LAST_ABI; abi++)
    {
      ffi_cif cif;
      if (ffi_prep_cif (&cif, (ffi_abi) abi, 0, &ffi_type_void, NULL) == FFI_OK)
        {
          ffi_status st = closure_with (&cif);
          CHECK (st == FFI_OK || st == FFI_BAD_ABI);
        }
    }
  return FFI_OK;
}

static ffi_status closure_abi_2 (void) { return closure_cif_abi (2); }
static ffi_status closure_abi_3 (void) { return closure_cif_abi (3); }
static ffi_status closure_abi_4 (void) { return closure_cif_abi (4); }
static ffi_status closure_abi_5 (void) { return closure_cif_abi (5); }
static ffi_status closure_abi_7 (void) { return closure_cif_abi (7); }

static ffi_status
closure_null_fun (void)
{
  /* libffi stores whatever function it is given.  */
  ffi_cif cif;
  void *code;
  ffi_closure *cl;
  ffi_status st;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL));
  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);
  st = ffi_prep_closure_loc (cl, &cif, NULL, NULL, code);
  ffi_closure_free (cl);
  return st;
}

static ffi_status
closure_void_argument (void)
{
  ffi_cif cif;
  ffi_type *args[1] = { &ffi_type_void };
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, args));
  return closure_with (&cif);
}

static ffi_status
closure_null_closure (void)
{
  ffi_cif cif;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL));
  return ffi_prep_closure_loc (NULL, &cif, handler, NULL, NULL);
}

static ffi_status
closure_null_cif (void)
{
  return closure_with (NULL);
}

static ffi_status
closure_alloc_tiny (void)
{
  /* Less than an ffi_closure: allowed (the caller's business); the
     memory and the code are still good to free.  */
  void *code = NULL;
  void *p = ffi_closure_alloc (1, &code);
  CHECK (p != NULL && code != NULL);
  ffi_closure_free (p);
  p = ffi_closure_alloc (0, &code);
  CHECK (p != NULL && code != NULL);
  ffi_closure_free (p);
  return FFI_OK;
}
#endif

#if FFI_GO_CLOSURES
static ffi_status
go_closure_null (void)
{
  ffi_cif cif;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL));
  return ffi_prep_go_closure (NULL, &cif, handler);
}

static ffi_status
go_closure_bad_abi (void)
{
  ffi_cif cif;
  ffi_go_closure gc;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, NULL));
  cif.abi = FFI_LAST_ABI;
  return ffi_prep_go_closure (&gc, &cif, handler);
}
#endif


#define CRASHES LIBFFI_CRASHES
#define SAME NULL
static const struct {
  const char *name;
  ffi_status (*run) (void);
  int libffi;                   /* status, or LIBFFI_CRASHES */
  int stubffi;
  const char *why;              /* why they differ; SAME where they don't */
} rows[] = {
  /* ffi_prep_cif: the cif, the ABI.  */
  { "ffi_prep_cif (NULL cif)", null_cif, CRASHES, FFI_BAD_TYPEDEF,
    "libffi writes through the NULL pointer" },
  { "ffi_prep_cif_var (NULL cif)", null_cif_var, CRASHES, FFI_BAD_TYPEDEF,
    "libffi writes through the NULL pointer" },
  { "abi FFI_FIRST_ABI", abi_first, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  { "abi FFI_LAST_ABI", abi_last, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  { "abi past FFI_LAST_ABI", abi_past_last, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  { "abi -1", abi_negative, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  /* Every ABI number, those of other targets included.  */
  { "abi 0", abi_0, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  { "abi 1", abi_1,
    PS (PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_OK), FFI_BAD_ABI, FFI_OK),
    PS (PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_OK), FFI_BAD_ABI, FFI_OK),
    SAME },
  { "abi 2", abi_2,
    PS (PER_TARGET (FFI_OK, FFI_BAD_ABI, FFI_OK), FFI_BAD_ABI, FFI_BAD_ABI),
    PS (PER_TARGET (FFI_OK, FFI_BAD_ABI, FFI_OK), FFI_BAD_ABI, FFI_BAD_ABI),
    SAME },
  { "abi 3", abi_3, RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK),
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK), SAME },
  { "abi 4", abi_4, RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK),
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK), SAME },
  { "abi 5", abi_5, PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
  { "abi 6", abi_6, PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
  { "abi 7", abi_7, PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
  { "abi 8", abi_8,
    PS (PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), FFI_OK, FFI_BAD_ABI),
    PS (PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), FFI_OK, FFI_BAD_ABI),
    SAME },
  { "abi 9", abi_9, PS (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PS (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },

  /* ffi_prep_cif: the types.  */
  { "NULL return type", null_rtype, CRASHES, FFI_BAD_TYPEDEF,
    "libffi reads the NULL type" },
  { "NULL argument type array, nargs 2", null_atypes, CRASHES,
    FFI_BAD_TYPEDEF, "libffi reads the NULL array" },
  { "NULL argument type", null_atype, CRASHES, FFI_BAD_TYPEDEF,
    "libffi reads the NULL type" },
  { "void argument", void_arg, FFI_OK, FFI_OK, SAME },
  { "void argument among others", void_argument_among_others, FFI_OK,
    FFI_OK, SAME },
  { "void return whose size was set to 0", void_return_size_zero,
    FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, SAME },
  { "struct with NULL elements", struct_null_elements, FFI_BAD_TYPEDEF,
    FFI_BAD_TYPEDEF, SAME },
  { "struct with zero elements", struct_zero_elements, FFI_BAD_TYPEDEF,
    FFI_BAD_TYPEDEF, SAME },
  { "struct with zero elements, returned", struct_zero_elements_return,
    FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, SAME },
  { "sized struct with zero elements", struct_sized_zero_elements,
    PS (ON_ARM (CRASHES, FFI_OK,
                RV (PER_TARGET (FFI_OK, FFI_OK, CRASHES), FFI_OK)),
        FFI_OK, FFI_OK),
    PS (ON_ARM (FFI_OK, FFI_OK,
                RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_TYPEDEF), FFI_OK)),
        FFI_OK, FFI_OK),
    PS (ON_ARM ("libffi's VFP classification reads the missing first "
                "member", SAME,
                RV (PER_TARGET (SAME, SAME,
                                "libffi's aarch64 classification reads the "
                                "missing first member"), SAME)),
        SAME, SAME) },
  { "sized struct with NULL elements, returned",
    rtype_struct_null_elements_sized,
    PS (ON_ARM (CRASHES, FFI_OK,
                RV (PER_TARGET (CRASHES, FFI_OK, CRASHES), FFI_OK)),
        CRASHES, FFI_OK),
    PS (ON_ARM (FFI_OK, FFI_OK,
                RV (PER_TARGET (FFI_BAD_TYPEDEF, FFI_OK, FFI_BAD_TYPEDEF),
                    FFI_OK)),
        FFI_BAD_TYPEDEF, FFI_OK),
    PS (ON_ARM ("libffi's VFP classification reads the NULL element list",
                SAME,
                RV (PER_TARGET ("libffi's classification reads the NULL "
                                "element list", SAME,
                                "libffi's classification reads the NULL "
                                "element list"), SAME)),
        "libffi's classification reads the NULL element list", SAME) },
  { "struct with a void member", struct_void_member, FFI_OK, FFI_OK, SAME },
  { "struct with a malformed struct member", struct_null_member_struct,
    FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, SAME },
  { "failed layout leaves its partial size", failed_layout_leaves_size,
    FFI_OK, FFI_OK, SAME },
  { "struct that contains itself (after a member)", struct_contains_itself,
    PER_TARGET (CRASHES, FFI_OK, FFI_OK),
    PER_TARGET (FFI_BAD_TYPEDEF, FFI_OK, FFI_OK),
    PER_TARGET ("libffi's x86-64 classification recurses forever", SAME,
                SAME) },
  { "struct that contains itself, its size", struct_contains_itself_size,
    FFI_OK, FFI_OK, SAME },
  { "struct that contains itself first", struct_contains_itself_first,
    CRASHES, FFI_BAD_TYPEDEF, "libffi's layout recurses forever" },
  { "300 nested structs", nested_300, FFI_OK, FFI_OK, SAME },
  { "1000 nested structs", struct_too_deep, FFI_OK, FFI_OK, SAME },
  { "5000 nested structs", nested_5000, FFI_OK, FFI_OK, SAME },
  { "20000 nested structs", nested_20000, FFI_OK, FFI_BAD_TYPEDEF,
    "stubffi stops at 10,000 levels: libffi's recursion has no bound and "
    "overflows the stack of a small thread, or on any cycle" },
  { "struct declared larger than its members", struct_preset_larger, FFI_OK,
    FFI_OK, SAME },
  { "struct declared smaller than its members", struct_preset_smaller,
    FFI_OK, FFI_OK, SAME },
  { "scalar of size 0", scalar_size_zero, FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF,
    SAME },
  { "scalar of size 0 with elements", scalar_size_zero_with_elements,
    FFI_OK, FFI_OK, SAME },
  { "scalar of alignment 3", scalar_alignment_three, FFI_OK, FFI_OK, SAME },
  { "scalar of alignment 0", scalar_alignment_zero, FFI_OK, FFI_OK, SAME },
  { "type code past FFI_TYPE_LAST, returned", type_code_past_last,
    PS (PER_TARGET (FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, CRASHES), FFI_OK,
        FFI_OK),
    PS (FFI_BAD_TYPEDEF, FFI_OK, FFI_OK),
    PS (PER_TARGET (SAME, SAME, "libffi's aarch64 port aborts"), SAME,
        SAME) },
  { "argument type code 200", arg_code_past_last_sized,
    PER_TARGET (CRASHES, FFI_OK, FFI_OK), FFI_BAD_TYPEDEF,
    PS (PER_TARGET ("libffi aborts",
                    "libffi aborts in ffi_call instead",
                    "libffi crashes in ffi_call instead"),
        "libffi passes a value of no known type",
        "libffi passes a value of no known type") },
  { "member type code 200", member_code_past_last,
    PER_TARGET (CRASHES, FFI_OK, FFI_OK),
    PER_TARGET (FFI_BAD_TYPEDEF, FFI_OK, FFI_OK),
    PER_TARGET ("libffi's x86-64 classification aborts", SAME, SAME) },
  { "member alignment 0", member_alignment_zero, FFI_BAD_TYPEDEF,
    FFI_BAD_TYPEDEF, SAME },
  { "member alignment 3", member_alignment_three, FFI_OK, FFI_OK, SAME },
  { "member alignment 3, its layout", member_alignment_three_layout, FFI_OK,
    FFI_OK, SAME },
  { "complex of size 0", complex_unsized, PS (FFI_OK, CRASHES, FFI_OK),
    FFI_OK,
    PS (SAME, "libffi 3.4's powerpc port has no complex types: it aborts",
        SAME) },
  { "complex with NULL elements", complex_null_elements,
    PS (ON_ARM (CRASHES, FFI_OK, PER_TARGET (CRASHES, FFI_OK, CRASHES)),
        CRASHES, FFI_OK),
    PS (FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, FFI_OK),
    PS (ON_ARM ("libffi reads the NULL element list",
                "libffi reads the NULL element list in ffi_call instead",
                PER_TARGET ("libffi reads the NULL element list",
                            "libffi reads the NULL element list in ffi_call "
                            "instead", "libffi reads the NULL element list")),
        "libffi reads the NULL element list", SAME) },

  /* ffi_prep_cif_var.  */
  { "ffi_prep_cif_var nfixed > nargs", var_nfixed_past_nargs, FFI_OK,
    FFI_OK, SAME },
  { "ffi_prep_cif_var nfixed 3, no arguments", var_nfixed_past_nargs_no_args,
    FFI_OK, FFI_OK, SAME },
  { "ffi_prep_cif_var variadic float", var_float_variadic, FFI_BAD_ARGTYPE,
    FFI_BAD_ARGTYPE, SAME },
  { "ffi_prep_cif_var variadic copy of ffi_type_float",
    var_float_copy_variadic, FFI_OK, FFI_OK, SAME },
  { "ffi_prep_cif_var variadic char", var_char_variadic, FFI_BAD_ARGTYPE,
    FFI_BAD_ARGTYPE, SAME },
  { "ffi_prep_cif_var variadic short", var_short_variadic, FFI_BAD_ARGTYPE,
    FFI_BAD_ARGTYPE, SAME },
  { "ffi_prep_cif_var variadic void", var_void_variadic, FFI_BAD_ARGTYPE,
    FFI_BAD_ARGTYPE, SAME },
  { "ffi_prep_cif_var variadic 1-byte struct", var_struct_variadic, FFI_OK,
    FFI_OK, SAME },
  { "ffi_prep_cif_var fixed float", var_fixed_narrow, FFI_OK, FFI_OK, SAME },
  { "ffi_prep_cif_var nfixed 0, variadic char", var_no_fixed_narrow,
    FFI_BAD_ARGTYPE, FFI_BAD_ARGTYPE, SAME },
  { "ffi_prep_cif_var bad abi", var_bad_abi, FFI_BAD_ABI, FFI_BAD_ABI, SAME },
  { "ffi_prep_cif_var NULL variadic type", var_null_variadic, CRASHES,
    FFI_BAD_TYPEDEF, "libffi reads the NULL type" },

  /* ffi_get_struct_offsets.  */
  { "ffi_get_struct_offsets bad abi", offsets_bad_abi, FFI_BAD_ABI,
    FFI_BAD_ABI, SAME },
  { "ffi_get_struct_offsets NULL type", offsets_null_type, CRASHES,
    FFI_BAD_TYPEDEF, "libffi reads the NULL type" },
  { "ffi_get_struct_offsets of double", offsets_not_struct, FFI_BAD_TYPEDEF,
    FFI_BAD_TYPEDEF, SAME },
  { "ffi_get_struct_offsets zero elements", offsets_zero_elements,
    FFI_BAD_TYPEDEF, FFI_BAD_TYPEDEF, SAME },
  { "ffi_get_struct_offsets NULL offsets", offsets_null_offsets, FFI_OK,
    FFI_OK, SAME },
  { "ffi_get_struct_offsets of a struct declared with a wrong size",
    offsets_laid_out_again, FFI_OK, FFI_OK, SAME },
#if FFI_CLOSURES
  /* Closures.  */
  { "ffi_closure_free (NULL)", closure_free_null, FFI_OK, FFI_OK, SAME },
  { "ffi_closure_alloc (NULL code)", closure_alloc_null_code, FFI_OK, FFI_OK,
    SAME },
  { "ffi_closure_alloc (1 and 0 bytes)", closure_alloc_tiny, FFI_OK, FFI_OK,
    SAME },
  { "closure, cif abi FFI_FIRST_ABI", closure_abi_first, FFI_BAD_ABI,
    FFI_BAD_ABI, SAME },
  { "closure, cif abi FFI_LAST_ABI", closure_abi_last, FFI_BAD_ABI,
    FFI_BAD_ABI, SAME },
  { "closure, cif abi 12345", closure_abi_bogus, FFI_BAD_ABI, FFI_BAD_ABI,
    SAME },
  { "closure, cif abi 2", closure_abi_2,
    PS (PER_TARGET (FFI_OK, FFI_BAD_ABI, FFI_OK), FFI_BAD_ABI, FFI_BAD_ABI),
    PS (PER_TARGET (FFI_OK, FFI_BAD_ABI, FFI_OK), FFI_BAD_ABI, FFI_BAD_ABI),
    SAME },
  { "closure, cif abi 3", closure_abi_3,
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK),
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK), SAME },
  { "closure, cif abi 4", closure_abi_4,
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK),
    RV (PER_TARGET (FFI_OK, FFI_OK, FFI_BAD_ABI), FFI_OK), SAME },
  { "closure, cif abi 5", closure_abi_5,
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
  { "closure, cif abi 7", closure_abi_7,
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PER_TARGET (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
  { "closure, every abi of the target", closure_every_abi, FFI_OK, FFI_OK,
    SAME },
  { "closure with a void argument", closure_void_argument, FFI_OK, FFI_OK,
    SAME },
  { "ffi_prep_closure_loc (NULL fun)", closure_null_fun, FFI_OK, FFI_OK,
    SAME },
  { "ffi_prep_closure_loc (NULL closure)", closure_null_closure, CRASHES,
    FFI_BAD_TYPEDEF, "libffi writes through the NULL pointer" },
  { "ffi_prep_closure_loc (NULL cif)", closure_null_cif, CRASHES,
    FFI_BAD_TYPEDEF, "libffi reads the NULL cif" },
#endif
#if FFI_GO_CLOSURES
  { "ffi_prep_go_closure (NULL closure)", go_closure_null, CRASHES,
    FFI_BAD_TYPEDEF, "libffi writes through the NULL pointer" },
  { "ffi_prep_go_closure, cif abi FFI_LAST_ABI", go_closure_bad_abi,
    PS (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI),
    PS (FFI_BAD_ABI, FFI_OK, FFI_BAD_ABI), SAME },
#endif
};

/* Runs a row in a child: its status, or -1 if the child died (by a
   signal, or after 60 seconds), -2 if it exited without one.  */
static int
run_row (unsigned i)
{
  int fds[2], wstatus;
  pid_t pid;
  ffi_status st;
  ssize_t n;

  fflush (stdout);
  CHECK (pipe (fds) == 0);
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    {
      close (fds[0]);
      alarm (60);
      st = rows[i].run ();
      if (write (fds[1], &st, sizeof st) != (ssize_t) sizeof st)
        _exit (2);
      _exit (0);
    }
  close (fds[1]);
  n = read (fds[0], &st, sizeof st);
  close (fds[0]);
  CHECK (waitpid (pid, &wstatus, 0) == pid);
  if (WIFSIGNALED (wstatus))
    return -1;
  if (n != (ssize_t) sizeof st || !WIFEXITED (wstatus)
      || WEXITSTATUS (wstatus) != 0)
    return -2;
  return (int) st;
}

int
main (void)
{
  unsigned i, failed = 0, differ = 0;

  for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
    {
      int got = run_row (i);
#ifdef ORACLE
      int want = rows[i].libffi;
#else
      int want = rows[i].stubffi;
#endif
      printf ("%s: libffi %d, stubffi %d: got %d\n", rows[i].name,
              rows[i].libffi, rows[i].stubffi, got);
      /* The table itself: a reason exactly where the columns differ, and
         they differ only where libffi crashes or takes what it then
         cannot call.  */
      if ((rows[i].libffi != rows[i].stubffi) != (rows[i].why != SAME)
          || (rows[i].libffi != rows[i].stubffi
              && rows[i].libffi != LIBFFI_CRASHES && rows[i].why == SAME))
        {
          fprintf (stderr, "%s: the row's columns and reason disagree\n",
                   rows[i].name);
          failed++;
        }
      differ += rows[i].libffi != rows[i].stubffi;
      if (want == LIBFFI_CRASHES ? got != -1 : got != want)
        {
          fprintf (stderr, "%s: got %d, expected %d\n", rows[i].name, got,
                   want);
          failed++;
        }
    }
  printf ("%u rows, %u where stubffi differs from libffi\n", i, differ);
  CHECK_EQ_UINT (failed, 0);
  return 0;
}
