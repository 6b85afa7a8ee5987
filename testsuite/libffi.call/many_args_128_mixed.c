/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 128 mixed arguments cycling through int64, double, an INTEGER-class
   struct {int32, float}, a mixed struct {double, int64} (one SSE and one
   integer register while they last), int32 and float.  Both register
   files run out at different points; everything after goes to the stack
   in order, the structs whole.  */

#include "calltest.h"

typedef struct { int32_t a; float b; } IF;
typedef struct { double d; int64_t l; } DL;
STRUCT_TYPE (IF_type, &ffi_type_sint32, &ffi_type_float);
STRUCT_TYPE (DL_type, &ffi_type_double, &ffi_type_sint64);

#define N 128
#define LV(k) ((int64_t) -0x0102030405060708LL * ((k) + 1))
#define DV(k) (((k) % 3 ? 1.0 : -1.0) * ((k) * 0.75 + 0x1p-33))
#define IV(k) (-0x10001 * ((k) + 1))
#define FV(k) ((float) (k) * -0.5f + 0x1p-12f)

#define CK_L(x, k) CHECK_EQ_INT (x, LV (k))
#define CK_D(x, k) CHECK_EQ_FLT (x, DV (k))
#define CK_S(x, k) \
  do { CHECK_EQ_INT (x.a, IV (k)); CHECK_EQ_FLT (x.b, FV (k)); } while (0)
#define CK_T(x, k) \
  do { CHECK_EQ_FLT (x.d, DV (k)); CHECK_EQ_INT (x.l, LV (k)); } while (0)
#define CK_I(x, k) CHECK_EQ_INT (x, IV (k))
#define CK_F(x, k) CHECK_EQ_FLT (x, FV (k))

static int calls;

