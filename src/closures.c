/* SPDX-License-Identifier: MIT */
/* stubffi — the closures too big for the pool's cells (tramp.c hands
   out and prepares the others), and the legacy ffi_prep_closure.  */

#include "ffi_common.h"
#include "futex_lock.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Big closures ---------------------------------------------------------

   A closure bigger than a cell's payload is malloc'd, so ffi_closure_free
   must recognise it (and refuse any other pointer outside the pool)
   without reading the memory near it, which may be unmapped, belong to
   another allocator or have been reused.  Every live big closure is a
   key of this open-addressing hash table (linear probing, at most half
   full), whose value is its cell.  The lock is held for a few
   instructions (and one calloc when the table grows), and across fork()
   by the atfork handlers.  */

struct live_closure {
  void *closure;                  /* NULL: an empty entry */
  void *cell;
};

static int live_lock;
static struct live_closure *live;
static size_t live_mask;          /* capacity - 1; capacity a power of two */
static size_t live_count;

/* futex_lock.h: waiters sleep instead of looping on sched_yield.  */
static void
lock_live (void)
{
  futex_lock (&live_lock);
}

static void
unlock_live (void)
{
  futex_unlock (&live_lock);
}

static size_t
live_hash (const void *closure)
{
  uint64_t x = (uint64_t) (uintptr_t) closure;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return (size_t) x & live_mask;
}

/* Doubles the table (or makes the first one).  Returns -1 when out of
   memory, leaving the table as it was.  */
static int
live_grow (void)
{
  size_t old_cap = live ? live_mask + 1 : 0, cap = old_cap ? 2 * old_cap : 64;
  struct live_closure *old = live, *table;
  size_t i;

  if (cap > SIZE_MAX / sizeof *table)
    return -1;
  table = calloc (cap, sizeof *table);
  if (table == NULL)
    return -1;
  live = table;
  live_mask = cap - 1;
  for (i = 0; i < old_cap; i++)
    if (old[i].closure != NULL)
      {
        size_t j = live_hash (old[i].closure);
        while (live[j].closure != NULL)
          j = (j + 1) & live_mask;
        live[j] = old[i];
      }
  free (old);
  return 0;
}

static int
live_insert (void *closure, void *cell)
{
  size_t i;

  if ((live_count + 1) * 2 > (live ? live_mask + 1 : 0) && live_grow () != 0)
    return -1;
  for (i = live_hash (closure); live[i].closure != NULL; i = (i + 1) & live_mask)
    ;
  live[i].closure = closure;
  live[i].cell = cell;
  live_count++;
  return 0;
}

/* Removes closure from the table and returns its cell, or returns NULL
   when it is not a live big closure.  */
static void *
live_remove (void *closure)
{
  void *cell;
  size_t i, j;

  if (live == NULL)
    return NULL;
  for (i = live_hash (closure); live[i].closure != closure;
       i = (i + 1) & live_mask)
    if (live[i].closure == NULL)
      return NULL;
  cell = live[i].cell;
  live_count--;

  /* Backward-shift deletion: move up every later entry of the run that
     the hole would cut off from its home position.  */
  for (j = (i + 1) & live_mask; live[j].closure != NULL;
       j = (j + 1) & live_mask)
    {
      size_t home = live_hash (live[j].closure);
      /* The entry stays if its home lies cyclically in (i, j].  */
      if (i <= j ? (home > i && home <= j) : (home > i || home <= j))
        continue;
      live[i] = live[j];
      i = j;
    }
  live[i].closure = NULL;
  live[i].cell = NULL;
  return cell;
}

static void
live_prefork (void)
{
  lock_live ();
}

static void
live_postfork (void)
{
  unlock_live ();
}

__attribute__((constructor)) static void
live_init (void)
{
  ffi_atfork (live_prefork, live_postfork, live_postfork);
}

void *
ffi_big_closure_alloc (size_t size, void *cell)
{
  void *closure = malloc (size);
  int err;

  if (closure == NULL)
    return NULL;
  lock_live ();
  err = live_insert (closure, cell);
  unlock_live ();
  if (err)
    {
      free (closure);
      return NULL;
    }
  return closure;
}

void *
ffi_big_closure_free (void *closure)
{
  void *cell;

  lock_live ();
  cell = live_remove (closure);
  unlock_live ();
  if (cell != NULL)
    free (closure);
  return cell;
}

/* ---- Preparation ------------------------------------------------------- */

FFI_API ffi_status
ffi_prep_closure (ffi_closure *closure, ffi_cif *cif,
                  void (*fun) (ffi_cif *, void *, void **, void *),
                  void *user_data)
{
  return ffi_prep_closure_loc (closure, cif, fun, user_data, closure);
}
