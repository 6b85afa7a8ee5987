/* SPDX-License-Identifier: MIT */
/* stubffi — s390x (Linux) closures: the C half of the closure entries,
   and the architecture hooks of ffi_prep_closure_loc and Go closures.
   The entry (sysv.S) has stored r2-r6 and f0/f2/f4/f6; the caller's
   stack arguments start 160 bytes into the caller's frame.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == S390_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == S390_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == S390_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == S390_GO_CLOSURE_CIF, "gc");
_Static_assert (offsetof (ffi_go_closure, fun) == S390_GO_CLOSURE_FUN, "gf");
_Static_assert (offsetof (struct ffi_tramp_slot, closure) == S390_SLOT_CLOSURE,
                "slot closure");
_Static_assert (S390_CL_GPRS >= S390_CL_OUT + 16
                && S390_CL_FPRS == S390_CL_GPRS + 8 * S390_NGPR
                && S390_CL_RES == S390_CL_FPRS + 8 * S390_NFPR
                && S390_CL_FRAME >= S390_CL_RES + 16
                && S390_CL_FRAME % 8 == 0, "closure frame");
_Static_assert (S390_LEGACY_SLOT + 16 == FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fills closure->tramp");

uint64_t s390_extend (unsigned short code, uint64_t r) FFI_HIDDEN;

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

void stubffi_closure_s390x_inner (ffi_cif *cif, closure_fun fun,
                                  void *user_data, uint64_t *gprs,
                                  double *fprs, char *stack,
                                  uint64_t *res) FFI_HIDDEN;

void
stubffi_closure_s390x_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                             uint64_t *gprs, double *fprs, char *stack,
                             uint64_t *res)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  unsigned kind = cif->flags, ngpr = 0, nfpr = 0, i;
  uint64_t retbuf[2] = { 0, 0 };
  void *ret = retbuf;
  size_t off = 0;

  if (kind == S390_RET_MEMORY)
    ret = (void *) (uintptr_t) gprs[ngpr++];

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      char *slot;

      switch (s390_classify (t))
        {
        case S390_CLS_NONE:
          /* Nothing was passed: a pointer that is safe to read.  */
          avalue[i] = retbuf;
          break;
        case S390_CLS_FLOAT:
          if (nfpr < S390_NFPR)
            avalue[i] = &fprs[nfpr++];  /* the left half */
          else
            {
              avalue[i] = stack + off + 4;
              off += 8;
            }
          break;
        case S390_CLS_DOUBLE:
          if (nfpr < S390_NFPR)
            avalue[i] = &fprs[nfpr++];
          else
            {
              avalue[i] = stack + off;
              off += 8;
            }
          break;
        default:
          if (ngpr < S390_NGPR)
            slot = (char *) &gprs[ngpr++];
          else
            {
              slot = stack + off;
              off += 8;
            }
          if (s390_classify (t) == S390_CLS_REF)
            avalue[i] = *(void **) slot;
          else
            /* Right-justified: the last bytes of the doubleword.  */
            avalue[i] = slot + 8 - (t->size < 8 ? t->size : 8);
          break;
        }
    }

  fun (cif, ret, avalue, user_data);

  switch (kind)
    {
    case S390_RET_INT:
      /* The handler stored a whole ffi_arg (libffi's rule).  */
      res[0] = s390_extend (cif->rtype->type, retbuf[0]);
      break;
    case S390_RET_FLOAT:
      memcpy (&res[1], retbuf, 4);
      break;
    case S390_RET_DOUBLE:
      memcpy (&res[1], retbuf, 8);
      break;
    case S390_RET_MEMORY:
      res[0] = (uintptr_t) ret;
      break;
    default:
      break;
    }
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  return cif->abi == FFI_SYSV ? (void *) stubffi_closure_s390x : NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  void *self = closure;
  memcpy (closure->tramp, stubffi_tramp_legacy_code, S390_LEGACY_CODE_SIZE);
  memcpy (closure->tramp + S390_LEGACY_SLOT, &entry, 8);
  memcpy (closure->tramp + S390_LEGACY_SLOT + 8, &self, 8);
  /* s390x keeps instruction fetch coherent with stores.  */
  (void) codeloc;
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  if (cif->abi != FFI_SYSV)
    return FFI_BAD_ABI;
  closure->tramp = (void *) stubffi_go_closure_s390x;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
