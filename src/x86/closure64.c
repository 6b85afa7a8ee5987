/* SPDX-License-Identifier: MIT */
/* stubffi — x86-64 System V closures: the C half of the closure entry,
   and the architecture hooks of ffi_prep_closure_loc and Go closures.

   The generic entry (closure_entry64.S) has stored the six integer and
   eight vector argument registers in a struct unix64_frame; the
   caller's stack arguments start right above the return address.
   Arguments are found where ffi_call would have put them, from the
   classification that ffi_prep_cif recorded in cif->flags.  */

#include "ffi_common.h"
#include "internal64.h"
#include "internalw64.h"    /* FFI_WIN64 and FFI_GNUW64 closure entries */

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == UNIX64_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == UNIX64_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == UNIX64_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == UNIX64_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == UNIX64_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (UNIX64_CLOSURE_RETBUF >= UNIX64_FRAME_SIZE
                && UNIX64_CLOSURE_FRAME - UNIX64_CLOSURE_RETBUF >= 32
                && UNIX64_CLOSURE_FRAME % 16 == 0, "closure frame");
_Static_assert (UNIX64_LEGACY_SLOT + 16 <= FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fits");
_Static_assert (offsetof (ffi_cif, nargs) == UNIX64_CIF_NARGS, "cif nargs");
_Static_assert (offsetof (ffi_cif, arg_types) == UNIX64_CIF_ARG_TYPES,
                "cif arg_types");
_Static_assert (offsetof (ffi_cif, flags) == UNIX64_CIF_FLAGS, "cif flags");
_Static_assert (offsetof (ffi_type, type) == UNIX64_TYPE_CODE, "type code");
_Static_assert (UNIX64_FAST_LOADER >= UNIX64_FAST_RETBUF + 32
                && UNIX64_FAST_AVALUE >= UNIX64_FAST_LOADER + 8
                && UNIX64_FAST_ARGS >= UNIX64_FAST_AVALUE
                                       + (UNIX64_NGPR + UNIX64_NSSE) * 8
                && UNIX64_FAST_ARGS_SSE >= UNIX64_FAST_ARGS + UNIX64_NGPR * 8
                && UNIX64_FAST_FRAME >= UNIX64_FAST_ARGS_SSE
                                        + UNIX64_NSSE * 8
                && UNIX64_FAST_FRAME >= UNIX64_FAST_ARGS + UNIX64_NSSE * 8
                && UNIX64_FAST_FRAME % 16 == 8, "fast closure frame");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

unsigned stubffi_closure_unix64_inner (ffi_cif *cif, closure_fun fun,
                                       void *user_data,
                                       struct unix64_frame *frame,
                                       char *stack, uint64_t *retbuf)
  FFI_HIDDEN;

unsigned
stubffi_closure_unix64_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                              struct unix64_frame *frame, char *stack,
                              uint64_t *retbuf)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  unsigned flags = cif->flags, ngpr = 0, nsse = 0, naggs = 0, i;
  size_t off = 0;
  void *ret = retbuf;

  if (flags & UNIX64_FLAG_RET_IN_MEM)
    {
      /* The handler writes straight into the caller's buffer, whose
         address also goes back in %rax.  */
      ret = (void *) (uintptr_t) frame->gpr[ngpr++];
      retbuf[0] = (uintptr_t) ret;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
          if (nsse < UNIX64_NSSE)
            avalue[i] = &frame->sse[nsse++];
          else
            avalue[i] = stack + off, off += 8;
          break;

        case FFI_TYPE_LONGDOUBLE:
          off = FFI_ALIGN (off, 16);
          avalue[i] = stack + off;
          off += 16;
          break;

        case FFI_TYPE_VOID:     /* UNIX64_AGG_NONE: takes no register */
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          {
            int agg = unix64_aggregate_class (flags, naggs, t);
            unsigned regs = unix64_agg_registers (agg);
            naggs++;
            if (agg == UNIX64_AGG_MEMORY
                || ngpr + (regs & 0xff) > UNIX64_NGPR
                || nsse + (regs >> 8) > UNIX64_NSSE)
              {
                off = FFI_ALIGN (off, t->alignment > 8 ? t->alignment : 8);
                avalue[i] = stack + off;
                off += FFI_ALIGN (t->size, 8);
              }
            else if (agg == UNIX64_AGG_IS || agg == UNIX64_AGG_SI)
              {
                /* The two halves sit in different register files: put
                   them back together.  */
                uint64_t *copy = alloca (16);
                int sse_first = agg == UNIX64_AGG_SI;
                copy[sse_first] = frame->gpr[ngpr++];
                copy[!sse_first] = frame->sse[nsse++];
                avalue[i] = copy;
              }
            else if (regs & 0xff)
              {
                /* One or two integer registers, adjacent in the image.  */
                avalue[i] = &frame->gpr[ngpr];
                ngpr += regs & 0xff;
              }
            else
              {
                avalue[i] = &frame->sse[nsse];
                nsse += regs >> 8;
              }
            break;
          }

        default:      /* integers and pointers: one eightbyte each */
          if (ngpr < UNIX64_NGPR)
            avalue[i] = &frame->gpr[ngpr++];
          else
            avalue[i] = stack + off, off += 8;
          break;
        }
    }

  fun (cif, ret, avalue, user_data);
  return flags & UNIX64_RET_KIND_MASK;
}

