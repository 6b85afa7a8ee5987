/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Preparing the same closure again.

   One closure (one code address) is prepared in turn for int (int),
   double (double, double), a struct {float x4} return with an int
   argument, void (long double) and then int (int) again; after each
   ffi_prep_closure_loc the code address behaves per the latest cif,
   handler and user_data.  */

#include "closuretest.h"

struct f4 { float a, b, c, d; };
CT_STRUCT (f4_type, &ffi_type_float, &ffi_type_float, &ffi_type_float,
           &ffi_type_float);

static ffi_cif int_cif, dbl_cif, f4_cif, ld_cif;
static int tag1, tag2, tag3, tag4;
static long double seen;

static void
int_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &int_cif);
  CT_RET_SINT (ret, *(int *) args[0] * (user_data == &tag1 ? 2 : 3));
}

static void
dbl_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &dbl_cif);
  CHECK (user_data == &tag2);
  *(double *) ret = *(double *) args[0] / *(double *) args[1];
}

static void
f4_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct f4 r;
  float x = (float) *(int *) args[0];
  CHECK (cif == &f4_cif);
  CHECK (user_data == &tag3);
  r.a = x;
  r.b = -x;
  r.c = x / 4;
  r.d = x * x;
  *(struct f4 *) ret = r;
}

static void
ld_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) ret;
  CHECK (cif == &ld_cif);
  CHECK (user_data == &tag4);
  seen = *(long double *) args[0];
}

int
main (void)
{
  ffi_type *int_types[1] = { &ffi_type_sint };
  ffi_type *dbl_types[2] = { &ffi_type_double, &ffi_type_double };
  ffi_type *ld_types[1] = { &ffi_type_longdouble };
  ffi_closure *cl;
  void *code;
  struct f4 r;
  int round;

  CHECK_OK (ffi_prep_cif (&int_cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          int_types));
  CHECK_OK (ffi_prep_cif (&dbl_cif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                          dbl_types));
  CHECK_OK (ffi_prep_cif (&f4_cif, FFI_DEFAULT_ABI, 1, &f4_type, int_types));
  CHECK_OK (ffi_prep_cif (&ld_cif, FFI_DEFAULT_ABI, 1, &ffi_type_void,
                          ld_types));
  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);

  for (round = 0; round < 3; round++)
    {
      CHECK_OK (ffi_prep_closure_loc (cl, &int_cif, int_handler, &tag1, code));
      CHECK_EQ_INT (((int (*) (int)) code) (21), 42);

      CHECK_OK (ffi_prep_closure_loc (cl, &dbl_cif, dbl_handler, &tag2, code));
      CHECK_EQ_FLT (((double (*) (double, double)) code) (1.0, 8.0), 0.125);

      CHECK_OK (ffi_prep_closure_loc (cl, &f4_cif, f4_handler, &tag3, code));
      r = ((struct f4 (*) (int)) code) (-6);
      CHECK_EQ_FLT (r.a, -6.0f);
      CHECK_EQ_FLT (r.b, 6.0f);
      CHECK_EQ_FLT (r.c, -1.5f);
      CHECK_EQ_FLT (r.d, 36.0f);

      CHECK_OK (ffi_prep_closure_loc (cl, &ld_cif, ld_handler, &tag4, code));
      ((void (*) (long double)) code) (-1.0L / 3 + round);
      CHECK_EQ_FLT (seen, -1.0L / 3 + round);

      CHECK_OK (ffi_prep_closure_loc (cl, &int_cif, int_handler, &tag2, code));
      CHECK_EQ_INT (((int (*) (int)) code) (-5), -15);
    }
  ffi_closure_free (cl);
  return 0;
}
