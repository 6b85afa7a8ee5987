/* SPDX-License-Identifier: MIT */
/* stubffi — target-independent half of cif preparation: ABI and type
   validation, struct layout, ffi_prep_cif(_var), ffi_get_struct_offsets.  */

#include "ffi_common.h"

#include <pthread.h>
#include <sched.h>

/* ---- Lazy layout and threads --------------------------------------------

   Threads may prepare cifs that share a struct type whose size is still
   0.  Exactly one of them lays it out, under layout_lock, after checking
   the size again there; the size is published last, with release, and
   read with acquire where a type may be unsized, so a thread that sees
   a nonzero size also sees the alignment and the members' layouts.  A
   type is written again only if its layout changes (ffi_get_struct_offsets
   of a type declared with a wrong size), so cifs sharing a laid-out type
   never race.  The lock is held across fork() by atfork handlers.  */

static int layout_lock;

static void
lock_layout (void)
{
  while (__atomic_exchange_n (&layout_lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&layout_lock, __ATOMIC_RELAXED))
      sched_yield ();
}

static void
unlock_layout (void)
{
  __atomic_store_n (&layout_lock, 0, __ATOMIC_RELEASE);
}

__attribute__((constructor)) static void
layout_lock_init (void)
{
  ffi_atfork (lock_layout, unlock_layout, unlock_layout);
}

/* ---- Layout, exactly as libffi does it ---------------------------------

   A type whose size is 0 is laid out from its elements, whatever its
   type code, the way libffi's initialize_aggregate does: its size and
   alignment are set to 0, then each member is placed at the size so far
   rounded up to the member's alignment (libffi's arithmetic, so that a
   malformed alignment such as 0 or 3 gives what libffi gives), a member
   of size 0 being laid out first; the size is rounded up to the largest
   alignment at the end, and a size of 0 is FFI_BAD_TYPEDEF.  A void
   member is one byte (ffi_type_void's size is 1).

   libffi writes the size and alignment into the type as it goes, and
   programs see the consequences: a struct that contains itself after
   its first member finds its own partial size there (and is laid out),
   and a layout that fails leaves the partial size behind (so the next
   ffi_prep_cif takes the type as it is).  We compute the same values in
   a record per type being laid out, read in place of the type's fields
   while the layout runs, and write them into the type when the record's
   layout ends, successful or not: a thread that reads a nonzero size
   (acquire) sees a whole layout, never a partial one.

   libffi recurses without a bound, so a cycle through the first member
   overflows its stack; we stop at FFI_MAX_TYPE_DEPTH nested layouts.  */

struct layout_record {
  ffi_type *type;
  size_t size;
  unsigned short alignment;
  struct layout_record *outer;
};

static struct layout_record *
find_record (struct layout_record *r, const ffi_type *t)
{
  for (; r != NULL; r = r->outer)
    if (r->type == t)
      return r;
  return NULL;
}

/* The caller holds layout_lock.  *overflow is set when a size would
   wrap around: libffi's arithmetic wraps there and its layout is
   garbage, so nothing of that layout is written (a partial size past
   SIZE_MAX / 2 left in a type would let the next ffi_prep_cif take it).  */
static ffi_status
layout_type (ffi_type *t, size_t *offsets, struct layout_record *chain,
             unsigned depth, int *overflow)
{
  struct layout_record own, *r;
  ffi_status st = FFI_OK;
  ffi_type **e;

  if (t->elements == NULL)
    return FFI_BAD_TYPEDEF;
  /* A type already being laid out (a cycle) shares its record.  */
  r = find_record (chain, t);
  if (r == NULL)
    {
      own.type = t;
      own.outer = chain;
      r = chain = &own;
    }
  r->size = 0;
  r->alignment = 0;

  for (e = t->elements; *e != NULL; e++)
    {
      ffi_type *m = *e;
      struct layout_record *mr = find_record (chain, m);
      unsigned short malign;

      if ((mr != NULL ? mr->size : m->size) == 0)
        {
          if (depth >= FFI_MAX_TYPE_DEPTH)
            {
              st = FFI_BAD_TYPEDEF;
              break;
            }
          st = layout_type (m, NULL, chain, depth + 1, overflow);
          if (st != FFI_OK)
            break;
        }
      malign = mr != NULL ? mr->alignment : m->alignment;
      r->size = FFI_ALIGN (r->size, malign);
      if (offsets != NULL)
        *offsets++ = r->size;
      /* Read after the rounding: a struct that contains itself adds
         its own rounded size, as in libffi.  libffi's sizes wrap
         around where ours are refused.  */
      {
        size_t msize = mr != NULL ? mr->size : m->size;
        if (r->size > SIZE_MAX / 2 || msize > SIZE_MAX / 2 - r->size)
          {
            *overflow = 1;
            st = FFI_BAD_TYPEDEF;
            break;
          }
        r->size += msize;
      }
      if (malign > r->alignment)
        r->alignment = malign;
    }

  if (st == FFI_OK)
    {
      r->size = FFI_ALIGN (r->size, r->alignment);
      if (r->size == 0)
        st = FFI_BAD_TYPEDEF;
    }
  if (r == &own && !*overflow
      && (t->size != own.size || t->alignment != own.alignment))
    {
      t->alignment = own.alignment;
      __atomic_store_n (&t->size, own.size, __ATOMIC_RELEASE);
    }
  return st;
}

