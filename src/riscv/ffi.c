/* SPDX-License-Identifier: MIT */
/* stubffi — riscv64 (LP64D, Linux): classification and the C half of
   ffi_call.

   The rules are those of the RISC-V ELF psABI, "Integer Calling
   Convention" and "Hardware Floating-point Calling Convention", for
   XLEN = FLEN = 64:
   - integers and pointers take the next of a0-a7, then an 8-byte stack
     slot; narrower integers are widened to 32 bits by their sign, then
     sign-extended (so unsigned int is sign-extended from bit 31);
   - a float or double takes the next of fa0-fa7 (a float NaN-boxed);
     with none left, it follows the integer rules;
   - a struct (or complex value) that flattens, through nested structs
     and arrays, into one float/double, into two of them, or into one
     float/double and one integer (not a pointer), in either order,
     takes an FP register per floating field and an integer register
     per integer field, if all of them are left; otherwise it follows
     the integer rules;
   - by the integer rules, anything up to 16 bytes (structs, long
     double) takes 1 or 2 slots: registers while there are any, the
     first half in a7 and the second on the stack when just one is left;
     anything larger is copied by the caller and passed by reference;
   - variadic arguments follow the integer rules only, and those of
     16-byte alignment (long double) start at an even register, or go to
     the stack whole;
   - on the stack each argument starts at a multiple of its alignment,
     at least 8 and at most 16, and takes whole 8-byte slots;
   - results come back as a first named argument would be passed (a0/a1,
     fa0/fa1); larger ones are written to memory whose address the caller
     passes in a0, before the arguments.  */

#include "ffi_common.h"
#include "internal.h"

#include <alloca.h>
#include <string.h>

_Static_assert (offsetof (struct rv_frame, a) == RV_FRAME_A, "frame a");
_Static_assert (offsetof (struct rv_frame, fa) == RV_FRAME_FA, "frame fa");
_Static_assert (offsetof (struct rv_frame, chain) == RV_FRAME_CHAIN,
                "frame chain");
_Static_assert (sizeof (struct rv_frame) == RV_FRAME_SIZE, "frame size");
_Static_assert (sizeof (long double) == 16, "long double is IEEE quad");

/* ---- Classification ------------------------------------------------- */

/* The size of the C type of a scalar type code.  */
static size_t
natural_size (unsigned short type)
{
  switch (type)
    {
    case FFI_TYPE_UINT8:
    case FFI_TYPE_SINT8:
      return 1;
    case FFI_TYPE_UINT16:
    case FFI_TYPE_SINT16:
      return 2;
    case FFI_TYPE_UINT32:
    case FFI_TYPE_SINT32:
    case FFI_TYPE_INT:
    case FFI_TYPE_FLOAT:
      return 4;
    default:
      return 8;
    }
}

/* Collects the scalar leaves of t at offset base into f (the first 2)
   and counts them in *n (up to 3: too many); clears *eligible when t
   cannot flatten: a long double, a pointer, void, and what no C type
   is (a member struct left unsized or without members, a complex type
   without its part, a type code past FFI_TYPE_LAST), which then goes by
   the integer rules, by its size.  libffi's riscv ffi_prep_cif looks at
   no member and takes all of these (its ffi_call may then crash); so
   does this one, and its calls stay within the type's bytes.  The walk
   ends as soon as the answer is known, as libffi's ends after three
   leaves: so a struct that contains itself after a member is no endless
   walk.  */
static void
flatten (ffi_type *t, size_t base, struct rv_field *f, unsigned *n,
         int *eligible, unsigned depth)
{
  ffi_type **e;
  size_t off;

  if (*n > 2 || !*eligible)
    return;
  if (t == NULL || depth > FFI_MAX_TYPE_DEPTH)
    {
      *eligible = 0;
      return;
    }
  switch (t->type)
    {
    case FFI_TYPE_STRUCT:
      if (t->elements == NULL || (t->size == 0 && depth > 0))
        {
          *eligible = 0;
          return;
        }
      off = 0;
      for (e = t->elements; *e != NULL; e++)
        {
          off = FFI_ALIGN (off, (*e)->alignment);
          flatten (*e, base + off, f, n, eligible, depth + 1);
          off += (*e)->size;
        }
      return;
    case FFI_TYPE_COMPLEX:
      {
        /* Two of its part, one after the other.  */
        ffi_type *part = t->elements != NULL ? t->elements[0] : NULL;
        if (part == NULL)
          {
            *eligible = 0;
            return;
          }
        flatten (part, base, f, n, eligible, depth + 1);
        flatten (part, base + part->size, f, n, eligible, depth + 1);
        return;
      }
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_UINT8:
    case FFI_TYPE_SINT8:
    case FFI_TYPE_UINT16:
    case FFI_TYPE_SINT16:
    case FFI_TYPE_UINT32:
    case FFI_TYPE_SINT32:
    case FFI_TYPE_INT:
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:
      if (*n < 2)
        {
          f[*n].type = t->type;
          f[*n].size = (unsigned short) t->size;
          f[*n].offset = (unsigned) base;
        }
      /* A scalar of another size than its C type's is none of them.  */
      if (t->size != natural_size (t->type))
        *eligible = 0;
      ++*n;
      return;
    default:
      /* A long double is wider than FLEN; a pointer is no integer to the
         flattening rules (GCC and Clang alike); a void member is a byte
         of no type.  */
      *eligible = 0;
      return;
    }
}

