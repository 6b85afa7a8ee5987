/* SPDX-License-Identifier: MIT */
/* stubffi — 32-bit Arm (AAPCS, Linux): classification at prep time and
   the C half of ffi_call.

   The rules are those of the Procedure Call Standard for the Arm
   Architecture (AAPCS), section 6.5 "Parameter Passing":
   - Stage C.1/C.2, FFI_VFP only: a co-processor register candidate
     (CPRC: a float, a double, or a homogeneous aggregate of 1 to 4 of
     one of them, complex values included) takes the lowest-numbered run
     of free VFP registers that holds it: single s registers for floats
     (back-filling the gap a double's alignment left), even-aligned
     pairs (d registers) for doubles.  If there is none, every VFP
     register becomes unavailable and the value goes to the stack;
   - C.3: a value with 8-byte alignment starts at an even core register;
   - C.4: it takes the next core registers if it fits;
   - C.5: else, while nothing is on the stack yet, a composite is split
     between the remaining core registers and the stack;
   - C.6-C.8: else it goes to the stack, 8-aligned if its alignment is 8,
     in whole words;
   - values narrower than a word are widened to one;
   - results: a composite of up to 4 bytes in r0, a larger one through
     the memory r0 points at; with FFI_VFP a CPRC in s0-s7/d0-d3; other
     values in r0 (and r1).
   Variadic calls use the base standard: ffi_prep_cif_var records them as
   FFI_SYSV (src/prep_cif.c), as libffi does.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct arm_call_frame, d) == ARM_CALL_D, "d");
_Static_assert (offsetof (struct arm_call_frame, ret) == ARM_CALL_RET, "ret");
_Static_assert (offsetof (struct arm_call_frame, args) == ARM_CALL_ARGS,
                "args");
_Static_assert (offsetof (struct arm_call_frame, stack_bytes)
                == ARM_CALL_STACKBYTES, "stack bytes");
_Static_assert (offsetof (struct arm_call_frame, fn) == ARM_CALL_FN, "fn");
_Static_assert (offsetof (struct arm_call_frame, flags) == ARM_CALL_FLAGS,
                "flags");
_Static_assert (offsetof (struct arm_call_frame, chain) == ARM_CALL_CHAINP,
                "chain");
_Static_assert (sizeof (struct arm_call_frame) == ARM_CALL_SIZE, "size");
_Static_assert (sizeof (long double) == sizeof (double),
                "long double is double on Arm EABI");

/* ---- Classification ------------------------------------------------- */

/* Walks t for a homogeneous aggregate of floats or doubles: every leaf
   must have the type code *base (set by the first); *count counts them.
   Returns 0 while t can be one, 1 when it cannot.  */
static int
hfa_walk (const ffi_type *t, unsigned short *base, unsigned *count,
          unsigned depth)
{
  ffi_type **e;

  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH)
    return 1;
  switch (t->type)
    {
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
      if (*base == FFI_TYPE_VOID)
        *base = t->type;
      return *base != t->type || ++*count > 4;
    case FFI_TYPE_COMPLEX:
      /* Two of its part.  */
      if (t->elements == NULL || t->elements[0] == NULL)
        return 1;
      return hfa_walk (t->elements[0], base, count, depth + 1)
             || hfa_walk (t->elements[0], base, count, depth + 1);
    case FFI_TYPE_STRUCT:
      if (t->elements == NULL || t->elements[0] == NULL)
        return 1;
      for (e = t->elements; *e != NULL; e++)
        if (hfa_walk (*e, base, count, depth + 1))
          return 1;
      return 0;
    default:
      return 1;
    }
}

/* If t is a CPRC of the VFP variant, the number of s registers one of
   its elements takes (1 for floats, 2 for doubles) and, in *count, how
   many elements it has; 0 otherwise.  */
static unsigned
vfp_candidate (const ffi_type *t, unsigned *count)
{
  unsigned short base = FFI_TYPE_VOID;
  unsigned n = 0;

  if (t->type == FFI_TYPE_FLOAT || t->type == FFI_TYPE_DOUBLE)
    {
      *count = 1;
      return t->type == FFI_TYPE_FLOAT ? 1 : 2;
    }
  if (t->type != FFI_TYPE_STRUCT && t->type != FFI_TYPE_COMPLEX)
    return 0;
  if (hfa_walk (t, &base, &n, 0) || n == 0)
    return 0;
  /* Members of one type pack without padding; a type that says
     otherwise is no homogeneous aggregate.  */
  if (t->size != n * (base == FFI_TYPE_FLOAT ? 4u : 8u))
    return 0;
  *count = n;
  return base == FFI_TYPE_FLOAT ? 1 : 2;
}

