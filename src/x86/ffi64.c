/* SPDX-License-Identifier: MIT */
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
_Static_assert (offsetof (ffi_type, type) == FFI_TYPE_TYPE_OFFSET,
                "ffi_type.type offset");
_Static_assert (offsetof (ffi_cif, arg_types) == FFI_CIF_ARG_TYPES_OFFSET,
                "ffi_cif.arg_types offset");
_Static_assert (offsetof (ffi_cif, nargs) == FFI_CIF_NARGS_OFFSET,
                "ffi_cif.nargs offset");
_Static_assert (offsetof (ffi_cif, bytes) == FFI_CIF_BYTES_OFFSET,
                "ffi_cif.bytes offset");
_Static_assert (offsetof (ffi_cif, flags) == FFI_CIF_FLAGS_OFFSET,
                "ffi_cif.flags offset");
_Static_assert (UNIX64_FLAG_SIMPLE < (1u << UNIX64_FAST_NSSE_SHIFT)
                && UNIX64_NSSE < (1u << 4)
                && UNIX64_NGPR + UNIX64_NSSE <= UNIX64_FAST_RARGS_MASK
                && (UNIX64_NGPR + 1) * UNIX64_SIMPLE_ROWS_S * 16
                   <= UNIX64_FAST_START_MASK + 1
                && UNIX64_FAST_START_SHIFT + 10 < 31
                && UNIX64_AGG_SHIFT + UNIX64_AGG_CACHED * UNIX64_AGG_BITS
                   <= 30,
                "threaded-call fields fit cif->flags beside the flag bits");
/* A SIMPLE cif's top byte is its row (the rest of UNIX64_FAST_START
   lies below it, and bits 30 and 31 are clear); every other cif's top
   byte is 64 or more.  */
_Static_assert (UNIX64_FAST_START_SHIFT + 4 == UNIX64_FAST_ROW_BYTE * 8
                && UNIX64_FAST_ROW (UNIX64_NGPR, UNIX64_NSSE) < 64
                && UNIX64_FLAG_GENERAL >> (UNIX64_FAST_ROW_BYTE * 8) == 64
                && UNIX64_FLAG_STACK_TAIL >> (UNIX64_FAST_ROW_BYTE * 8) == 128,
                "the top byte of cif->flags tells a SIMPLE cif's shape");
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
    case FFI_TYPE_VOID:
      /* A void member (libffi takes one, of size 1) has no class.  */
      return 0;
    case FFI_TYPE_STRUCT:
      {
        /* A struct declared with its size and no members has no class;
           members are placed with libffi's rounding, whatever their
           alignment says.  */
        ffi_type **e = t->elements;
        size_t pos = off;
        /* A member struct left unsized by a failed layout: libffi
           gives it no class without looking at its members.  */
        if (t->size == 0)
          return 0;
        if (e == NULL)
          return -1;
        for (; *e != NULL; e++)
          {
            ffi_type *m = *e;
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

  /* Nothing but void members, or none: libffi passes nothing.  */
  if (cls[0] == EB_NONE && cls[1] == EB_NONE)
    return UNIX64_AGG_NONE;
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
      /* libffi returns a classless struct in %rax.  */
      if (agg == UNIX64_AGG_NONE)
        agg = UNIX64_AGG_I;
      if (agg == UNIX64_AGG_MEMORY)
        return is_x87_struct (t) ? UNIX64_RET_X87
                                 : UNIX64_RET_MEMORY | UNIX64_FLAG_RET_IN_MEM
                                   | UNIX64_FLAG_GENERAL;
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
        kind |= UNIX64_FLAG_RET_PARTIAL | UNIX64_FLAG_GENERAL;
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
    [UNIX64_AGG_NONE] = 0,
  };
  return regs[agg];
}

/* Where the arguments go: registers of each file taken, bytes of stack,
   aggregates seen (their classes cached in flags), any long double.  */
struct unix64_placement {
  unsigned ngpr, nsse, naggs, flags;
  int long_double;
  /* A register argument comes after a stack argument.  */
  int split;
  unsigned long long stack;
};

/* The end of ffi_prep_cif_machdep, whichever way the arguments were
   placed: the stack size, the short-path flag, the cif.  The flags
   already have UNIX64_FLAG_GENERAL when the cif is not for the threaded
   paths: it was set where each reason was found (the result's class,
   place_args, plain_split), so that this, inlined into the common path,
   costs nothing more.  */
