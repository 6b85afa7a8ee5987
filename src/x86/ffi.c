/* SPDX-License-Identifier: MIT */
/* stubffi — i386: classification at prep time and the C half of ffi_call,
   for all seven of libffi's x86-32 conventions.

   The base is the System V i386 ABI as GCC implements it on Linux: every
   argument on the stack in 4-byte units (a struct whose alignment is 16
   or more starts at a multiple of 16), small integers widened to 32 bits,
   results in eax, edx:eax or the x87 st0, and every struct (and complex
   double or long double) result through a hidden pointer passed first on
   the stack, which the callee pops ("ret $4") and returns in eax.  The
   other conventions differ as follows (GCC's x86 function attributes):

     FFI_STDCALL   the callee pops all its stack arguments, hidden
                   pointer included.
     FFI_FASTCALL  the first two integer or pointer arguments of at most
                   4 bytes in ecx, edx; the hidden pointer is the first of
                   them; callee pops.  As GCC does, an argument that goes
                   to the stack uses up its words' worth of registers,
                   unless it is floating (or a struct GCC gives a floating
                   mode): f(long long a, int b) passes b on the stack.
     FFI_THISCALL  the same with ecx only.
     FFI_MS_CDECL  System V, except that the caller pops the hidden
                   pointer (GCC's ms_abi on i386).  On Linux, GCC returns
                   even 1-, 2-, 4- and 8-byte structs through memory
                   under ms_abi, and so do libffi and we.
     FFI_PASCAL    stack arguments pushed left to right (the first one
                   has the highest address), callee pops; the hidden
                   pointer is an extra last argument (lowest address).
     FFI_REGISTER  Borland/Delphi "register": the first three integer or
                   pointer arguments of at most 4 bytes in eax, edx, ecx
                   (other arguments use up none), the rest pushed left to
                   right, callee pops; the hidden pointer is an extra last
                   argument, in the next free register if there is one.

   A variadic function is never callee-pop and never takes register
   arguments (GCC): variadic stdcall is System V, variadic fastcall and
   thiscall are MS cdecl.  The static chain of ffi_call_go is ecx, or eax
   for fastcall and thiscall.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct x86_regs, eax) == X86_FRAME_EAX, "eax");
_Static_assert (offsetof (struct x86_regs, edx) == X86_FRAME_EDX, "edx");
_Static_assert (offsetof (struct x86_regs, ecx) == X86_FRAME_ECX, "ecx");
_Static_assert (sizeof (struct x86_regs) == X86_FRAME_SIZE, "regs size");
_Static_assert (sizeof (ffi_arg) == 4 && FFI_SIZEOF_ARG == 4, "i386");

/* ---- Where arguments go --------------------------------------------- */

/* An integer or pointer of at most 4 bytes: what may travel in a
   register.  */
static int
is_register_candidate (const ffi_type *t)
{
  return t->size <= 4 && t->type != FFI_TYPE_FLOAT
         && t->type != FFI_TYPE_STRUCT && t->type != FFI_TYPE_COMPLEX;
}

/* Whether GCC gives struct t a floating machine mode (SF, DF, XF or a
   complex mode): its only member, possibly through nested one-member
   structs, is a float, double, long double or complex that fills it.  */
static int
struct_has_float_mode (const ffi_type *t)
{
  unsigned depth = 0;

  while (t->type == FFI_TYPE_STRUCT && depth++ < FFI_MAX_TYPE_DEPTH)
    {
      /* A struct declared with its size and no element list: libffi's
         i386 port passes it by its size alone.  */
      const ffi_type *m = t->elements != NULL ? t->elements[0] : NULL;
      if (m == NULL || t->elements[1] != NULL || m->size != t->size)
        return 0;
      t = m;
    }
  return t->type == FFI_TYPE_FLOAT || t->type == FFI_TYPE_DOUBLE
         || t->type == FFI_TYPE_LONGDOUBLE || t->type == FFI_TYPE_COMPLEX;
}

