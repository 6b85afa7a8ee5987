/* SPDX-License-Identifier: MIT */
/* stubffi — the Microsoft x64 calling convention on x86-64 Linux
   (FFI_WIN64 = FFI_EFI64, and FFI_GNUW64): classification at prep time,
   the C half of ffi_call, and the C half of the closure entry.

   These are the conventions of functions declared
   __attribute__((ms_abi)) (Wine, UEFI code, ...).  The rules, from
   Microsoft's x64 calling convention documentation:
   - every argument takes one 8-byte slot, in order; slots 0-3 are passed
     in %rcx, %rdx, %r8, %r9, or in %xmm0-%xmm3 for float and double (the
     register is picked by position, not by counting per file), and the
     caller reserves 32 bytes of shadow space for them; slot 4 onwards is
     on the stack above the shadow space;
   - a value of 1, 2, 4 or 8 bytes is passed in its slot (aggregates as
     integers, whatever their members); anything else is passed as a
     pointer to a copy the caller made, 16-byte aligned;
   - for a variadic callee, a floating argument in slots 0-3 is also in
     the integer register (the call routine always loads both);
   - integers, pointers and aggregates of 1, 2, 4 or 8 bytes come back in
     %rax, float and double in %xmm0; anything else is written through a
     hidden pointer the caller passes in slot 0 (and the callee returns
     in %rax).

   long double.  ffi_type_longdouble is the 16-byte x87 type here, for
   both ABIs.  FFI_GNUW64 matches GCC: GCC 12 compiles
   `long double f (long double) __attribute__((ms_abi))` on x86_64-linux
   to read the argument through the pointer in %rcx/%rdx and to store the
   result through the hidden pointer (`fldt (%rdx); ...; fstpt (%rcx);
   movq %rcx, %rax`), which is simply the size rule above applied to a
   16-byte value.  FFI_WIN64 means "sizeof (long double) == 8" (Microsoft
   compilers, where long double is double), a type that does not exist on
   this platform.  libffi built for Linux passes a long double argument by
   reference under both ABIs (its size is 16) and, for a long double
   result under FFI_WIN64, calls abort() in ffi_call.  We pass arguments
   as libffi does and, instead of aborting, return the result the same
   way as FFI_GNUW64: it is what the size rule of Microsoft's
   documentation gives for a 16-byte value, and what GCC does.  (Clang 14
   differs: its ms_abi on Linux returns an x87 long double in %st0.)  So
   FFI_WIN64 and FFI_GNUW64 behave identically here.  */

#include "ffi_common.h"
#include "internalw64.h"

#include <alloca.h>
#include <string.h>

_Static_assert (WIN64_CLOSURE_RETBUF >= WIN64_CLOSURE_FARGS + WIN64_NREG * 8
                && WIN64_CLOSURE_XMM_SAVE >= WIN64_CLOSURE_RETBUF + 16
                && WIN64_CLOSURE_XMM_SAVE % 16 == 0
                && WIN64_CLOSURE_FRAME == WIN64_CLOSURE_XMM_SAVE + 10 * 16
                && WIN64_CLOSURE_FRAME % 16 == 0, "closure frame");
_Static_assert (WIN64_RET_LAST <= WIN64_RET_KIND_MASK, "return kinds fit");

/* ---- Classification ------------------------------------------------- */

/* Whether a value of this size travels in its slot rather than by
   reference.  */
static inline int
fits_slot (size_t size)
{
  return size == 1 || size == 2 || size == 4 || size == 8;
}

/* Return kind and flags, or -1 for a type the convention has no rule
   for.  */
static int
classify_return (ffi_type *t)
{
  switch (t->type)
    {
    case FFI_TYPE_VOID:       return WIN64_RET_VOID;
    case FFI_TYPE_UINT8:      return WIN64_RET_UINT8;
    case FFI_TYPE_SINT8:      return WIN64_RET_SINT8;
    case FFI_TYPE_UINT16:     return WIN64_RET_UINT16;
    case FFI_TYPE_SINT16:     return WIN64_RET_SINT16;
    case FFI_TYPE_UINT32:     return WIN64_RET_UINT32;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32:     return WIN64_RET_SINT32;
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:
    case FFI_TYPE_POINTER:    return WIN64_RET_INT64;
    case FFI_TYPE_FLOAT:      return WIN64_RET_FLOAT;
    case FFI_TYPE_DOUBLE:     return WIN64_RET_DOUBLE;
    case FFI_TYPE_LONGDOUBLE: /* 16 bytes: see the comment at the top */
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      switch (t->size)
        {
        case 1:  return WIN64_RET_STRUCT_1;
        case 2:  return WIN64_RET_STRUCT_2;
        case 4:  return WIN64_RET_STRUCT_4;
        case 8:  return WIN64_RET_INT64;
        default: return WIN64_RET_MEMORY | WIN64_FLAG_RET_IN_MEM;
        }
    default:
      return -1;
    }
}

