/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Integer argument counts around the register boundary: 5, exactly 6 (all
   in %rdi..%r9 on x86-64) and 7 and 8 (the last ones on the stack).  Every
   argument has its own value, so a shifted or doubled slot shows.  */

#include "calltest.h"

static int calls;

#define V(k) ((int64_t) (0x1111111111111111ull * (uint64_t) (k)) - 7 * (k))

static int64_t
five (int64_t a, int64_t b, int64_t c, int64_t d, int64_t e)
{
  CHECK_EQ_INT (a, V (1)); CHECK_EQ_INT (b, V (2)); CHECK_EQ_INT (c, V (3));
  CHECK_EQ_INT (d, V (4)); CHECK_EQ_INT (e, V (5));
  calls++;
  return e;
}

static int64_t
six (int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f)
{
  CHECK_EQ_INT (a, V (1)); CHECK_EQ_INT (b, V (2)); CHECK_EQ_INT (c, V (3));
  CHECK_EQ_INT (d, V (4)); CHECK_EQ_INT (e, V (5)); CHECK_EQ_INT (f, V (6));
  calls++;
  return f;
}

static int64_t
seven (int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
       int64_t g)
{
  CHECK_EQ_INT (a, V (1)); CHECK_EQ_INT (b, V (2)); CHECK_EQ_INT (c, V (3));
  CHECK_EQ_INT (d, V (4)); CHECK_EQ_INT (e, V (5)); CHECK_EQ_INT (f, V (6));
  CHECK_EQ_INT (g, V (7));
  calls++;
  return g;
}

static int64_t
eight (int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
       int64_t g, int64_t h)
{
  CHECK_EQ_INT (a, V (1)); CHECK_EQ_INT (b, V (2)); CHECK_EQ_INT (c, V (3));
  CHECK_EQ_INT (d, V (4)); CHECK_EQ_INT (e, V (5)); CHECK_EQ_INT (f, V (6));
  CHECK_EQ_INT (g, V (7)); CHECK_EQ_INT (h, V (8));
  calls++;
  return g ^ h;
}

/* Six 32-bit ints, the last one negative, then a 7th of 8 bits.  */
static int
six_plus_char (int a, int b, int c, int d, int e, int f, signed char g)
{
  CHECK_EQ_INT (a + b + c + d + e, 15);
  CHECK_EQ_INT (f, -0x66666667);
  CHECK_EQ_INT (g, -128);
  calls++;
  return f + g;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[8];
  int64_t v[8], r;
  void *pv[8];
  int k;

  for (k = 0; k < 8; k++)
    {
      t[k] = &ffi_type_sint64;
      v[k] = V (k + 1);
      pv[k] = &v[k];
    }

  PREP_CIF (&cif, 5, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (five), &r, pv);
  CHECK_EQ_INT (r, V (5));

  PREP_CIF (&cif, 6, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (six), &r, pv);
  CHECK_EQ_INT (r, V (6));

  PREP_CIF (&cif, 7, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (seven), &r, pv);
  CHECK_EQ_INT (r, V (7));

  PREP_CIF (&cif, 8, &ffi_type_sint64, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (eight), &r, pv);
  CHECK_EQ_INT (r, V (7) ^ V (8));

  {
    ffi_type *ti[7];
    int iv[6] = { 1, 2, 3, 4, 5, -0x66666667 };
    signed char g = -128;
    void *ivp[7];
    ffi_arg ri;
    for (k = 0; k < 6; k++)
      {
        ti[k] = &ffi_type_sint;
        ivp[k] = &iv[k];
      }
    ti[6] = &ffi_type_schar;
    ivp[6] = &g;
    PREP_CIF (&cif, 7, &ffi_type_sint, ti);
    junk_fill (&ri, sizeof ri);
    ffi_call (&cif, FFI_FN (six_plus_char), &ri, ivp);
    CHECK_EQ_UINT (ri, SEXT_ARG (-0x66666667 - 128));
  }
  CHECK_EQ_INT (calls, 5);
  return 0;
}
