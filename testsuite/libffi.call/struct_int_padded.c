/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* INTEGER-class structs with interior and tail padding: ffi_prep_cif must
   lay the members out at the C offsets (each member aligned to its own
   alignment, the size rounded up to the struct's alignment), and the
   values must land in the right bytes of the registers.  */

#include "calltest.h"

typedef struct { int8_t a; int32_t b; } c_i;            /* 3 bytes padding */
typedef struct { int32_t a; int8_t b; } i_c;            /* tail padding */
typedef struct { int8_t a; int64_t b; } c_l;            /* 7 bytes padding */
typedef struct { int8_t a; int16_t b; int8_t c; } c_s_c;
typedef struct { int16_t a; int64_t b; int8_t c; } s_l_c;   /* 24: MEMORY */

STRUCT_TYPE (c_i_type, &ffi_type_sint8, &ffi_type_sint32);
STRUCT_TYPE (i_c_type, &ffi_type_sint32, &ffi_type_sint8);
STRUCT_TYPE (c_l_type, &ffi_type_sint8, &ffi_type_sint64);
STRUCT_TYPE (c_s_c_type, &ffi_type_sint8, &ffi_type_sint16, &ffi_type_sint8);
STRUCT_TYPE (s_l_c_type, &ffi_type_sint16, &ffi_type_sint64,
             &ffi_type_sint8);

static int calls;

static c_i
f_c_i (c_i x, i_c y, c_l z, c_s_c w, s_l_c u)
{
  CHECK_EQ_INT (x.a, -0x71);
  CHECK_EQ_INT (x.b, -0x12345679);
  CHECK_EQ_INT (y.a, 0x7abcdef0);
  CHECK_EQ_INT (y.b, -2);
  CHECK_EQ_INT (z.a, 0x61);
  CHECK_EQ_INT (z.b, INT64_MIN + 0x1234);
  CHECK_EQ_INT (w.a, -0x80);
  CHECK_EQ_INT (w.b, -0x7f7f);
  CHECK_EQ_INT (w.c, 0x7f);
  CHECK_EQ_INT (u.a, -0x1001);
  CHECK_EQ_INT (u.b, 0x0102030405060708LL);
  CHECK_EQ_INT (u.c, -0x10);
  calls++;
  x.a = w.c;
  x.b = y.a;
  return x;
}

static c_l
ret_c_l (void)
{
  c_l r;
  memset (&r, 0, sizeof r);
  r.a = -0x6e;
  r.b = -0x0102030405060708LL;
  calls++;
  return r;
}

static s_l_c
ret_s_l_c (int8_t k)
{
  s_l_c r;
  memset (&r, 0, sizeof r);
  r.a = (int16_t) (k * 0x101);
  r.b = INT64_MAX + k;
  r.c = k;
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &c_i_type, &i_c_type, &c_l_type, &c_s_c_type,
                     &s_l_c_type };
  c_i x, r;
  i_c y;
  c_l z, rz;
  c_s_c w;
  s_l_c u, ru;
  void *v[5] = { &x, &y, &z, &w, &u };

  /* Junk in the padding must not matter.  */
  junk_fill (&x, sizeof x); junk_fill (&y, sizeof y);
  junk_fill (&z, sizeof z); junk_fill (&w, sizeof w);
  junk_fill (&u, sizeof u);
  x.a = -0x71; x.b = -0x12345679;
  y.a = 0x7abcdef0; y.b = -2;
  z.a = 0x61; z.b = INT64_MIN + 0x1234;
  w.a = -0x80; w.b = -0x7f7f; w.c = 0x7f;
  u.a = -0x1001; u.b = 0x0102030405060708LL; u.c = -0x10;

  PREP_CIF (&cif, 5, &c_i_type, t);
  CHECK_EQ_UINT (c_i_type.size, sizeof (c_i));
  CHECK_EQ_UINT (i_c_type.size, sizeof (i_c));
  CHECK_EQ_UINT (c_l_type.size, sizeof (c_l));
  CHECK_EQ_UINT (c_s_c_type.size, sizeof (c_s_c));
  CHECK_EQ_UINT (s_l_c_type.size, sizeof (s_l_c));
  CHECK_EQ_UINT (c_l_type.alignment, _Alignof (c_l));
  CHECK_EQ_UINT (c_s_c_type.alignment, _Alignof (c_s_c));
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (f_c_i), &r, v);
  CHECK_EQ_INT (r.a, 0x7f);
  CHECK_EQ_INT (r.b, 0x7abcdef0);

  PREP_CIF (&cif, 0, &c_l_type, NULL);
  junk_fill (&rz, sizeof rz);
  ffi_call (&cif, FFI_FN (ret_c_l), &rz, NULL);
  CHECK_EQ_INT (rz.a, -0x6e);
  CHECK_EQ_INT (rz.b, -0x0102030405060708LL);

  {
    ffi_type *kt[1] = { &ffi_type_sint8 };
    int8_t k = -0x33;
    void *kv[1] = { &k };
    PREP_CIF (&cif, 1, &s_l_c_type, kt);
    junk_fill (&ru, sizeof ru);
    ffi_call (&cif, FFI_FN (ret_s_l_c), &ru, kv);
    CHECK_EQ_INT (ru.a, (int16_t) (-0x33 * 0x101));
    CHECK_EQ_INT (ru.b, INT64_MAX - 0x33);
    CHECK_EQ_INT (ru.c, -0x33);
  }
  CHECK_EQ_INT (calls, 3);
  return 0;
}
