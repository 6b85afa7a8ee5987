/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning float.

   many_fn takes eleven floats with an int in the middle: the first eight
   floats use %xmm0-%xmm7, the rest go to the stack while the int still
   takes %rdi.  one_fn returns its argument with the sign bit flipped,
   bit for bit, for zeros, subnormals, extremes, infinities and a quiet
   NaN with a payload.  */

#include "closuretest.h"
#include <float.h>

typedef float (*many_fn) (float, float, float, float, float, float, float,
                          float, float, int, float, float);
typedef float (*one_fn) (float);

static const float vals[11] = { 1.5f, -2.25f, 3.0e-3f, -4.0e+30f, 5.125f,
                                -6.0625f, 7.0f, -8.5f, 9.75f, -10.875f,
                                11.0f };

static ffi_cif many_cif, one_cif;
static int tag;
static unsigned calls;

static uint32_t
bits (float f)
{
  uint32_t u;
  memcpy (&u, &f, sizeof u);
  return u;
}

static float
from_bits (uint32_t u)
{
  float f;
  memcpy (&f, &u, sizeof f);
  return f;
}

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int i, j;
  float sum = 0;
  CHECK (cif == &many_cif);
  CHECK (user_data == &tag);
  for (i = 0, j = 0; i < 12; i++)
    {
      if (i == 9)
        {
          CHECK_EQ_INT (*(int *) args[i], -424242);
          continue;
        }
      CHECK_EQ_UINT (bits (*(float *) args[i]), bits (vals[j]));
      sum += *(float *) args[i] * (float) (j + 1);
      j++;
    }
  *(float *) ret = sum;
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &one_cif);
  CHECK (user_data == &tag);
  *(float *) ret = from_bits (bits (*(float *) args[0]) ^ 0x80000000u);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[12];
  ffi_type *one_types[1] = { &ffi_type_float };
  uint32_t specials[] = { 0x00000000u, 0x80000000u, 0x00000001u,
                          0x807FFFFFu, 0x00800000u, 0x7F7FFFFFu,
                          0x7F800000u, 0xFF800000u, 0x7FC12345u,
                          0x3F800000u, 0xC0490FDBu };
  ffi_closure *c1, *c2;
  many_fn many;
  one_fn one;
  float want = 0, got;
  int i;

  for (i = 0; i < 12; i++)
    many_types[i] = i == 9 ? &ffi_type_sint : &ffi_type_float;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 12, &ffi_type_float,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_float,
                          one_types));
  many = (many_fn) ct_make_closure (&c1, &many_cif, many_handler, &tag);
  one = (one_fn) ct_make_closure (&c2, &one_cif, one_handler, &tag);

  for (i = 0; i < 11; i++)
    want += vals[i] * (float) (i + 1);
  got = many (vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], vals[6],
              vals[7], vals[8], -424242, vals[9], vals[10]);
  CHECK_EQ_UINT (bits (got), bits (want));

  for (i = 0; i < (int) (sizeof specials / sizeof specials[0]); i++)
    {
      got = one (from_bits (specials[i]));
      CHECK_EQ_UINT (bits (got), specials[i] ^ 0x80000000u);
    }
  CHECK_EQ_UINT (calls, 12);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
