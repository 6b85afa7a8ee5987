/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* long double (x87, passed in memory on x86-64) mixed with ints, floats
   and doubles in every position: a long double takes no register, so the
   integer and SSE arguments around it keep their registers, while the
   long doubles themselves sit in 16-byte aligned stack slots.  */

#include "calltest.h"

static int calls;

#define LD1 0x1.23456789abcdef12p+3L
#define LD2 (-0x1.fedcba9876543212p-100L)
#define I1 (-0x12345679)
#define D1 0x1.23456789abcdep+10
#define F1 (-0x1.abcdeep-7f)

static long double
f_li (long double a, int b)
{
  CHECK_EQ_FLT (a, LD1); CHECK_EQ_INT (b, I1);
  calls++;
  return -a;
}

static int
f_il (int a, long double b)
{
  CHECK_EQ_INT (a, I1); CHECK_EQ_FLT (b, LD1);
  calls++;
  return a + 1;
}

static double
f_ild (int a, long double b, double c)
{
  CHECK_EQ_INT (a, I1); CHECK_EQ_FLT (b, LD2); CHECK_EQ_FLT (c, D1);
  calls++;
  return -c;
}

static long double
f_dli (double a, long double b, int c)
{
  CHECK_EQ_FLT (a, D1); CHECK_EQ_FLT (b, LD1); CHECK_EQ_INT (c, I1);
  calls++;
  return b * 2.0L;
}

static float
f_flf (float a, long double b, float c)
{
  CHECK_EQ_FLT (a, F1); CHECK_EQ_FLT (b, LD2); CHECK_EQ_FLT (c, -F1);
  calls++;
  return c;
}

static long double
f_llil (long double a, long double b, int c, long double d)
{
  CHECK_EQ_FLT (a, LD1); CHECK_EQ_FLT (b, LD2); CHECK_EQ_INT (c, I1);
  CHECK_EQ_FLT (d, -LD1);
  calls++;
  return b;
}

int
main (void)
{
  ffi_cif cif;
  long double ld1 = LD1, ld2 = LD2, nld1 = -LD1, rl;
  int i1 = I1;
  double d1 = D1, rd;
  float f1 = F1, nf1 = -F1, rf;
  ffi_arg ri;
  ffi_type *tl = &ffi_type_longdouble, *ti = &ffi_type_sint,
           *td = &ffi_type_double, *tf = &ffi_type_float;

  {
    ffi_type *t[2] = { tl, ti };
    void *v[2] = { &ld1, &i1 };
    PREP_CIF (&cif, 2, tl, t);
    junk_fill (&rl, sizeof rl);
    ffi_call (&cif, FFI_FN (f_li), &rl, v);
    CHECK_EQ_FLT (rl, -LD1);
  }
  {
    ffi_type *t[2] = { ti, tl };
    void *v[2] = { &i1, &ld1 };
    PREP_CIF (&cif, 2, ti, t);
    junk_fill (&ri, sizeof ri);
    ffi_call (&cif, FFI_FN (f_il), &ri, v);
    CHECK_EQ_UINT (ri, SEXT_ARG (I1 + 1));
  }
  {
    ffi_type *t[3] = { ti, tl, td };
    void *v[3] = { &i1, &ld2, &d1 };
    PREP_CIF (&cif, 3, td, t);
    junk_fill (&rd, sizeof rd);
    ffi_call (&cif, FFI_FN (f_ild), &rd, v);
    CHECK_EQ_FLT (rd, -D1);
  }
  {
    ffi_type *t[3] = { td, tl, ti };
    void *v[3] = { &d1, &ld1, &i1 };
    PREP_CIF (&cif, 3, tl, t);
    junk_fill (&rl, sizeof rl);
    ffi_call (&cif, FFI_FN (f_dli), &rl, v);
    CHECK_EQ_FLT (rl, LD1 * 2.0L);
  }
  {
    ffi_type *t[3] = { tf, tl, tf };
    void *v[3] = { &f1, &ld2, &nf1 };
    PREP_CIF (&cif, 3, tf, t);
    junk_fill (&rf, sizeof rf);
    ffi_call (&cif, FFI_FN (f_flf), &rf, v);
    CHECK_EQ_FLT (rf, -F1);
  }
  {
    ffi_type *t[4] = { tl, tl, ti, tl };
    void *v[4] = { &ld1, &ld2, &i1, &nld1 };
    PREP_CIF (&cif, 4, tl, t);
    junk_fill (&rl, sizeof rl);
    ffi_call (&cif, FFI_FN (f_llil), &rl, v);
    CHECK_EQ_FLT (rl, LD2);
  }
  CHECK_EQ_INT (calls, 6);
  CHECK_X87_EMPTY ();
  return 0;
}
