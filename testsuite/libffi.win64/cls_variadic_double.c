/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures for variadic cifs (ffi_prep_cif_var) called natively as
   double (MS *) (int n, ...) with 1 to 12 doubles, and as
   double (MS *) (double first, int n, ...).  */

#include "win64test.h"

static int calls;

static double
val (int i)
{
  return (i % 2 ? -1 : 1) * (i + 1) * 0.375 + 0x1p-30 * i;
}

static void
vsum (ffi_cif *cif, void *ret, void **args, void *data)
{
  int n = *(int *) args[0], i;
  double s = 0;
  (void) data;
  CHECK_EQ_UINT (cif->nargs, (unsigned) n + 1);
  for (i = 0; i < n; i++)
    {
      CHECK_EQ_FLT (*(double *) args[1 + i], val (i));
      s += *(double *) args[1 + i] * (i + 1);
    }
  *(double *) ret = s;
  calls++;
}

static void
vfixed (ffi_cif *cif, void *ret, void **args, void *data)
{
  int n = *(int *) args[1], i;
  double s = *(double *) args[0];
  (void) data;
  CHECK_EQ_UINT (cif->nargs, (unsigned) n + 2);
  CHECK_EQ_FLT (s, -0.5);
  for (i = 0; i < n; i++)
    {
      CHECK_EQ_FLT (*(double *) args[2 + i], val (i));
      s += *(double *) args[2 + i];
    }
  *(double *) ret = s;
  calls++;
}

typedef double (MS *vfn) (int, ...);
typedef double (MS *vfn2) (double, int, ...);

static void
run (void)
{
  ffi_cif cif[13], cif2[13];
  ffi_closure *cl[13], *cl2[13];
  vfn f[13];
  vfn2 g[13];
  ffi_type *t[13][14];
  double v[12], want, want2;
  int n, i, before = calls;

  for (i = 0; i < 12; i++)
    v[i] = val (i);
  for (n = 1; n <= 12; n++)
    {
      t[n][0] = &ffi_type_sint;
      for (i = 0; i < n; i++)
        t[n][1 + i] = &ffi_type_double;
      W64_PREP_VAR (&cif[n], 1, 1 + n, &ffi_type_double, t[n]);
      f[n] = (vfn) w64_closure (&cl[n], &cif[n], vsum, NULL);
    }
  CHECK_EQ_FLT (f[1] (1, v[0]), v[0]);
  CHECK_EQ_FLT (f[2] (2, v[0], v[1]), v[0] + 2 * v[1]);
  CHECK_EQ_FLT (f[3] (3, v[0], v[1], v[2]), v[0] + 2 * v[1] + 3 * v[2]);
  CHECK_EQ_FLT (f[4] (4, v[0], v[1], v[2], v[3]),
                v[0] + 2 * v[1] + 3 * v[2] + 4 * v[3]);
  want = 0;
  for (i = 0; i < 12; i++)
    want += v[i] * (i + 1);
  CHECK_EQ_FLT (f[12] (12, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
                       v[8], v[9], v[10], v[11]), want);

  for (n = 1; n <= 12; n++)
    {
      static ffi_type *tt[13][14];
      tt[n][0] = &ffi_type_double;
      tt[n][1] = &ffi_type_sint;
      for (i = 0; i < n; i++)
        tt[n][2 + i] = &ffi_type_double;
      W64_PREP_VAR (&cif2[n], 2, 2 + n, &ffi_type_double, tt[n]);
      g[n] = (vfn2) w64_closure (&cl2[n], &cif2[n], vfixed, NULL);
    }
  CHECK_EQ_FLT (g[1] (-0.5, 1, v[0]), -0.5 + v[0]);
  CHECK_EQ_FLT (g[3] (-0.5, 3, v[0], v[1], v[2]), -0.5 + v[0] + v[1] + v[2]);
  want2 = -0.5;
  for (i = 0; i < 12; i++)
    want2 += v[i];
  CHECK_EQ_FLT (g[12] (-0.5, 12, v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                       v[7], v[8], v[9], v[10], v[11]), want2);
  CHECK_EQ_INT (calls, before + 8);

  for (n = 1; n <= 12; n++)
    {
      ffi_closure_free (cl[n]);
      ffi_closure_free (cl2[n]);
    }
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
