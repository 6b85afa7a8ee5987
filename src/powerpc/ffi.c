/* SPDX-License-Identifier: MIT */
/* stubffi — powerpc64le (ELFv2 ABI, Linux): classification and the C half
   of ffi_call.

   The rules are those of the 64-bit ELF V2 ABI Specification, "Parameter
   Passing in Registers" and "Return Values":
   - every argument is mapped into the parameter save area, a sequence of
     doublewords; the first 8 of them travel in r3-r10, the rest in
     memory at 32(r1) + 8 * index in the caller's frame;
   - integers and pointers take one doubleword, extended to 64 bits;
   - named float, double and long double values and homogeneous
     floating-point aggregates (structs and complex values of up to 8
     members of one floating type; an IBM long double counts as two) go
     in f1-f13, one FPR per member (a float converted to double), while
     FPRs are left; they still take their doublewords in the save area,
     whose registers are then unused; members for which no FPR is left
     are passed in their doublewords (GPRs or memory);
   - unnamed (variadic) arguments travel in their doublewords only;
   - aggregates are passed by value in their doublewords, from a
     quadword boundary when their alignment is 16 (__STRUCT_PARM_ALIGN__;
     FFI_LINUX_STRUCT_ALIGN in the ABI value); a long double is not
     quadword aligned there;
   - a float in memory is single precision in the doubleword's low word;
   - results: integers extended in r3, structs of up to 16 bytes in r3/r4,
     floating values and homogeneous aggregates in f1-f8, others in
     memory the caller provides, whose address is the hidden first
     argument in r3.
   The caller below always allocates the whole parameter save area,
   which is what a variadic or unprototyped callee needs.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct ppc_result, r3) == PPC_RES_R3, "res r3");
_Static_assert (offsetof (struct ppc_result, r4) == PPC_RES_R4, "res r4");
_Static_assert (offsetof (struct ppc_result, f) == PPC_RES_F, "res f");
_Static_assert (sizeof (struct ppc_result) == PPC_RES_SIZE, "res size");
_Static_assert (sizeof (long double) == 16, "long double is 128-bit");

/* ---- Classification ------------------------------------------------- */

/* Floating leaf kinds of a homogeneous aggregate.  */
enum { LEAF_NONE, LEAF_FLOAT, LEAF_DOUBLE, LEAF_LDOUBLE };

/* Walks t: every floating leaf must be of kind *kind (set by the first);
   *nfpr counts the FPRs they take.  0 while t may be homogeneous, 1 when
   it is not, -1 for a malformed type.  */
static int
homog_walk (ffi_abi abi, ffi_type *t, int *kind, unsigned *nfpr,
            unsigned depth)
{
  ffi_type **e;
  int k;
  unsigned n;

  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH)
    return -1;
  switch (t->type)
    {
    case FFI_TYPE_FLOAT:  k = LEAF_FLOAT; n = 1; break;
    case FFI_TYPE_DOUBLE: k = LEAF_DOUBLE; n = 1; break;
    case FFI_TYPE_LONGDOUBLE:
      if (abi & FFI_LINUX_LONG_DOUBLE_128)
        k = LEAF_LDOUBLE, n = 2;
      else
        k = LEAF_DOUBLE, n = 1;
      break;
    case FFI_TYPE_COMPLEX:
      if (t->elements == NULL || t->elements[0] == NULL)
        return -1;
      {
        int r = homog_walk (abi, t->elements[0], kind, nfpr, depth + 1);
        return r != 0 ? r
               : homog_walk (abi, t->elements[0], kind, nfpr, depth + 1);
      }
    case FFI_TYPE_STRUCT:
      if (t->size == 0 && depth > 0)
        return 1;
      if (t->elements == NULL)
        return -1;
      /* A struct declared with its size and no members (libffi takes
         it) is passed as its bytes.  */
      if (t->elements[0] == NULL)
        return 1;
      for (e = t->elements; *e != NULL; e++)
        {
          int r = homog_walk (abi, *e, kind, nfpr, depth + 1);
          if (r != 0)
            return r;
        }
      return 0;
    default:
      return 1;
    }
  if (*kind == LEAF_NONE)
    *kind = k;
  if (*kind != k)
    return 1;
  *nfpr += n;
  return *nfpr > PPC_NFPR_RET ? 1 : 0;
}