static int
is_fp (unsigned short type)
{
  return type == FFI_TYPE_FLOAT || type == FFI_TYPE_DOUBLE;
}

/* The FP class an aggregate could travel in (RV_CLS_FP, RV_CLS_FPFP,
   RV_CLS_FPINT, with its fields in f, the FP one first), or RV_CLS_INT
   when it follows the integer rules whatever registers are left.  */
static enum rv_class
fp_class (ffi_type *t, struct rv_field *f)
{
  unsigned n = 0;
  int eligible = 1;

  flatten (t, 0, f, &n, &eligible, 0);
  if (!eligible || n == 0 || n > 2)
    return RV_CLS_INT;
  if (n == 1)
    return is_fp (f[0].type) ? RV_CLS_FP : RV_CLS_INT;
  if (is_fp (f[0].type) && is_fp (f[1].type))
    return RV_CLS_FPFP;
  if (is_fp (f[1].type) && !is_fp (f[0].type))
    {
      struct rv_field tmp = f[0];
      f[0] = f[1];
      f[1] = tmp;
    }
  return is_fp (f[0].type) ? RV_CLS_FPINT : RV_CLS_INT;
}

void
rv_place (struct rv_state *st, ffi_type *t, int variadic, struct rv_loc *loc)
{
  size_t size = t->size;
  enum rv_class cls = RV_CLS_INT;

  switch (t->type)
    {
    case FFI_TYPE_VOID:
      /* libffi takes a void argument; nothing is passed for it.  */
      loc->cls = RV_CLS_VOID;
      return;
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
      /* The value of the C type, whatever size the type claims.  */
      cls = RV_CLS_FP;
      loc->f[0].type = t->type;
      loc->f[0].size = t->type == FFI_TYPE_FLOAT ? 4 : 8;
      loc->f[0].offset = 0;
      break;
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      cls = fp_class (t, loc->f);
      break;
    default:
      break;
    }

  /* Variadic arguments follow the integer rules only.  */
  if (!variadic
      && ((cls == RV_CLS_FP && st->nfpr < RV_NFPR)
          || (cls == RV_CLS_FPFP && st->nfpr + 2 <= RV_NFPR)
          || (cls == RV_CLS_FPINT && st->nfpr < RV_NFPR
              && st->ngpr < RV_NGPR)))
    {
      loc->cls = cls;
      loc->fpr = st->nfpr;
      st->nfpr += cls == RV_CLS_FPFP ? 2 : 1;
      if (cls == RV_CLS_FPINT)
        loc->gpr = st->ngpr++;
      return;
    }

  /* The integer rules.  */
  if (size > 16)
    {
      loc->cls = RV_CLS_REF;
      loc->nslots = 1;
    }
  else
    {
      loc->cls = RV_CLS_INT;
      loc->nslots = size > 8 ? 2 : 1;
      if (variadic && t->alignment > 8)
        st->ngpr = (st->ngpr + 1) & ~1u;
    }
  loc->gpr = st->ngpr;
  loc->nregs = RV_NGPR - st->ngpr;
  if (loc->nregs > loc->nslots)
    loc->nregs = loc->nslots;
  st->ngpr += loc->nregs;
  if (loc->nregs == 0 && loc->cls == RV_CLS_INT && t->alignment > 8)
    st->stack = FFI_ALIGN (st->stack, 16);
  loc->stack_off = st->stack;
  st->stack += 8 * (loc->nslots - loc->nregs);
}

