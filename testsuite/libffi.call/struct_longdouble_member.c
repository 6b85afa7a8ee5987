/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs containing long double.  The long double member makes the
   struct 16-byte aligned on x86-64 and the struct goes in memory, both as
   an argument (in a 16-byte aligned stack slot, even after an odd number
   of eight-byte stack arguments) and, when bigger than 16 bytes, as a
   result (hidden pointer).  {long double} alone is passed in memory too;
   its return in %st0 is tested in struct_longdouble_single_return.c.  */

#include "calltest.h"

typedef struct { long double x; int32_t y; } ld_i;
typedef struct { int32_t y; long double x; } i_ld;
typedef struct { long double a; long double b; } ld_ld;
typedef struct { long double x; } ld1;

STRUCT_TYPE (ld_i_type, &ffi_type_longdouble, &ffi_type_sint32);
STRUCT_TYPE (i_ld_type, &ffi_type_sint32, &ffi_type_longdouble);
STRUCT_TYPE (ld_ld_type, &ffi_type_longdouble, &ffi_type_longdouble);
STRUCT_TYPE (ld1_type, &ffi_type_longdouble);

#define X1 0x1.23456789abcdef12p+3L
#define X2 (-0x1.fedcba9876543212p-100L)
#define X3 0x1.0000000000000002p+0L

static int calls;

static ld_i
f_ld_i (ld_i s, int n, i_ld t, ld_ld u, ld1 w)
{
  CHECK_EQ_FLT (s.x, X1);
  CHECK_EQ_INT (s.y, -0x1234567);
  CHECK_EQ_INT (n, 5);
  CHECK_EQ_INT (t.y, 0x7654321);
  CHECK_EQ_FLT (t.x, X2);
  CHECK_EQ_FLT (u.a, X3);
  CHECK_EQ_FLT (u.b, -X1);
  CHECK_EQ_FLT (w.x, -X3);
  calls++;
  s.x = u.b;
  s.y = t.y;
  return s;
}

/* An ld1 after seven integers: the seventh is one eight-byte on the
   stack, so the struct's slot must skip eight bytes to stay aligned.  */
static ld_ld
f_late (int a, int b, int c, int d, int e, int f, int g, ld1 w, int h)
{
  ld_ld r;
  CHECK_EQ_INT (a + b + c + d + e + f, 21);
  CHECK_EQ_INT (g, -7);
  CHECK_EQ_FLT (w.x, X2);
  CHECK_EQ_INT (h, -8);
  CHECK_EQ_UINT ((uintptr_t) &w % _Alignof (ld1), 0);
  calls++;
  r.a = w.x;
  r.b = -w.x;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ld_i s, r;
  i_ld t;
  ld_ld u, ru;
  ld1 w;
  int n = 5, k;

  memset (&s, 0, sizeof s); memset (&t, 0, sizeof t);
  s.x = X1; s.y = -0x1234567;
  t.y = 0x7654321; t.x = X2;
  u.a = X3; u.b = -X1;
  w.x = -X3;

  {
    ffi_type *types[5] = { &ld_i_type, &ffi_type_sint, &i_ld_type,
                           &ld_ld_type, &ld1_type };
    void *values[5] = { &s, &n, &t, &u, &w };
    PREP_CIF (&cif, 5, &ld_i_type, types);
    CHECK_EQ_UINT (ld_i_type.size, sizeof (ld_i));
    CHECK_EQ_UINT (ld_i_type.alignment, _Alignof (ld_i));
    CHECK_EQ_UINT (i_ld_type.size, sizeof (i_ld));
    CHECK_EQ_UINT (ld1_type.size, sizeof (long double));
    CHECK_EQ_UINT (ld1_type.alignment, _Alignof (long double));
#if defined(__x86_64__)
    CHECK_EQ_UINT (ld_i_type.size, 32);
    CHECK_EQ_UINT (ld_i_type.alignment, 16);
#endif
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f_ld_i), &r, values);
    CHECK_EQ_FLT (r.x, -X1);
    CHECK_EQ_INT (r.y, 0x7654321);
  }
  {
    ffi_type *types[9];
    void *values[9];
    int iv[8] = { 1, 2, 3, 4, 5, 6, -7, -8 };
    for (k = 0; k < 7; k++)
      {
        types[k] = &ffi_type_sint;
        values[k] = &iv[k];
      }
    w.x = X2;
    types[7] = &ld1_type; values[7] = &w;
    types[8] = &ffi_type_sint; values[8] = &iv[7];
    PREP_CIF (&cif, 9, &ld_ld_type, types);
    junk_fill (&ru, sizeof ru);
    ffi_call (&cif, FFI_FN (f_late), &ru, values);
    CHECK_EQ_FLT (ru.a, X2);
    CHECK_EQ_FLT (ru.b, -X2);
  }
  CHECK_EQ_INT (calls, 2);
  CHECK_X87_EMPTY ();
  return 0;
}
