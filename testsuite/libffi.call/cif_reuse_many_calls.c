/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* One cif serves any number of calls: 10000 calls through the same cif
   with changing argument values (written into the same argument
   objects), to two different functions of the same signature, each
   result checked.  ffi_call does not change the cif.  */

#include "calltest.h"

typedef struct { int32_t a; double b; } ID;
STRUCT_TYPE (ID_type, &ffi_type_sint32, &ffi_type_double);

static int calls_f, calls_g;

static ID
f (int k, double x, ID s, int64_t y)
{
  ID r;
  CHECK_EQ_FLT (x, k * 0.5);
  CHECK_EQ_INT (s.a, -k);
  CHECK_EQ_FLT (s.b, k * -0.25);
  CHECK_EQ_INT (y, (int64_t) k << 33);
  r.a = k * 3;
  r.b = x + s.b;
  calls_f++;
  return r;
}

static ID
g (int k, double x, ID s, int64_t y)
{
  ID r;
  CHECK_EQ_FLT (x, k * 0.5);
  CHECK_EQ_INT (s.a, -k);
  CHECK_EQ_INT (y, (int64_t) k << 33);
  r.a = -k;
  r.b = s.b * 2;
  calls_g++;
  return r;
}

int
main (void)
{
  ffi_cif cif, copy;
  ffi_type *t[4] = { &ffi_type_sint, &ffi_type_double, &ID_type,
                     &ffi_type_sint64 };
  int k;
  double x;
  ID s, r;
  int64_t y;
  void *v[4] = { &k, &x, &s, &y };

  PREP_CIF (&cif, 4, &ID_type, t);
  memcpy (&copy, &cif, sizeof cif);
  memset (&s, 0, sizeof s);
  for (k = 0; k < 10000; k++)
    {
      x = k * 0.5;
      s.a = -k;
      s.b = k * -0.25;
      y = (int64_t) k << 33;
      junk_fill (&r, sizeof r);
      if (k % 3)
        {
          ffi_call (&cif, FFI_FN (f), &r, v);
          CHECK_EQ_INT (r.a, k * 3);
          CHECK_EQ_FLT (r.b, k * 0.25);
        }
      else
        {
          ffi_call (&cif, FFI_FN (g), &r, v);
          CHECK_EQ_INT (r.a, -k);
          CHECK_EQ_FLT (r.b, k * -0.5);
        }
    }
  CHECK_EQ_INT (calls_f + calls_g, 10000);
  CHECK_EQ_INT (calls_g, 3334);
  CHECK (memcmp (&copy, &cif, sizeof cif) == 0);
  return 0;
}
