/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 (LP64D, Linux) closures: the C half of the closure
   entries, and the architecture hooks of ffi_prep_closure_loc and Go
   closures.

   The entry (sysv.S) has stored a0-a7 and fa0-fa7 in a struct rv_frame;
   the caller's stack arguments start where the caller's sp was.
   Arguments are found where ffi_call would have put them (rv_place), and
   the result is left in the image's a0, a1, fa0 and fa1, which the
   entry loads before it returns.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == RV_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == RV_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == RV_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == RV_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == RV_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (offsetof (struct ffi_tramp_slot, closure) == RV_SLOT_CLOSURE,
                "slot closure");
_Static_assert (RV_CLOSURE_FRAME % 16 == 0, "closure frame");
_Static_assert (RV_LEGACY_ENTRY == RV_LEGACY_CODE_SIZE
                && RV_LEGACY_ENTRY + 8 == FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fills closure->tramp");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

void stubffi_closure_sysv_inner (ffi_cif *cif, closure_fun fun,
                                 void *user_data, struct rv_frame *frame,
                                 char *stack) FFI_HIDDEN;

/* Where the slots of an argument that travels by the integer rules
   are: in place when all of them are in registers (adjacent in the
   image) or on the stack, else gathered into 16 bytes of alloca's
   memory (16-byte aligned), as they are when in place but misaligned
   for the type (a long double in an odd register pair).  */
#define SLOTS_AT(frame, stack, loc, t, p)                                 \
  do {                                                                    \
    if ((loc).nregs == (loc).nslots)                                      \
      (p) = (char *) &(frame)->a[(loc).gpr];                              \
    else if ((loc).nregs == 0)                                            \
      (p) = (stack) + (loc).stack_off;                                    \
    else                                                                  \
      {                                                                   \
        (p) = alloca (16);                                                \
        memcpy ((p), &(frame)->a[(loc).gpr], 8);                          \
        memcpy ((p) + 8, (stack) + (loc).stack_off, 8);                   \
      }                                                                   \
    if ((uintptr_t) (p) % (t)->alignment != 0)                            \
      (p) = memcpy (alloca (16), (p), (t)->size);                         \
  } while (0)

/* An integer register's image of the integer at p (type code type), as
   the psABI widens it.  */
static uint64_t
widen (unsigned short type, const void *p)
{
  switch (type)
    {
    case FFI_TYPE_UINT8:  return *(const uint8_t *) p;
    case FFI_TYPE_SINT8:  return (uint64_t) *(const int8_t *) p;
    case FFI_TYPE_UINT16: return *(const uint16_t *) p;
    case FFI_TYPE_SINT16: return (uint64_t) *(const int16_t *) p;
    case FFI_TYPE_UINT32:
    case FFI_TYPE_SINT32:
    case FFI_TYPE_INT:    return (uint64_t) *(const int32_t *) p;
    default:              return *(const uint64_t *) p;
    }
}

static uint64_t
fp_reg (unsigned short type, const void *p)
{
  uint64_t x;
  if (type == FFI_TYPE_FLOAT)
    {
      uint32_t w;
      memcpy (&w, p, 4);
      return 0xffffffff00000000ull | w;
    }
  memcpy (&x, p, 8);
  return x;
}

void
stubffi_closure_sysv_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                            struct rv_frame *frame, char *stack)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  struct rv_state st = { 0, 0, 0 };
  struct rv_loc rloc, loc;
  ffi_type *rtype = cif->rtype;
  /* The handler's result: at least an ffi_arg, 16-byte aligned.  */
  union { ffi_arg arg; long double ld; char bytes[16]; } retbuf;
  void *ret = &retbuf;
  unsigned i;

  rv_place_return (rtype, &rloc);
  if (rloc.cls == RV_CLS_REF)
    {
      /* The handler writes straight into the caller's memory.  */
      ret = (void *) (uintptr_t) frame->a[0];
      st.ngpr = 1;
    }
  else if (rtype->size > sizeof retbuf)
    ret = alloca (rtype->size);   /* a malformed size; keep it in bounds */

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      char *copy;

      rv_place (&st, t, i >= cif->riscv_nfixedargs, &loc);
      switch (loc.cls)
        {
        case RV_CLS_VOID:
          /* Nothing was passed for it: the handler gets a pointer that
             is safe to read.  */
          avalue[i] = &retbuf;
          break;
        case RV_CLS_FP:
          if (t->type != FFI_TYPE_STRUCT && t->type != FFI_TYPE_COMPLEX)
            {
              avalue[i] = &frame->fa[loc.fpr];
              break;
            }
          /* A struct: put it back together.  */
          __attribute__((fallthrough));
        case RV_CLS_FPFP:
        case RV_CLS_FPINT:
          copy = alloca (t->size);
          memset (copy, 0, t->size);
          memcpy (copy + loc.f[0].offset, &frame->fa[loc.fpr], loc.f[0].size);
          if (loc.cls == RV_CLS_FPFP)
            memcpy (copy + loc.f[1].offset, &frame->fa[loc.fpr + 1],
                    loc.f[1].size);
          else if (loc.cls == RV_CLS_FPINT)
            memcpy (copy + loc.f[1].offset, &frame->a[loc.gpr],
                    loc.f[1].size);
          avalue[i] = copy;
          break;
        case RV_CLS_REF:
          /* A pointer to the caller's copy, in one slot.  */
          avalue[i] = loc.nregs ? (void *) (uintptr_t) frame->a[loc.gpr]
                                : *(void **) (stack + loc.stack_off);
          break;
        case RV_CLS_INT:
          {
            char *p;
            SLOTS_AT (frame, stack, loc, t, p);
            avalue[i] = p;
            break;
          }
        }
    }

  fun (cif, ret, avalue, user_data);

  switch (rloc.cls)
    {
    case RV_CLS_REF:
      /* a0 still holds the caller's buffer, as the psABI's callers may
         expect.  */
      break;
    case RV_CLS_FP:
      frame->fa[0] = fp_reg (rloc.f[0].type,
                             (char *) ret + rloc.f[0].offset);
      break;
    case RV_CLS_FPFP:
      frame->fa[0] = fp_reg (rloc.f[0].type,
                             (char *) ret + rloc.f[0].offset);
      frame->fa[1] = fp_reg (rloc.f[1].type,
                             (char *) ret + rloc.f[1].offset);
      break;
    case RV_CLS_FPINT:
      frame->fa[0] = fp_reg (rloc.f[0].type,
                             (char *) ret + rloc.f[0].offset);
      frame->a[0] = widen (rloc.f[1].type, (char *) ret + rloc.f[1].offset);
      break;
    default:    /* RV_CLS_INT */
      switch (rtype->type)
        {
        case FFI_TYPE_VOID:
          break;
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
        case FFI_TYPE_LONGDOUBLE:
          frame->a[1] = 0;
          memcpy (&frame->a[0], ret, rtype->size <= 16 ? rtype->size : 16);
          break;
        default:
          /* The handler wrote an ffi_arg (or just the value: the low
             bytes are the same); widen it as the psABI says.  */
          frame->a[0] = widen (rtype->type, ret);
          break;
        }
      break;
    }
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  /* Every ABI number ffi_prep_cif takes is FFI_SYSV here.  */
  return cif->abi > FFI_FIRST_ABI && cif->abi < FFI_LAST_ABI
         ? (void *) stubffi_closure_sysv : NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  /* entry is stubffi_closure_sysv, which expects t0 to point at a slot;
     the 24 bytes of closure->tramp hold no room for one, so the legacy
     trampoline passes the closure (its own address) to the entry's twin
     that expects just that.  */
  void *legacy_entry = (void *) stubffi_closure_sysv_legacy;

  FFI_ASSERT (entry == (void *) stubffi_closure_sysv);
  (void) entry;
  memcpy (closure->tramp, stubffi_tramp_legacy_code, RV_LEGACY_CODE_SIZE);
  memcpy (closure->tramp + RV_LEGACY_ENTRY, &legacy_entry,
          sizeof legacy_entry);
  /* Make the new code visible to instruction fetch at codeloc on every
     hart (glibc's __riscv_flush_icache system call).  */
  __builtin___clear_cache ((char *) codeloc,
                           (char *) codeloc + FFI_TRAMPOLINE_SIZE);
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  if (cif->abi <= FFI_FIRST_ABI || cif->abi >= FFI_LAST_ABI)
    return FFI_BAD_ABI;
  closure->tramp = (void *) stubffi_go_closure_sysv;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
