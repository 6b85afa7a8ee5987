/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_call reads the avalue array and the argument objects but writes
   neither: after a call every avalue[i] still points where the caller
   put it, so the same avalue array can be used for the next call, and
   the next call sees the caller's values again even though the callee
   scribbled over its by-value parameters.  libffi 3.4.4 on x86-64
   replaces avalue[i] of each struct argument over 16 bytes with a pointer
   to a copy in its own (already dead) stack frame, so a second call with
   the same array passes stale data: this file fails on libffi 3.4.4.  */

#include "calltest.h"

typedef struct { int64_t v[4]; } L4;
typedef struct { double d[3]; } D3;
typedef struct { int32_t a, b; } I2;

STRUCT_TYPE (L4_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
             &ffi_type_sint64);
STRUCT_TYPE (D3_type, &ffi_type_double, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (I2_type, &ffi_type_sint32, &ffi_type_sint32);

static int calls;

static int64_t
scribble (L4 a, I2 i, D3 d, int n)
{
  int k;
  for (k = 0; k < 4; k++)
    CHECK_EQ_INT (a.v[k], -0x1000000000LL * (k + 1) + k);
  CHECK_EQ_INT (i.a, -0x7abcdef);
  CHECK_EQ_INT (i.b, 0x7abcdef);
  for (k = 0; k < 3; k++)
    CHECK_EQ_FLT (d.d[k], 0.5 - k * 0x1.0000000001p+3);
  CHECK_EQ_INT (n, calls);
  memset (&a, 0x5a, sizeof a);
  memset (&i, 0x5a, sizeof i);
  memset (&d, 0x5a, sizeof d);
  __asm__ __volatile__ ("" : : "r" (&a), "r" (&i), "r" (&d) : "memory");
  calls++;
  return a.v[0];
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[4] = { &L4_type, &I2_type, &D3_type, &ffi_type_sint };
  L4 a;
  I2 i = { -0x7abcdef, 0x7abcdef };
  D3 d;
  int n = 0, k;
  void *v[4] = { &a, &i, &d, &n };
  void *v0[4];
  int64_t r;

  for (k = 0; k < 4; k++)
    a.v[k] = -0x1000000000LL * (k + 1) + k;
  for (k = 0; k < 3; k++)
    d.d[k] = 0.5 - k * 0x1.0000000001p+3;
  memcpy (v0, v, sizeof v);

  PREP_CIF (&cif, 4, &ffi_type_sint64, t);
  for (k = 0; k < 5; k++)
    {
      n = k;
      junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (scribble), &r, v);
      CHECK_EQ_UINT ((uint64_t) r, 0x5a5a5a5a5a5a5a5aull);
      CHECK (memcmp (v, v0, sizeof v) == 0);
      CHECK_EQ_INT (a.v[3], -0x4000000000LL + 3);
      CHECK_EQ_INT (i.b, 0x7abcdef);
      CHECK_EQ_FLT (d.d[2], 0.5 - 2 * 0x1.0000000001p+3);
    }
  CHECK_EQ_INT (calls, 5);
  return 0;
}
