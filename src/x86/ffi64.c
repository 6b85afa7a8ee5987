/* stubffi — x86-64 System V: classification at prep time and the C half of
   ffi_call.

   The rules are those of the System V AMD64 psABI, section 3.2.3: every
   argument is split into eightbytes, each eightbyte gets a class (INTEGER,
   SSE, X87, X87UP or MEMORY), a struct of more than two eightbytes or with
   an X87 part goes to memory, and a struct that no longer fits the
   remaining registers goes wholly to the stack.  */

#include "ffi_common.h"
#include "internal64.h"
#include "internalw64.h"    /* FFI_WIN64 and FFI_GNUW64: ffiw64.c */

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct unix64_frame, gpr) == UNIX64_FRAME_GPR,
                "frame gpr offset");
_Static_assert (offsetof (struct unix64_frame, sse) == UNIX64_FRAME_SSE,
                "frame sse offset");
_Static_assert (offsetof (struct unix64_frame, chain) == UNIX64_FRAME_CHAIN,
                "frame chain offset");
_Static_assert (sizeof (struct unix64_frame) == UNIX64_FRAME_SIZE,
                "frame size");
_Static_assert (UNIX64_AGG_SHIFT + UNIX64_AGG_CACHED * UNIX64_AGG_BITS <= 32,
                "aggregate cache fits cif->flags");
_Static_assert (((WIN64_RET_KIND_MASK | WIN64_FLAG_RET_IN_MEM)
                 & UNIX64_FLAG_SIMPLE) == 0,
                "ffi_call tests the ABI only off the short path");

/* ---- Classification ------------------------------------------------- */

enum eb_class { EB_NONE, EB_INTEGER, EB_SSE, EB_X87, EB_X87UP, EB_MEMORY };

static enum eb_class
merge_class (enum eb_class a, enum eb_class b)
{
  if (a == b || b == EB_NONE)
    return a;
  if (a == EB_NONE)
    return b;
  if (a == EB_MEMORY || b == EB_MEMORY)
    return EB_MEMORY;
  if (a == EB_INTEGER || b == EB_INTEGER)
    return EB_INTEGER;
  if (a == EB_X87 || a == EB_X87UP || b == EB_X87 || b == EB_X87UP)
    return EB_MEMORY;
  return EB_SSE;
}

/* How many types classify_at may visit for one aggregate of at most 16
   bytes.  A well-formed one has at most 16 scalars (and complex parts),
   each inside at most FFI_MAX_TYPE_DEPTH structs.  Members of a struct
   declared with a nonzero size are not laid out by ffi_prep_cif, so a
   graph of such structs sharing subgraphs could otherwise make the walk
   take exponential time; past the budget the type is malformed.  */
#define CLASSIFY_BUDGET (2 * 16 * (FFI_MAX_TYPE_DEPTH + 2))

/* Adds the eightbyte classes of a value of type t at byte offset off of
   the enclosing aggregate, counting the types visited down from *budget.
   Returns -1 for a malformed type graph.  */
