/* SPDX-License-Identifier: MIT */
/* stubffi — i386 closures: the C half of the closure entries, the
   architecture hooks of ffi_prep_closure_loc, Go closures and the native
   raw closures.

   An entry (sysv.S) has saved eax, edx and ecx in a struct
   x86_closure_frame; the caller's stack arguments start right above the
   return address.  Arguments are found where ffi_call would have put
   them (x86_walk_next), and the entry pops what the convention says the
   callee pops.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (ffi_closure, cif) == X86_CLOSURE_CIF, "cif");
_Static_assert (offsetof (ffi_closure, fun) == X86_CLOSURE_FUN, "fun");
_Static_assert (offsetof (ffi_closure, user_data) == X86_CLOSURE_USER_DATA,
                "user_data");
_Static_assert (offsetof (ffi_raw_closure, cif) == X86_CLOSURE_CIF
                && offsetof (ffi_raw_closure, fun) == X86_CLOSURE_FUN
                && offsetof (ffi_raw_closure, user_data)
                   == X86_CLOSURE_USER_DATA, "raw closure layout");
_Static_assert (offsetof (ffi_go_closure, cif) == X86_GO_CLOSURE_CIF,
                "go cif");
_Static_assert (offsetof (ffi_go_closure, fun) == X86_GO_CLOSURE_FUN,
                "go fun");
_Static_assert (offsetof (struct x86_closure_frame, outgoing)
                == X86_CLOSURE_OUTGOING, "frame outgoing");
_Static_assert (offsetof (struct x86_closure_frame, regs)
                == X86_CLOSURE_REGS, "frame regs");
_Static_assert (offsetof (struct x86_closure_frame, result)
                == X86_CLOSURE_RESULT, "frame result");
_Static_assert (offsetof (struct x86_closure_frame, retbuf)
                == X86_CLOSURE_RETBUF, "frame retbuf");
_Static_assert (sizeof (struct x86_closure_frame) == X86_CLOSURE_FRAME
                && X86_CLOSURE_FRAME % 16 == 0, "frame size");
_Static_assert (X86_LEGACY_SIZE <= FFI_TRAMPOLINE_SIZE,
                "legacy trampoline fits");

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);
typedef void (*raw_closure_fun) (ffi_cif *, void *, ffi_raw *, void *);

unsigned stubffi_closure_i386_inner (void *closure,
                                     struct x86_closure_frame *frame,
                                     char *stack, unsigned mode) FFI_HIDDEN;

/* Decodes the arguments into avalue, as ffi_call placed them.  */
static void
find_arguments (ffi_cif *cif, struct x86_closure_frame *frame, char *stack,
                void **avalue)
{
  struct x86_arg_walk w;
  unsigned i;

  x86_walk_start (&w, cif->flags);
  for (i = 0; i < cif->nargs; i++)
    {
      size_t off;
      int reg = x86_walk_next (&w, cif->arg_types[i], cif->bytes, &off);
      /* A void argument was not passed: the handler gets a pointer
         that is safe to read.  */
      avalue[i] = reg >= 0 ? (void *) ((uint32_t *) &frame->regs + reg)
                  : reg == X86_ARG_NONE ? (void *) frame->retbuf
                  : (void *) (stack + off);
    }
}

/* Called by the entries with the closure (an ffi_go_closure in
   X86_MODE_GO), the frame, the caller's stack arguments and the mode.
   Returns the return kind and, from X86_CLOSURE_POP_SHIFT, the number of
   argument bytes the entry must pop.  */
unsigned
stubffi_closure_i386_inner (void *closure, struct x86_closure_frame *frame,
                            char *stack, unsigned mode)
{
  ffi_cif *cif;
  void *fun, *user_data, *rvalue = frame->retbuf;
  unsigned flags, kind, pop = 0;

  if (mode == X86_MODE_GO)
    {
      ffi_go_closure *gc = closure;
      cif = gc->cif;
      fun = (void *) gc->fun;
      user_data = gc;
    }
  else
    {
      ffi_closure *cl = closure;
      cif = cl->cif;
      fun = (void *) cl->fun;
      user_data = cl->user_data;
    }
  flags = cif->flags;
  kind = flags & X86_RET_KIND_MASK;

  if (kind == X86_RET_MEMORY)
    {
      /* The handler writes straight into the caller's buffer, whose
         address also goes back in eax.  */
      if (flags & X86_FLAG_SRET_IN_REG)
        {
          unsigned slot = (flags >> X86_SRET_SLOT_SHIFT) & 3;
          rvalue = (void *) (uintptr_t)
            ((uint32_t *) &frame->regs)[x86_reg_of_slot (flags, slot)];
        }
      else
        memcpy (&rvalue, stack, 4);
      memcpy (frame->retbuf, &rvalue, 4);
      if (flags & X86_FLAG_SRET_POP)
        pop = 4;
    }
  if (flags & X86_FLAG_CALLEE_POP)
    pop = cif->bytes;

  if (mode == X86_MODE_RAW)
    {
      ffi_raw *raw;
      if (flags & X86_FLAG_RAW_IS_STACK)
        {
          /* The stack arguments are the raw array.  */
          int sret_on_stack = kind == X86_RET_MEMORY
                              && !(flags & X86_FLAG_SRET_IN_REG);
          raw = (ffi_raw *) (stack + (sret_on_stack ? 4 : 0));
        }
      else
        {
          void **avalue = alloca (cif->nargs * sizeof (void *));
          find_arguments (cif, frame, stack, avalue);
          raw = alloca (ffi_raw_size (cif) + sizeof (ffi_raw));
          ffi_ptrarray_to_raw (cif, avalue, raw);
        }
      ((raw_closure_fun) fun) (cif, rvalue, raw, user_data);
    }
  else
    {
      void **avalue = alloca (cif->nargs * sizeof (void *));
      find_arguments (cif, frame, stack, avalue);
      ((closure_fun) fun) (cif, rvalue, avalue, user_data);
    }
  return kind | pop << X86_CLOSURE_POP_SHIFT;
}

