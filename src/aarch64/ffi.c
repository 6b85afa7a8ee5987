/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64 (AAPCS64, Linux): classification at prep time and the
   C half of ffi_call.

   The rules are those of the Procedure Call Standard for the Arm 64-bit
   Architecture, section 6.8.2 (parameter passing), as Linux uses it:
   - integers and pointers take the next of x0-x7 (NGRN), floating values
     the next of v0-v7 (NSRN), whole: a long double is a quad in q<n>;
   - an HFA (a struct, array or complex value made of 1 to 4 floats,
     doubles or long doubles) takes consecutive v registers, one per
     member, if that many are left; otherwise NSRN becomes 8 and the HFA
     goes to the stack;
   - any other composite over 16 bytes is copied by the caller and passed
     as a pointer to the copy; one of up to 16 bytes takes consecutive x
     registers (from an even one if it is 16-byte aligned) if enough are
     left, otherwise NGRN becomes 8 and it goes to the stack;
   - on the stack every argument starts at a multiple of 8, or of 16 if
     its alignment is 16 (alignment is capped there), and takes a whole
     number of 8-byte slots;
   - variadic arguments follow the same rules (Apple's differ, Linux's do
     not);
   - results come back in x0/x1 (integers, composites up to 16 bytes), in
     v0-v3 (floating values and HFAs), or are written through x8 to
     memory the caller provides (larger composites).  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct a64_frame, v) == A64_FRAME_V, "frame v");
_Static_assert (offsetof (struct a64_frame, x) == A64_FRAME_X, "frame x");
_Static_assert (offsetof (struct a64_frame, x8) == A64_FRAME_X8, "frame x8");
_Static_assert (offsetof (struct a64_frame, chain) == A64_FRAME_CHAIN,
                "frame chain");
_Static_assert (sizeof (struct a64_frame) == A64_FRAME_SIZE, "frame size");
_Static_assert (A64_AGG_SHIFT + A64_AGG_CACHED * A64_AGG_BITS <= 32,
                "aggregate cache fits cif->flags");
_Static_assert (A64_RET_Q1 + 3 < A64_RET_MEMORY
                && A64_RET_LAST <= A64_RET_KIND_MASK, "return kinds");
_Static_assert (sizeof (long double) == 16, "long double is IEEE quad");

/* ---- Classification ------------------------------------------------- */

/* Walks t for an HFA: every floating leaf must have the type code *base
   (set by the first one); *count counts them.  Returns 0 while t can
   still be part of an HFA, 1 when it cannot, -1 for a malformed type.  */
static int
hfa_walk (ffi_type *t, unsigned short *base, unsigned *count, unsigned depth)
{
  ffi_type **e;

  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH)
    return -1;
  switch (t->type)
    {
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_LONGDOUBLE:
      if (*base == FFI_TYPE_VOID)
        *base = t->type;
      if (*base != t->type || ++*count > 4)
        return 1;
      return 0;
    case FFI_TYPE_COMPLEX:
      /* A complex value is two of its part.  */
      if (t->elements == NULL || t->elements[0] == NULL)
        return -1;
      {
        int r = hfa_walk (t->elements[0], base, count, depth + 1);
        return r != 0 ? r : hfa_walk (t->elements[0], base, count, depth + 1);
      }
    case FFI_TYPE_STRUCT:
      /* A member struct left unsized by a failed layout is no HFA
         member, and libffi does not look inside it.  */
      if (t->size == 0 && depth > 0)
        return 1;
      if (t->elements == NULL || t->elements[0] == NULL)
        return -1;
      for (e = t->elements; *e != NULL; e++)
        {
          int r = hfa_walk (*e, base, count, depth + 1);
          if (r != 0)
            return r;
        }
      return 0;
    default:
      return 1;
    }
}

int
a64_classify_aggregate (ffi_type *t)
{
  unsigned short base = FFI_TYPE_VOID;
  unsigned count = 0;
  int r = hfa_walk (t, &base, &count, 0);

  if (r < 0)
    return -1;
  if (r == 0 && count != 0)
    {
      int agg = base == FFI_TYPE_FLOAT ? A64_AGG_HFA_S
                : base == FFI_TYPE_DOUBLE ? A64_AGG_HFA_D : A64_AGG_HFA_Q;
      /* Members of one type pack without padding; a type that says
         otherwise is no HFA.  */
      if (t->size == count * a64_hfa_member_size (agg))
        return agg;
    }
  return t->size > 16 ? A64_AGG_INDIRECT : A64_AGG_GPR;
}

