/* stubffi — closure allocation and preparation, on top of the static
   trampoline pool (tramp.c) and the architecture's closure entry.

   A closure from ffi_closure_alloc is plain heap memory; its code is a
   trampoline from the pool.  All of the size the caller asked for is the
   caller's: clients embed the closure in larger objects and may write
   any byte of it.  A table of the live closures maps each to its
   trampoline's slot, so that ffi_closure_free can refuse a pointer that
   is not ours without touching the memory around it.
   ffi_prep_closure_loc recognises our closures by codeloc being one of
   our trampolines; any other codeloc is a caller-allocated closure,
   which gets a classic self-contained trampoline written into its tramp
   field.  */

#include "ffi_common.h"

#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- The live closures ----------------------------------------------------

   ffi_closure_free must recognise a pointer that is not a live closure
   (never allocated here, or freed already) without reading the memory
   near it, which may be unmapped, belong to another allocator or have
   been reused.  Every live closure is a key of this open-addressing hash
   table (linear probing, at most half full), whose value is its slot.
   The lock is held for a few instructions (and one calloc when the table
   grows), and across fork() by the atfork handlers.  */

struct live_closure {
  void *closure;                  /* NULL: an empty entry */
  struct ffi_tramp_slot *slot;
};

static int live_lock;
static struct live_closure *live;
static size_t live_mask;          /* capacity - 1; capacity a power of two */
static size_t live_count;

static void
lock_live (void)
{
  while (__atomic_exchange_n (&live_lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&live_lock, __ATOMIC_RELAXED))
      sched_yield ();
}

static void
unlock_live (void)
{
  __atomic_store_n (&live_lock, 0, __ATOMIC_RELEASE);
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
live_insert (void *closure, struct ffi_tramp_slot *slot)
{
  size_t i;

  if ((live_count + 1) * 2 > (live ? live_mask + 1 : 0) && live_grow () != 0)
    return -1;
  for (i = live_hash (closure); live[i].closure != NULL; i = (i + 1) & live_mask)
    ;
  live[i].closure = closure;
  live[i].slot = slot;
  live_count++;
  return 0;
}

/* Removes closure from the table and returns its slot, or returns NULL
   when it is not a live closure.  */
static struct ffi_tramp_slot *
live_remove (void *closure)
{
  struct ffi_tramp_slot *slot;
  size_t i, j;

  if (live == NULL)
    return NULL;
  for (i = live_hash (closure); live[i].closure != closure;
       i = (i + 1) & live_mask)
    if (live[i].closure == NULL)
      return NULL;
  slot = live[i].slot;
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
  live[i].slot = NULL;
  return slot;
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

/* ---- The API --------------------------------------------------------------- */

FFI_API void *
ffi_closure_alloc (size_t size, void **code)
{
  struct ffi_tramp_slot *slot;
  void *closure;
  int err;

  if (code == NULL)
    return NULL;
  closure = malloc (size ? size : 1);
  if (closure == NULL)
    return NULL;
  slot = ffi_tramp_alloc (code);
  if (slot == NULL)
    {
      free (closure);
      return NULL;
    }
  /* Until ffi_prep_closure_loc runs, a call traps with a message.  */
  ffi_tramp_set (slot, (void *) ffi_closure_trap, closure);

  lock_live ();
  err = live_insert (closure, slot);
  unlock_live ();
  if (err)
    {
      ffi_tramp_free (slot);
      free (closure);
      return NULL;
    }
  return closure;
}

FFI_API void
ffi_closure_free (void *closure)
{
  struct ffi_tramp_slot *slot;

  if (closure == NULL)
    return;
  lock_live ();
  slot = live_remove (closure);
  unlock_live ();
  if (slot == NULL)
    {
      /* Freeing it would corrupt the heap or the trampoline pool.  */
      fprintf (stderr, "stubffi: ffi_closure_free(%p): not a live closure "
               "from ffi_closure_alloc (freed twice, or never allocated "
               "there)\n", closure);
      abort ();
    }
  ffi_tramp_free (slot);
  free (closure);
}

FFI_API ffi_status
ffi_prep_closure_loc (ffi_closure *closure, ffi_cif *cif,
                      void (*fun) (ffi_cif *, void *, void **, void *),
                      void *user_data, void *codeloc)
{
  struct ffi_tramp_slot *slot;
  ffi_status st;
  void *entry;

  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  st = ffi_closure_arch_check (cif);
  if (st != FFI_OK)
    return st;

  entry = ffi_closure_arch_entry (cif);
  FFI_ASSERT (entry != NULL);
  closure->cif = cif;
  closure->fun = fun;
  closure->user_data = user_data;

  /* The closure need not be the start of its allocation (clients embed
     it), so the slot takes whatever address was prepared.  */
  slot = ffi_tramp_lookup (codeloc);
  if (slot != NULL)
    ffi_tramp_set (slot, entry, closure);
  else
    ffi_closure_arch_legacy (closure, entry, codeloc);
  return FFI_OK;
}

FFI_API ffi_status
ffi_prep_closure (ffi_closure *closure, ffi_cif *cif,
                  void (*fun) (ffi_cif *, void *, void **, void *),
                  void *user_data)
{
  return ffi_prep_closure_loc (closure, cif, fun, user_data, closure);
}