/* Registers a stack argument uses up under GCC's bookkeeping.  */
static unsigned
gcc_words_used (const ffi_type *t)
{
  switch (t->type)
    {
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_LONGDOUBLE:
    case FFI_TYPE_COMPLEX:
      return 0;
    case FFI_TYPE_STRUCT:
      if (struct_has_float_mode (t))
        return 0;
      /* Fall through.  */
    default:
      return (unsigned) ((t->size + 3) / 4);
    }
}

void
x86_walk_start (struct x86_arg_walk *w, unsigned flags)
{
  int sret = (flags & X86_RET_KIND_MASK) == X86_RET_MEMORY;

  w->flags = flags;
  w->nreg = 0;
  w->pos = 0;
  if (sret && (flags & X86_FLAG_SRET_IN_REG))
    {
      /* In slot 0 the pointer comes before the arguments (fastcall,
         thiscall); in a later slot (register) it comes after them.  */
      if (((flags >> X86_SRET_SLOT_SHIFT) & 3) == 0)
        w->nreg = 1;
    }
  else if (sret && !(flags & X86_FLAG_REVERSED))
    w->pos = 4;         /* the pointer is at the lowest address */
}

int
x86_walk_next (struct x86_arg_walk *w, const ffi_type *t, size_t cif_bytes,
               size_t *offset)
{
  unsigned nregs = (w->flags >> X86_NREGS_SHIFT) & X86_NREGS_MASK;
  size_t size = FFI_ALIGN (t->size, 4);

  if (t->type == FFI_TYPE_VOID)
    return X86_ARG_NONE;

  if (nregs != 0)
    {
      if (is_register_candidate (t))
        {
          if (w->nreg < nregs)
            return (int) x86_reg_of_slot (w->flags, w->nreg++);
        }
      else if (w->flags & X86_FLAG_GCC_REGS)
        {
          w->nreg += gcc_words_used (t);
          if (w->nreg > nregs)
            w->nreg = nregs;
        }
    }

  if (w->flags & X86_FLAG_REVERSED)
    {
      /* Left to right: the first argument at the top of the area.  */
      w->pos += size;
      *offset = cif_bytes - w->pos;
    }
  else
    {
      if (t->type == FFI_TYPE_STRUCT && t->alignment >= 16)
        w->pos = FFI_ALIGN (w->pos, 16);
      *offset = w->pos;
      w->pos += size;
    }
  return X86_ARG_STACK;
}

/* ---- Classification -------------------------------------------------- */

/* The return kind for type t, or -1 if it cannot be returned.  */
static int
classify_return (const ffi_type *t)
{
  switch (t->type)
    {
    case FFI_TYPE_VOID:       return X86_RET_VOID;
    case FFI_TYPE_UINT8:      return X86_RET_UINT8;
    case FFI_TYPE_SINT8:      return X86_RET_SINT8;
    case FFI_TYPE_UINT16:     return X86_RET_UINT16;
    case FFI_TYPE_SINT16:     return X86_RET_SINT16;
    case FFI_TYPE_INT:
    case FFI_TYPE_UINT32:
    case FFI_TYPE_SINT32:
    case FFI_TYPE_POINTER:    return X86_RET_INT32;
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:     return X86_RET_INT64;
    case FFI_TYPE_FLOAT:      return X86_RET_FLOAT;
    case FFI_TYPE_DOUBLE:     return X86_RET_DOUBLE;
    case FFI_TYPE_LONGDOUBLE: return X86_RET_LDOUBLE;
    case FFI_TYPE_STRUCT:     return X86_RET_MEMORY;
    case FFI_TYPE_COMPLEX:
      /* A complex value is no aggregate, so GCC returns one of up to 8
         bytes in registers: ax, eax or edx:eax.  Larger ones go through
         memory like a struct.  */
      switch (t->elements[0]->type)
        {
        case FFI_TYPE_UINT8:
        case FFI_TYPE_SINT8:      return X86_RET_STRUCT_2B;
        case FFI_TYPE_UINT16:
        case FFI_TYPE_SINT16:     return X86_RET_INT32;
        case FFI_TYPE_INT:
        case FFI_TYPE_UINT32:
        case FFI_TYPE_SINT32:
        case FFI_TYPE_FLOAT:      return X86_RET_INT64;
        case FFI_TYPE_UINT64:
        case FFI_TYPE_SINT64:
        case FFI_TYPE_DOUBLE:
        case FFI_TYPE_LONGDOUBLE: return X86_RET_MEMORY;
        default:                  return -1;
        }
    default:
      return -1;
    }
}