void
rv_place_return (ffi_type *t, struct rv_loc *loc)
{
  struct rv_state st = { 0, 0, 0 };

  if (t->type == FFI_TYPE_VOID)
    {
      loc->cls = RV_CLS_INT;
      loc->nslots = 0;
      return;
    }
  rv_place (&st, t, 0, loc);
}

ffi_status
ffi_prep_cif_machdep (ffi_cif *cif, unsigned nfixed, unsigned nfp)
{
  struct rv_state st = { 0, 0, 0 };
  struct rv_loc loc;
  unsigned i;

  /* libffi takes every number between FFI_FIRST_ABI and FFI_LAST_ABI
     (ffi_prep_cif checked that) and calls them all as FFI_SYSV.  */
  cif->riscv_nfixedargs = nfixed;
  cif->riscv_unused = 0;

  rv_place_return (cif->rtype, &loc);
  if (loc.cls == RV_CLS_REF)
    st.ngpr = 1;                /* a0: where the result goes */

  /* Plain scalars, all named: only the integers can reach the stack.  */
  if (nfp != FFI_ARGS_NOT_PLAIN && nfp <= RV_NFPR && nfixed == cif->nargs)
    {
      unsigned nint = cif->nargs - nfp + st.ngpr;
      cif->bytes = nint > RV_NGPR
                   ? (unsigned) FFI_ALIGN (8ull * (nint - RV_NGPR), 16) : 0;
      return FFI_OK;
    }

  for (i = 0; i < cif->nargs; i++)
    rv_place (&st, cif->arg_types[i], i >= nfixed, &loc);
  st.stack = FFI_ALIGN (st.stack, 16);
  if (st.stack > 0x7fffffffu)
    return FFI_BAD_TYPEDEF;
  cif->bytes = (unsigned) st.stack;
  return FFI_OK;
}

/* ---- Calls ---------------------------------------------------------- */

/* An integer of type code type read from p, widened to 64 bits as the
   psABI widens it in a register (32-bit values sign-extended, whatever
   their sign).  */
static uint64_t
widen_reg (unsigned short type, const void *p)
{
  switch (type)
    {
    case FFI_TYPE_UINT8:  return *(const uint8_t *) p;
    case FFI_TYPE_SINT8:  return (uint64_t) *(const int8_t *) p;
    case FFI_TYPE_UINT16: return *(const uint16_t *) p;
    case FFI_TYPE_SINT16: return (uint64_t) *(const int16_t *) p;
    case FFI_TYPE_UINT32:
    case FFI_TYPE_SINT32:
    case FFI_TYPE_INT:    return (uint64_t) *(const int32_t *) p;
    default:              return *(const uint64_t *) p;
    }
}

/* An FP register's image of the float or double at p.  */
static uint64_t
fp_image (unsigned short type, const void *p)
{
  uint64_t x;
  if (type == FFI_TYPE_FLOAT)
    {
      uint32_t w;
      memcpy (&w, p, 4);
      return 0xffffffff00000000ull | w;     /* NaN-boxed */
    }
  memcpy (&x, p, 8);
  return x;
}

/* Writes size bytes from src into the slots of loc: registers in frame,
   then the stack.  */
static void
put_slots (struct rv_frame *frame, char *stack, const struct rv_loc *loc,
           const void *src, size_t size)
{
  unsigned k;
  for (k = 0; k < loc->nslots; k++)
    {
      uint64_t x = 0;
      size_t n = size - 8 * k < 8 ? size - 8 * k : 8;
      memcpy (&x, (const char *) src + 8 * k, n);
      if (k < loc->nregs)
        frame->a[loc->gpr + k] = x;
      else
        memcpy (stack + loc->stack_off + 8 * (k - loc->nregs), &x, 8);
    }
}

