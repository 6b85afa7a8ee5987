/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures as qsort and bsearch comparators.

   The comparator's user_data selects the sort order and counts calls,
   which a plain C comparator could only do through globals.  Sorts an
   int array both ways and an array of structs by a double key, then
   looks elements up with bsearch through the same closure.  */

#include "closuretest.h"

typedef int (*cmp_fn) (const void *, const void *);

struct rec { int id; double key; char name[12]; };

struct order
{
  int sign;
  unsigned long calls;
};

static ffi_cif cmp_cif;

static void
int_cmp (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct order *o = user_data;
  int a = **(const int **) args[0], b = **(const int **) args[1];
  CHECK (cif == &cmp_cif);
  o->calls++;
  CT_RET_SINT (ret, o->sign * ((a > b) - (a < b)));
}

static void
rec_cmp (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct order *o = user_data;
  const struct rec *a = *(const struct rec **) args[0];
  const struct rec *b = *(const struct rec **) args[1];
  CHECK (cif == &cmp_cif);
  o->calls++;
  CT_RET_SINT (ret, o->sign * ((a->key > b->key) - (a->key < b->key)));
}

#define N 1000

int
main (void)
{
  ffi_type *cmp_types[2] = { &ffi_type_pointer, &ffi_type_pointer };
  static int v[N];
  static struct rec recs[64];
  struct order up = { 1, 0 }, down = { -1, 0 }, by_key = { 1, 0 };
  ffi_closure *c_up, *c_down, *c_rec;
  cmp_fn ascending, descending, rec_order;
  unsigned x = 12345;
  int i, key;
  int *hit;
  struct rec probe, *rhit;

  CHECK_OK (ffi_prep_cif (&cmp_cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                          cmp_types));
  ascending = (cmp_fn) ct_make_closure (&c_up, &cmp_cif, int_cmp, &up);
  descending = (cmp_fn) ct_make_closure (&c_down, &cmp_cif, int_cmp, &down);
  rec_order = (cmp_fn) ct_make_closure (&c_rec, &cmp_cif, rec_cmp, &by_key);

  for (i = 0; i < N; i++)
    {
      x = x * 1103515245u + 12345u;
      v[i] = (int) (x >> 8) - (1 << 23);
    }
  qsort (v, N, sizeof v[0], ascending);
  for (i = 1; i < N; i++)
    CHECK (v[i - 1] <= v[i]);
  CHECK (up.calls >= N - 1);

  key = v[N / 3];
  hit = bsearch (&key, v, N, sizeof v[0], ascending);
  CHECK (hit != NULL && *hit == key);

  qsort (v, N, sizeof v[0], descending);
  for (i = 1; i < N; i++)
    CHECK (v[i - 1] >= v[i]);
  CHECK (down.calls >= N - 1);
  CHECK_EQ_INT (up.sign, 1);

  for (i = 0; i < 64; i++)
    {
      recs[i].id = i;
      recs[i].key = ((i * 37) % 64) * 0.5 - 10;
      snprintf (recs[i].name, sizeof recs[i].name, "rec%d", i);
    }
  qsort (recs, 64, sizeof recs[0], rec_order);
  for (i = 0; i < 64; i++)
    {
      CHECK_EQ_FLT (recs[i].key, i * 0.5 - 10);
      CHECK_EQ_INT ((recs[i].id * 37) % 64, i);
    }
  probe.key = 5.5;
  rhit = bsearch (&probe, recs, 64, sizeof recs[0], rec_order);
  CHECK (rhit != NULL);
  CHECK_EQ_FLT (rhit->key, 5.5);
  CHECK (strncmp (rhit->name, "rec", 3) == 0);

  ffi_closure_free (c_up);
  ffi_closure_free (c_down);
  ffi_closure_free (c_rec);
  return 0;
}
