/* SPDX-License-Identifier: MIT */
/* Helpers for the per-convention i386 tests (x86abi.exp compiles every
   program here once per convention, with -DX86ABI=FFI_<NAME> and, where
   GCC has an attribute for it, -DX86ABI_ATTR=<attribute>).

   The conventions are checked against facts written out by hand: for
   each test signature and each convention, where every argument goes (a
   register or a stack offset), how many bytes of stack arguments there
   are and how many the callee pops.  Two pieces of assembly make and
   take calls without a compiler's help:

     rec_callee  a native function of any convention: records eax, edx,
                 ecx and the 64 stack words above its return address,
                 returns rec_ret (eax, edx, and st0 when rec_ret_x87),
                 and pops rec_pop bytes;
     rec_caller  calls a function with eax, edx, ecx and a stack image
                 of our choosing, and records the result registers and
                 how many bytes the callee popped.

   Where GCC has the attribute, the tables themselves are checked against
   GCC's own calls of rec_callee.  The programs are built without PIE
   (dg-options), so that the assembly can address its data directly.  */

#ifndef STUBFFI_X86ABI_H
#define STUBFFI_X86ABI_H

#include "testffi.h"
#include <stdarg.h>
#include <stddef.h>

#if !defined(__i386__)
# error "libffi.x86abi is for i386"
#endif
#ifndef X86ABI
# define X86ABI FFI_SYSV
#endif
#if defined(X86ABI_ATTR)
# define X86ABI_HAS_ATTR 1
#else
# define X86ABI_HAS_ATTR 0
# define X86ABI_ATTR
#endif

/* ---- The assembly ---------------------------------------------------- */

#define REC_WORDS 64
uint32_t rec_regs[3];                   /* eax, edx, ecx at entry */
uint32_t rec_stack[REC_WORDS];          /* the words above the return address */
uint32_t rec_ret_eax, rec_ret_edx, rec_ret_x87, rec_pop, rec_calls;
long double rec_ret_st0;

uint32_t call_regs[3];                  /* eax, edx, ecx for the call */
uint32_t call_stack[REC_WORDS];         /* the stack image */
uint32_t call_x87;                      /* the callee returns in st0 */
uint32_t got_eax, got_edx, got_pop;
long double got_st0;

void rec_callee (void);
void rec_caller (void (*fn) (void));

__asm__ (".text\n"
         ".p2align 4\n"
         ".globl rec_callee\n"
         ".type rec_callee, @function\n"
         "rec_callee:\n"
         "  movl %eax, rec_regs\n"
         "  movl %edx, rec_regs+4\n"
         "  movl %ecx, rec_regs+8\n"
         "  incl rec_calls\n"
         "  xorl %ecx, %ecx\n"
         "1:movl 4(%esp,%ecx,4), %eax\n"
         "  movl %eax, rec_stack(,%ecx,4)\n"
         "  incl %ecx\n"
         "  cmpl $64, %ecx\n"
         "  jne 1b\n"
         "  cmpl $0, rec_ret_x87\n"
         "  je 2f\n"
         "  fldt rec_ret_st0\n"
         "2:movl rec_ret_eax, %eax\n"
         "  movl rec_ret_edx, %edx\n"
         "  popl rec_tmp_ret\n"         /* the return address */
         "  addl rec_pop, %esp\n"       /* the callee's pops */
         "  pushl rec_tmp_ret\n"
         "  ret\n"
         ".size rec_callee, .-rec_callee\n"
         ".p2align 4\n"
         ".globl rec_caller\n"
         ".type rec_caller, @function\n"
         "rec_caller:\n"
         "  pushl %ebp\n"
         "  movl %esp, %ebp\n"
         "  pushl %ebx\n"
         "  pushl %esi\n"
         "  pushl %edi\n"
         "  movl 8(%ebp), %ebx\n"
         "  subl $256, %esp\n"
         "  andl $-16, %esp\n"
         "  xorl %ecx, %ecx\n"
         "1:movl call_stack(,%ecx,4), %eax\n"
         "  movl %eax, (%esp,%ecx,4)\n"
         "  incl %ecx\n"
         "  cmpl $64, %ecx\n"
         "  jne 1b\n"
         "  movl %esp, %esi\n"
         "  movl call_regs, %eax\n"
         "  movl call_regs+4, %edx\n"
         "  movl call_regs+8, %ecx\n"
         "  call *%ebx\n"
         "  movl %esp, %edi\n"
         "  subl %esi, %edi\n"
         "  movl %edi, got_pop\n"
         "  movl %eax, got_eax\n"
         "  movl %edx, got_edx\n"
         "  cmpl $0, call_x87\n"
         "  je 2f\n"
         "  fstpt got_st0\n"
         "2:leal -12(%ebp), %esp\n"
         "  popl %edi\n"
         "  popl %esi\n"
         "  popl %ebx\n"
         "  popl %ebp\n"
         "  ret\n"
         ".size rec_caller, .-rec_caller\n"
         ".data\n"
         "rec_tmp_ret: .long 0\n"
         ".text\n");

/* ---- Where arguments go ---------------------------------------------- */

#define R_EAX 0
#define R_EDX 1
#define R_ECX 2
#define ON_STACK (-1)

/* One argument's place: a register (R_*), or ON_STACK at byte off.  */
struct loc {
  signed char reg;
  short off;
};
#define EAX { R_EAX, 0 }
#define EDX { R_EDX, 0 }
#define ECX { R_ECX, 0 }
#define AT(o) { ON_STACK, (o) }
#define NONE { ON_STACK, -1 }

