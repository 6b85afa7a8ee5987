/* SPDX-License-Identifier: MIT */
/* stubffi — s390x (Linux): classification and the C half of ffi_call.

   The rules are those of the s390x ELF ABI supplement, as GCC implements
   them (checked by the generated tests):
   - integers and pointers take the next of r2-r6, extended to 64 bits;
     then an 8-byte stack slot from 160 in the caller's frame;
   - float and double take the next of f0, f2, f4, f6 (a float in the left
     half), then a slot, right-justified (a float at +4);
   - a struct whose only leaf is one float or double (at any depth) and
     that has its size travels as that value; any other struct of 1, 2, 4
     or 8 bytes travels as an integer, its bytes right-justified
     (big-endian); every other struct, every complex value and long
     double (16 bytes) are passed as a pointer to a copy;
   - variadic arguments follow the same rules;
   - results: integers extended in r2, float or double in f0, everything
     else through a hidden pointer, the first argument, in r2.
   Narrow integer results fill a whole ffi_arg (libffi's rule), which on
   a big-endian machine puts the value in the last bytes of rvalue.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct s390_call, fpr) == S390_CALL_FPR, "fpr");
_Static_assert (offsetof (struct s390_call, stack) == S390_CALL_STACK, "stk");
_Static_assert (offsetof (struct s390_call, bytes) == S390_CALL_BYTES, "bytes");
_Static_assert (offsetof (struct s390_call, fn) == S390_CALL_FN, "fn");
_Static_assert (offsetof (struct s390_call, chain) == S390_CALL_CHAIN, "chain");
_Static_assert (offsetof (struct s390_call, r2) == S390_CALL_R2, "r2");
_Static_assert (offsetof (struct s390_call, f0) == S390_CALL_F0, "f0");
_Static_assert (sizeof (struct s390_call) == S390_CALL_SIZE, "size");

/* The type code of t's only floating leaf, if it has exactly one leaf and
   that is a float or double; 0 otherwise.  */
static int
single_fp_leaf (ffi_type *t, unsigned depth)
{
  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH)
    return 0;
  if (t->type == FFI_TYPE_FLOAT || t->type == FFI_TYPE_DOUBLE)
    return t->type;
  if (t->type == FFI_TYPE_STRUCT && t->elements != NULL
      && t->elements[0] != NULL && t->elements[1] == NULL)
    return single_fp_leaf (t->elements[0], depth + 1);
  return 0;
}

int
s390_classify (ffi_type *t)
{
  int leaf;

  switch (t->type)
    {
    case FFI_TYPE_VOID:
      return S390_CLS_NONE;
    case FFI_TYPE_FLOAT:
      return S390_CLS_FLOAT;
    case FFI_TYPE_DOUBLE:
      return S390_CLS_DOUBLE;
    case FFI_TYPE_LONGDOUBLE:
    case FFI_TYPE_COMPLEX:
      return S390_CLS_REF;
    case FFI_TYPE_STRUCT:
      leaf = single_fp_leaf (t, 0);
      if (leaf == FFI_TYPE_FLOAT && t->size == 4)
        return S390_CLS_FLOAT;
      if (leaf == FFI_TYPE_DOUBLE && t->size == 8)
        return S390_CLS_DOUBLE;
      if (t->size == 1 || t->size == 2 || t->size == 4 || t->size == 8)
        return S390_CLS_INT;
      return S390_CLS_REF;
    default:
      return S390_CLS_INT;
    }
}

int
s390_return_kind (ffi_type *t)
{
  switch (t->type)
    {
    case FFI_TYPE_VOID:       return S390_RET_VOID;
    case FFI_TYPE_FLOAT:      return S390_RET_FLOAT;
    case FFI_TYPE_DOUBLE:     return S390_RET_DOUBLE;
    case FFI_TYPE_LONGDOUBLE:
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:    return S390_RET_MEMORY;
    default:                  return S390_RET_INT;
    }
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  unsigned ngpr = 0, nfpr = 0, i;
  unsigned long long stack = 0;
  int ret;

  (void) nfixed;        /* variadic arguments follow the same rules */
  (void) nfp;
  if (cif->abi != FFI_SYSV)
    return FFI_BAD_ABI;
  ret = s390_return_kind (cif->rtype);
  if (ret == S390_RET_MEMORY)
    ngpr = 1;
  for (i = 0; i < cif->nargs; i++)
    switch (s390_classify (cif->arg_types[i]))
      {
      case S390_CLS_NONE:
        break;
      case S390_CLS_FLOAT:
      case S390_CLS_DOUBLE:
        if (nfpr < S390_NFPR)
          nfpr++;
        else
          stack += 8;
        break;
      default:
        if (ngpr < S390_NGPR)
          ngpr++;
        else
          stack += 8;
        break;
      }
  if (stack > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) stack;
  cif->flags = (unsigned) ret;
  return FFI_OK;
}

