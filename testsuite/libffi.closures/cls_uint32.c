/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning uint32_t.

   many_fn takes eight uint32_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a full ffi_arg, as libffi
   requires; the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  */

#include "closuretest.h"

typedef uint32_t (*many_fn) (uint32_t, uint32_t, uint32_t, uint32_t, int,
                             uint32_t, uint32_t, uint32_t, uint32_t);
typedef uint32_t (*one_fn) (uint32_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const uint32_t rows[][9] = {
  { 0xA55AA55Au, 0x5AA55AA5u, 0xFFFFFFFFu, 0x00000001u, 0x80000000u,
    0x7FFFFFFFu, 0xC33CC33Cu, 0x3CC33CC3u, 0x96699669u },
  { 0x00000000u, 0xFFFFFFFEu, 0x80000001u, 0x12345678u, 0xEDCBA987u,
    0x00000002u, 0x40000000u, 0xBFFFFFFFu, 0xFFFFFFFFu },
  { 0x11111111u, 0x22222222u, 0x33333333u, 0x44444444u, 0x55555555u,
    0x66666666u, 0x77777777u, 0x88888888u, 0x00000000u },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const uint32_t ones[] = {
  0, 1, 0x7FFFFFFFu, 0x80000000u, 0xA55AA55Au, 0xFFFFFFFEu, 0xFFFFFFFFu
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
      CHECK_EQ_UINT (*(uint32_t *) args[i], rows[row][j]);
      j++;
    }
  CT_RET_UINT (ret, rows[row][8]);
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  uint32_t v = *(uint32_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  CT_RET_UINT (ret, (uint32_t) ~v);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_uint32 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_uint32;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_uint32,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint32,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const uint32_t *a = rows[row];
      uint32_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_UINT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      uint32_t r = one (ones[i]);
      CHECK_EQ_UINT (r, (uint32_t) ~ones[i]);
    }

  CHECK_EQ_UINT (calls, NROWS + NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
