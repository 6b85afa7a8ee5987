/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 64-bit integer results (sint64, uint64, and long / pointer-sized
   integers) come back whole: no half of the value may be lost or
   sign-extended from 32 bits.  */

#include "calltest.h"

static int calls;

static int64_t ret_s64 (void) { calls++; return INT64_MIN + 0x76543210; }
static int64_t ret_s64_neg32 (void) { calls++; return -0x80000001LL; }
static uint64_t ret_u64 (void) { calls++; return 0xfedcba9876543210ull; }
static uint64_t ret_u64_low (void) { calls++; return 0x00000000fedcba98ull; }
static int64_t
add_s64 (int64_t a, int64_t b)
{
  CHECK_EQ_INT (a, 0x0123456789abcdefLL);
  CHECK_EQ_INT (b, -0x0101010101010102LL);
  calls++;
  return a + b;
}

int
main (void)
{
  ffi_cif cif;
  int64_t s;
  uint64_t u;

  PREP_CIF (&cif, 0, &ffi_type_sint64, NULL);
  junk_fill (&s, sizeof s);
  ffi_call (&cif, FFI_FN (ret_s64), &s, NULL);
  CHECK_EQ_INT (s, INT64_MIN + 0x76543210);
  junk_fill (&s, sizeof s);
  ffi_call (&cif, FFI_FN (ret_s64_neg32), &s, NULL);
  CHECK_EQ_INT (s, -0x80000001LL);

  PREP_CIF (&cif, 0, &ffi_type_uint64, NULL);
  junk_fill (&u, sizeof u);
  ffi_call (&cif, FFI_FN (ret_u64), &u, NULL);
  CHECK_EQ_UINT (u, 0xfedcba9876543210ull);
  junk_fill (&u, sizeof u);
  ffi_call (&cif, FFI_FN (ret_u64_low), &u, NULL);
  CHECK_EQ_UINT (u, 0x00000000fedcba98ull);

  {
    ffi_type *at[2] = { &ffi_type_sint64, &ffi_type_sint64 };
    int64_t a = 0x0123456789abcdefLL, b = -0x0101010101010102LL;
    void *av[2] = { &a, &b };
    PREP_CIF (&cif, 2, &ffi_type_sint64, at);
    junk_fill (&s, sizeof s);
    ffi_call (&cif, FFI_FN (add_s64), &s, av);
    CHECK_EQ_INT (s, 0x0123456789abcdefLL - 0x0101010101010102LL);
  }
  CHECK_EQ_INT (calls, 5);

  /* Where ffi_arg is 64 bits wide the 64-bit results fit one ffi_arg.  */
  if (sizeof (ffi_arg) == 8)
    {
      ffi_arg r;
      PREP_CIF (&cif, 0, &ffi_type_uint64, NULL);
      junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (ret_u64), &r, NULL);
      CHECK_EQ_UINT (r, 0xfedcba9876543210ull);
    }
  return 0;
}
