/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Nested calls: a closure handler that uses ffi_call to reach another
   closure, whose handler calls a third closure natively.

   outer (int, double) -> long        native call from main
     ffi_call -> middle (struct pt, float) -> struct pt
       native call -> inner (long double, int) -> double
   Each level checks its arguments and user_data, and the values flow
   back up through every return path.  */

#include "closuretest.h"

struct pt { int32_t x; double y; };
CT_STRUCT (pt_type, &ffi_type_sint32, &ffi_type_double);

typedef long (*outer_fn) (int, double);
typedef struct pt (*middle_fn) (struct pt, float);
typedef double (*inner_fn) (long double, int);

static ffi_cif outer_cif, middle_cif, inner_cif;
static middle_fn middle;
static inner_fn inner;
static int outer_tag, middle_tag, inner_tag;
static int depth, max_depth;

static void
inner_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &inner_cif);
  CHECK (user_data == &inner_tag);
  CHECK_EQ_INT (depth, 2);
  max_depth = 3;
  CHECK_EQ_FLT (*(long double *) args[0], 1.0L / 3);
  *(double *) ret = (double) (*(long double *) args[0] * 3)
                    + *(int *) args[1];
}

static void
middle_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct pt p = *(struct pt *) args[0];
  float f = *(float *) args[1];
  double d;
  CHECK (cif == &middle_cif);
  CHECK (user_data == &middle_tag);
  CHECK_EQ_INT (depth, 1);
  depth++;
  d = inner (1.0L / 3, p.x);
  depth--;
  CHECK_EQ_FLT (d, 1.0 + p.x);
  p.x *= 2;
  p.y = p.y * f + d;
  *(struct pt *) ret = p;
}

static void
outer_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct pt p, r;
  float f = 0.5f;
  void *avalues[2];
  CHECK (cif == &outer_cif);
  CHECK (user_data == &outer_tag);
  CHECK_EQ_INT (depth, 0);
  p.x = *(int *) args[0];
  p.y = *(double *) args[1];
  avalues[0] = &p;
  avalues[1] = &f;
  depth++;
  ffi_call (&middle_cif, FFI_FN (middle), &r, avalues);
  depth--;
  CT_RET_SINT (ret, (long) r.x * 1000 + (long) r.y);
}

int
main (void)
{
  ffi_type *outer_types[2] = { &ffi_type_sint, &ffi_type_double };
  ffi_type *middle_types[2] = { &pt_type, &ffi_type_float };
  ffi_type *inner_types[2] = { &ffi_type_longdouble, &ffi_type_sint };
  ffi_closure *c1, *c2, *c3;
  outer_fn outer;

  CHECK_OK (ffi_prep_cif (&outer_cif, FFI_DEFAULT_ABI, 2, &ffi_type_slong,
                          outer_types));
  CHECK_OK (ffi_prep_cif (&middle_cif, FFI_DEFAULT_ABI, 2, &pt_type,
                          middle_types));
  CHECK_OK (ffi_prep_cif (&inner_cif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                          inner_types));
  outer = (outer_fn) ct_make_closure (&c1, &outer_cif, outer_handler,
                                      &outer_tag);
  middle = (middle_fn) ct_make_closure (&c2, &middle_cif, middle_handler,
                                        &middle_tag);
  inner = (inner_fn) ct_make_closure (&c3, &inner_cif, inner_handler,
                                      &inner_tag);

  /* p = {21, 100.0}; inner returns 22; middle returns {42, 50 + 22}.  */
  CHECK_EQ_INT (outer (21, 100.0), 42 * 1000 + 72);
  CHECK_EQ_INT (max_depth, 3);
  CHECK_EQ_INT (depth, 0);
  /* p = {-3, 7.0}; inner returns -2; middle returns {-6, 3.5 - 2}.  */
  CHECK_EQ_INT (outer (-3, 7.0), -6 * 1000 + 1);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  ffi_closure_free (c3);
  return 0;
}