/* FFI_WIN64 and FFI_GNUW64 cifs get the Microsoft-convention entries
   of win64.S (their C half is in ffiw64.c).  */
static int
is_win64_abi (ffi_abi abi)
{
  return abi == FFI_WIN64 || abi == FFI_GNUW64;
}

typedef void (*closure_entry) (void);

/* The fast entries by argument count: all arguments in integer
   registers, or all in vector registers.  */
static const closure_entry fast_gpr_entries[UNIX64_NGPR + 1] = {
  stubffi_closure_unix64_g0, stubffi_closure_unix64_g1,
  stubffi_closure_unix64_g2, stubffi_closure_unix64_g3,
  stubffi_closure_unix64_g4, stubffi_closure_unix64_g5,
  stubffi_closure_unix64_g6
};
static const closure_entry fast_sse_entries[UNIX64_NSSE + 1] = {
  stubffi_closure_unix64_g0, stubffi_closure_unix64_s1,
  stubffi_closure_unix64_s2, stubffi_closure_unix64_s3,
  stubffi_closure_unix64_s4, stubffi_closure_unix64_s5,
  stubffi_closure_unix64_s6, stubffi_closure_unix64_s7,
  stubffi_closure_unix64_s8
};

/* The entry for a unix64 cif.  A SIMPLE cif has every argument in a
   register of its own; when they are all of one file, the i-th argument
   is that file's i-th register, which is all a fast entry needs to
   know, and when they are not, the mixed entry sorts them out.  The
   shape comes from the vector-register count that ffi_prep_cif keeps in
   a simple cif's flags for ffi_call (internal64.h), so choosing costs no
   walk over arg_types.  The choice is only the likely case: like
   libffi's, our entries read closure->cif at each call, and a fast
   entry that finds a cif of another shape there (another cif stored
   into the closure, or this one prepared anew in place) checks that
   and passes the call on to the generic entry, which reads everything
   from the cif (closure_entry64.S).  */
static closure_entry
unix64_entry (const ffi_cif *cif)
{
  /* A simple cif records how many of its arguments are vector ones
     (ffi64.c, for call64.S); the rest are integer ones.  */
  unsigned flags = cif->flags, n = cif->nargs;
  unsigned nsse = (flags >> UNIX64_FAST_NSSE_SHIFT) & 0xf;

  if (!(flags & UNIX64_FLAG_SIMPLE))
    return stubffi_closure_unix64;
  if (nsse == 0)
    return fast_gpr_entries[n];         /* n <= UNIX64_NGPR: simple */
  if (nsse == n)
    return fast_sse_entries[n];
  return stubffi_closure_unix64_mixed;
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  if (LIKELY (cif->abi == FFI_UNIX64))
    return (void *) unix64_entry (cif);
  return is_win64_abi (cif->abi) ? (void *) stubffi_closure_win64 : NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  struct ffi_tramp_slot slot = { entry, closure };
  (void) codeloc;       /* the code finds its slot relative to itself */
  memcpy (closure->tramp, stubffi_tramp_legacy_code, UNIX64_LEGACY_SLOT);
  memcpy (closure->tramp + UNIX64_LEGACY_SLOT, &slot, sizeof slot);
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  /* libffi makes Go closures for the Microsoft ABIs too.  */
  if (is_win64_abi (cif->abi))
    closure->tramp = (void *) stubffi_go_closure_win64;
  else if (cif->abi == FFI_UNIX64)
    closure->tramp = cif->flags & UNIX64_FLAG_SIMPLE
                     ? (void *) stubffi_go_closure_unix64_simple
                     : (void *) stubffi_go_closure_unix64;
  else
    return FFI_BAD_ABI;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
