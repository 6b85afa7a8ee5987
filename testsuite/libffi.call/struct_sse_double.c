/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* SSE-class structs made of doubles, or of floats and doubles: {double},
   {double, double} (two SSE eight-bytes), {float, float, double} and
   {double, float, float} (two floats sharing one eight-byte).  By value as
   arguments in registers and on the stack, and as results.  */

#include "calltest.h"

HOMO_CASE (d1, double, 1, double a;, &ffi_type_double)
HOMO_CASE (d2, double, 2, double a; double b;,
           &ffi_type_double, &ffi_type_double)

typedef struct { float a; float b; double c; } ffd;
typedef struct { double a; float b; float c; } dff;
STRUCT_TYPE (ffd_type, &ffi_type_float, &ffi_type_float, &ffi_type_double);
STRUCT_TYPE (dff_type, &ffi_type_double, &ffi_type_float, &ffi_type_float);

static int calls;

static ffd
take_ffd (int n, ffd s, double after)
{
  CHECK_EQ_INT (n, -5);
  CHECK_EQ_FLT (s.a, 0x1.234568p-3f);
  CHECK_EQ_FLT (s.b, -0x1.fedcbap+9f);
  CHECK_EQ_FLT (s.c, 0x1.23456789abcdep+100);
  CHECK_EQ_FLT (after, -0.5);
  calls++;
  s.a = s.b;
  s.b = 0.125f;
  s.c = -s.c;
  return s;
}

static dff
take_dff (dff s, dff t)
{
  CHECK_EQ_FLT (s.a, -0x1.0000000000001p-1);
  CHECK_EQ_FLT (s.b, 0x1.8p+3f);
  CHECK_EQ_FLT (s.c, -0x1.000002p-20f);
  CHECK_EQ_FLT (t.a, 1e300);
  CHECK_EQ_FLT (t.b, -3.5f);
  CHECK_EQ_FLT (t.c, 0x1.fffffep+127f);
  calls++;
  s.a = t.a;
  s.c = t.b;
  return s;
}

int
main (void)
{
  ffi_cif cif;

  RUN_HOMO_CASE (d1, double, 1);
  RUN_HOMO_CASE (d2, double, 2);
  CHECK_EQ_INT (homo_case_calls, 4);

  {
    ffi_type *t[3] = { &ffi_type_sint, &ffd_type, &ffi_type_double };
    int n = -5;
    ffd s = { 0x1.234568p-3f, -0x1.fedcbap+9f, 0x1.23456789abcdep+100 }, r;
    double after = -0.5;
    void *v[3] = { &n, &s, &after };
    PREP_CIF (&cif, 3, &ffd_type, t);
    CHECK_EQ_UINT (ffd_type.size, 16);
    CHECK_EQ_UINT (ffd_type.alignment, _Alignof (double));
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_ffd), &r, v);
    CHECK_EQ_FLT (r.a, -0x1.fedcbap+9f);
    CHECK_EQ_FLT (r.b, 0.125f);
    CHECK_EQ_FLT (r.c, -0x1.23456789abcdep+100);
  }
  {
    ffi_type *t[2] = { &dff_type, &dff_type };
    dff s = { -0x1.0000000000001p-1, 0x1.8p+3f, -0x1.000002p-20f };
    dff u = { 1e300, -3.5f, 0x1.fffffep+127f }, r;
    void *v[2] = { &s, &u };
    PREP_CIF (&cif, 2, &dff_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (take_dff), &r, v);
    CHECK_EQ_FLT (r.a, 1e300);
    CHECK_EQ_FLT (r.b, 0x1.8p+3f);
    CHECK_EQ_FLT (r.c, -3.5f);
  }
  CHECK_EQ_INT (calls, 2);
  return 0;
}
