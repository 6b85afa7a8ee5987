/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A struct {long double; int}: 32 bytes, MEMORY class.

   Three closures take the struct by value in different places and
   return it: next to an int (registers while they last), after five
   64-bit integers and seven doubles (on x86-64 the struct takes the
   remaining registers only if all of its eightbytes fit, otherwise it
   goes on the stack and the following integer and double take the
   registers), and after six integers and eight doubles (everything on
   the stack).  Handlers check every
   field, the cif and user_data; the native caller checks the returned
   struct.  */

#include "closuretest.h"

struct mld2
{
  long double x;
  int32_t i;
};

CT_STRUCT (mld2_type, &ffi_type_longdouble, &ffi_type_sint32);

static int
eq_mld2 (const struct mld2 *x, const struct mld2 *y)
{
  if (!(x->x == y->x))
    return 0;
  if (!(x->i == y->i))
    return 0;
  return 1;
}

static const struct mld2 A = { -2640.126666666666666666666666666667L, -1989063694 };
static const struct mld2 B = { -7919.366666666666666666666666666667L, -211262258 };
static const struct mld2 R = { -13198.72066666666666666666666666667L, 1596169506 };

static const int64_t L[7] = { 0x0101010101010101, -0x0202020202020202,
                              0x0303030303030303, -0x0404040404040404,
                              0x0505050505050505, -0x0606060606060606,
                              0x0707070707070707 };
static const double F[9] = { 1.5, -2.25, 3.125, -4.0625, 5e10, -6e-10,
                             7.75, -8.875, 9.5 };

typedef struct mld2 (*pair_fn) (struct mld2, int, struct mld2);
typedef struct mld2 (*split_fn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                                 double, double, double, double, double,
                                 double, double, struct mld2, int64_t, double);
typedef struct mld2 (*full_fn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                                int64_t, double, double, double, double,
                                double, double, double, double, struct mld2,
                                int64_t, double);

static ffi_cif pair_cif, split_cif, full_cif;
static char pair_tag, split_tag, full_tag;
static unsigned calls;

static void
check_arg (void *p, const struct mld2 *want)
{
  CHECK ((uintptr_t) p % _Alignof (struct mld2) == 0);
  CHECK (eq_mld2 ((const struct mld2 *) p, want));
}

static void
pair_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &pair_cif);
  CHECK (user_data == &pair_tag);
  check_arg (args[0], &A);
  CHECK_EQ_INT (*(int *) args[1], 0x1234567);
  check_arg (args[2], &B);
  *(struct mld2 *) ret = R;
  calls++;
}

/* args: NL int64s, ND doubles, the struct, an int64, a double.  */
static void
check_tail (void **args, int nl, int nd)
{
  int i;
  for (i = 0; i < nl; i++)
    CHECK_EQ_INT (*(int64_t *) args[i], L[i]);
  for (i = 0; i < nd; i++)
    CHECK_EQ_FLT (*(double *) args[nl + i], F[i]);
  check_arg (args[nl + nd], &B);
  CHECK_EQ_INT (*(int64_t *) args[nl + nd + 1], 0x7EADBEEF12345678);
  CHECK_EQ_FLT (*(double *) args[nl + nd + 2], -0.0078125);
}

static void
split_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &split_cif);
  CHECK (user_data == &split_tag);
  check_tail (args, 5, 7);
  *(struct mld2 *) ret = A;
  calls++;
}

static void
full_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &full_cif);
  CHECK (user_data == &full_tag);
  check_tail (args, 6, 8);
  *(struct mld2 *) ret = B;
  calls++;
}

int
main (void)
{
  ffi_type *pair_types[3] = { &mld2_type, &ffi_type_sint, &mld2_type };
  /* A cif keeps a pointer to its argument types: one array per cif.  */
  ffi_type *split_types[15], *full_types[17];
  ffi_closure *pair_cl, *split_cl, *full_cl;
  pair_fn pair;
  split_fn split;
  full_fn full;
  struct mld2 a = A, b = B;
  struct mld2 r;
  int i, n;

  CHECK_OK (ffi_prep_cif (&pair_cif, FFI_DEFAULT_ABI, 3, &mld2_type,
                          pair_types));
  CT_CHECK_LAYOUT (mld2_type, struct mld2);

  n = 0;
  for (i = 0; i < 5; i++)
    split_types[n++] = &ffi_type_sint64;
  for (i = 0; i < 7; i++)
    split_types[n++] = &ffi_type_double;
  split_types[n++] = &mld2_type;
  split_types[n++] = &ffi_type_sint64;
  split_types[n++] = &ffi_type_double;
  CHECK_OK (ffi_prep_cif (&split_cif, FFI_DEFAULT_ABI, n, &mld2_type,
                          split_types));

  n = 0;
  for (i = 0; i < 6; i++)
    full_types[n++] = &ffi_type_sint64;
  for (i = 0; i < 8; i++)
    full_types[n++] = &ffi_type_double;
  full_types[n++] = &mld2_type;
  full_types[n++] = &ffi_type_sint64;
  full_types[n++] = &ffi_type_double;
  CHECK_OK (ffi_prep_cif (&full_cif, FFI_DEFAULT_ABI, n, &mld2_type,
                          full_types));

  pair = (pair_fn) ct_make_closure (&pair_cl, &pair_cif, pair_handler,
                                    &pair_tag);
  split = (split_fn) ct_make_closure (&split_cl, &split_cif, split_handler,
                                      &split_tag);
  full = (full_fn) ct_make_closure (&full_cl, &full_cif, full_handler,
                                    &full_tag);

  r = pair (a, 0x1234567, b);
  CHECK (eq_mld2 (&r, &R));
  r = split (L[0], L[1], L[2], L[3], L[4], F[0], F[1], F[2], F[3], F[4], F[5],
             F[6], b, 0x7EADBEEF12345678, -0.0078125);
  CHECK (eq_mld2 (&r, &A));
  r = full (L[0], L[1], L[2], L[3], L[4], L[5], F[0], F[1], F[2], F[3], F[4],
            F[5], F[6], F[7], b, 0x7EADBEEF12345678, -0.0078125);
  CHECK (eq_mld2 (&r, &B));
  /* The closures must not have written to the caller's copies.  */
  CHECK (eq_mld2 (&a, &A));
  CHECK (eq_mld2 (&b, &B));
  CHECK_EQ_UINT (calls, 3);

  ffi_closure_free (pair_cl);
  ffi_closure_free (split_cl);
  ffi_closure_free (full_cl);
  return 0;
}
