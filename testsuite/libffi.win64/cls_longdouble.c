/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures with long double arguments (by reference, in every slot
   position) and, when GCC compiles the caller, a long double result
   through the hidden pointer (Clang's ms_abi expects it in %st0; see
   src/x86/ffiw64.c).  The handler scribbles over its arguments: they
   are the caller's copies, its variables must not change.  */

#include "win64test.h"

#define LD_A 0x1.23456789abcdef02p+1000L
#define LD_B (-1.0L / 3)
#define LD_C 0x1p-16445L
#define LD_D 1e4000L

static int calls;

static void
ld_args (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_EQ_FLT (*(long double *) args[0], LD_A);
  CHECK_EQ_INT (*(int *) args[1], -3);
  CHECK_EQ_FLT (*(long double *) args[2], LD_B);
  CHECK_EQ_FLT (*(long double *) args[3], LD_C);
  CHECK_EQ_FLT (*(double *) args[4], 0.5);
  CHECK_EQ_FLT (*(long double *) args[5], LD_D);
  *(long double *) args[0] = 0;
  *(long double *) args[5] = 0;
  *(double *) ret = *(double *) args[4] * 2;
  calls++;
}

#ifndef __clang__
static void
ld_ret (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_EQ_FLT (*(long double *) args[0], LD_A);
  CHECK_EQ_FLT (*(long double *) args[1], LD_B);
  CHECK_EQ_INT (*(int *) args[2], 7);
  CHECK_EQ_FLT (*(long double *) args[3], LD_D);
  CHECK_EQ_INT (*(int *) args[4], -8);
  *(long double *) ret = *(long double *) args[0] * *(long double *) args[1];
  calls++;
}
#endif

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_longdouble, &ffi_type_sint,
                     &ffi_type_longdouble, &ffi_type_longdouble,
                     &ffi_type_double, &ffi_type_longdouble };
  ffi_closure *cl;
  void *code;
  long double a = LD_A, b = LD_B, c = LD_C, d = LD_D;
  int before = calls;

  W64_PREP (&cif, 6, &ffi_type_double, t);
  code = w64_closure (&cl, &cif, ld_args, NULL);
  CHECK_EQ_FLT (((double (MS *) (long double, int, long double, long double,
                                 double, long double)) code)
                (a, -3, b, c, 0.5, d), 1.0);
  CHECK_EQ_FLT (a, LD_A);
  CHECK_EQ_FLT (d, LD_D);
  ffi_closure_free (cl);

#ifndef __clang__
  {
    ffi_cif rcif;
    ffi_type *t2[5] = { &ffi_type_longdouble, &ffi_type_longdouble,
                        &ffi_type_sint, &ffi_type_longdouble,
                        &ffi_type_sint };
    W64_PREP (&rcif, 5, &ffi_type_longdouble, t2);
    code = w64_closure (&cl, &rcif, ld_ret, NULL);
    CHECK_EQ_FLT (((long double (MS *) (long double, long double, int,
                                        long double, int)) code)
                  (a, b, 7, d, -8), LD_A * LD_B);
    ffi_closure_free (cl);
    CHECK_EQ_INT (calls, before + 2);
  }
#else
  CHECK_EQ_INT (calls, before + 1);
#endif
  CHECK_X87_EMPTY ();
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