/* What a convention does with one signature: stack argument bytes, the
   bytes the callee pops, the hidden pointer's place (NONE if no struct
   is returned) and each argument's.  */
struct layout {
  unsigned bytes, pop;
  struct loc sret;
  struct loc arg[8];
};

/* A test signature: types, the argument values (each at least 4 bytes of
   storage) and its layouts; LAYOUT picks the one of the convention under
   test from a table in the order SYSV, STDCALL, FASTCALL, THISCALL,
   MS_CDECL, PASCAL, REGISTER.  */
struct sig {
  const char *name;
  ffi_type *rtype;
  unsigned nargs;
  ffi_type *atypes[8];
  void *values[8];
  struct layout lay[7];
};

static inline int
abi_index (void)
{
  switch (X86ABI)
    {
    case FFI_SYSV: return 0;
    case FFI_STDCALL: return 1;
    case FFI_FASTCALL: return 2;
    case FFI_THISCALL: return 3;
    case FFI_MS_CDECL: return 4;
    case FFI_PASCAL: return 5;
    case FFI_REGISTER: return 6;
    default: abort ();
    }
}
#define LAYOUT(s) (&(s)->lay[abi_index ()])

/* An integer argument of at most 4 bytes as the caller widens it.  */
static inline uint32_t
widened (const ffi_type *t, const void *v)
{
  switch (t->type)
    {
    case FFI_TYPE_UINT8: return *(const uint8_t *) v;
    case FFI_TYPE_SINT8: return (uint32_t) *(const int8_t *) v;
    case FFI_TYPE_UINT16: return *(const uint16_t *) v;
    case FFI_TYPE_SINT16: return (uint32_t) *(const int16_t *) v;
    default: return *(const uint32_t *) v;
    }
}

static inline int
is_int32ish (const ffi_type *t)
{
  return t->size <= 4 && t->type != FFI_TYPE_STRUCT
         && t->type != FFI_TYPE_FLOAT;
}

/* The expected register and stack image of a call with signature s and
   hidden pointer sret: regs[3], stack bytes, and which of them matter
   (reg_mask bits, stack_mask bytes).  */
struct image {
  uint32_t regs[3];
  unsigned reg_mask;
  unsigned char stack[4 * REC_WORDS];
  unsigned char stack_mask[4 * REC_WORDS];
};

static inline void
build_image (const struct sig *s, void *sret, struct image *im)
{
  const struct layout *l = LAYOUT (s);
  unsigned i;

  memset (im, 0, sizeof *im);
  if (l->sret.off >= 0 || l->sret.reg != ON_STACK)
    {
      uint32_t p = (uint32_t) (uintptr_t) sret;
      if (l->sret.reg != ON_STACK)
        {
          im->regs[l->sret.reg] = p;
          im->reg_mask |= 1u << l->sret.reg;
        }
      else
        {
          memcpy (im->stack + l->sret.off, &p, 4);
          memset (im->stack_mask + l->sret.off, 1, 4);
        }
    }
  for (i = 0; i < s->nargs; i++)
    {
      const ffi_type *t = s->atypes[i];
      const struct loc *a = &l->arg[i];
      if (a->reg != ON_STACK)
        {
          CHECK (is_int32ish (t));
          im->regs[a->reg] = widened (t, s->values[i]);
          im->reg_mask |= 1u << a->reg;
        }
      else if (is_int32ish (t))
        {
          uint32_t w = widened (t, s->values[i]);
          memcpy (im->stack + a->off, &w, 4);
          memset (im->stack_mask + a->off, 1, 4);
        }
      else
        {
          memcpy (im->stack + a->off, s->values[i], t->size);
          /* long double: 10 significant bytes of 12 */
          memset (im->stack_mask + a->off, 1,
                  t->type == FFI_TYPE_LONGDOUBLE ? 10 : t->size);
        }
    }
}

/* Compares what rec_callee recorded with the image; names the first
   difference.  */
static inline void
check_record (const char *what, const struct sig *s, const struct image *im)
{
  const unsigned char *got = (const unsigned char *) rec_stack;
  unsigned i;

  for (i = 0; i < 3; i++)
    if ((im->reg_mask >> i & 1) && rec_regs[i] != im->regs[i])
      {
        fprintf (stderr, "%s %s: register %s is %#x, expected %#x\n", what,
                 s->name, i == 0 ? "eax" : i == 1 ? "edx" : "ecx",
                 (unsigned) rec_regs[i], (unsigned) im->regs[i]);
        abort ();
      }
  for (i = 0; i < LAYOUT (s)->bytes; i++)
    if (im->stack_mask[i] && got[i] != im->stack[i])
      {
        fprintf (stderr, "%s %s: stack byte %u is %#x, expected %#x\n",
                 what, s->name, i, got[i], im->stack[i]);
        abort ();
      }
}

/* Every byte the layout names lies inside the stack area, and the
   callee pops nothing, everything or the hidden pointer.  */
static inline void
check_layout_sane (const struct sig *s)
{
  const struct layout *l = LAYOUT (s);
  unsigned i;
  for (i = 0; i < s->nargs; i++)
    if (l->arg[i].reg == ON_STACK)
      CHECK (l->arg[i].off + ((s->atypes[i]->size + 3) & ~3u) <= l->bytes);
  CHECK (l->pop == 0 || l->pop == l->bytes || l->pop == 4);
}

#endif /* STUBFFI_X86ABI_H */
