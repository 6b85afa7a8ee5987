/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning uint8_t.

   many_fn takes eight uint8_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a full ffi_arg, as libffi
   requires; the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  Through a pointer typed as
   returning uint32_t the caller also checks that the value comes back
   zero-extended to 32 bits, as libffi does.  */

#include "closuretest.h"

typedef uint8_t (*many_fn) (uint8_t, uint8_t, uint8_t, uint8_t, int, uint8_t,
                            uint8_t, uint8_t, uint8_t);
typedef uint8_t (*one_fn) (uint8_t);
typedef uint32_t (*one_wide_fn) (uint8_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const uint8_t rows[][9] = {
  { 0xA5, 0x5A, 0xFF, 0x01, 0x80, 0x7F, 0xC3, 0x3C, 0x96 },
  { 0x00, 0xFE, 0x81, 0x10, 0xEF, 0x02, 0x40, 0xBF, 0xFF },
  { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x00 },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const uint8_t ones[] = {
  0, 1, 0x7F, 0x80, 0xA5, 0xFE, 0xFF
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
      CHECK_EQ_UINT (*(uint8_t *) args[i], rows[row][j]);
      j++;
    }
  CT_RET_UINT (ret, rows[row][8]);
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  uint8_t v = *(uint8_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  CT_RET_UINT (ret, (uint8_t) ~v);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_uint8 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_uint8;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_uint8,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint8,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const uint8_t *a = rows[row];
      uint8_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_UINT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      uint8_t r = one (ones[i]);
      CHECK_EQ_UINT (r, (uint8_t) ~ones[i]);
      {
        uint32_t w = ((one_wide_fn) (void *) one) (ones[i]);
        CHECK_EQ_UINT (w, (uint8_t) ~ones[i]);
      }
    }

  CHECK_EQ_UINT (calls, NROWS + 2 * NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