int
ppc_classify (ffi_abi abi, ffi_type *t, struct ppc_class *c)
{
  int kind = LEAF_NONE, r;
  unsigned n = 0;

  c->nfpr = 0;
  c->single = 0;
  c->ldouble = 0;
  c->ld_as_double = t->type == FFI_TYPE_LONGDOUBLE
                    && !(abi & FFI_LINUX_LONG_DOUBLE_128);
  r = homog_walk (abi, t, &kind, &n, 0);
  if (r < 0)
    return -1;
  if (r == 0 && n != 0)
    {
      size_t member = kind == LEAF_FLOAT ? 4 : 8;
      /* Members of one type pack without padding; a type that says
         otherwise is not homogeneous.  A long double as double is read
         from its first 8 bytes.  */
      if (c->ld_as_double || t->size == n * member)
        {
          c->nfpr = n;
          c->single = kind == LEAF_FLOAT;
          c->ldouble = kind == LEAF_LDOUBLE;
        }
    }
  return 0;
}

int
ppc_complex_float (ffi_type *t)
{
  return t->type == FFI_TYPE_COMPLEX
         && t->elements[0]->type == FFI_TYPE_FLOAT;
}

size_t
ppc_arg_size (ffi_abi abi, ffi_type *t)
{
  if (t->type == FFI_TYPE_LONGDOUBLE && !(abi & FFI_LINUX_LONG_DOUBLE_128))
    return 8;
  /* A complex value is passed as its two parts, each as a scalar
     argument: a complex float takes two doublewords.  */
  if (ppc_complex_float (t))
    return 16;
  return FFI_ALIGN (t->size, 8);
}

size_t
ppc_arg_align (ffi_abi abi, ffi_type *t)
{
  /* GCC (rs6000_function_arg_boundary) quad-aligns an aggregate of
     alignment 16, but not a homogeneous one of IBM long doubles, which
     travels as pairs of doubles.  */
  if ((abi & FFI_LINUX_STRUCT_ALIGN) && t->type == FFI_TYPE_STRUCT
      && t->alignment >= 16)
    {
      struct ppc_class c;
      if (ppc_classify (abi, t, &c) == 0 && c.nfpr != 0 && c.ldouble)
        return 8;
      return 16;
    }
  return 8;
}

int
ppc_return_kind (ffi_abi abi, ffi_type *t)
{
  struct ppc_class c;

  switch (t->type)
    {
    case FFI_TYPE_VOID:
      return PPC_RET_VOID;
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_LONGDOUBLE:
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      if (ppc_classify (abi, t, &c) < 0)
        return -1;
      if (c.nfpr != 0)
        return PPC_RET_FPR;
      return t->size <= 16 ? PPC_RET_STRUCT : PPC_RET_MEMORY;
    default:
      return PPC_RET_INT;
    }
}

/* Where the argument of type t at doubleword position pos (bytes) ends up
   with nf FPRs used before it: *needs_mem says whether any part of it is
   in memory (beyond the 8 register doublewords and not in an FPR).  */
static ffi_status
place (ffi_abi abi, ffi_type *t, int named, size_t *pos, unsigned *nf,
       int *needs_mem)
{
  size_t start, size;
  struct ppc_class c;

  if (t->type == FFI_TYPE_VOID)
    return FFI_OK;      /* passes nothing */
  start = FFI_ALIGN (*pos, ppc_arg_align (abi, t));
  size = ppc_arg_size (abi, t);
  switch (t->type)
    {
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_LONGDOUBLE:
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      if (ppc_classify (abi, t, &c) < 0)
        return FFI_BAD_TYPEDEF;
      if (named && c.nfpr != 0)
        {
          int all = *nf + c.nfpr <= PPC_NFPR;
          *nf += c.nfpr;
          if (all)
            break;
        }
      /* fall through */
    default:
      if (start + size > PPC_NGPR * 8)
        *needs_mem = 1;
      break;
    }
  *pos = start + size;
  return FFI_OK;
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  size_t pos = 0;
  unsigned nf = 0, i;
  int ret, needs_mem = 0;

  (void) nfp;
  if (!(cif->abi & FFI_LINUX))
    return FFI_BAD_ABI;

  ret = ppc_return_kind (cif->abi, cif->rtype);
  if (ret < 0)
    return FFI_BAD_TYPEDEF;
  if (ret == PPC_RET_MEMORY)
    pos = 8;    /* the hidden pointer */
  for (i = 0; i < cif->nargs; i++)
    {
      ffi_status st = place (cif->abi, cif->arg_types[i], i < nfixed, &pos,
                             &nf, &needs_mem);
      if (st != FFI_OK)
        return st;
    }
  /* A variadic callee finds its caller's save area allocated.  */
  if (nfixed < cif->nargs)
    needs_mem = 1;
  pos = FFI_ALIGN (pos, 16);
  if (pos < PPC_NGPR * 8)
    pos = PPC_NGPR * 8;
  if (pos > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) pos;
  cif->flags = (unsigned) ret | (needs_mem ? PPC_FLAG_MEM_ARGS : 0);
  cif->nfixedargs = nfixed;
  return FFI_OK;
}

