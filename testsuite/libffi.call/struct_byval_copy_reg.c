/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A callee that modifies its by-value struct parameter changes only its
   own copy: for register-class structs (INTEGER, SSE, mixed) the caller's
   object that avalue points to is unchanged after ffi_call, and a second
   call with the same avalue sees the original values again.  */

#include "calltest.h"

typedef struct { int64_t a, b; } LL;
typedef struct { double x, y; } DD;
typedef struct { int32_t i; float f; } IF;

STRUCT_TYPE (LL_type, &ffi_type_sint64, &ffi_type_sint64);
STRUCT_TYPE (DD_type, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (IF_type, &ffi_type_sint32, &ffi_type_float);

static int calls;

static int64_t
scribble (LL l, DD d, IF s)
{
  CHECK_EQ_INT (l.a, 0x0123456789abcdefLL);
  CHECK_EQ_INT (l.b, -0x0123456789abcdefLL);
  CHECK_EQ_FLT (d.x, 0x1.23456789abcdep+4);
  CHECK_EQ_FLT (d.y, -0x1.23456789abcdep-4);
  CHECK_EQ_INT (s.i, -0x55555556);
  CHECK_EQ_FLT (s.f, 0x1.abcdeep+1f);
  calls++;
  l.a = 0; l.b = 0;
  d.x = 0; d.y = 0;
  s.i = 0; s.f = 0;
  /* Make sure the writes happen.  */
  __asm__ __volatile__ ("" : : "r" (&l), "r" (&d), "r" (&s) : "memory");
  return l.a + l.b + s.i;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[3] = { &LL_type, &DD_type, &IF_type };
  LL l = { 0x0123456789abcdefLL, -0x0123456789abcdefLL };
  DD d = { 0x1.23456789abcdep+4, -0x1.23456789abcdep-4 };
  IF s = { -0x55555556, 0x1.abcdeep+1f };
  LL l0 = l;
  DD d0 = d;
  IF s0 = s;
  void *v[3] = { &l, &d, &s };
  int64_t r;
  int k;

  PREP_CIF (&cif, 3, &ffi_type_sint64, t);
  for (k = 0; k < 3; k++)
    {
      junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (scribble), &r, v);
      CHECK_EQ_INT (r, 0);
      CHECK_MEM_EQ (&l, &l0, sizeof l);
      CHECK_MEM_EQ (&d, &d0, sizeof d);
      CHECK_MEM_EQ (&s, &s0, sizeof s);
    }
  CHECK_EQ_INT (calls, 3);
  return 0;
}