/* The traits of a convention (X86_NREGS and X86_FLAG_* bits), or 0 for a
   value that is no ABI on this target.  SYSV has bit X86_CONV_VALID so
   that no valid convention is 0.  */
#define X86_CONV_VALID 0x80000000u
#define NREGS(n) ((unsigned) (n) << X86_NREGS_SHIFT)

static unsigned
convention_traits (ffi_abi abi, int variadic)
{
  switch (abi)
    {
    case FFI_SYSV:
      return X86_CONV_VALID | X86_FLAG_SRET_POP;
    case FFI_STDCALL:
      return variadic ? X86_CONV_VALID | X86_FLAG_SRET_POP
                      : X86_CONV_VALID | X86_FLAG_CALLEE_POP;
    case FFI_FASTCALL:
      return variadic ? X86_CONV_VALID | X86_FLAG_CHAIN_EAX
                      : X86_CONV_VALID | NREGS (2) | X86_FLAG_GCC_REGS
                        | X86_FLAG_CALLEE_POP | X86_FLAG_CHAIN_EAX;
    case FFI_THISCALL:
      return variadic ? X86_CONV_VALID | X86_FLAG_CHAIN_EAX
                      : X86_CONV_VALID | NREGS (1) | X86_FLAG_GCC_REGS
                        | X86_FLAG_CALLEE_POP | X86_FLAG_CHAIN_EAX;
    case FFI_MS_CDECL:
      return X86_CONV_VALID;
    case FFI_PASCAL:
      return X86_CONV_VALID | X86_FLAG_REVERSED | X86_FLAG_CALLEE_POP;
    case FFI_REGISTER:
      return X86_CONV_VALID | NREGS (3) | X86_FLAG_REVERSED
             | X86_FLAG_CALLEE_POP;
    default:
      return 0;
    }
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  unsigned traits = convention_traits (cif->abi, nfixed < cif->nargs);
  unsigned flags, nregs, i;
  struct x86_arg_walk w;
  int kind, raw_is_stack;
  size_t ignored;

  /* Every convention here needs each argument's size and place, so the
     generic pass's count saves nothing.  */
  (void) nfp;
  if (traits == 0)
    return FFI_BAD_ABI;
  kind = classify_return (cif->rtype);
  if (kind < 0)
    return FFI_BAD_TYPEDEF;

  flags = (traits & ~X86_CONV_VALID) | (unsigned) kind;
  nregs = (flags >> X86_NREGS_SHIFT) & X86_NREGS_MASK;
  /* Fastcall and thiscall pass the hidden pointer in their first
     register; register decides after the arguments.  */
  if (kind == X86_RET_MEMORY && (flags & X86_FLAG_GCC_REGS))
    flags |= X86_FLAG_SRET_IN_REG;

  x86_walk_start (&w, flags);
  raw_is_stack = !(flags & X86_FLAG_REVERSED);
  for (i = 0; i < cif->nargs; i++)
    {
      const ffi_type *t = cif->arg_types[i];
      if (x86_walk_next (&w, t, 0, &ignored) != X86_ARG_STACK
          || t->type == FFI_TYPE_STRUCT)
        raw_is_stack = 0;
    }

  if (kind == X86_RET_MEMORY && nregs == 3)
    {
      if (w.nreg < nregs)
        flags |= X86_FLAG_SRET_IN_REG | (w.nreg << X86_SRET_SLOT_SHIFT);
      else
        w.pos += 4;     /* pushed last: the lowest address */
    }
  else if (kind == X86_RET_MEMORY && (flags & X86_FLAG_REVERSED))
    w.pos += 4;
  if (raw_is_stack)
    flags |= X86_FLAG_RAW_IS_STACK;

  if (w.pos > 0x7ffffff0u)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) w.pos;
  cif->flags = flags;
  return FFI_OK;
}

