/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm closures: the C half of the closure entries, and
   the architecture hooks of ffi_prep_closure_loc and Go closures.

   The entry (sysv.S) has pushed r0-r3 next to the caller's stack
   arguments, so the arguments lie in one image as ffi_call builds it,
   and (FFI_VFP) saved d0-d7.  Each argument is found with the same
   allocator ffi_call uses (ffi.c, arm_place).  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == ARM_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == ARM_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == ARM_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_go_closure, cif) == ARM_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == ARM_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (offsetof (struct ffi_tramp_slot, closure) == ARM_SLOT_CLOSURE,
                "slot closure");
_Static_assert (offsetof (struct arm_closure_frame, d) == ARM_CLF_D, "d");
_Static_assert (offsetof (struct arm_closure_frame, ret) == ARM_CLF_RET
                && sizeof (((struct arm_closure_frame *) 0)->ret)
                   == ARM_CLF_RET_SIZE, "ret");
_Static_assert (offsetof (struct arm_closure_frame, args) == ARM_CLF_ARGS,
                "args");
_Static_assert (sizeof (struct arm_closure_frame) == ARM_CLF_SIZE
                && ARM_CLF_SIZE % 8 == 0, "closure frame");
_Static_assert (ARM_LEGACY_ENTRY == ARM_LEGACY_CODE_SIZE
                && ARM_LEGACY_ENTRY + 4 == FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fills closure->tramp");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

unsigned stubffi_closure_arm_inner (ffi_cif *cif, closure_fun fun,
                                    void *user_data,
                                    struct arm_closure_frame *frame)
  FFI_HIDDEN;

unsigned
stubffi_closure_arm_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                           struct arm_closure_frame *frame)
{
  struct arm_alloc a = { 0, 0, 0xffffu, cif->abi == FFI_VFP };
  void **avalue = alloca (cif->nargs * sizeof (void *));
  unsigned flags = cif->flags, i;
  void *ret = frame->ret;

  if ((flags & ARM_RET_KIND_MASK) == ARM_RET_MEMORY)
    {
      /* The handler writes straight into the caller's buffer, whose
         address goes back in r0.  */
      memcpy (&ret, frame->args, sizeof ret);
      memcpy (frame->ret, &ret, sizeof ret);
      a.ncrn = 1;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      int in_vfp;
      size_t off;
      if (cif->arg_types[i]->type == FFI_TYPE_VOID)
        {
          /* Nothing was passed for it: a pointer that is safe to read.  */
          avalue[i] = frame->ret;
          continue;
        }
      off = arm_place (&a, cif->arg_types[i], &in_vfp);
      avalue[i] = in_vfp ? (char *) frame->d + off : frame->args + off;
    }

  fun (cif, ret, avalue, user_data);
  return flags;
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  if (cif->abi == FFI_SYSV)
    return (void *) stubffi_closure_sysv;
  if (cif->abi == FFI_VFP)
    return (void *) stubffi_closure_vfp;
  return NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  /* The 12 bytes of closure->tramp leave no room for a slot: the legacy
     trampoline passes the closure (its own address) to the twin of the
     entry that expects just that.  */
  void *legacy_entry = entry == (void *) stubffi_closure_vfp
                       ? (void *) stubffi_closure_vfp_legacy
                       : (void *) stubffi_closure_sysv_legacy;

  memcpy (closure->tramp, stubffi_tramp_legacy_code, ARM_LEGACY_CODE_SIZE);
  memcpy (closure->tramp + ARM_LEGACY_ENTRY, &legacy_entry,
          sizeof legacy_entry);
  /* Make the new code visible to instruction fetch: the data cache
     lines written through closure, the instruction cache lines at
     codeloc, the address it runs from (libgcc asks the kernel, which
     knows the cache geometry).  */
  __builtin___clear_cache ((char *) closure,
                           (char *) closure + FFI_TRAMPOLINE_SIZE);
  if ((void *) closure != codeloc)
    __builtin___clear_cache ((char *) codeloc,
                             (char *) codeloc + FFI_TRAMPOLINE_SIZE);
}

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  if (cif->abi == FFI_SYSV)
    closure->tramp = (void *) stubffi_go_closure_sysv;
  else if (cif->abi == FFI_VFP)
    closure->tramp = (void *) stubffi_go_closure_vfp;
  else
    return FFI_BAD_ABI;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}