/* ---- ffi_prep_closure_loc's hooks -------------------------------------- */

static int
is_x86_abi (ffi_abi abi)
{
  switch (abi)
    {
    case FFI_SYSV:
    case FFI_THISCALL:
    case FFI_FASTCALL:
    case FFI_STDCALL:
    case FFI_PASCAL:
    case FFI_REGISTER:
    case FFI_MS_CDECL:
      return 1;
    default:
      return 0;
    }
}

void *
ffi_closure_arch_entry (ffi_cif *cif)
{
  /* One entry: the C half reads the convention.  */
  return is_x86_abi (cif->abi) ? (void *) stubffi_closure_i386 : NULL;
}

void
ffi_closure_arch_legacy (ffi_closure *closure, void *entry, void *codeloc)
{
  unsigned char *t = (unsigned char *) closure->tramp;
  uint32_t target = (uint32_t) (uintptr_t) entry + X86_ENTRY_LEGACY_OFFSET;
  uint32_t imm = (uint32_t) (uintptr_t) closure;
  uint32_t rel = target - ((uint32_t) (uintptr_t) codeloc + X86_LEGACY_SIZE);

  t[0] = 0xf3; t[1] = 0x0f; t[2] = 0x1e; t[3] = 0xfb;  /* endbr32 */
  t[4] = 0x50;                                          /* pushl %eax */
  t[5] = 0xb8;                                          /* movl $imm, %eax */
  memcpy (t + 6, &imm, 4);
  t[10] = 0xe9;                                         /* jmp rel32 */
  memcpy (t + 11, &rel, 4);
  t[15] = 0xcc;                                         /* int3 */
}

/* ---- Go closures ----------------------------------------------------- */

FFI_API ffi_status
ffi_prep_go_closure (ffi_go_closure *closure, ffi_cif *cif,
                     void (*fun) (ffi_cif *, void *, void **, void *))
{
  if (closure == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  /* GCC has no static chain for the register convention, and all three
     argument registers may be taken.  */
  if (!is_x86_abi (cif->abi) || cif->abi == FFI_REGISTER)
    return FFI_BAD_ABI;
  closure->tramp = (cif->flags & X86_FLAG_CHAIN_EAX)
                   ? (void *) stubffi_go_closure_eax
                   : (void *) stubffi_go_closure_ecx;
  closure->cif = cif;
  closure->fun = fun;
  return FFI_OK;
}

/* ---- Native raw closures ------------------------------------------------ */

/* As ffi_prep_closure_loc, with the raw entry: the handler gets the
   arguments as an ffi_raw array.  */
FFI_API ffi_status
ffi_prep_raw_closure_loc (ffi_raw_closure *cl, ffi_cif *cif,
                          void (*fun) (ffi_cif *, void *, ffi_raw *, void *),
                          void *user_data, void *codeloc)
{
  void *entry = (void *) stubffi_closure_raw_i386;
  struct ffi_tramp_slot *slot;

  if (cl == NULL || cif == NULL)
    return FFI_BAD_TYPEDEF;
  if (!is_x86_abi (cif->abi))
    return FFI_BAD_ABI;
  cl->cif = cif;
  cl->fun = fun;
  cl->user_data = user_data;

  slot = ffi_tramp_lookup (codeloc);
  if (slot != NULL)
    ffi_tramp_set (slot, entry, cl);
  else
    ffi_closure_arch_legacy ((ffi_closure *) cl, entry, codeloc);
  return FFI_OK;
}

FFI_API ffi_status
ffi_prep_raw_closure (ffi_raw_closure *cl, ffi_cif *cif,
                      void (*fun) (ffi_cif *, void *, ffi_raw *, void *),
                      void *user_data)
{
  return ffi_prep_raw_closure_loc (cl, cif, fun, user_data, cl);
}