/* The checks of one argument or result type.  libffi checks nothing of
   a type whose size is set: a struct declared with its size and
   alignment is taken as it is (even with no members, or, where the port
   looks at its size alone, with no element list), and so is any
   alignment.  What is refused here is what would make libffi crash or
   abort on every port: a NULL type, a type code past FFI_TYPE_LAST, a
   complex type without its part.  A port whose classification reads a
   struct's members refuses a struct without an element list itself.  */
ffi_status
ffi_check_type (ffi_type *t, unsigned depth)
{
  (void) depth;
  if (UNLIKELY (t == NULL))
    return FFI_BAD_TYPEDEF;

  if (__atomic_load_n (&t->size, __ATOMIC_ACQUIRE) == 0)
    {
      ffi_status st;
      int overflow = 0;
      lock_layout ();
      /* Another thread may have laid it out meanwhile.  */
      st = t->size == 0 ? layout_type (t, NULL, NULL, 0, &overflow) : FFI_OK;
      unlock_layout ();
      if (st != FFI_OK)
        return st;
    }

  if (UNLIKELY (t->type > FFI_TYPE_LAST))
    return FFI_BAD_TYPEDEF;
#if !defined(__s390x__)
  /* libffi's s390 port passes every complex value by reference, by its
     size alone: it takes one without its part, and so does stubffi.  */
  if (t->type == FFI_TYPE_COMPLEX
      && (t->elements == NULL || t->elements[0] == NULL))
    return FFI_BAD_TYPEDEF;
#endif
  return FFI_OK;
}

/* Scalar type codes other than void: their ffi_type needs no layout.  */
#define SCALAR_CODES                                                     \
  (((1u << (FFI_TYPE_LAST + 1)) - 1)                                     \
   & ~((1u << FFI_TYPE_VOID) | (1u << FFI_TYPE_STRUCT)                   \
       | (1u << FFI_TYPE_COMPLEX)))

/* The common case, a predefined or client scalar type: two loads.  */
static inline int
is_sized_scalar (const ffi_type *t)
{
  /* The type first: a struct's size may be being written by another
     thread laying it out.  */
  return t != NULL && t->type <= FFI_TYPE_LAST
         && ((SCALAR_CODES >> t->type) & 1) && t->size != 0;
}

/* ---- The one pass over the arguments -----------------------------------

   Most signatures are made of the predefined scalar types, so the pass
   that ffi_prep_cif makes for every cif (ctypes makes one per call) is
   built for them: no call and no branch per argument besides the NULL
   test.  Each argument adds its type code and its size minus one to an
   OR, which stays below 16 only if every code is valid and every size
   is 1..16, and adds its tally (below) to a sum.  Anything else (a
   struct, complex, long double, void, a malformed or oversized type)
   sends the whole signature to the general checks, which report it
   exactly as before.  */

/* A tally has two 16-bit fields: float and double arguments in the low
   one, arguments that are not plain scalars in the high one.  The table
   covers every value of the low byte of a type code, so the index needs
   no bounds check; codes above FFI_TYPE_LAST are caught by the OR.  */
#define TALLY_FP 1u
#define TALLY_OTHER 0x10000u
#define TALLY_MAX_ARGS 0xffffu

static const uint32_t tally_of_code[256] = {
  [FFI_TYPE_VOID] = TALLY_OTHER,
  [FFI_TYPE_FLOAT] = TALLY_FP,
  [FFI_TYPE_DOUBLE] = TALLY_FP,
#if FFI_TYPE_LONGDOUBLE != FFI_TYPE_DOUBLE   /* else it is double's code */
  [FFI_TYPE_LONGDOUBLE] = TALLY_OTHER,
#endif
  [FFI_TYPE_STRUCT] = TALLY_OTHER,
  [FFI_TYPE_COMPLEX] = TALLY_OTHER,
  /* integers and pointers: 0 */
};

/* The number of float and double arguments when every argument is a
   plain scalar, FFI_ARGS_NOT_PLAIN otherwise.  */
static inline unsigned
scan_plain_args (ffi_type **atypes, unsigned nargs)
{
  size_t odd = 0;
  uint32_t tally = 0;
  unsigned i;

  if (nargs > TALLY_MAX_ARGS)   /* the fields would overflow */
    return FFI_ARGS_NOT_PLAIN;
  /* The loop's own instructions are a good part of the cost.  */
#pragma GCC unroll 4
  for (i = 0; i < nargs; i++)
    {
      const ffi_type *t = atypes[i];
      unsigned code;

      if (UNLIKELY (t == NULL))
        return FFI_ARGS_NOT_PLAIN;
      code = t->type;
      /* Relaxed: a struct's size may be being written by a thread laying
         it out; whatever is read, a struct is not plain.  */
      odd |= code | (__atomic_load_n (&t->size, __ATOMIC_RELAXED) - 1);
      tally += tally_of_code[code & 0xff];
    }
  if (odd > 15 || tally >= TALLY_OTHER)
    return FFI_ARGS_NOT_PLAIN;
  return tally;
}