static int
classify_at (ffi_type *t, size_t off, enum eb_class cls[2], unsigned depth,
             unsigned *budget)
{
  enum eb_class c;
  size_t i;

  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH || *budget == 0)
    return -1;
  --*budget;

  switch (t->type)
    {
    case FFI_TYPE_INT:
    case FFI_TYPE_UINT8: case FFI_TYPE_SINT8:
    case FFI_TYPE_UINT16: case FFI_TYPE_SINT16:
    case FFI_TYPE_UINT32: case FFI_TYPE_SINT32:
    case FFI_TYPE_UINT64: case FFI_TYPE_SINT64:
    case FFI_TYPE_POINTER:
      c = EB_INTEGER;
      break;
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
      c = EB_SSE;
      break;
    case FFI_TYPE_LONGDOUBLE:
      if (off % 16 != 0 || off >= 16)
        cls[0] = cls[1] = EB_MEMORY;
      else
        cls[0] = merge_class (cls[0], EB_X87),
        cls[1] = merge_class (cls[1], EB_X87UP);
      return 0;
    case FFI_TYPE_COMPLEX:
      {
        ffi_type *part = t->elements ? t->elements[0] : NULL;
        if (part == NULL || part->size == 0 || part->type == FFI_TYPE_STRUCT
            || part->type == FFI_TYPE_COMPLEX)
          return -1;
        if (classify_at (part, off, cls, depth + 1, budget) < 0
            || classify_at (part, off + part->size, cls, depth + 1,
                            budget) < 0)
          return -1;
        return 0;
      }
    case FFI_TYPE_STRUCT:
      {
        ffi_type **e = t->elements;
        size_t pos = off;
        if (e == NULL || e[0] == NULL)
          return -1;
        for (; *e != NULL; e++)
          {
            ffi_type *m = *e;
            if (m->alignment == 0 || (m->alignment & (m->alignment - 1)))
              return -1;
            pos = FFI_ALIGN (pos, m->alignment);
            if (classify_at (m, pos, cls, depth + 1, budget) < 0)
              return -1;
            pos += m->size;
          }
        return 0;
      }
    default:
      return -1;
    }

  /* A scalar: misaligned or outside the first two eightbytes means the
     aggregate cannot travel in registers.  */
  if (t->size == 0 || t->size > 16 || off % t->size != 0
      || off > 16 - t->size)
    {
      cls[0] = cls[1] = EB_MEMORY;
      return 0;
    }
  i = off / 8;
  cls[i] = merge_class (cls[i], c);
  return 0;
}

/* The aggregate-argument class of a struct or complex type (UNIX64_AGG_*),
   or -1 for a malformed type.  */
int
unix64_classify_aggregate (ffi_type *t)
{
  enum eb_class cls[2] = { EB_NONE, EB_NONE };
  unsigned budget = CLASSIFY_BUDGET;
  int n;

  if (t->size > 16)
    return t->elements ? UNIX64_AGG_MEMORY : -1;
  if (classify_at (t, 0, cls, 0, &budget) < 0)
    return -1;

  n = t->size > 8 && cls[1] != EB_NONE ? 2 : 1;
  if (cls[0] == EB_NONE)
    cls[0] = EB_SSE;
  if (cls[0] == EB_MEMORY || cls[1] == EB_MEMORY
      || cls[0] == EB_X87 || cls[0] == EB_X87UP
      || (n == 2 && (cls[1] == EB_X87 || cls[1] == EB_X87UP)))
    return UNIX64_AGG_MEMORY;
  if (n == 1)
    return cls[0] == EB_INTEGER ? UNIX64_AGG_I : UNIX64_AGG_S;
  if (cls[0] == EB_INTEGER)
    return cls[1] == EB_INTEGER ? UNIX64_AGG_II : UNIX64_AGG_IS;
  return cls[1] == EB_INTEGER ? UNIX64_AGG_SI : UNIX64_AGG_SS;
}

/* A struct that is exactly one long double (possibly nested) is returned
   in %st0: its classes are X87, X87UP.  */
static int
is_x87_struct (ffi_type *t)
{
  enum eb_class cls[2] = { EB_NONE, EB_NONE };
  unsigned budget = CLASSIFY_BUDGET;
  return t->size == 16 && classify_at (t, 0, cls, 0, &budget) == 0
         && cls[0] == EB_X87 && cls[1] == EB_X87UP;
}

/* Return kind and flags for a struct or complex return type, or -1 when
   malformed.  Out of line: ffi_prep_cif_machdep saves no registers for
   the common scalar results.  */
