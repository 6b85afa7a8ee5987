/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* MEMORY-class structs (over 16 bytes, or containing a long double) are
   passed as a copy in the callee's stack argument area, never as a
   pointer to the caller's object: a callee that modifies its parameter
   must leave the object avalue points to unchanged, and the parameter's
   address is not the caller's object.  (Each call gets a fresh avalue
   array here; reusing one is avalue_unchanged.c.)  */

#include "calltest.h"

typedef struct { int64_t v[4]; } L4;
typedef struct { char c[33]; } C33;
typedef struct { long double x; int32_t tag; } LDT;

STRUCT_TYPE (L4_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
             &ffi_type_sint64);
#define C &ffi_type_schar
STRUCT_TYPE (C33_type, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C,
             C, C, C, C, C, C, C, C, C, C, C, C, C, C, C);
STRUCT_TYPE (LDT_type, &ffi_type_longdouble, &ffi_type_sint32);

static int calls;
static const void *seen_addr[3];

static int
scribble (L4 a, int n, C33 b, LDT c)
{
  int k;
  for (k = 0; k < 4; k++)
    CHECK_EQ_INT (a.v[k], INT64_MIN / 3 + k);
  CHECK_EQ_INT (n, 33);
  for (k = 0; k < 33; k++)
    CHECK_EQ_INT (b.c[k], (char) (k * 7 + 1));
  CHECK_EQ_FLT (c.x, -0x1.23456789abcdef12p+3L);
  CHECK_EQ_INT (c.tag, 0x7a6b5c4d);
  seen_addr[0] = &a;
  seen_addr[1] = &b;
  seen_addr[2] = &c;
  memset (&a, 0, sizeof a);
  memset (&b, 0, sizeof b);
  c.x = 0;
  c.tag = 0;
  __asm__ __volatile__ ("" : : "r" (&a), "r" (&b), "r" (&c) : "memory");
  calls++;
  return b.c[5] + c.tag;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[4] = { &L4_type, &ffi_type_sint, &C33_type, &LDT_type };
  L4 a, a0;
  C33 b, b0;
  LDT c, c0;
  int n = 33, k;
  ffi_arg r;

  for (k = 0; k < 4; k++)
    a.v[k] = INT64_MIN / 3 + k;
  for (k = 0; k < 33; k++)
    b.c[k] = (char) (k * 7 + 1);
  memset (&c, 0, sizeof c);
  c.x = -0x1.23456789abcdef12p+3L;
  c.tag = 0x7a6b5c4d;
  memcpy (&a0, &a, sizeof a);
  memcpy (&b0, &b, sizeof b);
  memcpy (&c0, &c, sizeof c);

  PREP_CIF (&cif, 4, &ffi_type_sint, t);
  for (k = 0; k < 2; k++)
    {
      void *v[4] = { &a, &n, &b, &c };
      junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (scribble), &r, v);
      CHECK_EQ_UINT (r, 0);
      CHECK_MEM_EQ (&a, &a0, sizeof a);
      CHECK_MEM_EQ (&b, &b0, sizeof b);
      /* By value, not bytes: the long double's padding is not part of
         it (and valgrind's x87 emulation rewrites it).  */
      CHECK_EQ_FLT (c.x, c0.x);
      CHECK_EQ_INT (c.tag, c0.tag);
      CHECK (seen_addr[0] != (const void *) &a);
      CHECK (seen_addr[1] != (const void *) &b);
      CHECK (seen_addr[2] != (const void *) &c);
    }
  CHECK_EQ_INT (calls, 2);
  return 0;
}
