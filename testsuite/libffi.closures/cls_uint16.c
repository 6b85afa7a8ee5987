/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning uint16_t.

   many_fn takes eight uint16_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a full ffi_arg, as libffi
   requires; the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  Through a pointer typed as
   returning uint32_t the caller also checks that the value comes back
   zero-extended to 32 bits, as libffi does.  */

#include "closuretest.h"

typedef uint16_t (*many_fn) (uint16_t, uint16_t, uint16_t, uint16_t, int,
                             uint16_t, uint16_t, uint16_t, uint16_t);
typedef uint16_t (*one_fn) (uint16_t);
typedef uint32_t (*one_wide_fn) (uint16_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const uint16_t rows[][9] = {
  { 0xA55A, 0x5AA5, 0xFFFF, 0x0001, 0x8000, 0x7FFF, 0xC33C, 0x3CC3, 0x9669 },
  { 0x0000, 0xFFFE, 0x8001, 0x1234, 0xEDCB, 0x0002, 0x4000, 0xBFFF, 0xFFFF },
  { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777, 0x8888, 0x0000 },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const uint16_t ones[] = {
  0, 1, 0x7FFF, 0x8000, 0xA55A, 0xFFFE, 0xFFFF
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
      CHECK_EQ_UINT (*(uint16_t *) args[i], rows[row][j]);
      j++;
    }
  CT_RET_UINT (ret, rows[row][8]);
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  uint16_t v = *(uint16_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  CT_RET_UINT (ret, (uint16_t) ~v);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_uint16 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_uint16;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_uint16,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint16,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const uint16_t *a = rows[row];
      uint16_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_UINT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      uint16_t r = one (ones[i]);
      CHECK_EQ_UINT (r, (uint16_t) ~ones[i]);
      {
        uint32_t w = ((one_wide_fn) (void *) one) (ones[i]);
        CHECK_EQ_UINT (w, (uint16_t) ~ones[i]);
      }
    }

  CHECK_EQ_UINT (calls, NROWS + 2 * NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