__attribute__((noinline)) static int
classify_return_aggregate (ffi_type *t)
{
  static const unsigned char agg_kind[] = {
    [UNIX64_AGG_II] = UNIX64_RET_INT_INT,
    [UNIX64_AGG_IS] = UNIX64_RET_INT_SSE,
    [UNIX64_AGG_SI] = UNIX64_RET_SSE_INT,
    [UNIX64_AGG_SS] = UNIX64_RET_SSE_SSE,
  };
  int agg, kind;
  size_t full;

  switch (t->type)
    {
    case FFI_TYPE_VOID:       return UNIX64_RET_VOID;
    case FFI_TYPE_UINT8:      return UNIX64_RET_UINT8;
    case FFI_TYPE_SINT8:      return UNIX64_RET_SINT8;
    case FFI_TYPE_UINT16:     return UNIX64_RET_UINT16;
    case FFI_TYPE_SINT16:     return UNIX64_RET_SINT16;
    case FFI_TYPE_UINT32:     return UNIX64_RET_UINT32;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32:     return UNIX64_RET_SINT32;
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:
    case FFI_TYPE_POINTER:    return UNIX64_RET_INT64;
    case FFI_TYPE_FLOAT:      return UNIX64_RET_FLOAT;
    case FFI_TYPE_DOUBLE:     return UNIX64_RET_DOUBLE;
    case FFI_TYPE_LONGDOUBLE: return UNIX64_RET_X87;
    case FFI_TYPE_COMPLEX:
      if (t->elements != NULL && t->elements[0] != NULL
          && t->elements[0]->type == FFI_TYPE_LONGDOUBLE)
        return UNIX64_RET_X87_2;
      /* Other complex types are classified like a struct.  */
      /* Fall through.  */
    case FFI_TYPE_STRUCT:
      agg = unix64_classify_aggregate (t);
      if (agg < 0)
        return -1;
      if (agg == UNIX64_AGG_MEMORY)
        return is_x87_struct (t) ? UNIX64_RET_X87
                                 : UNIX64_RET_MEMORY | UNIX64_FLAG_RET_IN_MEM;
      if (agg == UNIX64_AGG_I)
        kind = UNIX64_RET_INT64, full = 8;
      else if (agg == UNIX64_AGG_S && t->size == 4)
        kind = UNIX64_RET_FLOAT, full = 4;
      else if (agg == UNIX64_AGG_S)
        kind = UNIX64_RET_DOUBLE, full = 8;
      else
        kind = agg_kind[agg], full = 16;
      /* Registers carry more than the struct: copy only its bytes.  */
      if (t->size != full)
        kind |= UNIX64_FLAG_RET_PARTIAL;
      return kind;
    default:
      return -1;
    }
}

/* Return kinds of the scalar type codes (and void); 0xff: an aggregate.  */
static const unsigned char scalar_ret_kind[FFI_TYPE_LAST + 1] = {
  [FFI_TYPE_VOID] = UNIX64_RET_VOID,
  [FFI_TYPE_INT] = UNIX64_RET_SINT32,
  [FFI_TYPE_FLOAT] = UNIX64_RET_FLOAT,
  [FFI_TYPE_DOUBLE] = UNIX64_RET_DOUBLE,
  [FFI_TYPE_LONGDOUBLE] = UNIX64_RET_X87,
  [FFI_TYPE_UINT8] = UNIX64_RET_UINT8,
  [FFI_TYPE_SINT8] = UNIX64_RET_SINT8,
  [FFI_TYPE_UINT16] = UNIX64_RET_UINT16,
  [FFI_TYPE_SINT16] = UNIX64_RET_SINT16,
  [FFI_TYPE_UINT32] = UNIX64_RET_UINT32,
  [FFI_TYPE_SINT32] = UNIX64_RET_SINT32,
  [FFI_TYPE_UINT64] = UNIX64_RET_INT64,
  [FFI_TYPE_SINT64] = UNIX64_RET_INT64,
  [FFI_TYPE_STRUCT] = 0xff,
  [FFI_TYPE_POINTER] = UNIX64_RET_INT64,
  [FFI_TYPE_COMPLEX] = 0xff,
};

/* Return kind and flags for the return type, or -1 when malformed.  */
static inline int
classify_return (ffi_type *t)
{
  if (t->type > FFI_TYPE_LAST)
    return -1;
  if (scalar_ret_kind[t->type] != 0xff)
    return scalar_ret_kind[t->type];
  return classify_return_aggregate (t);
}

