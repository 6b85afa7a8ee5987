/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Every live closure has its own code address and its own writable
   closure memory.

   Allocates 5000 closures: all closure pointers and all code pointers
   are non-NULL and pairwise distinct, the closure memory is writable
   and 8-byte aligned, and scribbling over one closure's user_data does
   not change another's.  Each closure is called once to show that its
   code address leads to its own user_data.  */

#include "closuretest.h"

#define N 5000

typedef long (*fn) (void);

static ffi_cif cif;
static ffi_closure *cls[N];
static void *codes[N];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  (void) args;
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, (long) (intptr_t) user_data);
}

static int
cmp_ptr (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) *(void *const *) a;
  uintptr_t y = (uintptr_t) *(void *const *) b;
  return (x > y) - (x < y);
}

static void
check_distinct (void **v, int n)
{
  static void *sorted[N];
  int i;
  memcpy (sorted, v, n * sizeof v[0]);
  qsort (sorted, n, sizeof sorted[0], cmp_ptr);
  for (i = 0; i < n; i++)
    CHECK (sorted[i] != NULL);
  for (i = 1; i < n; i++)
    CHECK (sorted[i - 1] != sorted[i]);
}

int
main (void)
{
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &ffi_type_slong, NULL));
  for (i = 0; i < N; i++)
    {
      cls[i] = ffi_closure_alloc (sizeof (ffi_closure), &codes[i]);
      CHECK (cls[i] != NULL);
      CHECK ((uintptr_t) cls[i] % 8 == 0);
    }
  check_distinct ((void **) cls, N);
  check_distinct (codes, N);

  /* The closure memory is writable; prepare each with user_data -i.  */
  for (i = 0; i < N; i++)
    CHECK_OK (ffi_prep_closure_loc (cls[i], &cif, handler,
                                    (void *) (intptr_t) -i, codes[i]));
  /* Overwrite the even ones' user_data directly; odd ones keep theirs.  */
  for (i = 0; i < N; i += 2)
    cls[i]->user_data = (void *) (intptr_t) (i * 3);
  for (i = 0; i < N; i++)
    CHECK_EQ_INT (((fn) codes[i]) (), i % 2 ? -i : i * 3);

  for (i = 0; i < N; i++)
    ffi_closure_free (cls[i]);
  return 0;
}
