/* SPDX-License-Identifier: MIT */
/* stubffi — helpers shared by everything under src/.  Not installed.  */

#ifndef STUBFFI_FFI_COMMON_H
#define STUBFFI_FFI_COMMON_H

/* configure's results and options (--enable-debug: FFI_DEBUG,
   --disable-raw-api: FFI_NO_RAW_API, --disable-structs: FFI_NO_STRUCTS).  */
#ifdef HAVE_CONFIG_H
# include "fficonfig.h"
#endif

#include <ffi.h>
#include <stddef.h>
#include <stdint.h>

#define FFI_HIDDEN __attribute__((visibility ("hidden")))

#define LIKELY(x)   __builtin_expect (!!(x), 1)
#define UNLIKELY(x) __builtin_expect (!!(x), 0)

/* Round v up to a multiple of a, a power of two.  */
/* libffi's rounding, also for an alignment that is not a power of two
   (which libffi takes in a type): the layouts come out the same.  */
#define FFI_ALIGN(v, a) (((((size_t) (v)) - 1) | ((size_t) (a) - 1)) + 1)

#ifdef FFI_DEBUG
# include <stdio.h>
# include <stdlib.h>
# define FFI_ASSERT(x)                                                    \
  do {                                                                    \
    if (!(x)) {                                                           \
      fprintf (stderr, "stubffi: assertion %s failed at %s:%d\n", #x,     \
               __FILE__, __LINE__);                                       \
      abort ();                                                           \
    }                                                                     \
  } while (0)
#else
# define FFI_ASSERT(x) ((void) 0)
#endif

/* pthread_atfork for the library's locks (prep_cif.c, closures.c,
   tramp.c).  When configure links the aarch64 library without the
   toolchain's start files (STUBFFI_OWN_STARTFILES, src/aarch64/dso.S),
   libc_nonshared.a's pthread_atfork -- just this call with the caller's
   __dso_handle -- would come without a BTI note and unmark the library,
   so the call is made here.  The handle lets dlclose unregister the
   handlers.  */
#ifdef STUBFFI_OWN_STARTFILES
extern void *__dso_handle FFI_HIDDEN;
int __register_atfork (void (*prepare) (void), void (*parent) (void),
                       void (*child) (void), void *dso_handle);
# define ffi_atfork(prepare, parent, child)                               \
  __register_atfork ((prepare), (parent), (child), &__dso_handle)
#else
# include <pthread.h>
# define ffi_atfork(prepare, parent, child)                               \
  pthread_atfork ((prepare), (parent), (child))
#endif

/* Deepest struct nesting ffi_prep_cif accepts.  libffi has no limit: it
   recurses until the C stack runs out (a cycle always does).  A deeper
   (or cyclic) type graph gets FFI_BAD_TYPEDEF here instead; 10,000
   levels take well under a megabyte of stack in every walk.  */
#define FFI_MAX_TYPE_DEPTH 10000

/* Validates a type used as an argument, return value or struct member and
   lays out structs whose size is still 0 (src/prep_cif.c).  */
ffi_status ffi_check_type (ffi_type *t, unsigned depth) FFI_HIDDEN;

/* The architecture's half of ffi_prep_cif: classify the signature once and
   record the result in cif->flags and cif->bytes.  nfixed is the number of
   named arguments (cif->nargs unless the cif is variadic).  The types are
   valid when it is called.  nfp is what the generic pass over the
   arguments learnt: when every argument is a plain scalar (an integer, a
   pointer, a float or a double; no struct, complex or long double), the
   number of floats and doubles among them, which lets the machdep skip
   its own pass; FFI_ARGS_NOT_PLAIN otherwise.  */
#define FFI_ARGS_NOT_PLAIN (~0u)
ffi_status ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
  FFI_HIDDEN;

/* ---- Closures --------------------------------------------------------- */

/* The closure pool (src/tramp.c) hands out closures with
   ffi_closure_alloc, each with a trampoline whose slot is the writable
   data it reads: the entry it jumps to and the closure it passes.  */
struct ffi_tramp_slot {
  void *entry;
  void *closure;
};
/* The slot of the trampoline at code, or NULL if code is not one.  */
struct ffi_tramp_slot *ffi_tramp_lookup (void *code) FFI_HIDDEN;
void ffi_tramp_set (struct ffi_tramp_slot *slot, void *entry, void *closure)
  FFI_HIDDEN;

/* Closures too big for a cell of the pool (src/closures.c): memory from
   malloc, remembered with the pool's cell that holds their trampoline.
   ffi_big_closure_alloc returns NULL when out of memory;
   ffi_big_closure_free frees closure and returns its cell, or returns
   NULL (freeing nothing) when closure is not a live big closure.  */
void *ffi_big_closure_alloc (size_t size, void *cell) FFI_HIDDEN;
void *ffi_big_closure_free (void *closure) FFI_HIDDEN;

/* What a closure calls when its slot was freed or never prepared.  */
void ffi_closure_trap (void) FFI_HIDDEN;

/* The architecture's half of ffi_prep_closure_loc: which entry the
   trampoline jumps to (NULL when it cannot make a closure for the cif's
   ABI: FFI_BAD_ABI), and how to write a self-contained trampoline into
   caller-allocated memory whose executable address is codeloc.  One
   call for both questions: ffi_prep_closure_loc is on the allocation
   path that clients such as ctypes take per callback.  */
void *ffi_closure_arch_entry (ffi_cif *cif) FFI_HIDDEN;
void ffi_closure_arch_legacy (ffi_closure *closure, void *entry,
                              void *codeloc) FFI_HIDDEN;

#endif /* STUBFFI_FFI_COMMON_H */
