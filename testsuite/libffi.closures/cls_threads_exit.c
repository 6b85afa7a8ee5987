/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "200 threads: closures reused" } */
/* A thread's cached free closures go back to the pool when it exits.

   Each thread keeps freed closures in a cache of its own.  200 threads,
   one after the other, each allocate 48 closures, call them, free them
   and exit.  With the caches given back at thread exit, every thread
   reuses what the ones before it freed, and only a few dozen distinct
   closures ever exist; if an exiting thread kept its cache, each would
   take fresh cells (9,600 in all, tier-2 blocks included).  */

#include "closuretest.h"
#include <pthread.h>

#define THREADS 200
#define EACH 48

typedef int (*fn) (int);

static ffi_cif cif;
static ffi_type *arg_types[1] = { &ffi_type_sint };
static uintptr_t seen[THREADS * EACH];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  (void) cif_;
  CT_RET_SINT (ret, *(int *) args[0] + (int) (intptr_t) user_data);
}

static void *
worker (void *arg)
{
  int t = (int) (intptr_t) arg, i;
  void *cl[EACH], *code[EACH];

  for (i = 0; i < EACH; i++)
    {
      cl[i] = ffi_closure_alloc (sizeof (ffi_closure), &code[i]);
      CHECK (cl[i] != NULL);
      CHECK_OK (ffi_prep_closure_loc (cl[i], &cif, handler,
                                      (void *) (intptr_t) i, code[i]));
      seen[t * EACH + i] = (uintptr_t) cl[i];
    }
  for (i = 0; i < EACH; i++)
    CHECK_EQ_INT (((fn) code[i]) (t), t + i);
  for (i = 0; i < EACH; i++)
    ffi_closure_free (cl[i]);
  return NULL;
}

static int
cmp (const void *a, const void *b)
{
  uintptr_t x = *(const uintptr_t *) a, y = *(const uintptr_t *) b;
  return x < y ? -1 : x > y;
}

int
main (void)
{
  size_t i, distinct = 0;
  int t;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          arg_types));
  for (t = 0; t < THREADS; t++)
    {
      pthread_t th;
      CHECK (pthread_create (&th, NULL, worker, (void *) (intptr_t) t) == 0);
      CHECK (pthread_join (th, NULL) == 0);
    }
  qsort (seen, THREADS * EACH, sizeof seen[0], cmp);
  for (i = 0; i < THREADS * EACH; i++)
    distinct += i == 0 || seen[i] != seen[i - 1];
  printf ("%zu distinct closures\n", distinct);
  CHECK (distinct <= 4 * EACH);
  printf ("%d threads: closures reused\n", THREADS);
  return 0;
}