/* Registers an aggregate class takes: integer count in the low byte,
   vector count in the next.  */
unsigned
unix64_agg_registers (int agg)
{
  static const unsigned short regs[] = {
    [UNIX64_AGG_MEMORY] = 0,
    [UNIX64_AGG_I] = 0x001, [UNIX64_AGG_S] = 0x100,
    [UNIX64_AGG_II] = 0x002, [UNIX64_AGG_IS] = 0x101,
    [UNIX64_AGG_SI] = 0x101, [UNIX64_AGG_SS] = 0x200,
  };
  return regs[agg];
}

/* Where the arguments go: registers of each file taken, bytes of stack,
   aggregates seen (their classes cached in flags), any long double.  */
struct unix64_placement {
  unsigned ngpr, nsse, naggs, flags;
  int long_double;
  unsigned long long stack;
};

/* The end of ffi_prep_cif_machdep, whichever way the arguments were
   placed: the stack size, the short-path flag, the cif.  */
static inline ffi_status
finish_cif (ffi_cif *cif, const struct unix64_placement *p)
{
  unsigned long long stack = FFI_ALIGN (p->stack, 16);
  unsigned flags = p->flags;

  if (p->naggs == 0 && stack == 0 && !p->long_double
      && !(flags & (UNIX64_FLAG_RET_PARTIAL | UNIX64_FLAG_RET_IN_MEM)))
    flags |= UNIX64_FLAG_SIMPLE;
  if (stack > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) stack;
  cif->flags = flags;
  return FFI_OK;
}

/* ffi_prep_cif_machdep for a signature whose arguments are not all plain
   scalars: they are placed one by one.  Out of line, so that
   ffi_prep_cif_machdep saves no registers in the common case.  flags
   holds the return kind, ngpr the registers it takes.  */
__attribute__((noinline)) static ffi_status
place_args (ffi_cif *cif, unsigned flags, unsigned ngpr)
{
  struct unix64_placement p;
  unsigned nsse = 0, naggs = 0, i;
  unsigned long long stack = 0;
  int long_double = 0;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
          if (nsse < UNIX64_NSSE)
            nsse++;
          else
            stack += 8;
          break;
        case FFI_TYPE_LONGDOUBLE:
          stack = FFI_ALIGN (stack, 16) + 16;
          long_double = 1;
          break;
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          {
            int agg = unix64_classify_aggregate (t);
            unsigned regs;
            if (agg < 0)
              return FFI_BAD_TYPEDEF;
            if (naggs < UNIX64_AGG_CACHED)
              flags |= (unsigned) agg << (UNIX64_AGG_SHIFT + naggs * UNIX64_AGG_BITS);
            naggs++;
            regs = unix64_agg_registers (agg);
            if (agg != UNIX64_AGG_MEMORY
                && ngpr + (regs & 0xff) <= UNIX64_NGPR
                && nsse + (regs >> 8) <= UNIX64_NSSE)
              {
                ngpr += regs & 0xff;
                nsse += regs >> 8;
              }
            else if (t->size > 0x7fffffffu)
              /* More than any stack takes, and FFI_ALIGN or the sum
                 below could wrap around to a small size.  */
              return FFI_BAD_TYPEDEF;
            else
              stack = FFI_ALIGN (stack, t->alignment > 8 ? t->alignment : 8)
                      + FFI_ALIGN (t->size, 8);
            break;
          }
        default:
          if (ngpr < UNIX64_NGPR)
            ngpr++;
          else
            stack += 8;
          break;
        }
    }

  p.ngpr = ngpr;
  p.nsse = nsse;
  p.naggs = naggs;
  p.flags = flags;
  p.long_double = long_double;
  p.stack = stack;
  return finish_cif (cif, &p);
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  struct unix64_placement p = { 0, 0, 0, 0, 0, 0 };
  unsigned nint;
  int ret;

  (void) nfixed;        /* variadic arguments follow the same rules */
  /* The Microsoft conventions (ms_abi) are classified by ffiw64.c.  */
  if (cif->abi == FFI_WIN64 || cif->abi == FFI_GNUW64)
    return stubffi_win64_prep_cif (cif, nfixed);
  if (cif->abi != FFI_UNIX64)
    return FFI_BAD_ABI;

  ret = classify_return (cif->rtype);
  if (ret < 0)
    return FFI_BAD_TYPEDEF;
  p.flags = (unsigned) ret;
  if (p.flags & UNIX64_FLAG_RET_IN_MEM)
    p.ngpr = 1;
  if (nfp == FFI_ARGS_NOT_PLAIN)
    return place_args (cif, p.flags, p.ngpr);

  /* Plain scalars: only how many go to each register file matters; the
     ones that find no register take 8 bytes of stack each.  */
  nint = p.ngpr + (cif->nargs - nfp);
  if (LIKELY (nint <= UNIX64_NGPR && nfp <= UNIX64_NSSE))
    {
      p.ngpr = nint;
      p.nsse = nfp;
    }
  else
    {
      p.ngpr = nint < UNIX64_NGPR ? nint : UNIX64_NGPR;
      p.nsse = nfp < UNIX64_NSSE ? nfp : UNIX64_NSSE;
      p.stack = 8ull * ((nint - p.ngpr) + (nfp - p.nsse));
    }
  return finish_cif (cif, &p);
}