ffi_status
stubffi_win64_prep_cif (ffi_cif *cif, unsigned nfixed)
{
  unsigned long long nslots;
  int ret;

  /* Variadic arguments take their slots like fixed ones; that floating
     ones must also be in the integer registers is handled by the call
     routine, which loads every register slot into both files.  */
  (void) nfixed;

  ret = classify_return (cif->rtype);
  if (ret < 0)
    return FFI_BAD_TYPEDEF;

  nslots = (unsigned long long) cif->nargs
           + ((ret & WIN64_FLAG_RET_IN_MEM) != 0);
  if (nslots < WIN64_NREG)
    nslots = WIN64_NREG;
  nslots = FFI_ALIGN (nslots, 2);       /* keep %rsp 16-byte aligned */
  if (nslots * 8 > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;

  cif->bytes = (unsigned) (nslots * 8);
  cif->flags = (unsigned) ret;
  return FFI_OK;
}

/* ---- Calls ---------------------------------------------------------- */

void
stubffi_win64_call (ffi_cif *cif, void (*fn)(void), void *rvalue,
                    void **avalue, void *chain)
{
  unsigned flags = cif->flags, nslots = cif->bytes / 8, s = 0, i;
  uint64_t *slots = alloca (cif->bytes);
  uint64_t scratch;

  if (flags & WIN64_FLAG_RET_IN_MEM)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      slots[s++] = (uintptr_t) rvalue;
    }
  else if (rvalue == NULL)
    rvalue = &scratch;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      uint64_t x;

      switch (t->type)
        {
        /* Integers are widened to the whole slot, which no callee may
           rely on but costs nothing.  */
        case FFI_TYPE_UINT8:  x = *(const uint8_t *) v; break;
        case FFI_TYPE_SINT8:  x = (uint64_t) *(const int8_t *) v; break;
        case FFI_TYPE_UINT16: x = *(const uint16_t *) v; break;
        case FFI_TYPE_SINT16: x = (uint64_t) *(const int16_t *) v; break;
        case FFI_TYPE_UINT32: x = *(const uint32_t *) v; break;
        case FFI_TYPE_INT:
        case FFI_TYPE_SINT32: x = (uint64_t) *(const int32_t *) v; break;
        case FFI_TYPE_FLOAT:  x = *(const uint32_t *) v; break;
        case FFI_TYPE_UINT64:
        case FFI_TYPE_SINT64:
        case FFI_TYPE_POINTER:
        case FFI_TYPE_DOUBLE: x = *(const uint64_t *) v; break;

        default: /* FFI_TYPE_STRUCT, FFI_TYPE_COMPLEX, FFI_TYPE_LONGDOUBLE */
          if (fits_slot (t->size))
            {
              x = 0;
              memcpy (&x, v, t->size);
            }
          else
            {
              /* The callee owns the copy and may change it; the
                 caller's value must not change.  */
              size_t align = t->alignment > 16 ? t->alignment : 16;
              char *copy = alloca (t->size + align - 1);
              copy = (char *) FFI_ALIGN ((uintptr_t) copy, align);
              memcpy (copy, v, t->size);
              x = (uintptr_t) copy;
            }
          break;
        }
      slots[s++] = x;
    }
  /* Unused register slots and padding: defined values, not stack junk. */
  while (s < nslots)
    slots[s++] = 0;

  stubffi_call_win64 (slots, cif->bytes, fn, rvalue,
                      flags & WIN64_RET_KIND_MASK, chain);
}

/* ---- Closures ------------------------------------------------------- */

typedef void (*closure_fun) (ffi_cif *, void *, void **, void *);

unsigned stubffi_closure_win64_inner (ffi_cif *cif, closure_fun fun,
                                      void *user_data, uint64_t *slots,
                                      uint64_t *fargs, uint64_t *retbuf)
  FFI_HIDDEN;

/* Called by the closure entry (win64.S) with the caller's slots (its
   register arguments homed into the shadow space, then its stack
   arguments), the incoming %xmm0-%xmm3, and a result buffer.  Returns
   the return kind, by which the entry loads the result registers.  */
unsigned
stubffi_closure_win64_inner (ffi_cif *cif, closure_fun fun, void *user_data,
                             uint64_t *slots, uint64_t *fargs,
                             uint64_t *retbuf)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  unsigned flags = cif->flags, s = 0, i;
  void *ret = retbuf;

  if (flags & WIN64_FLAG_RET_IN_MEM)
    {
      /* The handler writes straight into the caller's buffer, whose
         address also goes back in %rax.  */
      ret = (void *) (uintptr_t) slots[0];
      retbuf[0] = slots[0];
      s = 1;
    }

  for (i = 0; i < cif->nargs; i++, s++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
          /* A variadic caller puts it in the integer register as well,
             but the vector register always has it.  */
          avalue[i] = s < WIN64_NREG ? (void *) &fargs[s] : &slots[s];
          break;
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
        case FFI_TYPE_LONGDOUBLE:
          if (fits_slot (t->size))
            avalue[i] = &slots[s];
          else
            avalue[i] = (void *) (uintptr_t) slots[s];   /* the caller's copy */
          break;
        default:        /* integers and pointers, in the slot's low bytes */
          avalue[i] = &slots[s];
          break;
        }
    }

  fun (cif, ret, avalue, user_data);
  return flags & WIN64_RET_KIND_MASK;
}
