/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Two-eight-byte structs whose eight-bytes have different classes:
   {double, int64} is SSE then INTEGER (%xmm0 + %rdi as the first
   argument, %xmm0 + %rax as a result) and {int64, double} the other way
   round; the register of each class is the next free one of that class,
   whatever the other class has used.  */

#include "calltest.h"

typedef struct { double d; int64_t l; } dl;
typedef struct { int64_t l; double d; } ld;
typedef struct { double d; int32_t i; } di;
typedef struct { float f; int32_t i; double d; } fi_d;

STRUCT_TYPE (dl_type, &ffi_type_double, &ffi_type_sint64);
STRUCT_TYPE (ld_type, &ffi_type_sint64, &ffi_type_double);
STRUCT_TYPE (di_type, &ffi_type_double, &ffi_type_sint32);
STRUCT_TYPE (fi_d_type, &ffi_type_float, &ffi_type_sint32, &ffi_type_double);

static int calls;

#define DV 0x1.23456789abcdep+10
#define LV (-0x123456789abcdefLL)

static dl
take_dl (dl s)
{
  CHECK_EQ_FLT (s.d, DV);
  CHECK_EQ_INT (s.l, LV);
  calls++;
  s.d = -s.d;
  s.l = ~s.l;
  return s;
}

static ld
take_ld (ld s)
{
  CHECK_EQ_INT (s.l, LV);
  CHECK_EQ_FLT (s.d, DV);
  calls++;
  s.d = s.d * 4.0;
  s.l = s.l + 1;
  return s;
}

/* Both kinds, after other arguments of both classes.  */
static dl
cross (int a, double b, ld x, float c, dl y, int64_t d)
{
  CHECK_EQ_INT (a, -3);
  CHECK_EQ_FLT (b, 0.0625);
  CHECK_EQ_INT (x.l, LV);
  CHECK_EQ_FLT (x.d, DV);
  CHECK_EQ_FLT (c, -0x1.abcdeep+0f);
  CHECK_EQ_FLT (y.d, -DV);
  CHECK_EQ_INT (y.l, ~LV);
  CHECK_EQ_INT (d, INT64_MIN);
  calls++;
  y.d = x.d;
  y.l = x.l;
  return y;
}

static di
take_di (di s, int pad)
{
  CHECK_EQ_FLT (s.d, -0x1.fffffffffffffp-1);
  CHECK_EQ_INT (s.i, -0x0f0f0f10);
  CHECK_EQ_INT (pad, 77);
  calls++;
  s.i = pad;
  return s;
}

static fi_d
take_fi_d (fi_d s)
{
  CHECK_EQ_FLT (s.f, 0x1.99999ap-4f);
  CHECK_EQ_INT (s.i, 0x12345678);
  CHECK_EQ_FLT (s.d, -0x1.0000000000001p+1000);
  calls++;
  s.f = (float) s.i;
  s.i = -1;
  s.d = 0.5;
  return s;
}

int
main (void)
{
  ffi_cif cif;
  dl s_dl = { DV, LV }, r_dl;
  ld s_ld = { LV, DV }, r_ld;

  {
    ffi_type *t[1] = { &dl_type };
    void *v[1] = { &s_dl };
    PREP_CIF (&cif, 1, &dl_type, t);
    junk_fill (&r_dl, sizeof r_dl);
    ffi_call (&cif, FFI_FN (take_dl), &r_dl, v);
    CHECK_EQ_FLT (r_dl.d, -DV);
    CHECK_EQ_INT (r_dl.l, ~LV);
  }
  {
    ffi_type *t[1] = { &ld_type };
    void *v[1] = { &s_ld };
    PREP_CIF (&cif, 1, &ld_type, t);
    junk_fill (&r_ld, sizeof r_ld);
    ffi_call (&cif, FFI_FN (take_ld), &r_ld, v);
    CHECK_EQ_FLT (r_ld.d, DV * 4.0);
    CHECK_EQ_INT (r_ld.l, LV + 1);
  }
  {
    ffi_type *t[6] = { &ffi_type_sint, &ffi_type_double, &ld_type,
                       &ffi_type_float, &dl_type, &ffi_type_sint64 };
    int a = -3;
    double b = 0.0625;
    float c = -0x1.abcdeep+0f;
    dl y = { -DV, ~LV };
    int64_t d = INT64_MIN;
    void *v[6] = { &a, &b, &s_ld, &c, &y, &d };
    PREP_CIF (&cif, 6, &dl_type, t);
    junk_fill (&r_dl, sizeof r_dl);
    ffi_call (&cif, FFI_FN (cross), &r_dl, v);
    CHECK_EQ_FLT (r_dl.d, DV);
    CHECK_EQ_INT (r_dl.l, LV);
    CHECK_EQ_FLT (y.d, -DV);
  }
  {
    ffi_type *t[2] = { &di_type, &ffi_type_sint };
    di s = { -0x1.fffffffffffffp-1, -0x0f0f0f10 }, r;
    int pad = 77;
    void *v[2] = { &s, &pad };
    PREP_CIF (&cif, 2, &di_type, t);
    CHECK_EQ_UINT (di_type.size, sizeof (di));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_di), &r, v);
    CHECK_EQ_FLT (r.d, -0x1.fffffffffffffp-1);
    CHECK_EQ_INT (r.i, 77);
  }
  {
    ffi_type *t[1] = { &fi_d_type };
    fi_d s = { 0x1.99999ap-4f, 0x12345678, -0x1.0000000000001p+1000 }, r;
    void *v[1] = { &s };
    PREP_CIF (&cif, 1, &fi_d_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_fi_d), &r, v);
    CHECK_EQ_FLT (r.f, (float) 0x12345678);
    CHECK_EQ_INT (r.i, -1);
    CHECK_EQ_FLT (r.d, 0.5);
  }
  CHECK_EQ_INT (calls, 5);
  return 0;
}
