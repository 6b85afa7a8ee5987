/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Misuse, end to end: every misuse of the API that libffi documents or
   tolerates, one row each, gets its status (or, for the calls that
   return nothing, does nothing) and no crash.  The rows print their
   names, so a crash or a wrong status names the row.  (Freeing a pointer
   that is not a live closure aborts instead: libffi.closures/
   cls_free_not_closure.c.)  */

#include "testffi.h"

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

static const struct {
  const char *name;
  ffi_status (*run) (void);
  ffi_status want;
} rows[] = {
  { "ffi_prep_cif (NULL cif)", null_cif, FFI_BAD_TYPEDEF },
  { "ffi_prep_cif_var (NULL cif)", null_cif_var, FFI_BAD_TYPEDEF },
  { "abi FFI_FIRST_ABI", abi_first, FFI_BAD_ABI },
  { "abi FFI_LAST_ABI", abi_last, FFI_BAD_ABI },
  { "abi past FFI_LAST_ABI", abi_past_last, FFI_BAD_ABI },
  { "abi -1", abi_negative, FFI_BAD_ABI },
  { "NULL return type", null_rtype, FFI_BAD_TYPEDEF },
  { "NULL argument type array, nargs 2", null_atypes, FFI_BAD_TYPEDEF },
  { "NULL argument type", null_atype, FFI_BAD_TYPEDEF },
  { "void argument", void_arg, FFI_BAD_TYPEDEF },
  { "struct with NULL elements", struct_null_elements, FFI_BAD_TYPEDEF },
  { "struct with zero elements", struct_zero_elements, FFI_BAD_TYPEDEF },
  { "struct with zero elements, returned", struct_zero_elements_return,
    FFI_BAD_TYPEDEF },
  { "sized struct with zero elements", struct_sized_zero_elements,
    FFI_BAD_TYPEDEF },
  { "struct with a void member", struct_void_member, FFI_BAD_TYPEDEF },
  { "struct with a malformed struct member", struct_null_member_struct,
    FFI_BAD_TYPEDEF },
  { "struct that contains itself", struct_contains_itself, FFI_BAD_TYPEDEF },
  { "1000 nested structs", struct_too_deep, FFI_BAD_TYPEDEF },
  { "scalar of size 0", scalar_size_zero, FFI_BAD_TYPEDEF },
  { "type code past FFI_TYPE_LAST", type_code_past_last, FFI_BAD_TYPEDEF },
  { "member type code 200", member_code_past_last, FFI_BAD_TYPEDEF },
  { "member alignment 0", member_alignment_zero, FFI_BAD_TYPEDEF },
  { "member alignment 3", member_alignment_three, FFI_BAD_TYPEDEF },
  { "complex of size 0", complex_unsized, FFI_BAD_TYPEDEF },
  { "complex with NULL elements", complex_null_elements, FFI_BAD_TYPEDEF },
  { "ffi_prep_cif_var nfixed > nargs", var_nfixed_past_nargs,
    FFI_BAD_ARGTYPE },
  { "ffi_prep_cif_var variadic float", var_float_variadic, FFI_BAD_ARGTYPE },
  { "ffi_prep_cif_var variadic char", var_char_variadic, FFI_BAD_ARGTYPE },
  { "ffi_prep_cif_var variadic short", var_short_variadic, FFI_BAD_ARGTYPE },
  { "ffi_prep_cif_var bad abi", var_bad_abi, FFI_BAD_ABI },
  { "ffi_prep_cif_var NULL variadic type", var_null_variadic,
    FFI_BAD_TYPEDEF },
  { "ffi_get_struct_offsets bad abi", offsets_bad_abi, FFI_BAD_ABI },
  { "ffi_get_struct_offsets NULL type", offsets_null_type, FFI_BAD_TYPEDEF },
  { "ffi_get_struct_offsets of double", offsets_not_struct, FFI_BAD_TYPEDEF },
  { "ffi_get_struct_offsets zero elements", offsets_zero_elements,
    FFI_BAD_TYPEDEF },
  { "ffi_get_struct_offsets NULL offsets", offsets_null_offsets, FFI_OK },
#if FFI_CLOSURES
  { "ffi_closure_free (NULL)", closure_free_null, FFI_OK },
  { "ffi_closure_alloc (NULL code)", closure_alloc_null_code, FFI_OK },
  { "ffi_closure_alloc (1 and 0 bytes)", closure_alloc_tiny, FFI_OK },
  { "closure, cif abi FFI_FIRST_ABI", closure_abi_first, FFI_BAD_ABI },
  { "closure, cif abi FFI_LAST_ABI", closure_abi_last, FFI_BAD_ABI },
  { "closure, cif abi 12345", closure_abi_bogus, FFI_BAD_ABI },
  { "closure, every abi of the target", closure_every_abi, FFI_OK },
  { "ffi_prep_closure_loc (NULL closure)", closure_null_closure,
    FFI_BAD_TYPEDEF },
  { "ffi_prep_closure_loc (NULL cif)", closure_null_cif, FFI_BAD_TYPEDEF },
#endif
#if FFI_GO_CLOSURES
  { "ffi_prep_go_closure (NULL closure)", go_closure_null, FFI_BAD_TYPEDEF },
  { "ffi_prep_go_closure, cif abi FFI_LAST_ABI", go_closure_bad_abi,
    FFI_BAD_ABI },
#endif
};

int
main (void)
{
  unsigned i, failed = 0;

  for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
    {
      ffi_status got;
      printf ("%s: ", rows[i].name);
      fflush (stdout);
      got = rows[i].run ();
      printf ("%d\n", (int) got);
      if (got != rows[i].want)
        {
          fprintf (stderr, "%s: status %d, expected %d\n", rows[i].name,
                   (int) got, (int) rows[i].want);
          failed++;
        }
    }
  CHECK_EQ_UINT (failed, 0);
  return 0;
}
