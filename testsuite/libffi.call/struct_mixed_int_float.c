/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Structs mixing integer and float members.  On x86-64 an eight-byte
   that holds both an integer and a float is class INTEGER (the merge
   rule), so {int, float} travels in one GPR; a struct whose eight-bytes
   differ in class ({float, float, int}, {int, int, float, float}) uses one
   SSE and one integer register.  Arguments and results.  */

#include "calltest.h"

typedef struct { int32_t a; float b; } i_f;
typedef struct { float a; int32_t b; } f_i;
typedef struct { int8_t a; float b; } c_f;
typedef struct { float a; float b; int32_t c; } ff_i;
typedef struct { int32_t a; int32_t b; float c; float d; } ii_ff;
typedef struct { int16_t a; float b; double c; } sf_d;

STRUCT_TYPE (i_f_type, &ffi_type_sint32, &ffi_type_float);
STRUCT_TYPE (f_i_type, &ffi_type_float, &ffi_type_sint32);
STRUCT_TYPE (c_f_type, &ffi_type_sint8, &ffi_type_float);
STRUCT_TYPE (ff_i_type, &ffi_type_float, &ffi_type_float, &ffi_type_sint32);
STRUCT_TYPE (ii_ff_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_float,
             &ffi_type_float);
STRUCT_TYPE (sf_d_type, &ffi_type_sint16, &ffi_type_float, &ffi_type_double);

static int calls;

static i_f
take_i_f (double d, i_f s, int n)
{
  CHECK_EQ_FLT (d, 2.75);
  CHECK_EQ_INT (s.a, -0x1234567);
  CHECK_EQ_FLT (s.b, 0x1.abcdeep+5f);
  CHECK_EQ_INT (n, 9);
  calls++;
  s.a = ~s.a;
  s.b = -s.b;
  return s;
}

static f_i
take_f_i (f_i s, float f)
{
  CHECK_EQ_FLT (s.a, -0x1.000002p-9f);
  CHECK_EQ_INT (s.b, INT32_MIN + 1);
  CHECK_EQ_FLT (f, 0.25f);
  calls++;
  s.b = 0x7654321;
  s.a = f;
  return s;
}

static c_f
take_c_f (c_f s, c_f t)
{
  CHECK_EQ_INT (s.a, -0x55);
  CHECK_EQ_FLT (s.b, 0x1.8p+100f);
  CHECK_EQ_INT (t.a, 0x7e);
  CHECK_EQ_FLT (t.b, -0x1.7p-100f);
  calls++;
  s.a = t.a;
  return s;
}

static ff_i
take_ff_i (ff_i s, double d, int64_t n)
{
  CHECK_EQ_FLT (s.a, 1.5f);
  CHECK_EQ_FLT (s.b, -0x1.23456p-1f);
  CHECK_EQ_INT (s.c, -0x3ccccccd);
  CHECK_EQ_FLT (d, -1e-300);
  CHECK_EQ_INT (n, INT64_MAX - 1);
  calls++;
  s.a = s.b;
  s.c = 42;
  return s;
}

static ii_ff
take_ii_ff (ii_ff s)
{
  CHECK_EQ_INT (s.a, -1);
  CHECK_EQ_INT (s.b, 0x55aa55aa);
  CHECK_EQ_FLT (s.c, -0x1.fffffep+127f);
  CHECK_EQ_FLT (s.d, 0x1p-149f);
  calls++;
  s.a = s.b;
  s.d = 3.0f;
  return s;
}

static sf_d
take_sf_d (int k, sf_d s)
{
  CHECK_EQ_INT (k, 1234);
  CHECK_EQ_INT (s.a, -0x7ff1);
  CHECK_EQ_FLT (s.b, 0x1.5p-1f);
  CHECK_EQ_FLT (s.c, -0x1.23456789abcdep-500);
  calls++;
  s.a = 0x7ff1;
  s.c = s.b;
  return s;
}

int
main (void)
{
  ffi_cif cif;

  {
    ffi_type *t[3] = { &ffi_type_double, &i_f_type, &ffi_type_sint };
    double d = 2.75;
    i_f s = { -0x1234567, 0x1.abcdeep+5f }, r;
    int n = 9;
    void *v[3] = { &d, &s, &n };
    PREP_CIF (&cif, 3, &i_f_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_i_f), &r, v);
    CHECK_EQ_INT (r.a, ~-0x1234567);
    CHECK_EQ_FLT (r.b, -0x1.abcdeep+5f);
    CHECK_EQ_INT (s.a, -0x1234567);
  }
  {
    ffi_type *t[2] = { &f_i_type, &ffi_type_float };
    f_i s = { -0x1.000002p-9f, INT32_MIN + 1 }, r;
    float f = 0.25f;
    void *v[2] = { &s, &f };
    PREP_CIF (&cif, 2, &f_i_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_f_i), &r, v);
    CHECK_EQ_FLT (r.a, 0.25f);
    CHECK_EQ_INT (r.b, 0x7654321);
  }
  {
    ffi_type *t[2] = { &c_f_type, &c_f_type };
    c_f s = { -0x55, 0x1.8p+100f }, u = { 0x7e, -0x1.7p-100f }, r;
    void *v[2] = { &s, &u };
    PREP_CIF (&cif, 2, &c_f_type, t);
    CHECK_EQ_UINT (c_f_type.size, sizeof (c_f));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_c_f), &r, v);
    CHECK_EQ_INT (r.a, 0x7e);
    CHECK_EQ_FLT (r.b, 0x1.8p+100f);
  }
  {
    ffi_type *t[3] = { &ff_i_type, &ffi_type_double, &ffi_type_sint64 };
    ff_i s = { 1.5f, -0x1.23456p-1f, -0x3ccccccd }, r;
    double d = -1e-300;
    int64_t n = INT64_MAX - 1;
    void *v[3] = { &s, &d, &n };
    PREP_CIF (&cif, 3, &ff_i_type, t);
    CHECK_EQ_UINT (ff_i_type.size, 12);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_ff_i), &r, v);
    CHECK_EQ_FLT (r.a, -0x1.23456p-1f);
    CHECK_EQ_FLT (r.b, -0x1.23456p-1f);
    CHECK_EQ_INT (r.c, 42);
  }
  {
    ffi_type *t[1] = { &ii_ff_type };
    ii_ff s = { -1, 0x55aa55aa, -0x1.fffffep+127f, 0x1p-149f }, r;
    void *v[1] = { &s };
    PREP_CIF (&cif, 1, &ii_ff_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_ii_ff), &r, v);
    CHECK_EQ_INT (r.a, 0x55aa55aa);
    CHECK_EQ_INT (r.b, 0x55aa55aa);
    CHECK_EQ_FLT (r.c, -0x1.fffffep+127f);
    CHECK_EQ_FLT (r.d, 3.0f);
  }
  {
    ffi_type *t[2] = { &ffi_type_sint, &sf_d_type };
    int k = 1234;
    sf_d s = { -0x7ff1, 0x1.5p-1f, -0x1.23456789abcdep-500 }, r;
    void *v[2] = { &k, &s };
    PREP_CIF (&cif, 2, &sf_d_type, t);
    CHECK_EQ_UINT (sf_d_type.size, sizeof (sf_d));
    CHECK_EQ_UINT (sf_d_type.alignment, _Alignof (sf_d));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_sf_d), &r, v);
    CHECK_EQ_INT (r.a, 0x7ff1);
    CHECK_EQ_FLT (r.b, 0x1.5p-1f);
    CHECK_EQ_FLT (r.c, 0x1.5p-1);
  }
  CHECK_EQ_INT (calls, 6);
  return 0;
}