/* Every check of the result and every argument, for the signatures the
   one pass did not take, then the machdep.  Out of line, so that the
   common path saves no registers.  */
__attribute__((noinline)) static ffi_status
prep_cif_checked (ffi_cif *cif, unsigned nfixed)
{
  unsigned i, nargs = cif->nargs;
  ffi_type *rtype = cif->rtype, **atypes = cif->arg_types;
  ffi_status st;

#if defined(__powerpc64__) || defined(__s390x__)
  /* libffi's powerpc and s390 ports take a sized result type of a code
     past FFI_TYPE_LAST (powerpc returns r3 for it): so does stubffi,
     which returns r3 or r2 as a 64-bit integer.  */
  if (rtype != NULL && rtype->type > FFI_TYPE_LAST && rtype->size != 0)
    ;
  else
#endif
  if (!is_sized_scalar (rtype))
    {
      st = ffi_check_type (rtype, 0);
      if (st != FFI_OK)
        return st;
    }
  for (i = 0; i < nargs; i++)
    {
      ffi_type *t = atypes[i];
      if (LIKELY (is_sized_scalar (t)))
        continue;
      st = ffi_check_type (t, 0);
      if (st != FFI_OK)
        return st;
    }
  return ffi_prep_cif_machdep (cif, nfixed, scan_plain_args (atypes, nargs));
}

static inline __attribute__((always_inline)) ffi_status
prep_cif_common (ffi_cif *cif, ffi_abi abi, unsigned nfixed, unsigned nargs,
                 ffi_type *rtype, ffi_type **atypes)
{
  if (UNLIKELY (cif == NULL))
    return FFI_BAD_TYPEDEF;
  if (UNLIKELY (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI))
    return FFI_BAD_ABI;
  if (UNLIKELY (nargs > 0 && atypes == NULL))
    return FFI_BAD_TYPEDEF;

  cif->abi = abi;
  cif->nargs = nargs;
  cif->arg_types = atypes;
  cif->rtype = rtype;
  cif->bytes = 0;
  cif->flags = 0;

  /* ffi_type_void, the usual result, has size 1 like every copy of
     it that libffi takes.  */
  if (LIKELY (is_sized_scalar (rtype)
              || (rtype != NULL && rtype->type == FFI_TYPE_VOID
                  && rtype->size != 0)))
    {
      unsigned nfp = scan_plain_args (atypes, nargs);
      if (LIKELY (nfp != FFI_ARGS_NOT_PLAIN))
        return ffi_prep_cif_machdep (cif, nfixed, nfp);
    }
  return prep_cif_checked (cif, nfixed);
}

FFI_API ffi_status
ffi_prep_cif (ffi_cif *cif, ffi_abi abi, unsigned int nargs, ffi_type *rtype,
              ffi_type **atypes)
{
  return prep_cif_common (cif, abi, nargs, nargs, rtype, atypes);
}

FFI_API ffi_status
ffi_prep_cif_var (ffi_cif *cif, ffi_abi abi, unsigned int nfixedargs,
                  unsigned int ntotalargs, ffi_type *rtype, ffi_type **atypes)
{
  ffi_status st;
  unsigned i;

#if defined(__arm__)
  /* A variadic function takes all its arguments, named ones too, by the
     base standard: libffi's arm port records such a cif as FFI_SYSV.  */
  if (abi == FFI_VFP)
    abi = FFI_SYSV;
#endif
  /* libffi takes more fixed arguments than arguments (and then checks
     no argument as variadic): all of them are fixed.  */
  st = prep_cif_common (cif, abi,
                        nfixedargs < ntotalargs ? nfixedargs : ntotalargs,
                        ntotalargs, rtype, atypes);
  if (st != FFI_OK)
    return st;

  /* A variadic argument arrives after the default argument promotions:
     never a float, never an integer narrower than int.  As in libffi,
     "float" is ffi_type_float itself (a copy of it passes), and any type
     but a struct or complex one narrower than int is refused, void
     included.  */
  for (i = nfixedargs; i < ntotalargs; i++)
    {
      ffi_type *t = atypes[i];
      if (t == &ffi_type_float
          || (t->type != FFI_TYPE_STRUCT && t->type != FFI_TYPE_COMPLEX
              && t->size < sizeof (int)))
        return FFI_BAD_ARGTYPE;
    }
  return FFI_OK;
}

FFI_API ffi_status
ffi_get_struct_offsets (ffi_abi abi, ffi_type *struct_type, size_t *offsets)
{
  ffi_status st;
  int overflow = 0;

  if (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI)
    return FFI_BAD_ABI;
  if (struct_type == NULL || struct_type->type != FFI_TYPE_STRUCT)
    return FFI_BAD_TYPEDEF;
  /* Laid out afresh, as libffi does, so that offsets can be reported even
     for a type that was already sized.  */
  lock_layout ();
  st = layout_type (struct_type, offsets, NULL, 0, &overflow);
  unlock_layout ();
  return st;
}
