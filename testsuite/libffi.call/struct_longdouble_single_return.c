/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A struct whose only member is a long double: on x86-64 its eight-bytes
   are classed X87, X87UP, so as a result it is returned in %st0 like a
   plain long double (and as an argument it is passed in memory).  The
   x87 stack must be popped after each call.  libffi 3.4.4 gets this wrong
   (it returns such a struct through a hidden pointer: wrong value, and
   the callee's %st0 is never popped), so this file fails there.  */

#include "calltest.h"

typedef struct { long double x; } ld1;
typedef struct { ld1 inner; } ld1_nested;
STRUCT_TYPE (ld1_type, &ffi_type_longdouble);
STRUCT_TYPE (ld1_nested_type, &ld1_type);

#define X1 0x1.23456789abcdef12p+3L
/* The largest long double (x87 extended or quad: the same exponent
   range; on 32-bit Arm long double is double).  */
#include <float.h>
#define LD_HUGE LDBL_MAX

static int calls;

static ld1
ret_ld1 (int n, double d)
{
  ld1 r;
  CHECK_EQ_INT (n, -0x1234567);
  CHECK_EQ_FLT (d, -0.75);
  r.x = n < 0 ? -X1 : X1;
  calls++;
  return r;
}

static ld1
echo_ld1 (ld1 s)
{
  calls++;
  s.x = -s.x;
  return s;
}

static ld1_nested
ret_nested (void)
{
  ld1_nested r;
  r.inner.x = -X1;
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ld1 r;
  int k;
  /* Whether this machine computes long doubles with more precision than
     doubles, as x87 does (valgrind's x87 does not): only then can the
     last check see precision lost.  */
  volatile long double pa = X1, pb = 2.0L;
  int extended = pa * pb != (long double) (double) (pa * pb);
  (void) extended;      /* used on x86 only */

  {
    ffi_type *t[2] = { &ffi_type_sint, &ffi_type_double };
    int n = -0x1234567;
    double d = -0.75;
    void *v[2] = { &n, &d };
    PREP_CIF (&cif, 2, &ld1_type, t);
    for (k = 0; k < 20; k++)
      {
        junk_fill (&r, sizeof r);
        ffi_call (&cif, FFI_FN (ret_ld1), &r, v);
        CHECK_EQ_FLT (r.x, -X1);
      }
    CHECK_X87_EMPTY ();
  }
  {
    ffi_type *t[1] = { &ld1_type };
    ld1 s;
    void *v[1] = { &s };
    s.x = LD_HUGE;
    PREP_CIF (&cif, 1, &ld1_type, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (echo_ld1), &r, v);
    CHECK_EQ_FLT (r.x, -LD_HUGE);
    CHECK_EQ_FLT (s.x, LD_HUGE);
  }
  {
    ld1_nested rn;
    PREP_CIF (&cif, 0, &ld1_nested_type, NULL);
    junk_fill (&rn, sizeof rn);
    ffi_call (&cif, FFI_FN (ret_nested), &rn, NULL);
    CHECK_EQ_FLT (rn.inner.x, -X1);
  }
  /* Discarded: still popped.  */
  {
    ffi_type *t[2] = { &ffi_type_sint, &ffi_type_double };
    int n = -0x1234567;
    double d = -0.75;
    void *v[2] = { &n, &d };
    PREP_CIF (&cif, 2, &ld1_type, t);
    for (k = 0; k < 100; k++)
      ffi_call (&cif, FFI_FN (ret_ld1), NULL, v);
  }
  CHECK_EQ_INT (calls, 122);
  CHECK_X87_EMPTY ();
  /* Long double arithmetic still works after all those calls.  */
  {
    volatile long double a = X1, b = 2.0L;
    CHECK_EQ_FLT (a * b - a, X1);
#if defined(__x86_64__) || defined(__i386__)
    if (extended)
      CHECK (a * b != (long double) (double) (a * b));
#endif
  }
  return 0;
}
