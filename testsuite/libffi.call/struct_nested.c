/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Nested structs: the layout recurses (inner size and alignment first),
   and classification looks through the nesting at the scalar members, so
   {{float, float}, {double}} is two SSE eight-bytes and {{char, short},
   {float}} is one INTEGER eight-byte.  Three levels deep too, and a
   nested struct over 16 bytes (MEMORY).  Arguments and results.  */

#include "calltest.h"

typedef struct { int8_t a; int16_t b; } cs;
typedef struct { float f; } f1;
typedef struct { cs x; f1 y; } cs_f;                   /* 8: INTEGER */
typedef struct { float a; float b; } ff;
typedef struct { double d; } d1;
typedef struct { ff p; d1 q; } ff_d;                   /* 16: SSE, SSE */
typedef struct { int32_t i; ff_d inner; } deep2;        /* 24: MEMORY */
typedef struct { cs_f m; int8_t tail; } deep3;          /* 12: INTEGER x2 */
typedef struct { d1 a; int64_t b; } d1_l;               /* SSE, INTEGER */

STRUCT_TYPE (cs_type, &ffi_type_sint8, &ffi_type_sint16);
STRUCT_TYPE (f1_type, &ffi_type_float);
STRUCT_TYPE (cs_f_type, &cs_type, &f1_type);
STRUCT_TYPE (ff_type, &ffi_type_float, &ffi_type_float);
STRUCT_TYPE (d1_type, &ffi_type_double);
STRUCT_TYPE (ff_d_type, &ff_type, &d1_type);
STRUCT_TYPE (deep2_type, &ffi_type_sint32, &ff_d_type);
STRUCT_TYPE (deep3_type, &cs_f_type, &ffi_type_sint8);
STRUCT_TYPE (d1_l_type, &d1_type, &ffi_type_sint64);

static int calls;

static cs_f
f_cs_f (cs_f s, int n)
{
  CHECK_EQ_INT (s.x.a, -0x21);
  CHECK_EQ_INT (s.x.b, -0x4321);
  CHECK_EQ_FLT (s.y.f, 0x1.abcdeep+3f);
  CHECK_EQ_INT (n, 5);
  calls++;
  s.x.a = (int8_t) n;
  s.y.f = -s.y.f;
  return s;
}

static ff_d
f_ff_d (ff_d s, ff_d t)
{
  CHECK_EQ_FLT (s.p.a, 1.25f);
  CHECK_EQ_FLT (s.p.b, -0x1.000002p+3f);
  CHECK_EQ_FLT (s.q.d, 0x1.23456789abcdep-7);
  CHECK_EQ_FLT (t.p.a, -9.5f);
  CHECK_EQ_FLT (t.p.b, 0x1.fffffep-2f);
  CHECK_EQ_FLT (t.q.d, -0x1.0000000000001p+30);
  calls++;
  s.p.b = t.p.a;
  s.q.d = t.q.d;
  return s;
}

static deep2
f_deep2 (deep2 s)
{
  CHECK_EQ_INT (s.i, -0x0abcdef0);
  CHECK_EQ_FLT (s.inner.p.a, 0.75f);
  CHECK_EQ_FLT (s.inner.p.b, -0.875f);
  CHECK_EQ_FLT (s.inner.q.d, 0x1.5555555555555p-2);
  calls++;
  s.i = ~s.i;
  s.inner.q.d = -s.inner.q.d;
  return s;
}

static deep3
f_deep3 (deep3 s, d1_l u)
{
  CHECK_EQ_INT (s.m.x.a, 0x7f);
  CHECK_EQ_INT (s.m.x.b, -0x8000);
  CHECK_EQ_FLT (s.m.y.f, -0x1.8p-130f);
  CHECK_EQ_INT (s.tail, -0x5a);
  CHECK_EQ_FLT (u.a.d, -1e-200);
  CHECK_EQ_INT (u.b, 0x0fedcba987654321LL);
  calls++;
  s.tail = 0x11;
  s.m.x.b = 0x7fff;
  return s;
}

int
main (void)
{
  ffi_cif cif;
  {
    ffi_type *t[2] = { &cs_f_type, &ffi_type_sint };
    cs_f s = { { -0x21, -0x4321 }, { 0x1.abcdeep+3f } }, r;
    int n = 5;
    void *v[2] = { &s, &n };
    PREP_CIF (&cif, 2, &cs_f_type, t);
    CHECK_EQ_UINT (cs_type.size, sizeof (cs));
    CHECK_EQ_UINT (cs_f_type.size, sizeof (cs_f));
    CHECK_EQ_UINT (cs_f_type.alignment, _Alignof (cs_f));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f_cs_f), &r, v);
    CHECK_EQ_INT (r.x.a, 5);
    CHECK_EQ_INT (r.x.b, -0x4321);
    CHECK_EQ_FLT (r.y.f, -0x1.abcdeep+3f);
  }
  {
    ffi_type *t[2] = { &ff_d_type, &ff_d_type };
    ff_d s = { { 1.25f, -0x1.000002p+3f }, { 0x1.23456789abcdep-7 } };
    ff_d u = { { -9.5f, 0x1.fffffep-2f }, { -0x1.0000000000001p+30 } }, r;
    void *v[2] = { &s, &u };
    PREP_CIF (&cif, 2, &ff_d_type, t);
    CHECK_EQ_UINT (ff_d_type.size, 16);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f_ff_d), &r, v);
    CHECK_EQ_FLT (r.p.a, 1.25f);
    CHECK_EQ_FLT (r.p.b, -9.5f);
    CHECK_EQ_FLT (r.q.d, -0x1.0000000000001p+30);
  }
  {
    ffi_type *t[1] = { &deep2_type };
    deep2 s = { -0x0abcdef0,
                { { 0.75f, -0.875f }, { 0x1.5555555555555p-2 } } };
    deep2 r;
    void *v[1] = { &s };
    PREP_CIF (&cif, 1, &deep2_type, t);
    CHECK_EQ_UINT (deep2_type.size, sizeof (deep2));
    CHECK_EQ_UINT (deep2_type.alignment, _Alignof (deep2));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f_deep2), &r, v);
    CHECK_EQ_INT (r.i, ~-0x0abcdef0);
    CHECK_EQ_FLT (r.inner.p.a, 0.75f);
    CHECK_EQ_FLT (r.inner.p.b, -0.875f);
    CHECK_EQ_FLT (r.inner.q.d, -0x1.5555555555555p-2);
  }
  {
    ffi_type *t[2] = { &deep3_type, &d1_l_type };
    deep3 s, r;
    d1_l u = { { -1e-200 }, 0x0fedcba987654321LL };
    void *v[2] = { &s, &u };
    junk_fill (&s, sizeof s);
    s.m.x.a = 0x7f; s.m.x.b = -0x8000; s.m.y.f = -0x1.8p-130f;
    s.tail = -0x5a;
    PREP_CIF (&cif, 2, &deep3_type, t);
    CHECK_EQ_UINT (deep3_type.size, sizeof (deep3));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (f_deep3), &r, v);
    CHECK_EQ_INT (r.m.x.a, 0x7f);
    CHECK_EQ_INT (r.m.x.b, 0x7fff);
    CHECK_EQ_FLT (r.m.y.f, -0x1.8p-130f);
    CHECK_EQ_INT (r.tail, 0x11);
  }
  CHECK_EQ_INT (calls, 4);
  return 0;
}