/* ---- Calls ---------------------------------------------------------- */

/* Loads n (1..8) bytes as the low part of an eightbyte.  */
static uint64_t
load_eightbyte (const char *p, size_t n)
{
  uint64_t v = 0;
  memcpy (&v, p, n < 8 ? n : 8);
  return v;
}

/* The UNIX64_FLAG_SIMPLE case: one pass that widens each scalar into its
   register slot; no stack area, no aggregate, nothing to copy back.  */
static void
unix64_call_simple (ffi_cif *cif, void (*fn)(void), void *rvalue,
                    void **avalue, void *chain)
{
  struct unix64_frame frame;
  uint64_t scratch[4];          /* the largest result: complex long double */
  unsigned ngpr = 0, nsse = 0, i, n = cif->nargs;
  ffi_type **atypes = cif->arg_types;

  for (i = 0; i < n; i++)
    {
      const void *v = avalue[i];
      switch (atypes[i]->type)
        {
        case FFI_TYPE_UINT8:  frame.gpr[ngpr++] = *(const uint8_t *) v; break;
        case FFI_TYPE_SINT8:  frame.gpr[ngpr++] = (uint64_t) *(const int8_t *) v; break;
        case FFI_TYPE_UINT16: frame.gpr[ngpr++] = *(const uint16_t *) v; break;
        case FFI_TYPE_SINT16: frame.gpr[ngpr++] = (uint64_t) *(const int16_t *) v; break;
        case FFI_TYPE_UINT32: frame.gpr[ngpr++] = *(const uint32_t *) v; break;
        case FFI_TYPE_INT:
        case FFI_TYPE_SINT32: frame.gpr[ngpr++] = (uint64_t) *(const int32_t *) v; break;
        case FFI_TYPE_FLOAT:  frame.sse[nsse++] = *(const uint32_t *) v; break;
        case FFI_TYPE_DOUBLE: frame.sse[nsse++] = *(const uint64_t *) v; break;
        default:              frame.gpr[ngpr++] = *(const uint64_t *) v; break;
        }
    }
  frame.chain = (uintptr_t) chain;
  stubffi_call_unix64 (&frame, NULL, 0, fn, rvalue ? rvalue : scratch,
                       (cif->flags & UNIX64_RET_KIND_MASK) | (nsse << 8));
}

