/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning int32_t.

   many_fn takes eight int32_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a full ffi_sarg, as libffi
   requires; the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  */

#include "closuretest.h"

typedef int32_t (*many_fn) (int32_t, int32_t, int32_t, int32_t, int, int32_t,
                            int32_t, int32_t, int32_t);
typedef int32_t (*one_fn) (int32_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const int32_t rows[][9] = {
  { INT32_MIN, INT32_MAX, -1, 1, -1520786086, 1520786085, -1019428036,
    1019428035, -1771530647 },
  { 0, -2, -2147483647, 305419896, -305419897, 2, 1073741824, -1073741825,
    INT32_MIN },
  { 286331153, 572662306, 858993459, 1145324612, 1431655765, 1717986918,
    2004318071, -2004318072, INT32_MAX },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const int32_t ones[] = {
  0, 1, -1, INT32_MAX, INT32_MIN, -1520786086, 1520786085
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
      CHECK_EQ_INT (*(int32_t *) args[i], rows[row][j]);
      j++;
    }
  CT_RET_SINT (ret, rows[row][8]);
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int32_t v = *(int32_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  CT_RET_SINT (ret, (int32_t) ~v);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_sint32 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_sint32;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_sint32,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint32,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const int32_t *a = rows[row];
      int32_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_INT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      int32_t r = one (ones[i]);
      CHECK_EQ_INT (r, (int32_t) ~ones[i]);
    }

  CHECK_EQ_UINT (calls, NROWS + NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
