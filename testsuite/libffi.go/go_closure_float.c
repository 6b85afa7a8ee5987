/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Go closures with floating arguments and returns: float, double (more
   than eight, so some on the stack), long double (in memory, returned
   in %st0) and _Complex double.  Called with %r10 = &gc; the handler
   checks that its fourth argument is the closure.  */

#include "../libffi.closures/closuretest.h"
#include <float.h>

#if LDBL_MAX_EXP > 1024
# define CT_LD_BIG (-0x1.fp+16000L)
#else   /* long double is double (32-bit Arm) */
# define CT_LD_BIG (-0x1.fp+1000L)
#endif

#if CT_HAVE_CHAIN_THUNKS

typedef double (*dbl_fn) (double, float, double, double, double, double,
                          double, double, double, double, int);
typedef long double (*ld_fn) (long double, int, long double);
typedef float (*flt_fn) (float);
typedef _Complex double (*cplx_fn) (_Complex double, double);

static ffi_cif dbl_cif, ld_cif, flt_cif, cplx_cif;
static ffi_go_closure dbl_gc, ld_gc, flt_gc, cplx_gc;

static void
dbl_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  double sum = 0;
  int i;
  CHECK (cif == &dbl_cif);
  CHECK (closure == &dbl_gc);
  CHECK_EQ_FLT (*(float *) args[1], -0.75f);
  for (i = 0; i < 10; i++)
    if (i != 1)
      {
        CHECK_EQ_FLT (*(double *) args[i], i * 1.5);
        sum += *(double *) args[i];
      }
  CHECK_EQ_INT (*(int *) args[10], 77);
  *(double *) ret = sum + *(float *) args[1];
}

static void
ld_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  CHECK (cif == &ld_cif);
  CHECK (closure == &ld_gc);
  CHECK_EQ_FLT (*(long double *) args[0], 1.0L / 3);
  CHECK_EQ_INT (*(int *) args[1], -1);
  CHECK_EQ_FLT (*(long double *) args[2], CT_LD_BIG);
  *(long double *) ret = *(long double *) args[0] * 3;
}

static void
flt_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  CHECK (cif == &flt_cif);
  CHECK (closure == &flt_gc);
  *(float *) ret = *(float *) args[0] * -2;
}

static void
cplx_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  double re = ((double *) args[0])[0], im = ((double *) args[0])[1];
  double k = *(double *) args[1];
  CHECK (cif == &cplx_cif);
  CHECK (closure == &cplx_gc);
  *(_Complex double *) ret = ct_cmplx (im * k, re * k);
}

int
main (void)
{
  ffi_type *dbl_types[11];
  ffi_type *ld_types[3] = { &ffi_type_longdouble, &ffi_type_sint,
                            &ffi_type_longdouble };
  ffi_type *flt_types[1] = { &ffi_type_float };
  ffi_type *cplx_types[2] = { &ffi_type_complex_double, &ffi_type_double };
  _Complex double z;
  long double l;
  int i;

  for (i = 0; i < 10; i++)
    dbl_types[i] = &ffi_type_double;
  dbl_types[1] = &ffi_type_float;
  dbl_types[10] = &ffi_type_sint;
  CHECK_OK (ffi_prep_cif (&dbl_cif, FFI_DEFAULT_ABI, 11, &ffi_type_double,
                          dbl_types));
  CHECK_OK (ffi_prep_cif (&ld_cif, FFI_DEFAULT_ABI, 3, &ffi_type_longdouble,
                          ld_types));
  CHECK_OK (ffi_prep_cif (&flt_cif, FFI_DEFAULT_ABI, 1, &ffi_type_float,
                          flt_types));
  CHECK_OK (ffi_prep_cif (&cplx_cif, FFI_DEFAULT_ABI, 2,
                          &ffi_type_complex_double, cplx_types));
  CHECK_OK (ffi_prep_go_closure (&dbl_gc, &dbl_cif, dbl_handler));
  CHECK_OK (ffi_prep_go_closure (&ld_gc, &ld_cif, ld_handler));
  CHECK_OK (ffi_prep_go_closure (&flt_gc, &flt_cif, flt_handler));
  CHECK_OK (ffi_prep_go_closure (&cplx_gc, &cplx_cif, cplx_handler));

  CT_ARM_GO_CLOSURE (dbl_gc);
  CHECK_EQ_FLT (CT_CHAIN_CALL (dbl_fn) (0.0, -0.75f, 3.0, 4.5, 6.0, 7.5, 9.0,
                                        10.5, 12.0, 13.5, 77),
                66.0 - 0.75);

  CT_ARM_GO_CLOSURE (ld_gc);
  for (i = 0; i < 10; i++)
    {
      l = CT_CHAIN_CALL (ld_fn) (1.0L / 3, -1, CT_LD_BIG);
      CHECK_EQ_FLT (l, 1.0L / 3 * 3);
    }

  CT_ARM_GO_CLOSURE (flt_gc);
  CHECK_EQ_FLT (CT_CHAIN_CALL (flt_fn) (1.25f), -2.5f);

  CT_ARM_GO_CLOSURE (cplx_gc);
  z = CT_CHAIN_CALL (cplx_fn) (ct_cmplx (1.5, -2.0), 4.0);
  CHECK_EQ_FLT (((double *) &z)[0], -8.0);
  CHECK_EQ_FLT (((double *) &z)[1], 6.0);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
