/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning int64_t.

   many_fn takes eight int64_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a whole int64_t (a full ffi_sarg
   where that is 64 bits; wider than ffi_sarg on 32-bit targets); the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  */

#include "closuretest.h"

typedef int64_t (*many_fn) (int64_t, int64_t, int64_t, int64_t, int, int64_t,
                            int64_t, int64_t, int64_t);
typedef int64_t (*one_fn) (int64_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const int64_t rows[][9] = {
  { INT64_MIN, INT64_MAX, -1, 1, -6531383324265626278ll,
    6531383324265626277ll, -4378826311808040960ll, 3275539260ll,
    -7608384715226507671ll },
  { 0, -2, -9223372036854775807ll, 1311768467463790320ll,
    -1311768467463790321ll, 4294967295ll, -4294967296ll, 4294967296ll,
    INT64_MIN },
  { 1229782938247303441ll, 2459565876494606882ll, 3689348814741910323ll,
    4919131752989213764ll, 6148914691236517205ll, 7378697629483820646ll,
    8608480567731124087ll, -8608480567731124088ll, INT64_MAX },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const int64_t ones[] = {
  0, 1, -1, INT64_MAX, INT64_MIN, -6531383324265626278ll, 4294967296ll
};
#define NONES ((int) (sizeof ones / sizeof ones[0]))

static ffi_cif many_cif, one_cif;
static char many_tag, one_tag;
static int row;
static unsigned calls;

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int i, j;
  CHECK (cif == &many_cif);
  CHECK (user_data == &many_tag);
  for (i = 0, j = 0; i < 9; i++)
    {
      if (i == 4)
        {
          CHECK_EQ_INT (*(int *) args[i], MARKER + row);
          continue;
        }
      CHECK_EQ_INT (*(int64_t *) args[i], rows[row][j]);
      j++;
    }
  *(int64_t *) ret = rows[row][8];
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int64_t v = *(int64_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  *(int64_t *) ret = (int64_t) ~v;
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_sint64 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_sint64;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_sint64,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint64,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const int64_t *a = rows[row];
      int64_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_INT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      int64_t r = one (ones[i]);
      CHECK_EQ_INT (r, (int64_t) ~ones[i]);
    }

  CHECK_EQ_UINT (calls, NROWS + NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