static inline ffi_status
finish_cif (ffi_cif *cif, const struct unix64_placement *p)
{
  unsigned long long stack = FFI_ALIGN (p->stack, 16);
  unsigned flags = p->flags;

  if (p->naggs == 0 && !p->long_double && !p->split
      && !(flags & (UNIX64_FLAG_RET_PARTIAL | UNIX64_FLAG_RET_IN_MEM)))
    {
      /* Threaded call (call64.S): it starts from the last register
         argument, in state (ngpr, nsse), after the stack arguments.  */
      unsigned rargs = p->ngpr + p->nsse, start = 0;
      if (rargs > 0)
        start = UNIX64_FAST_ROW (p->ngpr, p->nsse) * 16
                + cif->arg_types[rargs - 1]->type;
      flags |= p->nsse << UNIX64_FAST_NSSE_SHIFT
               | start << UNIX64_FAST_START_SHIFT;
      if (p->stack == 0)
        flags |= UNIX64_FLAG_SIMPLE;
      else
        flags |= UNIX64_FLAG_STACK_TAIL | rargs << UNIX64_FAST_RARGS_SHIFT;
      FFI_ASSERT (!(flags & UNIX64_FLAG_GENERAL));
    }
  else
    FFI_ASSERT (flags & UNIX64_FLAG_GENERAL);
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
  int long_double = 0, split = 0;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      switch (t->type)
        {
        case FFI_TYPE_FLOAT:
        case FFI_TYPE_DOUBLE:
          if (nsse < UNIX64_NSSE)
            {
              nsse++;
              /* A register argument after a stack argument.  */
              split |= stack != 0;
            }
          else
            stack += 8;
          break;
        case FFI_TYPE_LONGDOUBLE:
          stack = FFI_ALIGN (stack, 16) + 16;
          long_double = 1;
          break;
        case FFI_TYPE_VOID:     /* passes nothing (UNIX64_AGG_NONE) */
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
            {
              ngpr++;
              split |= stack != 0;
            }
          else
            stack += 8;
          break;
        }
    }

  p.ngpr = ngpr;
  p.nsse = nsse;
  p.naggs = naggs;
  if (naggs > 0 || long_double || split)
    flags |= UNIX64_FLAG_GENERAL;
  p.flags = flags;
  p.long_double = long_double;
  p.stack = stack;
  p.split = split;
  return finish_cif (cif, &p);
}

/* Whether a register argument of a plain-scalar signature (with stack
   arguments; no hidden result pointer, or it would not matter) comes
   after one that went to the stack.  */
static int
plain_split (ffi_cif *cif)
{
  unsigned g = 0, s = 0, i;
  int stacked = 0;
  for (i = 0; i < cif->nargs; i++)
    {
      unsigned code = cif->arg_types[i]->type;
      int sse = code == FFI_TYPE_FLOAT || code == FFI_TYPE_DOUBLE;
      if (sse ? s < UNIX64_NSSE : g < UNIX64_NGPR)
        {
          if (stacked)
            return 1;
          sse ? s++ : g++;
        }
      else
        stacked = 1;
    }
  return 0;
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  struct unix64_placement p = { 0, 0, 0, 0, 0, 0, 0 };
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
      /* A finish_cif of its own, specialised for all in registers.  */
      p.ngpr = nint;
      p.nsse = nfp;
      return finish_cif (cif, &p);
    }
  p.ngpr = nint < UNIX64_NGPR ? nint : UNIX64_NGPR;
  p.nsse = nfp < UNIX64_NSSE ? nfp : UNIX64_NSSE;
  p.stack = 8ull * ((nint - p.ngpr) + (nfp - p.nsse));
  p.split = plain_split (cif);
  if (p.split)
    p.flags |= UNIX64_FLAG_GENERAL;
  return finish_cif (cif, &p);
}

/* ---- Calls ---------------------------------------------------------- */

/* Loads n (1..8, or more meaning 8) bytes as the low part of an
   eightbyte, without reading past them.  Constant-size copies compile
   to plain loads; one memcpy of a variable size would be a call.  */
static inline uint64_t
load_eightbyte (const char *p, size_t n)
{
  uint64_t v = 0;
  uint32_t w;
  uint16_t h;

  if (LIKELY (n >= 8))
    {
      memcpy (&v, p, 8);
      return v;
    }
  if (n & 4)
    {
      memcpy (&w, p, 4);
      v = w;
      p += 4;
    }
  if (n & 2)
    {
      memcpy (&h, p, 2);
      v |= (uint64_t) h << (n & 4) * 8;
      p += 2;
    }
  if (n & 1)
    v |= (uint64_t) (unsigned char) *p << (n & 6) * 8;
  return v;
}

