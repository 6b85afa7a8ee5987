/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 (AAPCS64, Linux) closures: the C half of the closure
   entries, and the architecture hooks of ffi_prep_closure_loc and Go
   closures.

   The entry (sysv.S) has stored x0-x7, q0-q7 and x8 in a struct
   a64_frame; the caller's stack arguments start where the caller's sp
   was.  Arguments are found where ffi_call would have put them, from the
   classification that ffi_prep_cif recorded in cif->flags.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == A64_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == A64_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == A64_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == A64_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == A64_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (offsetof (struct ffi_tramp_slot, closure) == A64_SLOT_CLOSURE,
                "slot closure");
_Static_assert (A64_CLOSURE_IMAGE + A64_FRAME_SIZE <= A64_CLOSURE_RETBUF
                && A64_CLOSURE_RETBUF + A64_CLOSURE_RETBUF_SIZE
                   <= A64_CLOSURE_FRAME
                && A64_CLOSURE_IMAGE % 16 == 0
                && A64_CLOSURE_RETBUF % 16 == 0
                && A64_CLOSURE_FRAME % 16 == 0, "closure frame");
_Static_assert (A64_LEGACY_ENTRY == A64_LEGACY_CODE_SIZE
                && A64_LEGACY_ENTRY + 8 == FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fills closure->tramp");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

unsigned stubffi_closure_sysv_inner (ffi_cif *cif, closure_fun fun,
                                     void *user_data, struct a64_frame *frame,
                                     char *stack, void *retbuf) FFI_HIDDEN;

unsigned
stubffi_closure_sysv_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                            struct a64_frame *frame, char *stack, void *retbuf)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  unsigned flags = cif->flags, ngrn = 0, nsrn = 0, naggs = 0, i;
  unsigned kind = flags & A64_RET_KIND_MASK;
  size_t off = 0;
  void *ret = retbuf;

  /* The handler writes a large result straight into the caller's
     buffer.  */
  if (kind == A64_RET_MEMORY)
    ret = (void *) (uintptr_t) frame->x8;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_VOID:
          /* Nothing was passed for it: the handler gets a pointer that
             is safe to read (libffi leaves the slot unset).  */
          avalue[i] = retbuf;
          break;

        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
        case FFI_TYPE_LONGDOUBLE:
          if (nsrn < A64_NVREG)
            avalue[i] = frame->v[nsrn++];
          else
            {
              off = FFI_ALIGN (off, t->size >= 16 ? 16 : 8);
              avalue[i] = stack + off;
              off += FFI_ALIGN (t->size, 8);
            }
          break;

        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          {
            int agg = a64_aggregate_class (flags, naggs, t);
            size_t size = t->size;
            unsigned n, k;
            naggs++;
            switch (agg)
              {
              case A64_AGG_INDIRECT:
                /* A pointer to the caller's copy.  */
                if (ngrn < A64_NGPR)
                  avalue[i] = (void *) (uintptr_t) frame->x[ngrn++];
                else
                  {
                    avalue[i] = *(void **) (stack + off);
                    off += 8;
                  }
                continue;
              case A64_AGG_GPR:
                n = (unsigned) FFI_ALIGN (size, 8) / 8;
                if (t->alignment >= 16)
                  ngrn = (ngrn + 1) & ~1u;
                if (ngrn + n <= A64_NGPR)
                  {
                    /* Consecutive registers, adjacent in the image.  */
                    avalue[i] = &frame->x[ngrn];
                    ngrn += n;
                    continue;
                  }
                ngrn = A64_NGPR;
                break;
              default:  /* an HFA */
                {
                  size_t msize = a64_hfa_member_size (agg);
                  n = (unsigned) (size / msize);
                  if (nsrn + n <= A64_NVREG)
                    {
                      /* One member per register: put them back
                         together.  */
                      char *copy = n == 1 ? NULL : alloca (size);
                      if (copy == NULL)
                        avalue[i] = frame->v[nsrn];
                      else
                        {
                          for (k = 0; k < n; k++)
                            memcpy (copy + k * msize, frame->v[nsrn + k],
                                    msize);
                          avalue[i] = copy;
                        }
                      nsrn += n;
                      continue;
                    }
                  nsrn = A64_NVREG;
                  break;
                }
              }
            /* On the stack.  */
            off = FFI_ALIGN (off, t->alignment >= 16 ? 16 : 8);
            avalue[i] = stack + off;
            off += FFI_ALIGN (size, 8);
            break;
          }

        default:      /* integers and pointers: the low bytes of a slot */
          if (ngrn < A64_NGPR)
            avalue[i] = &frame->x[ngrn++];
          else
            {
              avalue[i] = stack + off;
              off += 8;
            }
          break;
        }
    }

  fun (cif, ret, avalue, user_data);
  return kind;
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  return cif->abi == FFI_SYSV || cif->abi == FFI_WIN64
         ? (void *) stubffi_closure_sysv : NULL;
}

/* Makes instructions just written to [start, end) visible to instruction
   fetch there, by the architecture's sequence: clean the data cache
   lines to the point of unification, then invalidate the instruction
   cache lines, each step finished by a barrier.  CTR_EL0 (readable by
   user code on Linux) gives the smallest line sizes and says when a step
   is not needed (IDC, DIC).  libgcc's __clear_cache does the same, but
   comes from an object without a BTI note in some toolchains, which
   would unmark the whole library (configure.ac, "aarch64 branch
   protection").  */
static void
sync_icache (uintptr_t start, uintptr_t end)
{
  uint64_t ctr;
  uintptr_t line, p;

  __asm__ volatile ("mrs %0, ctr_el0" : "=r" (ctr));
  if (!((ctr >> 28) & 1))
    {
      line = (uintptr_t) 4 << ((ctr >> 16) & 0xf);
      for (p = start & ~(line - 1); p < end; p += line)
        __asm__ volatile ("dc cvau, %0" : : "r" (p) : "memory");
    }
  __asm__ volatile ("dsb ish" : : : "memory");
  if (!((ctr >> 29) & 1))
    {
      line = (uintptr_t) 4 << (ctr & 0xf);
      for (p = start & ~(line - 1); p < end; p += line)
        __asm__ volatile ("ic ivau, %0" : : "r" (p) : "memory");
      __asm__ volatile ("dsb ish" : : : "memory");
    }
  __asm__ volatile ("isb" : : : "memory");
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  /* entry is stubffi_closure_sysv, which expects x17 to point at a slot;
     the 24 bytes of closure->tramp hold no room for one, so the legacy
     trampoline passes the closure (its own address) to the entry's twin
     that expects just that.  */
  void *legacy_entry = (void *) stubffi_closure_sysv_legacy;

  FFI_ASSERT (entry == (void *) stubffi_closure_sysv);
  (void) entry;
  memcpy (closure->tramp, stubffi_tramp_legacy_code, A64_LEGACY_CODE_SIZE);
  memcpy (closure->tramp + A64_LEGACY_ENTRY, &legacy_entry,
          sizeof legacy_entry);
  /* Make the new code visible to instruction fetch at codeloc, the
     address it runs from.  */
  sync_icache ((uintptr_t) codeloc,
               (uintptr_t) codeloc + FFI_TRAMPOLINE_SIZE);
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  if (cif->abi != FFI_SYSV && cif->abi != FFI_WIN64)
    return FFI_BAD_ABI;
  closure->tramp = (void *) stubffi_go_closure_sysv;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
