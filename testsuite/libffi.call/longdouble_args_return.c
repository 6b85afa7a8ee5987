/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* long double arguments and results.  On x86-64 long double is the x87
   80-bit format: passed in memory (16 bytes, 16-byte aligned) and returned
   in %st0.  The values need all 64 mantissa bits, so a value squeezed
   through a double on the way cannot pass.  */

#include "calltest.h"

static int calls;

#define L1 0x1.23456789abcdef12p+3L
#define L2 (-0x1.fedcba9876543212p-1000L)
#define L3 0x1.0000000000000002p+0L

static long double
take_ld (long double a, long double b, long double c)
{
  CHECK_EQ_FLT (a, L1);
  CHECK_EQ_FLT (b, L2);
  CHECK_EQ_FLT (c, L3);
  calls++;
  return -a * 8.0L;
}

static long double
ret_ld (void)
{
  calls++;
  return -0x1.c0ffee123456789ap+77L;
}

static long double
ld_from_int (int n)
{
  CHECK_EQ_INT (n, -0x7654321);
  calls++;
  return (long double) n + 0x1p-20L;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[3] = { &ffi_type_longdouble, &ffi_type_longdouble,
                     &ffi_type_longdouble };
  long double a = L1, b = L2, c = L3, r;
  void *v[3] = { &a, &b, &c };

#if defined(__x86_64__)
  CHECK_EQ_UINT (sizeof (long double), 16);
  CHECK_EQ_UINT (ffi_type_longdouble.size, 16);
  CHECK_EQ_UINT (ffi_type_longdouble.alignment, 16);
  /* The test values really need more than a double's precision.  */
  CHECK (L1 != (long double) (double) L1);
  CHECK (L3 != 1.0L);
#endif

  PREP_CIF (&cif, 3, &ffi_type_longdouble, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_ld), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r, -L1 * 8.0L);
  CHECK_X87_EMPTY ();

  PREP_CIF (&cif, 0, &ffi_type_longdouble, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_ld), &r, NULL);
  CHECK_EQ_FLT (r, -0x1.c0ffee123456789ap+77L);

  {
    ffi_type *it[1] = { &ffi_type_sint };
    int n = -0x7654321;
    void *iv[1] = { &n };
    PREP_CIF (&cif, 1, &ffi_type_longdouble, it);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (ld_from_int), &r, iv);
    CHECK_EQ_FLT (r, (long double) -0x7654321 + 0x1p-20L);
  }
  CHECK_EQ_INT (calls, 3);
  CHECK_X87_EMPTY ();
  return 0;
}