/* A cif with no stack area (cif->bytes == 0) has every argument in
   registers, aggregates included (a MEMORY-class or long double argument
   always takes stack space): one pass fills the register image, with no
   stack bookkeeping.  The result setup is the same as unix64_call's; it
   stays inline in both because a shared helper (and the alloca moved out
   of them) cost 9 instructions per call in the struct benchmark.  */
static void
unix64_call_regs (ffi_cif *cif, void (*fn)(void), void *rvalue,
                  void **avalue, void *chain)
{
  struct unix64_frame frame;
  uint64_t scratch[4];
  unsigned flags = cif->flags, ngpr = 0, nsse = 0, naggs = 0, i;
  unsigned n = cif->nargs;
  ffi_type **atypes = cif->arg_types;
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

  for (i = 0; i < n; i++)
    {
      ffi_type *t = atypes[i];
      const char *v = avalue[i];
      size_t size;
      uint64_t lo;

      switch (t->type)
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
        case FFI_TYPE_VOID:
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
          size = t->size;
          switch (unix64_aggregate_class (flags, naggs++, t))
            {
            case UNIX64_AGG_NONE:       /* avalue[i] is not read */
              break;
            case UNIX64_AGG_I:
              lo = load_eightbyte (v, size);
              frame.gpr[ngpr++] = lo;
              break;
            case UNIX64_AGG_S:
              lo = load_eightbyte (v, size);
              frame.sse[nsse++] = lo;
              break;
            case UNIX64_AGG_II:
              lo = load_eightbyte (v, size);
              frame.gpr[ngpr++] = lo;
              frame.gpr[ngpr++] = load_eightbyte (v + 8, size - 8);
              break;
            case UNIX64_AGG_IS:
              lo = load_eightbyte (v, size);
              frame.gpr[ngpr++] = lo;
              frame.sse[nsse++] = load_eightbyte (v + 8, size - 8);
              break;
            case UNIX64_AGG_SI:
              lo = load_eightbyte (v, size);
              frame.sse[nsse++] = lo;
              frame.gpr[ngpr++] = load_eightbyte (v + 8, size - 8);
              break;
            default:    /* UNIX64_AGG_SS */
              lo = load_eightbyte (v, size);
              frame.sse[nsse++] = lo;
              frame.sse[nsse++] = load_eightbyte (v + 8, size - 8);
              break;
            }
          break;
        default:      /* 64-bit integers and pointers */
          frame.gpr[ngpr++] = *(const uint64_t *) v;
          break;
        }
    }

  stubffi_call_unix64 (&frame, NULL, 0, fn, target,
                       (flags & UNIX64_RET_KIND_MASK) | (nsse << 8));

  if ((flags & UNIX64_FLAG_RET_PARTIAL) && rvalue != NULL)
    memcpy (rvalue, scratch, cif->rtype->size);
}

/* Every signature of the x86-64 System V ABI: the register image and
   the stack area are built here, and unix64.S makes the call.  */
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

        default: /* FFI_TYPE_STRUCT, FFI_TYPE_COMPLEX, FFI_TYPE_VOID */
          {
            int agg = unix64_aggregate_class (flags, naggs, t);
            unsigned regs = unix64_agg_registers (agg);
            size_t size = t->size;
            naggs++;
            if (agg == UNIX64_AGG_NONE)
              break;            /* avalue[i] is not read */
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

/* ffi_call itself is in call64.S: it takes simple signatures and
   sends everything else here.  */
void
stubffi_unix64_call_general (ffi_cif *cif, void (*fn)(void), void *rvalue,
                             void **avalue, void *chain)
{
  /* A prepared cif that is not FFI_UNIX64 is FFI_WIN64 or FFI_GNUW64.  */
  if (UNLIKELY (cif->abi != FFI_UNIX64))
    stubffi_win64_call (cif, fn, rvalue, avalue, chain);
  else if (cif->bytes == 0)
    unix64_call_regs (cif, fn, rvalue, avalue, chain);
  else
    unix64_call (cif, fn, rvalue, avalue, chain);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  /* libffi makes Go calls with the Microsoft ABIs too.  */
  stubffi_unix64_call_general (cif, fn, rvalue, avalue, closure);
}
