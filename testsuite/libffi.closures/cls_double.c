/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning double.

   many_fn takes eleven doubles, a float, an int and an int64_t: on
   x86-64 %xmm0-%xmm7 carry the first eight floating arguments and the
   other four go to the stack, while the int and the int64_t (the latter
   after the floating registers ran out) still take %rdi and %rsi.
   one_fn returns its argument with the sign bit flipped, bit for bit,
   for zeros, subnormals, extremes, infinities and a NaN with payload.  */

#include "closuretest.h"

typedef double (*many_fn) (double, int, double, double, double, double,
                           float, double, double, double, double, int64_t,
                           double, double);
typedef double (*one_fn) (double);

static const double vals[11] = { 1.0 / 3, -2.5e-300, 3.75e+300, -4.0,
                                 5.0625, -6.1e-5, 7.0, -8.000001, 9.5,
                                 -10.25, 0x1.23456789abcdep+7 };

static ffi_cif many_cif, one_cif;
static int tag;
static unsigned calls;

static uint64_t
bits (double d)
{
  uint64_t u;
  memcpy (&u, &d, sizeof u);
  return u;
}

static double
from_bits (uint64_t u)
{
  double d;
  memcpy (&d, &u, sizeof d);
  return d;
}

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  static const int dpos[11] = { 0, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13 };
  double sum = 0;
  int j;
  CHECK (cif == &many_cif);
  CHECK (user_data == &tag);
  for (j = 0; j < 11; j++)
    {
      CHECK_EQ_UINT (bits (*(double *) args[dpos[j]]), bits (vals[j]));
      sum += vals[j] * (j + 1);
    }
  CHECK_EQ_INT (*(int *) args[1], 0x7FFFFFFF);
  CHECK_EQ_FLT (*(float *) args[6], -0.1875f);
  CHECK_EQ_INT (*(int64_t *) args[11], -0x100000001LL);
  *(double *) ret = sum;
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &one_cif);
  CHECK (user_data == &tag);
  *(double *) ret = from_bits (bits (*(double *) args[0])
                               ^ 0x8000000000000000ull);
  calls++;
}

int
main (void)
{
  ffi_type *many_types[14];
  ffi_type *one_types[1] = { &ffi_type_double };
  static const uint64_t specials[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x0000000000000001ull,
    0x800FFFFFFFFFFFFFull, 0x0010000000000000ull, 0x7FEFFFFFFFFFFFFFull,
    0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8123456789ABCull,
    0x3FF0000000000000ull, 0xC00921FB54442D18ull
  };
  ffi_closure *c1, *c2;
  many_fn many;
  one_fn one;
  double want = 0, got;
  int i;

  for (i = 0; i < 14; i++)
    many_types[i] = &ffi_type_double;
  many_types[1] = &ffi_type_sint;
  many_types[6] = &ffi_type_float;
  many_types[11] = &ffi_type_sint64;
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 14, &ffi_type_double,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_double,
                          one_types));
  many = (many_fn) ct_make_closure (&c1, &many_cif, many_handler, &tag);
  one = (one_fn) ct_make_closure (&c2, &one_cif, one_handler, &tag);

  for (i = 0; i < 11; i++)
    want += vals[i] * (i + 1);
  got = many (vals[0], 0x7FFFFFFF, vals[1], vals[2], vals[3], vals[4],
              -0.1875f, vals[5], vals[6], vals[7], vals[8], -0x100000001LL,
              vals[9], vals[10]);
  CHECK_EQ_UINT (bits (got), bits (want));

  for (i = 0; i < (int) (sizeof specials / sizeof specials[0]); i++)
    {
      got = one (from_bits (specials[i]));
      CHECK_EQ_UINT (bits (got), specials[i] ^ 0x8000000000000000ull);
    }
  CHECK_EQ_UINT (calls, 12);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
