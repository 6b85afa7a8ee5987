/* stubffi — closure allocation and preparation, on top of the static
   trampoline pool (tramp.c) and the architecture's closure entry.

   A closure from ffi_closure_alloc is heap memory behind a small header;
   its code is a trampoline from the pool.  All of the size the caller
   asked for is the caller's: clients embed the closure in larger objects
   and may write any byte of it.  The header records the trampoline's
   slot and a check word, so that ffi_closure_free can refuse a pointer
   that is not ours.  ffi_prep_closure_loc recognises our closures by
   codeloc being one of our trampolines; any other codeloc is a
   caller-allocated closure, which gets a classic self-contained
   trampoline written into its tramp field.  */

#include "ffi_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct closure_header {
  struct ffi_tramp_slot *slot;
  uintptr_t check;
};

/* A whole max_align_t keeps the caller's memory as aligned as malloc's.  */
#define HEADER_SIZE FFI_ALIGN (sizeof (struct closure_header), _Alignof (max_align_t))

static uintptr_t
header_check (const void *closure, const struct ffi_tramp_slot *slot)
{
  uintptr_t x = (uintptr_t) 0x5bd1e9955bd1e995ull;
  x = (x ^ (uintptr_t) closure) * 31;
  return x ^ (uintptr_t) slot;
}

static struct closure_header *
header_of (void *closure)
{
  return (struct closure_header *) ((char *) closure - HEADER_SIZE);
}

FFI_API void *
ffi_closure_alloc (size_t size, void **code)
{
  struct closure_header *h;
  char *closure;

  if (code == NULL || size > SIZE_MAX - HEADER_SIZE)
    return NULL;
  h = malloc (HEADER_SIZE + (size ? size : 1));
  if (h == NULL)
    return NULL;
  closure = (char *) h + HEADER_SIZE;
  h->slot = ffi_tramp_alloc (code);
  if (h->slot == NULL)
    {
      free (h);
      return NULL;
    }
  /* Until ffi_prep_closure_loc runs, a call traps with a message.  */
  ffi_tramp_set (h->slot, (void *) ffi_closure_trap, closure);
  h->check = header_check (closure, h->slot);
  return closure;
}

FFI_API void
ffi_closure_free (void *closure)
{
  struct closure_header *h;

  if (closure == NULL)
    return;
  h = header_of (closure);
  if (h->check != header_check (closure, h->slot))
    {
      fprintf (stderr, "stubffi: ffi_closure_free(%p): not a live closure "
               "from ffi_closure_alloc\n", closure);
      abort ();
    }
  h->check = 0;                 /* a second free is caught */
  ffi_tramp_free (h->slot);
  free (h);
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
