/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Threads allocating and freeing closures of mixed sizes at once.

   4 threads each keep a ring of 200 live closures (800 in all: more
   than tier 1 holds, so cells of mapped blocks are handed out and
   recycled too) and replace them in turn, 20,000 times each.  Sizes
   cycle through sizeof (ffi_closure), a closure with a wrapper of
   pointers around it, 200 and 3000 bytes (the last two bigger than a
   pool cell: malloc'd).  Every closure's bytes past the ffi_closure
   are filled with a pattern of its thread and generation, checked just
   before it is freed, so two threads handed the same memory would
   show; every closure is called before it is freed and must reach its
   own handler with its own user_data.  */

#include "closuretest.h"
#include <pthread.h>

#define THREADS 4
#define RING 200
#define ITERS 20000

typedef long (*fn) (long);

static const size_t sizes[] = { sizeof (ffi_closure),
                                sizeof (ffi_closure) + 4 * sizeof (void *),
                                200, 3000 };
#define NSIZES (sizeof sizes / sizeof sizes[0])

struct entry
{
  unsigned char *mem;
  void *code;
  size_t size;
  unsigned long tag;
};

struct worker
{
  pthread_t thread;
  int id;
  ffi_cif cif;
  ffi_type *types[1];
  struct entry ring[RING];
};

static unsigned char
fill (unsigned long tag, size_t i)
{
  return (unsigned char) (tag * 31 + i * 7 + 1);
}

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  *(long *) ret = (long) (uintptr_t) user_data + *(long *) args[0];
}

static void
make (struct worker *w, struct entry *e, unsigned long tag)
{
  size_t i;

  e->size = sizes[tag % NSIZES];
  e->tag = tag;
  e->mem = ffi_closure_alloc (e->size, &e->code);
  CHECK (e->mem != NULL && e->code != NULL);
  CHECK_OK (ffi_prep_closure_loc ((ffi_closure *) e->mem, &w->cif, handler,
                                  (void *) (uintptr_t) tag, e->code));
  for (i = sizeof (ffi_closure); i < e->size; i++)
    e->mem[i] = fill (tag, i);
}

static void
check_and_free (struct entry *e)
{
  size_t i;

  CHECK_EQ_INT (((fn) e->code) (5), (long) e->tag + 5);
  for (i = sizeof (ffi_closure); i < e->size; i++)
    CHECK_EQ_UINT (e->mem[i], fill (e->tag, i));
  ffi_closure_free (e->mem);
}

static void *
run (void *arg)
{
  struct worker *w = arg;
  unsigned long n;
  int k;

  w->types[0] = &ffi_type_slong;
  CHECK_OK (ffi_prep_cif (&w->cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                          w->types));
  for (k = 0; k < RING; k++)
    make (w, &w->ring[k], ((unsigned long) w->id << 24) + (unsigned long) k);
  for (n = RING; n < ITERS; n++)
    {
      struct entry *e = &w->ring[n % RING];
      check_and_free (e);
      make (w, e, ((unsigned long) w->id << 24) + n);
    }
  for (k = 0; k < RING; k++)
    check_and_free (&w->ring[k]);
  return NULL;
}

int
main (void)
{
  static struct worker workers[THREADS];
  int i;

  for (i = 0; i < THREADS; i++)
    {
      workers[i].id = i + 1;
      CHECK_EQ_INT (pthread_create (&workers[i].thread, NULL, run,
                                    &workers[i]), 0);
    }
  for (i = 0; i < THREADS; i++)
    CHECK_EQ_INT (pthread_join (workers[i].thread, NULL), 0);
  printf ("%d threads x %d closures: ok\n", THREADS, ITERS);
  return 0;
}

/* { dg-output "4 threads x 20000 closures: ok" } */
