/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Several cifs sharing type objects: the same struct ffi_type (and the
   same atypes array) in different cifs with different argument counts
   and return types, prepared before any is used, then called in
   interleaved order.  Preparing one cif must not disturb another.  */

#include "calltest.h"

typedef struct { int16_t a; float b; int64_t c; } SFL;

static int calls;

static SFL
first (SFL s, SFL t)
{
  CHECK_EQ_INT (s.a, -300);
  CHECK_EQ_FLT (s.b, 0x1.5p-2f);
  CHECK_EQ_INT (s.c, INT64_MAX - 5);
  CHECK_EQ_INT (t.a, 300);
  calls++;
  s.a = t.a;
  return s;
}

static int64_t
second (SFL s)
{
  CHECK_EQ_INT (s.a, -300);
  calls++;
  return s.c;
}

static float
third (SFL s, SFL t, int k)
{
  CHECK_EQ_INT (t.c, -7);
  CHECK_EQ_INT (k, 99);
  calls++;
  return s.b + t.b;
}

int
main (void)
{
  ffi_type *el[4] = { &ffi_type_sint16, &ffi_type_float, &ffi_type_sint64,
                      NULL };
  ffi_type sfl_type = { 0, 0, FFI_TYPE_STRUCT, el };
  ffi_type *t[3] = { &sfl_type, &sfl_type, &ffi_type_sint };
  ffi_cif c1, c2, c3;
  SFL s, u, rs;
  int k = 99, i;
  void *v[3] = { &s, &u, &k };
  int64_t rl;
  float rf;

  memset (&s, 0, sizeof s);
  memset (&u, 0, sizeof u);
  s.a = -300; s.b = 0x1.5p-2f; s.c = INT64_MAX - 5;
  u.a = 300; u.b = -0x1.5p-1f; u.c = -7;

  PREP_CIF (&c1, 2, &sfl_type, t);
  PREP_CIF (&c2, 1, &ffi_type_sint64, t);
  PREP_CIF (&c3, 3, &ffi_type_float, t);
  CHECK (c1.arg_types == t && c2.arg_types == t && c3.arg_types == t);
  CHECK_EQ_UINT (sfl_type.size, sizeof (SFL));

  for (i = 0; i < 3; i++)
    {
      junk_fill (&rl, sizeof rl);
      ffi_call (&c2, FFI_FN (second), &rl, v);
      CHECK_EQ_INT (rl, INT64_MAX - 5);
      junk_fill (&rs, sizeof rs);
      ffi_call (&c1, FFI_FN (first), &rs, v);
      CHECK_EQ_INT (rs.a, 300);
      CHECK_EQ_FLT (rs.b, 0x1.5p-2f);
      CHECK_EQ_INT (rs.c, INT64_MAX - 5);
      junk_fill (&rf, sizeof rf);
      ffi_call (&c3, FFI_FN (third), &rf, v);
      CHECK_EQ_FLT (rf, 0x1.5p-2f - 0x1.5p-1f);
    }
  CHECK_EQ_INT (calls, 9);
  return 0;
}