size_t
arm_place (struct arm_alloc *a, ffi_type *t, int *in_vfp)
{
  size_t words = (t->size + 3) / 4, off;
  unsigned count, shift;
  int dword = t->alignment >= 8;

  if (a->vfp && (shift = vfp_candidate (t, &count)) != 0)
    {
      unsigned need = count * shift, mask = (1u << need) - 1, r;
      /* C.1: the lowest free run, aligned to the element's size.  */
      for (r = 0; r + need <= ARM_NVFP_S; r += shift)
        if (((a->vfp_free >> r) & mask) == mask)
          {
            a->vfp_free &= ~(mask << r);
            *in_vfp = 1;
            return 4 * (size_t) r;
          }
      /* C.2: no back-filling after this.  */
      a->vfp_free = 0;
      a->nsaa = (unsigned) FFI_ALIGN (a->nsaa, dword ? 8 : 4);
      off = 4 * ARM_NCORE + a->nsaa;
      a->nsaa += (unsigned) (4 * words);
      *in_vfp = 0;
      return off;
    }

  *in_vfp = 0;
  if (dword)                                    /* C.3 */
    a->ncrn = (a->ncrn + 1) & ~1u;
  if (words <= ARM_NCORE - a->ncrn)             /* C.4 */
    {
      off = 4 * (size_t) a->ncrn;
      a->ncrn += (unsigned) words;
      return off;
    }
  if (a->ncrn < ARM_NCORE && a->nsaa == 0)      /* C.5 */
    {
      off = 4 * (size_t) a->ncrn;
      a->nsaa = (unsigned) (4 * (words - (ARM_NCORE - a->ncrn)));
      a->ncrn = ARM_NCORE;
      return off;
    }
  a->ncrn = ARM_NCORE;                          /* C.6-C.8 */
  a->nsaa = (unsigned) FFI_ALIGN (a->nsaa, dword ? 8 : 4);
  off = 4 * ARM_NCORE + a->nsaa;
  a->nsaa += (unsigned) (4 * words);
  return off;
}

/* Return kind and flags for the return type.  */
static unsigned
classify_return (ffi_type *t, int vfp)
{
  unsigned count;

  switch (t->type)
    {
    case FFI_TYPE_VOID:       return ARM_RET_VOID;
    case FFI_TYPE_UINT8:      return ARM_RET_UINT8;
    case FFI_TYPE_SINT8:      return ARM_RET_SINT8;
    case FFI_TYPE_UINT16:     return ARM_RET_UINT16;
    case FFI_TYPE_SINT16:     return ARM_RET_SINT16;
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:     return ARM_RET_INT64;
    case FFI_TYPE_FLOAT:
      return vfp ? ARM_RET_VFP | ARM_FLAG_VFP_RET : ARM_RET_INT32;
    case FFI_TYPE_DOUBLE:
      return vfp ? ARM_RET_VFP | ARM_FLAG_VFP_RET : ARM_RET_INT64;
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      if (vfp && vfp_candidate (t, &count))
        return ARM_RET_VFP | ARM_FLAG_VFP_RET;
      return t->size <= 4 ? ARM_RET_SMALL : ARM_RET_MEMORY;
    default:                  /* 32-bit integers, pointers */
      return ARM_RET_INT32;
    }
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  struct arm_alloc a = { 0, 0, 0xffffu, 0 };
  unsigned flags, i, nvfp = 0;

  (void) nfixed;        /* variadic cifs arrive as FFI_SYSV */
  (void) nfp;
  if (cif->abi != FFI_SYSV && cif->abi != FFI_VFP)
    return FFI_BAD_ABI;
  a.vfp = cif->abi == FFI_VFP;

  flags = classify_return (cif->rtype, a.vfp);
  if ((flags & ARM_RET_KIND_MASK) == ARM_RET_MEMORY)
    a.ncrn = 1;         /* r0 holds the result's address */

  memset (cif->vfp_args, -1, sizeof cif->vfp_args);
  for (i = 0; i < cif->nargs; i++)
    {
      int in_vfp;
      size_t off;
      /* libffi takes a void argument; nothing is passed for it (as on
         x86-64 and aarch64).  */
      if (cif->arg_types[i]->type == FFI_TYPE_VOID)
        continue;
      off = arm_place (&a, cif->arg_types[i], &in_vfp);
      if (in_vfp)
        {
          flags |= ARM_FLAG_VFP_ARGS;
          if (nvfp < sizeof cif->vfp_args)
            cif->vfp_args[nvfp] = (signed char) (off / 4);
          nvfp++;
        }
      if (a.nsaa > 0x7fffffffu)
        return FFI_BAD_TYPEDEF;
    }

  cif->vfp_used = (flags & ARM_FLAG_VFP_ARGS) != 0;
  cif->vfp_reg_free = (unsigned short) a.vfp_free;
  cif->vfp_nargs = (unsigned short) nvfp;
  /* The stack stays 8-byte aligned at the call.  */
  cif->bytes = (unsigned) FFI_ALIGN (a.nsaa, 8);
  cif->flags = flags;
  return FFI_OK;
}