static void
unix64_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *chain)
{
  struct unix64_frame frame;
  uint64_t scratch[4];
  unsigned flags = cif->flags, ngpr = 0, nsse = 0, naggs = 0, i;
  char *stack = cif->bytes ? alloca (cif->bytes) : NULL;
  size_t off = 0;
  void *target = rvalue;

  if (flags & UNIX64_FLAG_RET_IN_MEM)
    {
      if (rvalue == NULL)
        rvalue = alloca (cif->rtype->size);
      frame.gpr[ngpr++] = (uintptr_t) rvalue;
      target = rvalue;
    }
  else if (rvalue == NULL || (flags & UNIX64_FLAG_RET_PARTIAL))
    target = scratch;
  frame.chain = (uintptr_t) chain;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = avalue[i];
      uint64_t x;

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
          if (ngpr < UNIX64_NGPR)
            frame.gpr[ngpr++] = x;
          else
            {
              memcpy (stack + off, &x, 8);
              off += 8;
            }
          break;

        case FFI_TYPE_FLOAT:
          x = *(const uint32_t *) v;
          goto vector;
        case FFI_TYPE_DOUBLE:
          x = *(const uint64_t *) v;
        vector:
          if (nsse < UNIX64_NSSE)
            frame.sse[nsse++] = x;
          else
            {
              memcpy (stack + off, &x, 8);
              off += 8;
            }
          break;

        case FFI_TYPE_LONGDOUBLE:
          off = FFI_ALIGN (off, 16);
          memcpy (stack + off, v, 16);
          off += 16;
          break;

        default: /* FFI_TYPE_STRUCT, FFI_TYPE_COMPLEX */
          {
            int agg = unix64_aggregate_class (flags, naggs, t);
            unsigned regs = unix64_agg_registers (agg);
            size_t size = t->size;
            naggs++;
            if (agg != UNIX64_AGG_MEMORY
                && ngpr + (regs & 0xff) <= UNIX64_NGPR
                && nsse + (regs >> 8) <= UNIX64_NSSE)
              {
                /* Eightbyte 0, then eightbyte 1 if there is one.  */
                int second_sse = agg == UNIX64_AGG_IS || agg == UNIX64_AGG_SS;
                int first_sse = agg == UNIX64_AGG_S || agg == UNIX64_AGG_SI
                                || agg == UNIX64_AGG_SS;
                x = load_eightbyte (v, size);
                if (first_sse)
                  frame.sse[nsse++] = x;
                else
                  frame.gpr[ngpr++] = x;
                if (agg >= UNIX64_AGG_II)
                  {
                    x = load_eightbyte ((const char *) v + 8, size - 8);
                    if (second_sse)
                      frame.sse[nsse++] = x;
                    else
                      frame.gpr[ngpr++] = x;
                  }
              }
            else
              {
                off = FFI_ALIGN (off, t->alignment > 8 ? t->alignment : 8);
                memcpy (stack + off, v, size);
                off += FFI_ALIGN (size, 8);
              }
            break;
          }
        }
    }

  stubffi_call_unix64 (&frame, stack, cif->bytes, fn, target,
                       (flags & UNIX64_RET_KIND_MASK) | (nsse << 8));

  if ((flags & UNIX64_FLAG_RET_PARTIAL) && rvalue != NULL)
    memcpy (rvalue, scratch, cif->rtype->size);
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  /* Win64 flags never have UNIX64_FLAG_SIMPLE set, so the ABI is
     looked at only off the short path.  A prepared cif that is not
     FFI_UNIX64 is FFI_WIN64 or FFI_GNUW64.  */
  if (LIKELY (cif->flags & UNIX64_FLAG_SIMPLE))
    unix64_call_simple (cif, fn, rvalue, avalue, NULL);
  else if (UNLIKELY (cif->abi != FFI_UNIX64))
    stubffi_win64_call (cif, fn, rvalue, avalue, NULL);
  else
    unix64_call (cif, fn, rvalue, avalue, NULL);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  /* As in ffi_call: libffi makes Go calls with the Microsoft ABIs too.  */
  if (cif->flags & UNIX64_FLAG_SIMPLE)
    unix64_call_simple (cif, fn, rvalue, avalue, closure);
  else if (UNLIKELY (cif->abi != FFI_UNIX64))
    stubffi_win64_call (cif, fn, rvalue, avalue, closure);
  else
    unix64_call (cif, fn, rvalue, avalue, closure);
}