/* ---- Calls ---------------------------------------------------------- */

/* Member k of a homogeneous value at v, as the double an FPR holds.  */
static double
member (const void *v, const struct ppc_class *c, unsigned k)
{
  if (c->single)
    {
      float f;
      memcpy (&f, (const char *) v + 4 * k, 4);
      return f;
    }
  else
    {
      double d;
      memcpy (&d, (const char *) v + 8 * k, 8);
      return d;
    }
}

static void
ppc_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
          void *chain)
{
  ffi_abi abi = cif->abi;
  unsigned kind = cif->flags & PPC_RET_MASK, nf = 0, i, k;
  char *params = alloca (cif->bytes);
  double fprs[PPC_NFPR];
  struct ppc_result res;
  size_t pos = 0;

  memset (params, 0, cif->bytes);
  if (kind == PPC_RET_MEMORY)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      memcpy (params, &rvalue, 8);
      pos = 8;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      uint64_t x;
      struct ppc_class c;

      if (t->type == FFI_TYPE_VOID)
        continue;       /* nothing is passed, avalue[i] not read */
      pos = FFI_ALIGN (pos, ppc_arg_align (abi, t));
      switch (t->type)
        {
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
          memcpy (params + pos, &x, 8);
          pos += 8;
          break;

        default:    /* floating values and aggregates */
          ppc_classify (abi, t, &c);
          /* The image always goes into the save area (the callee reads
             from there what no FPR carries); a long double passed as a
             double is its first 8 bytes.  */
          if (ppc_complex_float (t))
            {
              /* Its parts, each in a doubleword of its own.  */
              memcpy (params + pos, v, 4);
              memcpy (params + pos + 8, (const char *) v + 4, 4);
            }
          else
            memcpy (params + pos, v, c.ld_as_double ? 8 : t->size);
          if (i < cif->nfixedargs)
            for (k = 0; k < c.nfpr; k++, nf++)
              if (nf < PPC_NFPR)
                fprs[nf] = member (v, &c, k);
          pos += ppc_arg_size (abi, t);
          break;
        }
    }

  stubffi_call_elfv2 (params, cif->bytes, fprs, fn, &res, chain);

  if (rvalue == NULL)
    return;
  switch (kind)
    {
    case PPC_RET_INT:
      {
        ffi_arg r;
        switch (cif->rtype->type)
          {
          case FFI_TYPE_UINT8:  r = (uint8_t) res.r3; break;
          case FFI_TYPE_SINT8:  r = (ffi_arg) (int8_t) res.r3; break;
          case FFI_TYPE_UINT16: r = (uint16_t) res.r3; break;
          case FFI_TYPE_SINT16: r = (ffi_arg) (int16_t) res.r3; break;
          case FFI_TYPE_UINT32: r = (uint32_t) res.r3; break;
          case FFI_TYPE_INT:
          case FFI_TYPE_SINT32: r = (ffi_arg) (int32_t) res.r3; break;
          default:              r = res.r3; break;
          }
        memcpy (rvalue, &r, sizeof r);
        break;
      }
    case PPC_RET_STRUCT:
      memcpy (rvalue, &res.r3, cif->rtype->size);
      break;
    case PPC_RET_FPR:
      {
        struct ppc_class c;
        ppc_classify (abi, cif->rtype, &c);
        for (k = 0; k < c.nfpr; k++)
          if (c.single)
            {
              float f = (float) res.f[k];
              memcpy ((char *) rvalue + 4 * k, &f, 4);
            }
          else
            memcpy ((char *) rvalue + 8 * k, &res.f[k], 8);
        break;
      }
    default:
      break;
    }
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  ppc_call (cif, fn, rvalue, avalue, NULL);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  ppc_call (cif, fn, rvalue, avalue, closure);
}
