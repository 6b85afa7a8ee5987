/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A 104-byte struct {int32 v[25]; uint8 tail} (26 elements): MEMORY.

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

struct mlarge
{
  int32_t v[25];
  uint8_t tail;
};

CT_STRUCT (mlarge_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_uint8);

static int
eq_mlarge (const struct mlarge *x, const struct mlarge *y)
{
  int i;
  for (i = 0; i < 25; i++)
    if (!(x->v[i] == y->v[i]))
      return 0;
  if (!(x->tail == y->tail))
    return 0;
  return 1;
}

static const struct mlarge A = { { 1409138530, -1989063694, -1093873658,
  -211262258, 622586002, 1596169506, -1799225042, -1062553930, -4646206,
  700313138, 1689285542, -1865627810, -1005107950, 136196418, 1013427710,
  1624184950, -1402669854, -638058350, 125149126, 821111566, 2102568626,
  -1491414366, -853848530, 52690390, 1463833218 }, 0xD2 };
static const struct mlarge B = { { -1548141722, -155873282, 248381554,
  1515287554, -1776490402, -1375183466, -85184222, 977782066, 1342129798,
  -1786326450, -621904366, -279582110, 835819246, 1125384566, -1995928126,
  -718595982, -473701146, 765620318, 2022366098, -1129754814, -262917314,
  668051126, 404034978, 1276049938, -2140795322 }, 0x8E };
static const struct mlarge R = { { 677848946, 1686940642, 1365827438,
  -1948431146, -917374974, 1058166226, 1661641126, 1429945662, -1614574798,
  -1029699710, 847475678, 2140859926, -1445307678, -1840107150, -554580730,
  376789326, 1811475602, -1102815198, -152103890, -897086538, 496910146,
  1465291058, -1389533786, -114165282, 926708242 }, 0xC2 };

static const int64_t L[7] = { 0x0101010101010101, -0x0202020202020202,
                              0x0303030303030303, -0x0404040404040404,
                              0x0505050505050505, -0x0606060606060606,
                              0x0707070707070707 };
static const double F[9] = { 1.5, -2.25, 3.125, -4.0625, 5e10, -6e-10,
                             7.75, -8.875, 9.5 };

typedef struct mlarge (*pair_fn) (struct mlarge, int, struct mlarge);
typedef struct mlarge (*split_fn) (int64_t, int64_t, int64_t, int64_t,
                                   int64_t, double, double, double, double,
                                   double, double, double, struct mlarge,
                                   int64_t, double);
typedef struct mlarge (*full_fn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                                  int64_t, double, double, double, double,
                                  double, double, double, double,
                                  struct mlarge, int64_t, double);

static ffi_cif pair_cif, split_cif, full_cif;
static char pair_tag, split_tag, full_tag;
static unsigned calls;

static void
check_arg (void *p, const struct mlarge *want)
{
  CHECK ((uintptr_t) p % _Alignof (struct mlarge) == 0);
  CHECK (eq_mlarge ((const struct mlarge *) p, want));
}

static void
pair_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &pair_cif);
  CHECK (user_data == &pair_tag);
  check_arg (args[0], &A);
  CHECK_EQ_INT (*(int *) args[1], 0x1234567);
  check_arg (args[2], &B);
  *(struct mlarge *) ret = R;
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
  *(struct mlarge *) ret = A;
  calls++;
}

static void
full_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &full_cif);
  CHECK (user_data == &full_tag);
  check_tail (args, 6, 8);
  *(struct mlarge *) ret = B;
  calls++;
}

int
main (void)
{
  ffi_type *pair_types[3] = { &mlarge_type, &ffi_type_sint, &mlarge_type };
  /* A cif keeps a pointer to its argument types: one array per cif.  */
  ffi_type *split_types[15], *full_types[17];
  ffi_closure *pair_cl, *split_cl, *full_cl;
  pair_fn pair;
  split_fn split;
  full_fn full;
  struct mlarge a = A, b = B;
  struct mlarge r;
  int i, n;

  CHECK_OK (ffi_prep_cif (&pair_cif, FFI_DEFAULT_ABI, 3, &mlarge_type,
                          pair_types));
  CT_CHECK_LAYOUT (mlarge_type, struct mlarge);

  n = 0;
  for (i = 0; i < 5; i++)
    split_types[n++] = &ffi_type_sint64;
  for (i = 0; i < 7; i++)
    split_types[n++] = &ffi_type_double;
  split_types[n++] = &mlarge_type;
  split_types[n++] = &ffi_type_sint64;
  split_types[n++] = &ffi_type_double;
  CHECK_OK (ffi_prep_cif (&split_cif, FFI_DEFAULT_ABI, n, &mlarge_type,
                          split_types));

  n = 0;
  for (i = 0; i < 6; i++)
    full_types[n++] = &ffi_type_sint64;
  for (i = 0; i < 8; i++)
    full_types[n++] = &ffi_type_double;
  full_types[n++] = &mlarge_type;
  full_types[n++] = &ffi_type_sint64;
  full_types[n++] = &ffi_type_double;
  CHECK_OK (ffi_prep_cif (&full_cif, FFI_DEFAULT_ABI, n, &mlarge_type,
                          full_types));

  pair = (pair_fn) ct_make_closure (&pair_cl, &pair_cif, pair_handler,
                                    &pair_tag);
  split = (split_fn) ct_make_closure (&split_cl, &split_cif, split_handler,
                                      &split_tag);
  full = (full_fn) ct_make_closure (&full_cl, &full_cif, full_handler,
                                    &full_tag);

  r = pair (a, 0x1234567, b);
  CHECK (eq_mlarge (&r, &R));
  r = split (L[0], L[1], L[2], L[3], L[4], F[0], F[1], F[2], F[3], F[4], F[5],
             F[6], b, 0x7EADBEEF12345678, -0.0078125);
  CHECK (eq_mlarge (&r, &A));
  r = full (L[0], L[1], L[2], L[3], L[4], L[5], F[0], F[1], F[2], F[3], F[4],
            F[5], F[6], F[7], b, 0x7EADBEEF12345678, -0.0078125);
  CHECK (eq_mlarge (&r, &B));
  /* The closures must not have written to the caller's copies.  */
  CHECK (eq_mlarge (&a, &A));
  CHECK (eq_mlarge (&b, &B));
  CHECK_EQ_UINT (calls, 3);

  ffi_closure_free (pair_cl);
  ffi_closure_free (split_cl);
  ffi_closure_free (full_cl);
  return 0;
}