/* Return kind and flags for the return type, or -1 when malformed.  */
static int
classify_return (ffi_type *t)
{
  int agg;

  switch (t->type)
    {
    case FFI_TYPE_VOID:       return A64_RET_VOID;
    case FFI_TYPE_UINT8:      return A64_RET_UINT8;
    case FFI_TYPE_SINT8:      return A64_RET_SINT8;
    case FFI_TYPE_UINT16:     return A64_RET_UINT16;
    case FFI_TYPE_SINT16:     return A64_RET_SINT16;
    case FFI_TYPE_UINT32:     return A64_RET_UINT32;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32:     return A64_RET_SINT32;
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:
    case FFI_TYPE_POINTER:    return A64_RET_INT64;
    case FFI_TYPE_FLOAT:      return A64_RET_S1;
    case FFI_TYPE_DOUBLE:     return A64_RET_D1;
    case FFI_TYPE_LONGDOUBLE: return A64_RET_Q1;
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      agg = a64_classify_aggregate (t);
      switch (agg)
        {
        case A64_AGG_HFA_S:
          return A64_RET_S1 + (int) (t->size / 4) - 1;
        case A64_AGG_HFA_D:
          return A64_RET_D1 + (int) (t->size / 8) - 1;
        case A64_AGG_HFA_Q:
          return A64_RET_Q1 + (int) (t->size / 16) - 1;
        case A64_AGG_INDIRECT:
          return A64_RET_MEMORY;
        case A64_AGG_GPR:
          if (t->size <= 8)
            return A64_RET_INT64 | (t->size != 8 ? A64_FLAG_RET_PARTIAL : 0);
          return A64_RET_INT128 | (t->size != 16 ? A64_FLAG_RET_PARTIAL : 0);
        default:
          return -1;
        }
    default:
      return -1;
    }
}

/* Where a composite or quad starts on the stack.  */
static size_t
stack_align (size_t off, size_t alignment)
{
  return FFI_ALIGN (off, alignment >= 16 ? 16 : 8);
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  unsigned ngrn = 0, nsrn = 0, naggs = 0, i, flags;
  unsigned long long stack = 0;
  int ret;

  (void) nfixed;        /* variadic arguments follow the same rules */
  if (cif->abi != FFI_SYSV && cif->abi != FFI_WIN64)
    return FFI_BAD_ABI;

  ret = classify_return (cif->rtype);
  if (ret < 0)
    return FFI_BAD_TYPEDEF;
  flags = (unsigned) ret;

  /* Plain scalars: each takes a register of its file while there is one,
     then 8 bytes of stack.  Not when floating-point ones reach the
     stack: there their place follows their size, which a malformed type
     may give as up to 16 (the generic pass takes that).  */
  if (nfp != FFI_ARGS_NOT_PLAIN && nfp <= A64_NVREG)
    {
      unsigned nint = cif->nargs - nfp;
      if (nfp > 0)
        flags |= A64_FLAG_ARG_VREGS;
      if (nint > A64_NGPR)
        stack += 8ull * (nint - A64_NGPR);
      i = cif->nargs;   /* nothing left for the loop below */
    }
  else
    i = 0;
  for (; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_VOID:
          /* libffi takes a void argument and passes nothing for it.  */
          break;

        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
        case FFI_TYPE_LONGDOUBLE:
          if (nsrn < A64_NVREG)
            {
              nsrn++;
              flags |= A64_FLAG_ARG_VREGS;
            }
          else
            stack = stack_align (stack, t->size) + FFI_ALIGN (t->size, 8);
          break;

        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          {
            int agg = a64_classify_aggregate (t);
            unsigned n;
            if (agg < 0)
              return FFI_BAD_TYPEDEF;
            if (naggs < A64_AGG_CACHED)
              flags |= (unsigned) agg << (A64_AGG_SHIFT + naggs * A64_AGG_BITS);
            naggs++;
            switch (agg)
              {
              case A64_AGG_INDIRECT:
                if (ngrn < A64_NGPR)
                  ngrn++;
                else
                  stack += 8;
                break;
              case A64_AGG_GPR:
                n = (unsigned) FFI_ALIGN (t->size, 8) / 8;
                if (t->alignment >= 16)
                  ngrn = (ngrn + 1) & ~1u;
                if (ngrn + n <= A64_NGPR)
                  ngrn += n;
                else
                  {
                    ngrn = A64_NGPR;
                    stack = stack_align (stack, t->alignment)
                            + FFI_ALIGN (t->size, 8);
                  }
                break;
              default:  /* an HFA */
                n = (unsigned) (t->size / a64_hfa_member_size (agg));
                if (nsrn + n <= A64_NVREG)
                  {
                    nsrn += n;
                    flags |= A64_FLAG_ARG_VREGS;
                  }
                else
                  {
                    nsrn = A64_NVREG;
                    stack = stack_align (stack, t->alignment)
                            + FFI_ALIGN (t->size, 8);
                  }
                break;
              }
            break;
          }

        default:        /* integers and pointers */
          if (ngrn < A64_NGPR)
            ngrn++;
          else
            stack += 8;
          break;
        }
    }

  stack = FFI_ALIGN (stack, 16);
  if (stack > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) stack;
  cif->flags = flags;
  return FFI_OK;
}