static void
rv_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
         void *chain)
{
  struct rv_frame frame;
  struct rv_state st = { 0, 0, 0 };
  struct rv_loc rloc, loc;
  char *stack = cif->bytes ? alloca (cif->bytes) : NULL;
  ffi_type *rtype = cif->rtype;
  unsigned i;

  frame.chain = (uintptr_t) chain;
  rv_place_return (rtype, &rloc);
  if (rloc.cls == RV_CLS_REF)
    {
      if (rvalue == NULL)
        rvalue = alloca (rtype->size);
      frame.a[0] = (uintptr_t) rvalue;
      st.ngpr = 1;
    }

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const char *v = avalue[i];
      uint64_t x;

      rv_place (&st, t, i >= cif->riscv_nfixedargs, &loc);
      switch (loc.cls)
        {
        case RV_CLS_VOID:     /* nothing is passed, avalue[i] not read */
          break;
        case RV_CLS_FP:
          frame.fa[loc.fpr] = fp_image (loc.f[0].type, v + loc.f[0].offset);
          break;
        case RV_CLS_FPFP:
          frame.fa[loc.fpr] = fp_image (loc.f[0].type, v + loc.f[0].offset);
          frame.fa[loc.fpr + 1] = fp_image (loc.f[1].type,
                                            v + loc.f[1].offset);
          break;
        case RV_CLS_FPINT:
          frame.fa[loc.fpr] = fp_image (loc.f[0].type, v + loc.f[0].offset);
          frame.a[loc.gpr] = widen_reg (loc.f[1].type, v + loc.f[1].offset);
          break;
        case RV_CLS_REF:
          {
            /* The callee may write to its argument: it gets a copy.  */
            void *copy = alloca (t->size);
            memcpy (copy, v, t->size);
            x = (uintptr_t) copy;
            put_slots (&frame, stack, &loc, &x, 8);
            break;
          }
        case RV_CLS_INT:
          switch (t->type)
            {
            case FFI_TYPE_STRUCT:
            case FFI_TYPE_COMPLEX:
            case FFI_TYPE_LONGDOUBLE:
            case FFI_TYPE_FLOAT:
            case FFI_TYPE_DOUBLE:
              /* Their bytes; a float's upper half is left zero (the
                 psABI leaves it undefined).  */
              put_slots (&frame, stack, &loc, v, t->size);
              break;
            default:
              x = widen_reg (t->type, v);
              put_slots (&frame, stack, &loc, &x, 8);
              break;
            }
          break;
        }
    }

  stubffi_call_sysv (&frame, stack, cif->bytes, fn);

  if (rvalue == NULL || rloc.cls == RV_CLS_REF)
    return;
  switch (rloc.cls)
    {
    case RV_CLS_FP:
      memcpy ((char *) rvalue + rloc.f[0].offset, &frame.fa[0],
              rloc.f[0].size);
      break;
    case RV_CLS_FPFP:
      memcpy ((char *) rvalue + rloc.f[0].offset, &frame.fa[0],
              rloc.f[0].size);
      memcpy ((char *) rvalue + rloc.f[1].offset, &frame.fa[1],
              rloc.f[1].size);
      break;
    case RV_CLS_FPINT:
      memcpy ((char *) rvalue + rloc.f[0].offset, &frame.fa[0],
              rloc.f[0].size);
      memcpy ((char *) rvalue + rloc.f[1].offset, &frame.a[0],
              rloc.f[1].size);
      break;
    default:    /* RV_CLS_INT */
      switch (rtype->type)
        {
        case FFI_TYPE_VOID:
          break;
        case FFI_TYPE_STRUCT:
        case FFI_TYPE_COMPLEX:
        case FFI_TYPE_LONGDOUBLE:
          /* a0 and a1 are adjacent in the image.  */
          memcpy (rvalue, &frame.a[0], rtype->size);
          break;
        case FFI_TYPE_UINT8:
          *(ffi_arg *) rvalue = (uint8_t) frame.a[0];
          break;
        case FFI_TYPE_UINT16:
          *(ffi_arg *) rvalue = (uint16_t) frame.a[0];
          break;
        case FFI_TYPE_UINT32:
          /* Sign-extended in a0; zero-extended in an ffi_arg.  */
          *(ffi_arg *) rvalue = (uint32_t) frame.a[0];
          break;
        case FFI_TYPE_SINT8:
          *(ffi_sarg *) rvalue = (int8_t) frame.a[0];
          break;
        case FFI_TYPE_SINT16:
          *(ffi_sarg *) rvalue = (int16_t) frame.a[0];
          break;
        case FFI_TYPE_SINT32:
        case FFI_TYPE_INT:
          *(ffi_sarg *) rvalue = (int32_t) frame.a[0];
          break;
        default:        /* 64-bit integers and pointers */
          *(ffi_arg *) rvalue = frame.a[0];
          break;
        }
      break;
    }
}

FFI_API void
ffi_call (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue)
{
  rv_call (cif, fn, rvalue, avalue, NULL);
}

FFI_API void
ffi_call_go (ffi_cif *cif, void (*fn)(void), void *rvalue, void **avalue,
             void *closure)
{
  rv_call (cif, fn, rvalue, avalue, closure);
}
