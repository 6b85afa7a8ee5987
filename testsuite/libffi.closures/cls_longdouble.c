/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning long double (x87 80-bit extended on x86).

   On x86-64 long double arguments always travel in 16-byte aligned stack
   slots, interleaved here with register arguments; the return value comes
   back in %st0.  one_fn flips the sign bit of its argument, compared bit
   for bit over the significant bytes (ten for x87).  The closures are
   called many times in a row: a closure that left values on the x87
   register stack would overflow it within eight calls and turn later
   results into NaNs.  A void closure with long double arguments checks the
   same.  */

#include "closuretest.h"
#include <float.h>

typedef long double (*many_fn) (long double, int, double, long double,
                                long double, char, long double);
typedef long double (*one_fn) (long double);
typedef void (*sink_fn) (long double, long double);

static ffi_cif many_cif, one_cif, sink_cif;
static int tag;
static unsigned calls;
static long double sunk;

static const long double A = 0.3333333333333333333333333333333333L, B = -LDBL_MAX, C = LDBL_MIN,
                         E = 0x1.23456789abcdef01p+1000L;

/* The bytes that hold the value (the x87 format has 10 and padding)
   and the one with the sign bit, little-endian.  */
#if LDBL_MANT_DIG == 64
# define LD_BYTES 10
#else
# define LD_BYTES sizeof (long double)
#endif
#define LD_SIGN_BYTE (LD_BYTES - 1)

static int
same_bits (long double x, long double y)
{
  return memcmp (&x, &y, LD_BYTES) == 0;
}

static long double
flip_sign (long double x)
{
  unsigned char b[sizeof (long double)];
  memcpy (b, &x, sizeof b);
  b[LD_SIGN_BYTE] ^= 0x80;
  memcpy (&x, b, sizeof x);
  return x;
}

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int i;
  CHECK (cif == &many_cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 7; i++)
    if (cif->arg_types[i] == &ffi_type_longdouble)
      CHECK ((uintptr_t) args[i] % _Alignof (long double) == 0);
  CHECK (same_bits (*(long double *) args[0], A));
  CHECK_EQ_INT (*(int *) args[1], -77);
  CHECK_EQ_FLT (*(double *) args[2], 2.5);
  CHECK (same_bits (*(long double *) args[3], B));
  CHECK (same_bits (*(long double *) args[4], C));
  CHECK_EQ_INT (*(char *) args[5], 'z');
  CHECK (same_bits (*(long double *) args[6], E));
  *(long double *) ret = A * 3 + E;
  calls++;
}

static void
one_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &one_cif);
  CHECK (user_data == &tag);
  *(long double *) ret = flip_sign (*(long double *) args[0]);
  calls++;
}

static void
sink_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) ret;
  CHECK (cif == &sink_cif);
  CHECK (user_data == &tag);
  sunk += *(long double *) args[0] - *(long double *) args[1];
  calls++;
}

int
main (void)
{
  ffi_type *many_types[7] = { &ffi_type_longdouble, &ffi_type_sint,
                              &ffi_type_double, &ffi_type_longdouble,
                              &ffi_type_longdouble, &ffi_type_schar,
                              &ffi_type_longdouble };
  ffi_type *one_types[1] = { &ffi_type_longdouble };
  ffi_type *sink_types[2] = { &ffi_type_longdouble, &ffi_type_longdouble };
  const long double specials[] = { 0.0L, -0.0L, 1.0L, LDBL_MAX, -LDBL_MIN,
                                   LDBL_TRUE_MIN, HUGE_VALL, -HUGE_VALL,
                                   A, E };
  long double results[30];
  ffi_closure *c1, *c2, *c3;
  many_fn many;
  one_fn one;
  sink_fn sink;
  volatile long double three = 3;
  int i, n;

  if (!test_long_double_exact ())
    {
      printf ("long doubles lose bits here (valgrind's x87)\n");
      return TEST_UNSUPPORTED;
    }
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 7, &ffi_type_longdouble,
                          many_types));
  CHECK_OK (ffi_prep_cif (&one_cif, FFI_DEFAULT_ABI, 1, &ffi_type_longdouble,
                          one_types));
  CHECK_OK (ffi_prep_cif (&sink_cif, FFI_DEFAULT_ABI, 2, &ffi_type_void,
                          sink_types));
  many = (many_fn) ct_make_closure (&c1, &many_cif, many_handler, &tag);
  one = (one_fn) ct_make_closure (&c2, &one_cif, one_handler, &tag);
  sink = (sink_fn) ct_make_closure (&c3, &sink_cif, sink_handler, &tag);

  for (i = 0; i < 10; i++)
    CHECK (same_bits (many (A, -77, 2.5, B, C, 'z', E), A * 3 + E));

  n = (int) (sizeof specials / sizeof specials[0]);
  for (i = 0; i < 30; i++)
    results[i] = one (specials[i % n]);
  for (i = 0; i < 30; i++)
    CHECK (same_bits (results[i], flip_sign (specials[i % n])));

  for (i = 0; i < 20; i++)
    sink (i + 0.5L, 0.25L);
  CHECK_EQ_FLT (sunk, 190.0L + 20 * 0.25L);

  /* The x87 stack must still be usable and balanced.  */
  CHECK (same_bits (1.0L / three, 1.0L / 3));
  CHECK_EQ_UINT (calls, 60);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  ffi_closure_free (c3);
  return 0;
}
