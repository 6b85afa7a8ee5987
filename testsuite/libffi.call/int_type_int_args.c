/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* FFI_TYPE_INT as an argument type (in registers and on the stack) and as
   a struct element, with a client-made ffi_type {sizeof (int), alignment,
   FFI_TYPE_INT}; the result, also of that type, is sign-extended into the
   whole ffi_arg.  libffi 3.4.4 on x86-64 accepts FFI_TYPE_INT only as a
   return type and abort()s in ffi_prep_cif for an argument or struct
   element of this type, so this file fails there; stubffi treats
   FFI_TYPE_INT like FFI_TYPE_SINT32 everywhere.  */

#include "calltest.h"

static ffi_type my_int = { sizeof (int), _Alignof (int), FFI_TYPE_INT, NULL };

typedef struct { int a; signed char b; int c; } three;
STRUCT_TYPE (three_type, &my_int, &ffi_type_schar, &my_int);

static int calls;

static int
take_ints (int a, int b, int c, int d, int e, int f, int g, int h)
{
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_INT (b, INT_MIN);
  CHECK_EQ_INT (c, INT_MAX);
  CHECK_EQ_INT (d, -0x12345679);
  CHECK_EQ_INT (e, 0x7edcba98);
  CHECK_EQ_INT (f, -6);
  CHECK_EQ_INT (g, -7);        /* on the stack on x86-64 */
  CHECK_EQ_INT (h, -0x55aa55ab);
  calls++;
  return a + d + f + g;
}

static three
pass_three (three t, int k)
{
  CHECK_EQ_INT (t.a, -0x0badf00d);
  CHECK_EQ_INT (t.b, -3);
  CHECK_EQ_INT (t.c, 0x600dcafe);
  CHECK_EQ_INT (k, -9);
  calls++;
  t.a += k;
  t.c = -t.c;
  return t;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *types[8];
  int v[8] = { -1, INT_MIN, INT_MAX, -0x12345679, 0x7edcba98, -6, -7,
               -0x55aa55ab };
  void *values[8];
  ffi_arg r;
  int i;

  for (i = 0; i < 8; i++)
    {
      types[i] = &my_int;
      values[i] = &v[i];
    }
  PREP_CIF (&cif, 8, &my_int, types);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_ints), &r, values);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_UINT (r, SEXT_ARG (-1 - 0x12345679 - 6 - 7));
  CHECK_EQ_INT ((int) r, -1 - 0x12345679 - 6 - 7);

  {
    ffi_type *st[2] = { &three_type, &my_int };
    three t = { -0x0badf00d, -3, 0x600dcafe }, out;
    int k = -9;
    void *sv[2] = { &t, &k };
    PREP_CIF (&cif, 2, &three_type, st);
    CHECK_EQ_UINT (three_type.size, sizeof (three));
    CHECK_EQ_UINT (three_type.alignment, _Alignof (three));
    junk_fill (&out, sizeof out);
    ffi_call (&cif, FFI_FN (pass_three), &out, sv);
    CHECK_EQ_INT (calls, 2);
    CHECK_EQ_INT (out.a, -0x0badf00d - 9);
    CHECK_EQ_INT (out.b, -3);
    CHECK_EQ_INT (out.c, -0x600dcafe);
  }
  return 0;
}
