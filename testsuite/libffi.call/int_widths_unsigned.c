/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Unsigned integer arguments of every width (uint8..uint64) in registers
   and on the stack, with the top bit of each set so a sign extension or a
   truncation anywhere changes the value the callee sees.  */

#include "calltest.h"

static int calls;
static uint64_t seen[10];

static uint64_t
take_unsigned (uint8_t a, uint16_t b, uint32_t c, uint64_t d, uint8_t e,
               uint16_t f, uint32_t g, uint64_t h, uint8_t i, uint16_t j)
{
  CHECK_EQ_UINT (a, 0xa5);
  CHECK_EQ_UINT (b, 0xfedc);
  CHECK_EQ_UINT (c, 0xfedcba98u);
  CHECK_EQ_UINT (d, 0xfedcba9876543210ull);
  CHECK_EQ_UINT (e, UINT8_MAX);
  CHECK_EQ_UINT (f, 0x8001);
  CHECK_EQ_UINT (g, UINT32_MAX);
  CHECK_EQ_UINT (h, UINT64_MAX);
  CHECK_EQ_UINT (i, 0x80);
  CHECK_EQ_UINT (j, 0x8000);
  seen[0] = a; seen[1] = b; seen[2] = c; seen[3] = d; seen[4] = e;
  seen[5] = f; seen[6] = g; seen[7] = h; seen[8] = i; seen[9] = j;
  calls++;
  return d - c + ((uint64_t) j << 40) + a;
}

static uint32_t
take_unsigned_rev (uint64_t a, uint32_t b, uint16_t c, uint8_t d)
{
  CHECK_EQ_UINT (a, 0x8000000000000001ull);
  CHECK_EQ_UINT (b, 0x80000001u);
  CHECK_EQ_UINT (c, 0xff7f);
  CHECK_EQ_UINT (d, 0xfe);
  calls++;
  return b + d;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *types[10] = {
    &ffi_type_uint8, &ffi_type_uint16, &ffi_type_uint32, &ffi_type_uint64,
    &ffi_type_uint8, &ffi_type_uint16, &ffi_type_uint32, &ffi_type_uint64,
    &ffi_type_uint8, &ffi_type_uint16
  };
  uint8_t a = 0xa5, e = UINT8_MAX, i = 0x80;
  uint16_t b = 0xfedc, f = 0x8001, j = 0x8000;
  uint32_t c = 0xfedcba98u, g = UINT32_MAX;
  uint64_t d = 0xfedcba9876543210ull, h = UINT64_MAX;
  void *values[10] = { &a, &b, &c, &d, &e, &f, &g, &h, &i, &j };
  uint64_t r;

  PREP_CIF (&cif, 10, &ffi_type_uint64, types);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_unsigned), &r, values);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_UINT (r, d - c + ((uint64_t) j << 40) + a);
  CHECK_EQ_UINT (seen[2], 0xfedcba98u);
  CHECK_EQ_UINT (seen[6], UINT32_MAX);
  CHECK_EQ_UINT (seen[8], 0x80);
  CHECK_EQ_UINT (seen[9], 0x8000);

  {
    ffi_type *rt[4] = { &ffi_type_uint64, &ffi_type_uint32,
                        &ffi_type_uint16, &ffi_type_uint8 };
    uint64_t ra = 0x8000000000000001ull;
    uint32_t rb = 0x80000001u;
    uint16_t rc = 0xff7f;
    uint8_t rd = 0xfe;
    void *rv[4] = { &ra, &rb, &rc, &rd };
    ffi_arg res;
    PREP_CIF (&cif, 4, &ffi_type_uint32, rt);
    junk_fill (&res, sizeof res);
    ffi_call (&cif, FFI_FN (take_unsigned_rev), &res, rv);
    CHECK_EQ_INT (calls, 2);
    CHECK_EQ_UINT (res, ZEXT_ARG (0x800000ffu));
  }
  return 0;
}
