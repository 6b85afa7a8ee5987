/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures shared between threads.

   64 closures are prepared once; 6 threads call all of them
   concurrently, with thread-specific arguments (including a struct and
   a double, so the closure's argument save area must be per call, not
   per closure), while 2 more threads allocate, call and free closures
   of their own.  Every result is checked.  */

#include "closuretest.h"
#include <pthread.h>

#define SHARED 64
#define CALLERS 6
#define CHURNERS 2
#define ROUNDS 2000

struct pt { int64_t a; double b; };
CT_STRUCT (pt_type, &ffi_type_sint64, &ffi_type_double);

typedef struct pt (*fn) (int, struct pt, double);

static ffi_cif cif;
static fn codes[SHARED];
static ffi_closure *cls[SHARED];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  int k = (int) (intptr_t) user_data;
  int tid = *(int *) args[0];
  struct pt p = *(struct pt *) args[1];
  double x = *(double *) args[2];
  CHECK (cif_ == &cif);
  CHECK_EQ_INT (p.a, tid * 1000000 + k);
  CHECK_EQ_FLT (p.b, tid + 0.5);
  CHECK_EQ_FLT (x, k * 0.25);
  p.a = -p.a;
  p.b = x - p.b;
  *(struct pt *) ret = p;
}

static void *
caller (void *arg)
{
  int tid = (int) (intptr_t) arg, r, k;
  for (r = 0; r < ROUNDS; r++)
    for (k = 0; k < SHARED; k++)
      {
        struct pt p = { tid * 1000000 + k, tid + 0.5 }, q;
        q = codes[k] (tid, p, k * 0.25);
        CHECK_EQ_INT (q.a, -(tid * 1000000 + k));
        CHECK_EQ_FLT (q.b, k * 0.25 - (tid + 0.5));
      }
  return NULL;
}

static void *
churner (void *arg)
{
  int tid = (int) (intptr_t) arg, i;
  for (i = 0; i < ROUNDS * 8; i++)
    {
      ffi_closure *cl;
      int k = SHARED + i % 1000;
      struct pt p = { tid * 1000000 + k, tid + 0.5 }, q;
      fn f = (fn) ct_make_closure (&cl, &cif, handler, (void *) (intptr_t) k);
      q = f (tid, p, k * 0.25);
      CHECK_EQ_INT (q.a, -(tid * 1000000 + k));
      ffi_closure_free (cl);
    }
  return NULL;
}

int
main (void)
{
  ffi_type *types[3] = { &ffi_type_sint, &pt_type, &ffi_type_double };
  pthread_t th[CALLERS + CHURNERS];
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &pt_type, types));
  for (i = 0; i < SHARED; i++)
    codes[i] = (fn) ct_make_closure (&cls[i], &cif, handler,
                                     (void *) (intptr_t) i);
  for (i = 0; i < CALLERS; i++)
    CHECK (pthread_create (&th[i], NULL, caller, (void *) (intptr_t) i) == 0);
  for (i = CALLERS; i < CALLERS + CHURNERS; i++)
    CHECK (pthread_create (&th[i], NULL, churner, (void *) (intptr_t) i) == 0);
  for (i = 0; i < CALLERS + CHURNERS; i++)
    CHECK (pthread_join (th[i], NULL) == 0);
  for (i = 0; i < SHARED; i++)
    ffi_closure_free (cls[i]);
  return 0;
}
