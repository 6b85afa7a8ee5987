/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* int, long, int64_t, float and double arguments mixed in every order of
   {int, float, double} and in longer interleavings: integer and floating
   arguments are assigned to their register files independently, so each
   kind must land in the next register of its own class whatever comes
   before it.  Each callee returns a different type.  */

#include "calltest.h"

static int calls;

#define I1 (-0x12345679)
#define L1 (-0x0123456789abcdefLL)
#define F1 0x1.abcdeep-7f
#define D1 (-0x1.23456789abcdep+10)

static double
f_ifd (int a, float b, double c)
{
  CHECK_EQ_INT (a, I1); CHECK_EQ_FLT (b, F1); CHECK_EQ_FLT (c, D1);
  calls++;
  return -c;
}

static float
f_idf (int a, double b, float c)
{
  CHECK_EQ_INT (a, I1); CHECK_EQ_FLT (b, D1); CHECK_EQ_FLT (c, F1);
  calls++;
  return -c;
}

static int
f_fid (float a, int b, double c)
{
  CHECK_EQ_FLT (a, F1); CHECK_EQ_INT (b, I1); CHECK_EQ_FLT (c, D1);
  calls++;
  return b - 1;
}

static long
f_fdi (float a, double b, int c)
{
  CHECK_EQ_FLT (a, F1); CHECK_EQ_FLT (b, D1); CHECK_EQ_INT (c, I1);
  calls++;
  return (long) c * 3;
}

static double
f_dif (double a, int b, float c)
{
  CHECK_EQ_FLT (a, D1); CHECK_EQ_INT (b, I1); CHECK_EQ_FLT (c, F1);
  calls++;
  return a * 2.0;
}

static float
f_dfi (double a, float b, int c)
{
  CHECK_EQ_FLT (a, D1); CHECK_EQ_FLT (b, F1); CHECK_EQ_INT (c, I1);
  calls++;
  return b * 0.5f;
}

/* A longer interleaving with both registers files half used.  */
static int64_t
f_long_mix (double a, int64_t b, float c, int d, double e, int64_t f, float g,
            int h, double i, int j)
{
  CHECK_EQ_FLT (a, D1);
  CHECK_EQ_INT (b, L1);
  CHECK_EQ_FLT (c, F1);
  CHECK_EQ_INT (d, I1);
  CHECK_EQ_FLT (e, 0x1.0000000000001p+0);
  CHECK_EQ_INT (f, 0x7edcba9876543210LL);
  CHECK_EQ_FLT (g, -0x1.000002p+64f);
  CHECK_EQ_INT (h, 0x55aa55aa);
  CHECK_EQ_FLT (i, 0x1.fffffffffffffp+1023);
  CHECK_EQ_INT (j, -2);
  calls++;
  return b ^ f;
}

int
main (void)
{
  ffi_cif cif;
  int i1 = I1;
  float f1 = F1;
  double d1 = D1;
  ffi_type *ti = &ffi_type_sint, *tf = &ffi_type_float,
           *td = &ffi_type_double;
  double rd;
  float rf;
  ffi_arg ri;
  long rl;

#define CALL3(fn, T1, V1, T2, V2, T3, V3, RT, R)                 \
  do {                                                           \
    ffi_type *t_[3] = { T1, T2, T3 };                            \
    void *v_[3] = { V1, V2, V3 };                                \
    PREP_CIF (&cif, 3, RT, t_);                                  \
    junk_fill (&R, sizeof R);                                    \
    ffi_call (&cif, FFI_FN (fn), &R, v_);                        \
  } while (0)

  CALL3 (f_ifd, ti, &i1, tf, &f1, td, &d1, td, rd);
  CHECK_EQ_FLT (rd, -D1);
  CALL3 (f_idf, ti, &i1, td, &d1, tf, &f1, tf, rf);
  CHECK_EQ_FLT (rf, -F1);
  CALL3 (f_fid, tf, &f1, ti, &i1, td, &d1, ti, ri);
  CHECK_EQ_UINT (ri, SEXT_ARG (I1 - 1));
  CALL3 (f_fdi, tf, &f1, td, &d1, ti, &i1, &ffi_type_slong, rl);
  CHECK_EQ_INT (rl, (long) I1 * 3);
  CALL3 (f_dif, td, &d1, ti, &i1, tf, &f1, td, rd);
  CHECK_EQ_FLT (rd, D1 * 2.0);
  CALL3 (f_dfi, td, &d1, tf, &f1, ti, &i1, tf, rf);
  CHECK_EQ_FLT (rf, F1 * 0.5f);
  CHECK_EQ_INT (calls, 6);

  {
    ffi_type *t[10] = { td, &ffi_type_sint64, tf, ti, td, &ffi_type_sint64,
                        tf, ti, td, ti };
    int64_t b = L1, f = 0x7edcba9876543210LL, r64;
    double e = 0x1.0000000000001p+0, i = 0x1.fffffffffffffp+1023;
    float g = -0x1.000002p+64f;
    int h = 0x55aa55aa, j = -2;
    void *v[10] = { &d1, &b, &f1, &i1, &e, &f, &g, &h, &i, &j };
    PREP_CIF (&cif, 10, &ffi_type_sint64, t);
    junk_fill (&r64, sizeof r64);
    ffi_call (&cif, FFI_FN (f_long_mix), &r64, v);
    CHECK_EQ_INT (r64, L1 ^ 0x7edcba9876543210LL);
  }
  CHECK_EQ_INT (calls, 7);
  return 0;
}
