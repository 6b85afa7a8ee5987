/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning int8_t.

   many_fn takes eight int8_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a full ffi_sarg, as libffi
   requires; the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  Through a pointer typed as
   returning int32_t the caller also checks that the value comes back
   sign-extended to 32 bits, as libffi does.  */

#include "closuretest.h"

typedef int8_t (*many_fn) (int8_t, int8_t, int8_t, int8_t, int, int8_t,
                           int8_t, int8_t, int8_t);
typedef int8_t (*one_fn) (int8_t);
typedef int32_t (*one_wide_fn) (int8_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const int8_t rows[][9] = {
  { -128, 127, -1, 1, -91, 90, -60, 60, -106 },
  { 0, -2, -127, 16, -17, 2, 64, -65, -128 },
  { 17, 34, 51, 68, 85, 102, 119, -120, 127 },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const int8_t ones[] = {
  0, 1, -1, 127, -128, -91, 90
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
      CHECK_EQ_INT (*(int8_t *) args[i], rows[row][j]);
      j++;
    }
  CT_RET_SINT (ret, rows[row][8]);
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int8_t v = *(int8_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  CT_RET_SINT (ret, (int8_t) ~v);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_sint8 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_sint8;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_sint8,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint8,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const int8_t *a = rows[row];
      int8_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_INT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      int8_t r = one (ones[i]);
      CHECK_EQ_INT (r, (int8_t) ~ones[i]);
      {
        int32_t w = ((one_wide_fn) (void *) one) (ones[i]);
        CHECK_EQ_INT (w, (int8_t) ~ones[i]);
      }
    }

  CHECK_EQ_UINT (calls, NROWS + 2 * NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
