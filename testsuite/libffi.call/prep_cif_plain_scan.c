/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_prep_cif's one pass over plain scalar arguments (integers,
   pointers, float, double) must accept exactly what the full checks
   accept and place the arguments as the machdep's own pass does.

   The pass ORs each argument's type code and size - 1, and indexes a
   table by the low byte of the code, so the cases are chosen against
   it: at every position of 8 arguments, a NULL, a size 0, a code whose
   low byte is a valid scalar code but whose high byte is not 0, a code
   of 1000 with a size that makes code + size - 1 wrap around to 0, all
   FFI_BAD_TYPEDEF; an int of size 17 (past what the pass takes) and
   long double or struct among scalars, FFI_OK through the full path.

   Then, on x86-64, aarch64 and riscv64 (whose machdeps use the pass's
   count), every signature of 0 to 20 arguments drawn from int, double, float
   and pointer, with the argument counts around the register limits, and
   signatures of 65535, 65536 and 70000 arguments (the pass's counters
   are 16 bits wide: past them the full path runs), get the cif->bytes
   and cif->flags that the machdep's per-argument pass gives: the same
   signature with the integer types replaced by copies 32 bytes wide,
   which these conventions place as the originals but which the one pass
   turns down.  Calls through the cifs check the placement end to end.
   So does a float declared 12 bytes wide, which the pass takes but whose
   size matters on aarch64's stack.  */

#include "testffi.h"

#define MAXN 20

static ffi_type wide_sint, wide_pointer;

static ffi_status
prep8_with (unsigned pos, ffi_type *bad)
{
  ffi_type *types[8] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint64,
                         &ffi_type_float, &ffi_type_pointer, &ffi_type_sshort,
                         &ffi_type_double, &ffi_type_sint };
  ffi_cif cif;
  types[pos] = bad;
  return ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 8, &ffi_type_slong, types);
}

static void
bad_types_everywhere (void)
{
  unsigned pos;
  for (pos = 0; pos < 8; pos++)
    {
      ffi_type size0 = { 0, 4, FFI_TYPE_SINT32, NULL };
      ffi_type high = { 4, 4, 0x100 | FFI_TYPE_SINT32, NULL };
      ffi_type high_double = { 8, 8, 0x300 | FFI_TYPE_DOUBLE, NULL };
      ffi_type wrap = { (size_t) 0 - 1000 + 1, 4, 1000, NULL };
      ffi_type void_arg = { 1, 1, FFI_TYPE_VOID, NULL };
      ffi_type wide = { 17, 4, FFI_TYPE_SINT32, NULL };
      ffi_type *ld_elems[] = { &ffi_type_longdouble, NULL };
      ffi_type st = { 0, 0, FFI_TYPE_STRUCT, ld_elems };

      CHECK_EQ_INT (prep8_with (pos, NULL), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (prep8_with (pos, &size0), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (prep8_with (pos, &high), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (prep8_with (pos, &high_double), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (prep8_with (pos, &wrap), FFI_BAD_TYPEDEF);
      /* libffi takes a void argument (and passes nothing for it).  */
      CHECK_EQ_INT (prep8_with (pos, &void_arg), FFI_OK);
      CHECK_EQ_INT (prep8_with (pos, &wide), FFI_OK);
      CHECK_EQ_INT (prep8_with (pos, &ffi_type_longdouble), FFI_OK);
      CHECK_EQ_INT (prep8_with (pos, &st), FFI_OK);
      CHECK_EQ_UINT (st.size, sizeof (long double));
    }
  printf ("bad and unusual types at every position: ok\n");
}

/* The four plain kinds, and their 32-byte-wide twins (integers only: a
   float or double's size matters on some stacks).  */
static ffi_type *const kinds[4] = { &ffi_type_sint, &ffi_type_double,
                                    &ffi_type_float, &ffi_type_pointer };

static ffi_type *
twin (ffi_type *t)
{
  if (t == &ffi_type_sint)
    return &wide_sint;
  if (t == &ffi_type_pointer)
    return &wide_pointer;
  return t;
}

/* f(a0, ..., an-1): a weighted sum that tells the arguments apart.  */
static double
weighted (ffi_type **types, void **values, unsigned n)
{
  double s = 0;
  unsigned i;
  for (i = 0; i < n; i++)
    {
      double v;
      if (types[i] == &ffi_type_sint)
        v = *(int *) values[i];
      else if (types[i] == &ffi_type_double)
        v = *(double *) values[i];
      else if (types[i] == &ffi_type_float)
        v = *(float *) values[i];
      else
        v = (double) (uintptr_t) *(void **) values[i];
      s += v * (i + 1);
    }
  return s;
}

#if defined(__x86_64__) || defined(__aarch64__) || defined(__riscv)
# define COMPARES_PLACEMENT 1
#else
# define COMPARES_PLACEMENT 0
#endif

/* The closure side: the handler recomputes the sum from what arrived.  */
static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) user_data;
  *(double *) ret = weighted (cif->arg_types, args, cif->nargs);
}

static void
check_signature (ffi_type **types, unsigned n)
{
  ffi_cif plain, general;
  ffi_type *twins[MAXN];
  int ints[MAXN];
  double dbls[MAXN];
  float flts[MAXN];
  void *ptrs[MAXN];
  void *values[MAXN];
  unsigned i, has_int = 0;
  ffi_closure *cl;
  void *code;
  double got;

  for (i = 0; i < n; i++)
    {
      twins[i] = twin (types[i]);
      has_int |= twins[i] != types[i];
      ints[i] = (int) (i * 7 + 1);
      dbls[i] = i * 0.5 + 0.25;
      flts[i] = (float) (i * 0.25 + 0.5);
      ptrs[i] = (void *) (uintptr_t) (i * 16 + 3);
      values[i] = types[i] == &ffi_type_sint ? (void *) &ints[i]
                  : types[i] == &ffi_type_double ? (void *) &dbls[i]
                  : types[i] == &ffi_type_float ? (void *) &flts[i]
                  : (void *) &ptrs[i];
    }
  CHECK_OK (ffi_prep_cif (&plain, FFI_DEFAULT_ABI, n, &ffi_type_double,
                          types));
  if (COMPARES_PLACEMENT && has_int)
    {
      CHECK_OK (ffi_prep_cif (&general, FFI_DEFAULT_ABI, n, &ffi_type_double,
                              twins));
      CHECK_EQ_UINT (plain.bytes, general.bytes);
      CHECK_EQ_UINT (plain.flags, general.flags);
    }

  /* End to end: a closure of the signature, called through ffi_call.  */
  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &plain, handler, NULL, code));
  ffi_call (&plain, FFI_FN (code), &got, values);
  CHECK (got == weighted (types, values, n));
  ffi_closure_free (cl);
}

