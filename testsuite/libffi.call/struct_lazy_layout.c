/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A struct ffi_type starts with size and alignment 0; ffi_prep_cif lays
   it out on first use (as the return type or as an argument type), and
   nested struct types with it.  Once laid out, later cifs reuse the
   values unchanged, and calls through both cifs work.  */

#include "calltest.h"

typedef struct { int16_t a; double b; } in;
typedef struct { int8_t c; in i; int32_t d; } out;

static int calls;

static out
twist (out o, in i)
{
  CHECK_EQ_INT (o.c, -0x3c);
  CHECK_EQ_INT (o.i.a, -0x1234);
  CHECK_EQ_FLT (o.i.b, 0x1.23456789abcdep+4);
  CHECK_EQ_INT (o.d, 0x76543210);
  CHECK_EQ_INT (i.a, 0x4321);
  CHECK_EQ_FLT (i.b, -0.1);
  calls++;
  o.i = i;
  o.d = -o.d;
  return o;
}

static in
echo_in (in i)
{
  calls++;
  i.a = (int16_t) ~i.a;
  return i;
}

int
main (void)
{
  ffi_type *in_el[3] = { &ffi_type_sint16, &ffi_type_double, NULL };
  ffi_type in_type = { 0, 0, FFI_TYPE_STRUCT, in_el };
  ffi_type *out_el[4] = { &ffi_type_sint8, &in_type, &ffi_type_sint32, NULL };
  ffi_type out_type = { 0, 0, FFI_TYPE_STRUCT, out_el };
  ffi_type *at[2] = { &out_type, &in_type };
  ffi_cif cif1, cif2;
  out o, r;
  in i, ri;
  void *v[2] = { &o, &i };

  CHECK_EQ_UINT (out_type.size, 0);
  CHECK_EQ_UINT (out_type.alignment, 0);
  CHECK_EQ_UINT (in_type.size, 0);

  /* First use: as the return type (and argument).  */
  PREP_CIF (&cif1, 2, &out_type, at);
  CHECK_EQ_UINT (out_type.size, sizeof (out));
  CHECK_EQ_UINT (out_type.alignment, _Alignof (out));
  CHECK_EQ_UINT (in_type.size, sizeof (in));
  CHECK_EQ_UINT (in_type.alignment, _Alignof (in));
  CHECK_EQ_UINT (out_type.type, FFI_TYPE_STRUCT);
  CHECK (out_type.elements == out_el);
  CHECK (out_el[1] == &in_type && out_el[3] == NULL);

  /* A second cif sees the values as they are.  */
  PREP_CIF (&cif2, 1, &in_type, &at[1]);
  CHECK_EQ_UINT (in_type.size, sizeof (in));
  CHECK_EQ_UINT (out_type.size, sizeof (out));

  memset (&o, 0, sizeof o);
  memset (&i, 0, sizeof i);
  o.c = -0x3c; o.i.a = -0x1234; o.i.b = 0x1.23456789abcdep+4;
  o.d = 0x76543210;
  i.a = 0x4321; i.b = -0.1;
  junk_fill (&r, sizeof r);
  ffi_call (&cif1, FFI_FN (twist), &r, v);
  CHECK_EQ_INT (r.c, -0x3c);
  CHECK_EQ_INT (r.i.a, 0x4321);
  CHECK_EQ_FLT (r.i.b, -0.1);
  CHECK_EQ_INT (r.d, -0x76543210);

  junk_fill (&ri, sizeof ri);
  ffi_call (&cif2, FFI_FN (echo_in), &ri, &v[1]);
  CHECK_EQ_INT (ri.a, (int16_t) ~0x4321);
  CHECK_EQ_FLT (ri.b, -0.1);

  /* First use as an argument only (void result).  */
  {
    ffi_type *el[3] = { &ffi_type_float, &ffi_type_sint8, NULL };
    ffi_type fc = { 0, 0, FFI_TYPE_STRUCT, el };
    ffi_type *a1[1] = { &fc };
    ffi_cif cif3;
    PREP_CIF (&cif3, 1, &ffi_type_void, a1);
    CHECK_EQ_UINT (fc.size, 8);
    CHECK_EQ_UINT (fc.alignment, 4);
  }
  CHECK_EQ_INT (calls, 2);
  return 0;
}
