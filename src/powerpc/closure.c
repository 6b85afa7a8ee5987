/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2, Linux) closures: the C half of the
   closure entries, and the architecture hooks of ffi_prep_closure_loc and
   Go closures.

   The entry (linux64.S) has stored r3-r10 and f1-f13 in its frame.  The
   caller's parameter save area is at 32 bytes into the caller's frame,
   but exists only when some argument is in memory or the callee is
   variadic (PPC_FLAG_MEM_ARGS): then r3-r10 are stored into its first 64
   bytes, as the ABI allows, and arguments are read from there; otherwise
   every argument is in the saved registers.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == PPC_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == PPC_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == PPC_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == PPC_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == PPC_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (offsetof (struct ffi_tramp_slot, closure) == PPC_SLOT_CLOSURE,
                "slot closure");
_Static_assert (PPC_CL_GPRS >= PPC_PSAVE + 64
                && PPC_CL_FPRS == PPC_CL_GPRS + 64
                && PPC_CL_RES >= PPC_CL_FPRS + 8 * PPC_NFPR
                && PPC_CL_FRAME >= PPC_CL_RES + PPC_RES_SIZE
                && PPC_CL_FRAME % 16 == 0, "closure frame");
_Static_assert (PPC_LEGACY_SLOT + 16 == FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fills closure->tramp");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

void stubffi_closure_elfv2_inner (ffi_cif *cif, closure_fun fun,
                                  void *user_data, uint64_t *gprs,
                                  const double *fprs, char *caller_psave,
                                  struct ppc_result *res) FFI_HIDDEN;

void
stubffi_closure_elfv2_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                             uint64_t *gprs, const double *fprs,
                             char *caller_psave, struct ppc_result *res)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  ffi_abi abi = cif->abi;
  unsigned kind = cif->flags & PPC_RET_MASK, nf = 0, i, k;
  char *base = (char *) gprs;
  /* The handler's result: big enough for 8 doubles (64 bytes).  */
  uint64_t retbuf[8] = { 0 };
  void *ret = retbuf;
  size_t pos = 0;

  if (cif->flags & PPC_FLAG_MEM_ARGS)
    {
      memcpy (caller_psave, gprs, PPC_NGPR * 8);
      base = caller_psave;
    }
  if (kind == PPC_RET_MEMORY)
    {
      /* The handler writes straight into the caller's memory.  */
      ret = (void *) (uintptr_t) gprs[0];
      pos = 8;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      struct ppc_class c;
      char *p;

      if (t->type == FFI_TYPE_VOID)
        {
          /* Nothing was passed: a pointer that is safe to read.  */
          avalue[i] = retbuf;
          continue;
        }
      pos = FFI_ALIGN (pos, ppc_arg_align (abi, t));
      p = base + pos;
      pos += ppc_arg_size (abi, t);
      switch (t->type)
        {
        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
        case FFI_TYPE_LONGDOUBLE:
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          ppc_classify (abi, t, &c);
          if (ppc_complex_float (t))
            {
              /* Its parts come from two doublewords: put them together
                 (the FPRs below overwrite what they carry).  */
              char *copy = alloca (8);
              memcpy (copy, p, 4);
              memcpy (copy + 4, p + 8, 4);
              p = copy;
            }
          if (i < cif->nfixedargs && c.nfpr != 0 && nf < PPC_NFPR)
            {
              /* Members from FPRs, converted back from double; those for
                 which none was left are in the save area.  */
              char *copy = alloca (t->size > 8 ? t->size : 8);
              if (nf + c.nfpr > PPC_NFPR)
                memcpy (copy, p, t->size);
              for (k = 0; k < c.nfpr && nf < PPC_NFPR; k++, nf++)
                if (c.single)
                  {
                    float f = (float) fprs[nf];
                    memcpy (copy + 4 * k, &f, 4);
                  }
                else
                  memcpy (copy + 8 * k, &fprs[nf], 8);
              nf += c.nfpr - k;
              avalue[i] = copy;
            }
          else
            {
              if (i < cif->nfixedargs)
                nf += c.nfpr;
              avalue[i] = p;
            }
          break;

        default:      /* integers and pointers: the low bytes of a slot */
          avalue[i] = p;
          break;
        }
      /* The save area aligns to 8 only: a long double (or a struct of
         them) from there is copied to memory aligned as its type.  */
      if ((uintptr_t) avalue[i] % (t->alignment ? t->alignment : 1) != 0)
        {
          void *copy = alloca (t->size + 16);
          copy = (void *) FFI_ALIGN ((uintptr_t) copy, 16);
          memcpy (copy, avalue[i], t->size);
          avalue[i] = copy;
        }
    }

  fun (cif, ret, avalue, user_data);

  /* Into the register image the entry loads r3, r4 and f1-f8 from.  */
  switch (kind)
    {
    case PPC_RET_INT:
      {
        uint64_t r;
        switch (cif->rtype->type)
          {
          case FFI_TYPE_UINT8:  r = *(uint8_t *) ret; break;
          case FFI_TYPE_SINT8:  r = (uint64_t) *(int8_t *) ret; break;
          case FFI_TYPE_UINT16: r = *(uint16_t *) ret; break;
          case FFI_TYPE_SINT16: r = (uint64_t) *(int16_t *) ret; break;
          case FFI_TYPE_UINT32: r = *(uint32_t *) ret; break;
          case FFI_TYPE_INT:
          case FFI_TYPE_SINT32: r = (uint64_t) *(int32_t *) ret; break;
          default:              r = *(uint64_t *) ret; break;
          }
        res->r3 = r;
        break;
      }
    case PPC_RET_STRUCT:
      memcpy (&res->r3, ret, 16);
      break;
    case PPC_RET_FPR:
      {
        struct ppc_class c;
        ppc_classify (abi, cif->rtype, &c);
        for (k = 0; k < c.nfpr; k++)
          if (c.single)
            {
              float f;
              memcpy (&f, (char *) ret + 4 * k, 4);
              res->f[k] = f;
            }
          else
            memcpy (&res->f[k], (char *) ret + 8 * k, 8);
        break;
      }
    case PPC_RET_MEMORY:
      res->r3 = gprs[0];
      break;
    default:
      break;
    }
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  return cif->abi > FFI_FIRST_ABI && cif->abi < FFI_LAST_ABI
         && (cif->abi & FFI_LINUX) ? (void *) stubffi_closure_elfv2 : NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  /* The code, then {entry, closure} shaped like a pool slot, so that the
     one entry serves both: r11 points at it.  */
  void *self = closure;
  memcpy (closure->tramp, stubffi_tramp_legacy_code, PPC_LEGACY_CODE_SIZE);
  memcpy (closure->tramp + PPC_LEGACY_SLOT, &entry, 8);
  memcpy (closure->tramp + PPC_LEGACY_SLOT + 8, &self, 8);
  /* Make the new code visible to instruction fetch at codeloc (dcbst,
     sync, icbi, isync).  */
  __builtin___clear_cache ((char *) codeloc,
                           (char *) codeloc + FFI_TRAMPOLINE_SIZE);
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  /* libffi's powerpc port does not check the cif's ABI here (a cif that
     ffi_prep_cif accepted has a good one).  */
  closure->tramp = (void *) stubffi_go_closure_elfv2;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