static DL
take128 (int64_t x0, double x1, IF x2, DL x3, int32_t x4, float x5, int64_t x6,
       double x7, IF x8, DL x9, int32_t x10, float x11, int64_t x12,
       double x13, IF x14, DL x15, int32_t x16, float x17, int64_t x18,
       double x19, IF x20, DL x21, int32_t x22, float x23, int64_t x24,
       double x25, IF x26, DL x27, int32_t x28, float x29, int64_t x30,
       double x31, IF x32, DL x33, int32_t x34, float x35, int64_t x36,
       double x37, IF x38, DL x39, int32_t x40, float x41, int64_t x42,
       double x43, IF x44, DL x45, int32_t x46, float x47, int64_t x48,
       double x49, IF x50, DL x51, int32_t x52, float x53, int64_t x54,
       double x55, IF x56, DL x57, int32_t x58, float x59, int64_t x60,
       double x61, IF x62, DL x63, int32_t x64, float x65, int64_t x66,
       double x67, IF x68, DL x69, int32_t x70, float x71, int64_t x72,
       double x73, IF x74, DL x75, int32_t x76, float x77, int64_t x78,
       double x79, IF x80, DL x81, int32_t x82, float x83, int64_t x84,
       double x85, IF x86, DL x87, int32_t x88, float x89, int64_t x90,
       double x91, IF x92, DL x93, int32_t x94, float x95, int64_t x96,
       double x97, IF x98, DL x99, int32_t x100, float x101, int64_t x102,
       double x103, IF x104, DL x105, int32_t x106, float x107, int64_t x108,
       double x109, IF x110, DL x111, int32_t x112, float x113, int64_t x114,
       double x115, IF x116, DL x117, int32_t x118, float x119, int64_t x120,
       double x121, IF x122, DL x123, int32_t x124, float x125, int64_t x126,
       double x127)
{
  DL r;
  CK_L (x0, 0);
  CK_D (x1, 1);
  CK_S (x2, 2);
  CK_T (x3, 3);
  CK_I (x4, 4);
  CK_F (x5, 5);
  CK_L (x6, 6);
  CK_D (x7, 7);
  CK_S (x8, 8);
  CK_T (x9, 9);
  CK_I (x10, 10);
  CK_F (x11, 11);
  CK_L (x12, 12);
  CK_D (x13, 13);
  CK_S (x14, 14);
  CK_T (x15, 15);
  CK_I (x16, 16);
  CK_F (x17, 17);
  CK_L (x18, 18);
  CK_D (x19, 19);
  CK_S (x20, 20);
  CK_T (x21, 21);
  CK_I (x22, 22);
  CK_F (x23, 23);
  CK_L (x24, 24);
  CK_D (x25, 25);
  CK_S (x26, 26);
  CK_T (x27, 27);
  CK_I (x28, 28);
  CK_F (x29, 29);
  CK_L (x30, 30);
  CK_D (x31, 31);
  CK_S (x32, 32);
  CK_T (x33, 33);
  CK_I (x34, 34);
  CK_F (x35, 35);
  CK_L (x36, 36);
  CK_D (x37, 37);
  CK_S (x38, 38);
  CK_T (x39, 39);
  CK_I (x40, 40);
  CK_F (x41, 41);
  CK_L (x42, 42);
  CK_D (x43, 43);
  CK_S (x44, 44);
  CK_T (x45, 45);
  CK_I (x46, 46);
  CK_F (x47, 47);
  CK_L (x48, 48);
  CK_D (x49, 49);
  CK_S (x50, 50);
  CK_T (x51, 51);
  CK_I (x52, 52);
  CK_F (x53, 53);
  CK_L (x54, 54);
  CK_D (x55, 55);
  CK_S (x56, 56);
  CK_T (x57, 57);
  CK_I (x58, 58);
  CK_F (x59, 59);
  CK_L (x60, 60);
  CK_D (x61, 61);
  CK_S (x62, 62);
  CK_T (x63, 63);
  CK_I (x64, 64);
  CK_F (x65, 65);
  CK_L (x66, 66);
  CK_D (x67, 67);
  CK_S (x68, 68);
  CK_T (x69, 69);
  CK_I (x70, 70);
  CK_F (x71, 71);
  CK_L (x72, 72);
  CK_D (x73, 73);
  CK_S (x74, 74);
  CK_T (x75, 75);
  CK_I (x76, 76);
  CK_F (x77, 77);
  CK_L (x78, 78);
  CK_D (x79, 79);
  CK_S (x80, 80);
  CK_T (x81, 81);
  CK_I (x82, 82);
  CK_F (x83, 83);
  CK_L (x84, 84);
  CK_D (x85, 85);
  CK_S (x86, 86);
  CK_T (x87, 87);
  CK_I (x88, 88);
  CK_F (x89, 89);
  CK_L (x90, 90);
  CK_D (x91, 91);
  CK_S (x92, 92);
  CK_T (x93, 93);
  CK_I (x94, 94);
  CK_F (x95, 95);
  CK_L (x96, 96);
  CK_D (x97, 97);
  CK_S (x98, 98);
  CK_T (x99, 99);
  CK_I (x100, 100);
  CK_F (x101, 101);
  CK_L (x102, 102);
  CK_D (x103, 103);
  CK_S (x104, 104);
  CK_T (x105, 105);
  CK_I (x106, 106);
  CK_F (x107, 107);
  CK_L (x108, 108);
  CK_D (x109, 109);
  CK_S (x110, 110);
  CK_T (x111, 111);
  CK_I (x112, 112);
  CK_F (x113, 113);
  CK_L (x114, 114);
  CK_D (x115, 115);
  CK_S (x116, 116);
  CK_T (x117, 117);
  CK_I (x118, 118);
  CK_F (x119, 119);
  CK_L (x120, 120);
  CK_D (x121, 121);
  CK_S (x122, 122);
  CK_T (x123, 123);
  CK_I (x124, 124);
  CK_F (x125, 125);
  CK_L (x126, 126);
  CK_D (x127, 127);
  calls++;
  r.d = x123.d;
  r.l = x120;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[N];
  void *v[N];
  int64_t ls[N];
  double ds[N];
  IF ss[N];
  DL ts[N], r;
  int32_t is[N];
  float fs[N];
  int k;

  for (k = 0; k < N; k++)
    switch (k % 6)
      {
      case 0: ls[k] = LV (k); t[k] = &ffi_type_sint64; v[k] = &ls[k]; break;
      case 1: ds[k] = DV (k); t[k] = &ffi_type_double; v[k] = &ds[k]; break;
      case 2: ss[k].a = IV (k); ss[k].b = FV (k); t[k] = &IF_type;
        v[k] = &ss[k]; break;
      case 3: ts[k].d = DV (k); ts[k].l = LV (k); t[k] = &DL_type;
        v[k] = &ts[k]; break;
      case 4: is[k] = IV (k); t[k] = &ffi_type_sint32; v[k] = &is[k]; break;
      default: fs[k] = FV (k); t[k] = &ffi_type_float; v[k] = &fs[k]; break;
      }
  PREP_CIF (&cif, N, &DL_type, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take128), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r.d, DV (123));
  CHECK_EQ_INT (r.l, LV (120));
  return 0;
}