/* ---- Calls ---------------------------------------------------------- */

static void
a64_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
          void *chain, unsigned call_flags)
{
  struct a64_frame frame;
  unsigned char scratch[A64_CLOSURE_RETBUF_SIZE] __attribute__((aligned (16)));
  unsigned flags = cif->flags, ngrn = 0, nsrn = 0, naggs = 0, i;
  unsigned kind = flags & A64_RET_KIND_MASK;
  char *stack = cif->bytes ? alloca (cif->bytes) : NULL;
  size_t off = 0;
  void *target = rvalue;

  if (kind == A64_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      frame.x8 = (uintptr_t) rvalue;
      target = rvalue;
    }
  else if (rvalue == NULL || (flags & A64_FLAG_RET_PARTIAL))
    target = scratch;
  frame.chain = (uintptr_t) chain;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      uint64_t x;

      switch (t->type)
        {
        case FFI_TYPE_VOID:   /* nothing is passed, avalue[i] not read */
          break;
        case FFI_TYPE_UINT8:  x = *(const uint8_t *) v; goto integer;
        case FFI_TYPE_SINT8:  x = (uint64_t) *(const int8_t *) v; goto integer;
        case FFI_TYPE_UINT16: x = *(const uint16_t *) v; goto integer;
        case FFI_TYPE_SINT16: x = (uint64_t) *(const int16_t *) v; goto integer;
        case FFI_TYPE_UINT32: x = *(const uint32_t *) v; goto integer;
        case FFI_TYPE_INT:
        case FFI_TYPE_SINT32: x = (uint64_t) *(const int32_t *) v; goto integer;
        case FFI_TYPE_UINT64:
        case FFI_TYPE_SINT64:
        case FFI_TYPE_POINTER:
          x = *(const uint64_t *) v;
        integer:
          if (ngrn < A64_NGPR)
            frame.x[ngrn++] = x;
          else
            {
              memcpy (stack + off, &x, 8);
              off += 8;
            }
          break;

        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
        case FFI_TYPE_LONGDOUBLE:
          if (nsrn < A64_NVREG)
            memcpy (frame.v[nsrn++], v, t->size);
          else
            {
              off = stack_align (off, t->size);
              memcpy (stack + off, v, t->size);
              off += FFI_ALIGN (t->size, 8);
            }
          break;

        default: /* FFI_TYPE_STRUCT, FFI_TYPE_COMPLEX */
          {
            int agg = a64_aggregate_class (flags, naggs, t);
            size_t size = t->size;
            unsigned n, k;
            naggs++;
            switch (agg)
              {
              case A64_AGG_INDIRECT:
                {
                  /* The callee may write to its argument: it gets a copy.  */
                  void *copy = alloca (size);
                  memcpy (copy, v, size);
                  x = (uintptr_t) copy;
                  goto integer;
                }
              case A64_AGG_GPR:
                n = (unsigned) FFI_ALIGN (size, 8) / 8;
                if (t->alignment >= 16)
                  ngrn = (ngrn + 1) & ~1u;
                if (ngrn + n <= A64_NGPR)
                  {
                    /* As if loaded with ldr from a 16-byte buffer.  */
                    frame.x[ngrn + n - 1] = 0;
                    memcpy (&frame.x[ngrn], v, size);
                    ngrn += n;
                    break;
                  }
                ngrn = A64_NGPR;
                goto on_stack;
              default:  /* an HFA: one vector register per member */
                {
                  size_t msize = a64_hfa_member_size (agg);
                  n = (unsigned) (size / msize);
                  if (nsrn + n <= A64_NVREG)
                    {
                      for (k = 0; k < n; k++)
                        memcpy (frame.v[nsrn + k], (const char *) v + k * msize,
                                msize);
                      nsrn += n;
                      break;
                    }
                  nsrn = A64_NVREG;
                  goto on_stack;
                }
              on_stack:
                off = stack_align (off, t->alignment);
                memcpy (stack + off, v, size);
                off += FFI_ALIGN (size, 8);
                break;
              }
            break;
          }
        }
    }

  stubffi_call_sysv (&frame, stack, cif->bytes, fn, target,
                     (flags & (A64_RET_KIND_MASK | A64_FLAG_ARG_VREGS))
                     | call_flags);

  if ((flags & A64_FLAG_RET_PARTIAL) && rvalue != NULL)
    memcpy (rvalue, scratch, cif->rtype->size);
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  a64_call (cif, fn, rvalue, avalue, NULL, 0);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  a64_call (cif, fn, rvalue, avalue, closure, A64_CALL_CHAIN);
}
