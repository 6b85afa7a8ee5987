/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Floating argument counts around the SSE register boundary: exactly 8
   doubles (all in %xmm0-7 on x86-64), 9 doubles (the ninth on the stack),
   8 and 9 floats, and 8 doubles plus a float.  */

#include "calltest.h"

static int calls;

#define D(k) ((k) * 1.25 + 0x1p-40 * (k) - 3.0)
#define F(k) ((float) (k) * -0.75f + 0x1p-20f)

static double
eight_d (double a, double b, double c, double d, double e, double f,
         double g, double h)
{
  CHECK_EQ_FLT (a, D (1)); CHECK_EQ_FLT (b, D (2)); CHECK_EQ_FLT (c, D (3));
  CHECK_EQ_FLT (d, D (4)); CHECK_EQ_FLT (e, D (5)); CHECK_EQ_FLT (f, D (6));
  CHECK_EQ_FLT (g, D (7)); CHECK_EQ_FLT (h, D (8));
  calls++;
  return h;
}

static double
nine_d (double a, double b, double c, double d, double e, double f,
        double g, double h, double i)
{
  CHECK_EQ_FLT (a, D (1)); CHECK_EQ_FLT (b, D (2)); CHECK_EQ_FLT (c, D (3));
  CHECK_EQ_FLT (d, D (4)); CHECK_EQ_FLT (e, D (5)); CHECK_EQ_FLT (f, D (6));
  CHECK_EQ_FLT (g, D (7)); CHECK_EQ_FLT (h, D (8)); CHECK_EQ_FLT (i, D (9));
  calls++;
  return i;
}

static float
eight_f (float a, float b, float c, float d, float e, float f, float g,
         float h)
{
  CHECK_EQ_FLT (a, F (1)); CHECK_EQ_FLT (b, F (2)); CHECK_EQ_FLT (c, F (3));
  CHECK_EQ_FLT (d, F (4)); CHECK_EQ_FLT (e, F (5)); CHECK_EQ_FLT (f, F (6));
  CHECK_EQ_FLT (g, F (7)); CHECK_EQ_FLT (h, F (8));
  calls++;
  return h;
}

static float
nine_f (float a, float b, float c, float d, float e, float f, float g,
        float h, float i)
{
  CHECK_EQ_FLT (a, F (1)); CHECK_EQ_FLT (b, F (2)); CHECK_EQ_FLT (c, F (3));
  CHECK_EQ_FLT (d, F (4)); CHECK_EQ_FLT (e, F (5)); CHECK_EQ_FLT (f, F (6));
  CHECK_EQ_FLT (g, F (7)); CHECK_EQ_FLT (h, F (8)); CHECK_EQ_FLT (i, F (9));
  calls++;
  return i;
}

static float
eight_d_one_f (double a, double b, double c, double d, double e, double f,
               double g, double h, float i)
{
  CHECK_EQ_FLT (a, D (1)); CHECK_EQ_FLT (b, D (2)); CHECK_EQ_FLT (c, D (3));
  CHECK_EQ_FLT (d, D (4)); CHECK_EQ_FLT (e, D (5)); CHECK_EQ_FLT (f, D (6));
  CHECK_EQ_FLT (g, D (7)); CHECK_EQ_FLT (h, D (8)); CHECK_EQ_FLT (i, F (9));
  calls++;
  return -i;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *td[9], *tf[9];
  double dv[9], rd;
  float fv[9], rf;
  void *pd[9], *pf[9];
  int k;

  for (k = 0; k < 9; k++)
    {
      td[k] = &ffi_type_double;
      tf[k] = &ffi_type_float;
      dv[k] = D (k + 1);
      fv[k] = F (k + 1);
      pd[k] = &dv[k];
      pf[k] = &fv[k];
    }

  PREP_CIF (&cif, 8, &ffi_type_double, td);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (eight_d), &rd, pd);
  CHECK_EQ_FLT (rd, D (8));

  PREP_CIF (&cif, 9, &ffi_type_double, td);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (nine_d), &rd, pd);
  CHECK_EQ_FLT (rd, D (9));

  PREP_CIF (&cif, 8, &ffi_type_float, tf);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (eight_f), &rf, pf);
  CHECK_EQ_FLT (rf, F (8));

  PREP_CIF (&cif, 9, &ffi_type_float, tf);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (nine_f), &rf, pf);
  CHECK_EQ_FLT (rf, F (9));

  td[8] = &ffi_type_float;
  pd[8] = &fv[8];
  PREP_CIF (&cif, 9, &ffi_type_float, td);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (eight_d_one_f), &rf, pd);
  CHECK_EQ_FLT (rf, -F (9));

  CHECK_EQ_INT (calls, 5);
  return 0;
}