/* ---- Calls ----------------------------------------------------------- */

/* An integer or pointer argument of at most 4 bytes, widened as the
   caller must.  */
static uint32_t
widen (const ffi_type *t, const void *v)
{
  switch (t->type)
    {
    case FFI_TYPE_UINT8:  return *(const uint8_t *) v;
    case FFI_TYPE_SINT8:  return (uint32_t) *(const int8_t *) v;
    case FFI_TYPE_UINT16: return *(const uint16_t *) v;
    case FFI_TYPE_SINT16: return (uint32_t) *(const int16_t *) v;
    default:              return *(const uint32_t *) v;
    }
}

/* Where the hidden pointer goes, if the result has one.  */
static void
place_sret (unsigned flags, struct x86_regs *regs, char *stack, void *ptr)
{
  if (flags & X86_FLAG_SRET_IN_REG)
    {
      unsigned slot = (flags >> X86_SRET_SLOT_SHIFT) & 3;
      ((uint32_t *) regs)[x86_reg_of_slot (flags, slot)] = (uintptr_t) ptr;
    }
  else
    memcpy (stack, &ptr, 4);
}

static void
x86_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
          void *chain)
{
  unsigned flags = cif->flags, kind = flags & X86_RET_KIND_MASK, i;
  char *stack = alloca (cif->bytes + 4);
  struct x86_regs regs = { 0, 0, 0 };
  uint32_t scratch[4];
  struct x86_arg_walk w;

  if (flags & X86_FLAG_CHAIN_EAX)
    regs.eax = (uintptr_t) chain;
  else
    regs.ecx = (uintptr_t) chain;

  if (kind == X86_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      place_sret (flags, &regs, stack, rvalue);
    }
  else if (rvalue == NULL)
    rvalue = scratch;   /* an x87 result must still be popped */

  x86_walk_start (&w, flags);
  for (i = 0; i < cif->nargs; i++)
    {
      const ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      size_t off;
      int reg = x86_walk_next (&w, t, cif->bytes, &off);

      if (reg == X86_ARG_NONE)
        continue;               /* avalue[i] is not read */
      if (reg >= 0)
        ((uint32_t *) &regs)[reg] = widen (t, v);
      else if (t->size < 4)
        {
          uint32_t x = widen (t, v);
          memcpy (stack + off, &x, 4);
        }
      else
        memcpy (stack + off, v, t->size);
    }

  stubffi_call_i386 (&regs, stack, cif->bytes, fn, rvalue, kind);
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  x86_call (cif, fn, rvalue, avalue, NULL);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  x86_call (cif, fn, rvalue, avalue, closure);
}

/* The native raw API: where the stack argument area is the raw array
   itself (X86_FLAG_RAW_IS_STACK), it is copied as it is; otherwise the
   arguments are unpacked as for ffi_call.  */
FFI_API void
ffi_raw_call (ffi_cif *cif, void (*fn)(void), void *rvalue, ffi_raw *raw)
{
  unsigned flags = cif->flags, kind = flags & X86_RET_KIND_MASK;
  struct x86_regs regs = { 0, 0, 0 };
  uint32_t scratch[4];
  char *stack;
  size_t skip = 0;

  if (!(flags & X86_FLAG_RAW_IS_STACK))
    {
      void **avalue = alloca (cif->nargs * sizeof (void *));
      ffi_raw_to_ptrarray (cif, raw, avalue);
      ffi_call (cif, fn, rvalue, avalue);
      return;
    }

  stack = alloca (cif->bytes + 4);
  if (kind == X86_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      place_sret (flags, &regs, stack, rvalue);
      if (!(flags & X86_FLAG_SRET_IN_REG))
        skip = 4;
    }
  else if (rvalue == NULL)
    rvalue = scratch;
  memcpy (stack + skip, raw, cif->bytes - skip);
  stubffi_call_i386 (&regs, stack, cif->bytes, fn, rvalue, kind);
}