static void
all_signatures (void)
{
  static ffi_type *types[MAXN];
  unsigned n, count = 0;

  /* Every signature of up to 6 arguments; longer ones by patterns that
     cross the register limits (6 and 8 integer, 8 vector registers).  */
  for (n = 0; n <= 6; n++)
    {
      unsigned long combo, ncombo = 1ul << (2 * n);
      for (combo = 0; combo < ncombo; combo++)
        {
          unsigned i;
          for (i = 0; i < n; i++)
            types[i] = kinds[(combo >> (2 * i)) & 3];
          check_signature (types, n);
          count++;
        }
    }
  for (n = 7; n <= MAXN; n++)
    {
      unsigned pattern;
      for (pattern = 0; pattern < 64; pattern++)
        {
          unsigned i;
          for (i = 0; i < n; i++)
            types[i] = kinds[(pattern * 2654435761u >> (i % 16 * 2)) & 3];
          if (pattern < 4)      /* all of one kind */
            for (i = 0; i < n; i++)
              types[i] = kinds[pattern];
          check_signature (types, n);
          count++;
        }
    }
  printf ("%u signatures: ok\n", count);
}

/* A float declared 12 bytes wide passes the one pass (sizes up to 16
   do), but on aarch64 its size decides its place on the stack: the
   placement must still be the per-argument pass's, whether the float
   lands in a register (2 doubles before it) or on the stack (9).  */
static void
odd_sized_float (void)
{
  ffi_type float12 = ffi_type_float;
  ffi_type *types[12], *twins[12];
  unsigned ndbl, n, i;

  float12.size = 12;
  for (ndbl = 2; ndbl <= 9; ndbl += 7)
    {
      ffi_cif plain, general;
      n = 0;
      types[n++] = &ffi_type_sint;
      for (i = 0; i < ndbl; i++)
        types[n++] = &ffi_type_double;
      types[n++] = &float12;
      types[n++] = &ffi_type_sint;
      for (i = 0; i < n; i++)
        twins[i] = twin (types[i]);
      CHECK_OK (ffi_prep_cif (&plain, FFI_DEFAULT_ABI, n, &ffi_type_sint,
                              types));
      CHECK_OK (ffi_prep_cif (&general, FFI_DEFAULT_ABI, n, &ffi_type_sint,
                              twins));
      if (COMPARES_PLACEMENT)
        {
          CHECK_EQ_UINT (plain.bytes, general.bytes);
          CHECK_EQ_UINT (plain.flags, general.flags);
        }
    }
  printf ("a 12-byte float: ok\n");
}

/* More arguments than the pass's 16-bit counters hold.  */
static void
huge_signatures (void)
{
  static const unsigned sizes[] = { 65535, 65536, 70000 };
  unsigned k;

  for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
    {
      unsigned n = sizes[k], i;
      ffi_type **types = malloc (n * sizeof *types);
      ffi_type **twins = malloc (n * sizeof *twins);
      ffi_cif plain, general;
      CHECK (types != NULL && twins != NULL);
      for (i = 0; i < n; i++)
        {
          types[i] = i % 3 == 1 ? &ffi_type_double : &ffi_type_sint;
          twins[i] = twin (types[i]);
        }
      CHECK_OK (ffi_prep_cif (&plain, FFI_DEFAULT_ABI, n, &ffi_type_sint,
                              types));
      CHECK_OK (ffi_prep_cif (&general, FFI_DEFAULT_ABI, n, &ffi_type_sint,
                              twins));
      if (COMPARES_PLACEMENT)
        {
          CHECK_EQ_UINT (plain.bytes, general.bytes);
          CHECK_EQ_UINT (plain.flags, general.flags);
        }
      free (types);
      free (twins);
    }
  printf ("65535, 65536 and 70000 arguments: ok\n");
}

int
main (void)
{
  wide_sint = ffi_type_sint;
  wide_sint.size = 32;
  wide_pointer = ffi_type_pointer;
  wide_pointer.size = 32;

  bad_types_everywhere ();
  all_signatures ();
  odd_sized_float ();
  huge_signatures ();
  return 0;
}

/* { dg-output "bad and unusual types at every position: ok\n" } */
/* { dg-output "\[0-9\]+ signatures: ok\n" } */
/* { dg-output "a 12-byte float: ok\n" } */
/* { dg-output "65535, 65536 and 70000 arguments: ok" } */
