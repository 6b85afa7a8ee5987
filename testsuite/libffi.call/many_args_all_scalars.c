/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 66 arguments cycling through every scalar type (int8..uint64, float,
   double, long double): the narrow ones share neither register nor stack
   slot with their neighbours, floats sit in eight-byte stack slots, long
   doubles in 16-byte aligned ones.  The callee checks each argument.  */

#include "calltest.h"

#define N 66
#define VAL0(k) (-0x5b + (k))
#define VAL1(k) (0xa0 + (k))
#define VAL2(k) (-0x5bcd + (k))
#define VAL3(k) (0xa0b0 + (k))
#define VAL4(k) (-0x5bcdef01 + (k))
#define VAL5(k) (0xa0b0c0d0u + (k))
#define VAL6(k) (-0x5bcdef0123456789LL + (k))
#define VAL7(k) (0xa0b0c0d0e0f01020ull + (k))
#define VAL8(k) ((float) (k) + 0x1p-10f)
#define VAL9(k) ((k) * -1.5 - 0x1p-40)
#define VAL10(k) ((long double) (k) + 0x1.23456789abcdp-4L)

static int calls;

static long double
take_all (int8_t x0, uint8_t x1, int16_t x2, uint16_t x3, int32_t x4,
       uint32_t x5, int64_t x6, uint64_t x7, float x8, double x9,
       long double x10, int8_t x11, uint8_t x12, int16_t x13, uint16_t x14,
       int32_t x15, uint32_t x16, int64_t x17, uint64_t x18, float x19,
       double x20, long double x21, int8_t x22, uint8_t x23, int16_t x24,
       uint16_t x25, int32_t x26, uint32_t x27, int64_t x28, uint64_t x29,
       float x30, double x31, long double x32, int8_t x33, uint8_t x34,
       int16_t x35, uint16_t x36, int32_t x37, uint32_t x38, int64_t x39,
       uint64_t x40, float x41, double x42, long double x43, int8_t x44,
       uint8_t x45, int16_t x46, uint16_t x47, int32_t x48, uint32_t x49,
       int64_t x50, uint64_t x51, float x52, double x53, long double x54,
       int8_t x55, uint8_t x56, int16_t x57, uint16_t x58, int32_t x59,
       uint32_t x60, int64_t x61, uint64_t x62, float x63, double x64,
       long double x65)
{
  CHECK_EQ_INT (x0, (int8_t) (-0x5b + 0));
  CHECK_EQ_UINT (x1, (uint8_t) (0xa0 + 1));
  CHECK_EQ_INT (x2, (int16_t) (-0x5bcd + 2));
  CHECK_EQ_UINT (x3, (uint16_t) (0xa0b0 + 3));
  CHECK_EQ_INT (x4, (int32_t) (-0x5bcdef01 + 4));
  CHECK_EQ_UINT (x5, (uint32_t) (0xa0b0c0d0u + 5));
  CHECK_EQ_INT (x6, (int64_t) (-0x5bcdef0123456789LL + 6));
  CHECK_EQ_UINT (x7, (uint64_t) (0xa0b0c0d0e0f01020ull + 7));
  CHECK_EQ_FLT (x8, (float) ((float) 8 + 0x1p-10f));
  CHECK_EQ_FLT (x9, (double) (9 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x10, (long double) ((long double) 10 + 0x1.23456789abcdp-4L));
  CHECK_EQ_INT (x11, (int8_t) (-0x5b + 11));
  CHECK_EQ_UINT (x12, (uint8_t) (0xa0 + 12));
  CHECK_EQ_INT (x13, (int16_t) (-0x5bcd + 13));
  CHECK_EQ_UINT (x14, (uint16_t) (0xa0b0 + 14));
  CHECK_EQ_INT (x15, (int32_t) (-0x5bcdef01 + 15));
  CHECK_EQ_UINT (x16, (uint32_t) (0xa0b0c0d0u + 16));
  CHECK_EQ_INT (x17, (int64_t) (-0x5bcdef0123456789LL + 17));
  CHECK_EQ_UINT (x18, (uint64_t) (0xa0b0c0d0e0f01020ull + 18));
  CHECK_EQ_FLT (x19, (float) ((float) 19 + 0x1p-10f));
  CHECK_EQ_FLT (x20, (double) (20 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x21, (long double) ((long double) 21 + 0x1.23456789abcdp-4L));
  CHECK_EQ_INT (x22, (int8_t) (-0x5b + 22));
  CHECK_EQ_UINT (x23, (uint8_t) (0xa0 + 23));
  CHECK_EQ_INT (x24, (int16_t) (-0x5bcd + 24));
  CHECK_EQ_UINT (x25, (uint16_t) (0xa0b0 + 25));
  CHECK_EQ_INT (x26, (int32_t) (-0x5bcdef01 + 26));
  CHECK_EQ_UINT (x27, (uint32_t) (0xa0b0c0d0u + 27));
  CHECK_EQ_INT (x28, (int64_t) (-0x5bcdef0123456789LL + 28));
  CHECK_EQ_UINT (x29, (uint64_t) (0xa0b0c0d0e0f01020ull + 29));
  CHECK_EQ_FLT (x30, (float) ((float) 30 + 0x1p-10f));
  CHECK_EQ_FLT (x31, (double) (31 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x32, (long double) ((long double) 32 + 0x1.23456789abcdp-4L));
  CHECK_EQ_INT (x33, (int8_t) (-0x5b + 33));
  CHECK_EQ_UINT (x34, (uint8_t) (0xa0 + 34));
  CHECK_EQ_INT (x35, (int16_t) (-0x5bcd + 35));
  CHECK_EQ_UINT (x36, (uint16_t) (0xa0b0 + 36));
  CHECK_EQ_INT (x37, (int32_t) (-0x5bcdef01 + 37));
  CHECK_EQ_UINT (x38, (uint32_t) (0xa0b0c0d0u + 38));
  CHECK_EQ_INT (x39, (int64_t) (-0x5bcdef0123456789LL + 39));
  CHECK_EQ_UINT (x40, (uint64_t) (0xa0b0c0d0e0f01020ull + 40));
  CHECK_EQ_FLT (x41, (float) ((float) 41 + 0x1p-10f));
  CHECK_EQ_FLT (x42, (double) (42 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x43, (long double) ((long double) 43 + 0x1.23456789abcdp-4L));
  CHECK_EQ_INT (x44, (int8_t) (-0x5b + 44));
  CHECK_EQ_UINT (x45, (uint8_t) (0xa0 + 45));
  CHECK_EQ_INT (x46, (int16_t) (-0x5bcd + 46));
  CHECK_EQ_UINT (x47, (uint16_t) (0xa0b0 + 47));
  CHECK_EQ_INT (x48, (int32_t) (-0x5bcdef01 + 48));
  CHECK_EQ_UINT (x49, (uint32_t) (0xa0b0c0d0u + 49));
  CHECK_EQ_INT (x50, (int64_t) (-0x5bcdef0123456789LL + 50));
  CHECK_EQ_UINT (x51, (uint64_t) (0xa0b0c0d0e0f01020ull + 51));
  CHECK_EQ_FLT (x52, (float) ((float) 52 + 0x1p-10f));
  CHECK_EQ_FLT (x53, (double) (53 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x54, (long double) ((long double) 54 + 0x1.23456789abcdp-4L));
  CHECK_EQ_INT (x55, (int8_t) (-0x5b + 55));
  CHECK_EQ_UINT (x56, (uint8_t) (0xa0 + 56));
  CHECK_EQ_INT (x57, (int16_t) (-0x5bcd + 57));
  CHECK_EQ_UINT (x58, (uint16_t) (0xa0b0 + 58));
  CHECK_EQ_INT (x59, (int32_t) (-0x5bcdef01 + 59));
  CHECK_EQ_UINT (x60, (uint32_t) (0xa0b0c0d0u + 60));
  CHECK_EQ_INT (x61, (int64_t) (-0x5bcdef0123456789LL + 61));
  CHECK_EQ_UINT (x62, (uint64_t) (0xa0b0c0d0e0f01020ull + 62));
  CHECK_EQ_FLT (x63, (float) ((float) 63 + 0x1p-10f));
  CHECK_EQ_FLT (x64, (double) (64 * -1.5 - 0x1p-40));
  CHECK_EQ_FLT (x65, (long double) ((long double) 65 + 0x1.23456789abcdp-4L));
  calls++;
  return x65;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[N];
  void *v[N];
  int8_t s0[6];
  uint8_t s1[6];
  int16_t s2[6];
  uint16_t s3[6];
  int32_t s4[6];
  uint32_t s5[6];
  int64_t s6[6];
  uint64_t s7[6];
  float s8[6];
  double s9[6];
  long double s10[6];
  long double r;
  int k;

  for (k = 0; k < N; k++)
    switch (k % 11)
      {
      case 0:
        s0[k / 11] = (int8_t) VAL0 (k);
        t[k] = &ffi_type_sint8;
        v[k] = &s0[k / 11];
        break;
      case 1:
        s1[k / 11] = (uint8_t) VAL1 (k);
        t[k] = &ffi_type_uint8;
        v[k] = &s1[k / 11];
        break;
      case 2:
        s2[k / 11] = (int16_t) VAL2 (k);
        t[k] = &ffi_type_sint16;
        v[k] = &s2[k / 11];
        break;
      case 3:
        s3[k / 11] = (uint16_t) VAL3 (k);
        t[k] = &ffi_type_uint16;
        v[k] = &s3[k / 11];
        break;
      case 4:
        s4[k / 11] = (int32_t) VAL4 (k);
        t[k] = &ffi_type_sint32;
        v[k] = &s4[k / 11];
        break;
      case 5:
        s5[k / 11] = (uint32_t) VAL5 (k);
        t[k] = &ffi_type_uint32;
        v[k] = &s5[k / 11];
        break;
      case 6:
        s6[k / 11] = (int64_t) VAL6 (k);
        t[k] = &ffi_type_sint64;
        v[k] = &s6[k / 11];
        break;
      case 7:
        s7[k / 11] = (uint64_t) VAL7 (k);
        t[k] = &ffi_type_uint64;
        v[k] = &s7[k / 11];
        break;
      case 8:
        s8[k / 11] = (float) VAL8 (k);
        t[k] = &ffi_type_float;
        v[k] = &s8[k / 11];
        break;
      case 9:
        s9[k / 11] = (double) VAL9 (k);
        t[k] = &ffi_type_double;
        v[k] = &s9[k / 11];
        break;
      case 10:
        s10[k / 11] = (long double) VAL10 (k);
        t[k] = &ffi_type_longdouble;
        v[k] = &s10[k / 11];
        break;
      }
  PREP_CIF (&cif, N, &ffi_type_longdouble, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_all), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r, (long double) VAL10 (65));
  CHECK_X87_EMPTY ();
  return 0;
}