/* An integer-class value as the 64-bit register image.  */
static uint64_t
int_image (ffi_type *t, const void *v)
{
  uint64_t x = 0;
  switch (t->type)
    {
    case FFI_TYPE_UINT8:  return *(const uint8_t *) v;
    case FFI_TYPE_SINT8:  return (uint64_t) *(const int8_t *) v;
    case FFI_TYPE_UINT16: return *(const uint16_t *) v;
    case FFI_TYPE_SINT16: return (uint64_t) *(const int16_t *) v;
    case FFI_TYPE_UINT32: return *(const uint32_t *) v;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32: return (uint64_t) *(const int32_t *) v;
    case FFI_TYPE_STRUCT:
      /* Right-justified: big-endian bytes at the low-order end.  */
      memcpy ((char *) &x + 8 - t->size, v, t->size);
      return x;
    default:
      memcpy (&x, v, 8);
      return x;
    }
}

/* The extension of the narrow integer result r to an ffi_arg.  */
static uint64_t
extend (unsigned short code, uint64_t r)
{
  switch (code)
    {
    case FFI_TYPE_UINT8:  return (uint8_t) r;
    case FFI_TYPE_SINT8:  return (uint64_t) (int8_t) r;
    case FFI_TYPE_UINT16: return (uint16_t) r;
    case FFI_TYPE_SINT16: return (uint64_t) (int16_t) r;
    case FFI_TYPE_UINT32: return (uint32_t) r;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32: return (uint64_t) (int32_t) r;
    default:              return r;
    }
}

static void
s390_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
           void *chain)
{
  struct s390_call c;
  unsigned kind = cif->flags, ngpr = 0, nfpr = 0, i;
  char *stack = cif->bytes ? alloca (cif->bytes) : NULL;
  size_t off = 0;

  if (kind == S390_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      c.gpr[ngpr++] = (uintptr_t) rvalue;
    }
  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      uint64_t x;

      switch (s390_classify (t))
        {
        case S390_CLS_NONE:     /* nothing is passed, avalue[i] not read */
          break;
        case S390_CLS_FLOAT:
          if (nfpr < S390_NFPR)
            {
              /* The left half of the register.  */
              memcpy (&c.fpr[nfpr++], v, 4);
            }
          else
            {
              memset (stack + off, 0, 4);
              memcpy (stack + off + 4, v, 4);
              off += 8;
            }
          break;
        case S390_CLS_DOUBLE:
          if (nfpr < S390_NFPR)
            memcpy (&c.fpr[nfpr++], v, 8);
          else
            {
              memcpy (stack + off, v, 8);
              off += 8;
            }
          break;
        case S390_CLS_REF:
          {
            /* The callee may write to its argument: it gets a copy.  */
            void *copy = alloca (t->size ? t->size : 1);
            memcpy (copy, v, t->size);
            x = (uintptr_t) copy;
            goto integer;
          }
        default:
          x = int_image (t, v);
        integer:
          if (ngpr < S390_NGPR)
            c.gpr[ngpr++] = x;
          else
            {
              memcpy (stack + off, &x, 8);
              off += 8;
            }
          break;
        }
    }

  c.stack = stack;
  c.bytes = cif->bytes;
  c.fn = fn;
  c.chain = chain;
  stubffi_call_s390x (&c);

  if (rvalue == NULL)
    return;
  switch (kind)
    {
    case S390_RET_INT:
      {
        ffi_arg r = extend (cif->rtype->type, c.r2);
        memcpy (rvalue, &r, sizeof r);
        break;
      }
    case S390_RET_FLOAT:
      memcpy (rvalue, &c.f0, 4);
      break;
    case S390_RET_DOUBLE:
      memcpy (rvalue, &c.f0, 8);
      break;
    default:
      break;
    }
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  s390_call (cif, fn, rvalue, avalue, NULL);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  s390_call (cif, fn, rvalue, avalue, closure);
}

/* closure.c */
uint64_t s390_extend (unsigned short code, uint64_t r) FFI_HIDDEN;
uint64_t
s390_extend (unsigned short code, uint64_t r)
{
  return extend (code, r);
}
