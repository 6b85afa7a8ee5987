/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Thread safety of closure allocation: 8 threads, each doing 100,000
   alloc/prep/call/free cycles with a distinct user_data per iteration.

   Each thread keeps a ring of 16 live closures, so frees and
   allocations of different threads interleave and freed closures are
   reused by other threads.  Every call checks that the closure reaches
   its own handler with its own user_data (which encodes thread and
   iteration) and that the cif is the thread's.  */

#include "closuretest.h"
#include <pthread.h>

#define THREADS 8
#define ITERS 100000
#define RING 16

/* user_data: the thread (id + 1) in the upper half of a pointer, the
   iteration in the lower half (modulo its range where pointers have 32
   bits).  */
#define HALF_BITS (sizeof (uintptr_t) * 4)
#define TAG(id, i) ((((uint64_t) (id) + 1) << HALF_BITS)                  \
                    | ((uint64_t) (i) & (((uint64_t) 1 << HALF_BITS) - 1)))

typedef uint64_t (*fn) (uint64_t);

struct worker
{
  pthread_t thread;
  int id;
  ffi_cif cif;
  ffi_type *types[1];
  unsigned long calls;
};

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  uint64_t tagv = (uint64_t) (uintptr_t) user_data;
  struct worker *w = (struct worker *) (uintptr_t) *(uint64_t *) args[0];
  CHECK (cif == &w->cif);
  CHECK_EQ_UINT (tagv >> HALF_BITS, (uint64_t) w->id + 1);
  w->calls++;
  *(uint64_t *) ret = tagv ^ 0xA5A5A5A5A5A5A5A5ull;
}

static void *
run (void *arg)
{
  struct worker *w = arg;
  ffi_closure *ring[RING] = { NULL };
  fn codes[RING];
  uint64_t tags[RING];
  int i, k;

  for (i = 0; i < ITERS; i++)
    {
      void *code;
      k = i % RING;
      if (ring[k] != NULL)
        {
          /* Call the old one once more before freeing it.  */
          CHECK_EQ_UINT (codes[k] ((uint64_t) (uintptr_t) w),
                         tags[k] ^ 0xA5A5A5A5A5A5A5A5ull);
          ffi_closure_free (ring[k]);
        }
      ring[k] = ffi_closure_alloc (sizeof (ffi_closure), &code);
      CHECK (ring[k] != NULL);
      tags[k] = TAG (w->id, i);
      CHECK_OK (ffi_prep_closure_loc (ring[k], &w->cif, handler,
                                      (void *) (uintptr_t) tags[k], code));
      codes[k] = (fn) code;
      CHECK_EQ_UINT (codes[k] ((uint64_t) (uintptr_t) w),
                     tags[k] ^ 0xA5A5A5A5A5A5A5A5ull);
    }
  for (k = 0; k < RING; k++)
    ffi_closure_free (ring[k]);
  return NULL;
}

int
main (void)
{
  static struct worker w[THREADS];
  int i;

  for (i = 0; i < THREADS; i++)
    {
      w[i].id = i;
      w[i].types[0] = &ffi_type_uint64;
      CHECK_OK (ffi_prep_cif (&w[i].cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint64,
                              w[i].types));
    }
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_create (&w[i].thread, NULL, run, &w[i]) == 0);
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_join (w[i].thread, NULL) == 0);
  for (i = 0; i < THREADS; i++)
    CHECK_EQ_UINT (w[i].calls, 2UL * ITERS - RING);
  return 0;
}