/* ---- Calls ---------------------------------------------------------- */

static void
arm_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
          void *chain, unsigned call_flags)
{
  struct arm_call_frame frame;
  struct arm_alloc a = { 0, 0, 0xffffu, cif->abi == FFI_VFP };
  unsigned flags = cif->flags, kind = flags & ARM_RET_KIND_MASK, i;
  char *args = alloca (4 * ARM_NCORE + cif->bytes);

  if (kind == ARM_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      memcpy (args, &rvalue, 4);
      a.ncrn = 1;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      int in_vfp;
      size_t off;
      char *dst;
      uint32_t w;

      if (t->type == FFI_TYPE_VOID)     /* nothing; avalue[i] not read */
        continue;
      off = arm_place (&a, t, &in_vfp);
      dst = in_vfp ? (char *) frame.d + off : args + off;

      switch (t->type)
        {
        case FFI_TYPE_UINT8:  w = *(const uint8_t *) v; goto word;
        case FFI_TYPE_SINT8:  w = (uint32_t) *(const int8_t *) v; goto word;
        case FFI_TYPE_UINT16: w = *(const uint16_t *) v; goto word;
        case FFI_TYPE_SINT16: w = (uint32_t) *(const int16_t *) v; goto word;
        word:
          memcpy (dst, &w, 4);
          break;
        default:
          memcpy (dst, v, t->size);
          /* A composite's last word is whole in the register or slot
             (as if loaded by ldm): no stale bytes after its end.  */
          if (t->size % 4 != 0)
            memset (dst + t->size, 0, 4 - t->size % 4);
          break;
        }
    }

  frame.args = args;
  frame.stack_bytes = cif->bytes;
  frame.fn = fn;
  frame.flags = (flags & (ARM_FLAG_VFP_ARGS | ARM_FLAG_VFP_RET)) | call_flags;
  frame.chain = chain;
  stubffi_call_arm (&frame);

  if (rvalue == NULL)
    return;
  switch (kind)
    {
    case ARM_RET_VOID:
    case ARM_RET_MEMORY:
      break;
    case ARM_RET_UINT8:
      *(ffi_arg *) rvalue = (uint8_t) frame.ret[0];
      break;
    case ARM_RET_SINT8:
      *(ffi_sarg *) rvalue = (int8_t) frame.ret[0];
      break;
    case ARM_RET_UINT16:
      *(ffi_arg *) rvalue = (uint16_t) frame.ret[0];
      break;
    case ARM_RET_SINT16:
      *(ffi_sarg *) rvalue = (int16_t) frame.ret[0];
      break;
    case ARM_RET_INT32:
      memcpy (rvalue, frame.ret, 4);
      break;
    case ARM_RET_INT64:
      memcpy (rvalue, frame.ret, 8);
      break;
    case ARM_RET_SMALL:
      memcpy (rvalue, frame.ret, cif->rtype->size);
      break;
    default:    /* ARM_RET_VFP: s0.. or d0.. one after the other */
      memcpy (rvalue, frame.d, cif->rtype->size);
      break;
    }
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  arm_call (cif, fn, rvalue, avalue, NULL, 0);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  arm_call (cif, fn, rvalue, avalue, closure, ARM_CALL_CHAIN);
}
