/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning uint64_t.

   many_fn takes eight uint64_t arguments with an int among them: the
   first five and the int use the six integer registers, the last three
   travel in eight-byte stack slots whose upper bytes are not part of
   the value.  The handler checks every argument, the cif and user_data,
   and returns a table value written as a whole uint64_t (a full ffi_arg
   where that is 64 bits; wider than ffi_arg on 32-bit targets); the native caller checks it.  one_fn returns the complement
   of its argument for boundary values.  */

#include "closuretest.h"

typedef uint64_t (*many_fn) (uint64_t, uint64_t, uint64_t, uint64_t, int,
                             uint64_t, uint64_t, uint64_t, uint64_t);
typedef uint64_t (*one_fn) (uint64_t);

#define MARKER 0x5EED0000

/* Eight arguments, then the value to return.  */
static const uint64_t rows[][9] = {
  { 0xA55AA55AA55AA55Aull, 0x5AA55AA55AA55AA5ull, 0xFFFFFFFFFFFFFFFFull,
    0x0000000000000001ull, 0x8000000000000000ull, 0x7FFFFFFFFFFFFFFFull,
    0xC33CC33C00000000ull, 0x00000000C33CC33Cull, 0x9669966996699669ull },
  { 0ull, 0xFFFFFFFFFFFFFFFEull, 0x8000000000000001ull,
    0x123456789ABCDEF0ull, 0xFEDCBA9876543210ull, 0x00000000FFFFFFFFull,
    0xFFFFFFFF00000000ull, 0x0000000100000000ull, 0xFFFFFFFFFFFFFFFFull },
  { 0x1111111111111111ull, 0x2222222222222222ull, 0x3333333333333333ull,
    0x4444444444444444ull, 0x5555555555555555ull, 0x6666666666666666ull,
    0x7777777777777777ull, 0x8888888888888888ull, 0ull },
};
#define NROWS ((int) (sizeof rows / sizeof rows[0]))

static const uint64_t ones[] = {
  0, 1, 0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0xA55AA55AA55AA55Aull,
  0x00000000FFFFFFFFull, 0xFFFFFFFFFFFFFFFFull
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
      CHECK_EQ_UINT (*(uint64_t *) args[i], rows[row][j]);
      j++;
    }
  *(uint64_t *) ret = rows[row][8];
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  uint64_t v = *(uint64_t *) args[0];
  CHECK (cif == &one_cif);
  CHECK (user_data == &one_tag);
  *(uint64_t *) ret = (uint64_t) ~v;
  calls++;
}

int
main (void)
{
  ffi_type *many_types[9];
  ffi_type *one_types[1] = { &ffi_type_uint64 };
  ffi_closure *many_cl, *one_cl;
  many_fn many;
  one_fn one;
  int i;

  for (i = 0; i < 9; i++)
    many_types[i] = i == 4 ? &ffi_type_sint : &ffi_type_uint64;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 9, &ffi_type_uint64,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint64,
                          one_types));
  many = (many_fn) ct_make_closure (&many_cl, &many_cif, many_handler,
                                    &many_tag);
  one = (one_fn) ct_make_closure (&one_cl, &one_cif, one_handler, &one_tag);

  for (row = 0; row < NROWS; row++)
    {
      const uint64_t *a = rows[row];
      uint64_t r;
      r = many (a[0], a[1], a[2], a[3], MARKER + row, a[4], a[5], a[6],
                a[7]);
      CHECK_EQ_UINT (r, a[8]);
    }

  for (i = 0; i < NONES; i++)
    {
      uint64_t r = one (ones[i]);
      CHECK_EQ_UINT (r, (uint64_t) ~ones[i]);
    }

  CHECK_EQ_UINT (calls, NROWS + NONES);
  ffi_closure_free (many_cl);
  ffi_closure_free (one_cl);
  return 0;
}
