/* SPDX-License-Identifier: MIT */
/* Helpers shared by the closure tests (libffi.closures and libffi.go).

   The functions here are static inline and the rest are macros, so a
   test that uses only part of it stays warning-free under -W -Wall.  On
   x86-64 the header also defines four hidden variables and two assembly
   thunks for calling through the static-chain register (Go closures);
   every test is a single translation unit, so that is safe.  */

#ifndef STUBFFI_CLOSURETEST_H
#define STUBFFI_CLOSURETEST_H

#include "testffi.h"
#include <stddef.h>
#include <stdarg.h>

/* A struct ffi_type with a NULL-terminated element list:
     CT_STRUCT (pair_type, &ffi_type_sint, &ffi_type_float);  */
#define CT_STRUCT(name, ...)                                             \
  static ffi_type *name##_elements[] = { __VA_ARGS__, NULL };            \
  static ffi_type name = { 0, 0, FFI_TYPE_STRUCT, name##_elements }

/* Where ffi.h declares no complex types (riscv64, as libffi's), the
   closure tests build their own, as libffi builds its: a complex value
   of FFI_TYPE_COMPLEX whose one element is its part.  The library takes
   them (passed as the psABI passes C's complex values).  */
#ifndef FFI_TARGET_HAS_COMPLEX_TYPE
# define CT_LOCAL_COMPLEX(name, T, part)                                 \
  static ffi_type *ct_##name##_elements[] = { &part, NULL };            \
  static ffi_type ct_type_##name __attribute__((unused)) = {            \
    sizeof (_Complex T), _Alignof (_Complex T), FFI_TYPE_COMPLEX,        \
    ct_##name##_elements                                                 \
  };
CT_LOCAL_COMPLEX (complex_float, float, ffi_type_float)
CT_LOCAL_COMPLEX (complex_double, double, ffi_type_double)
CT_LOCAL_COMPLEX (complex_longdouble, long double, ffi_type_longdouble)
# define ffi_type_complex_float ct_type_complex_float
# define ffi_type_complex_double ct_type_complex_double
# define ffi_type_complex_longdouble ct_type_complex_longdouble
#endif

/* Handler signature of ffi_prep_closure_loc.  */
typedef void (*ct_handler_fn) (ffi_cif *, void *, void **, void *);

/* ffi_closure_alloc + ffi_prep_closure_loc, checking both; returns the
   code address and stores the writable closure in *out.  */
static inline void *
ct_make_closure (ffi_closure **out, ffi_cif *cif, ct_handler_fn fun,
                 void *user_data)
{
  void *code = NULL;
  ffi_closure *cl = (ffi_closure *) ffi_closure_alloc (sizeof (ffi_closure),
                                                       &code);
  CHECK (cl != NULL);
  CHECK (code != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, cif, fun, user_data, code));
  CHECK (cl->cif == cif);
  CHECK (cl->fun == fun);
  CHECK (cl->user_data == user_data);
  *out = cl;
  return code;
}

/* After ffi_prep_cif has laid out a struct type, compare it with C.  */
#define CT_CHECK_LAYOUT(ftype, ctype)                                    \
  do {                                                                   \
    CHECK_EQ_UINT ((ftype).size, sizeof (ctype));                        \
    CHECK_EQ_UINT ((ftype).alignment, _Alignof (ctype));                 \
  } while (0)

/* Writes an integer return value the way libffi requires: a full
   ffi_arg (unsigned types) or ffi_sarg (signed types).  */
#define CT_RET_UINT(ret, v) (*(ffi_arg *) (ret) = (ffi_arg) (v))
#define CT_RET_SINT(ret, v) (*(ffi_sarg *) (ret) = (ffi_sarg) (v))

/* Complex values from parts (CMPLX and friends are missing with some
   compiler/libc pairs).  C11 lays a complex out as an array of two.  */
#define CT_DEFINE_CMPLX(name, T)                                         \
  static inline _Complex T                                               \
  name (T re, T im)                                                      \
  {                                                                      \
    union { T part[2]; _Complex T z; } u;                                \
    u.part[0] = re;                                                      \
    u.part[1] = im;                                                      \
    return u.z;                                                          \
  }
CT_DEFINE_CMPLX (ct_cmplxf, float)
CT_DEFINE_CMPLX (ct_cmplx, double)
CT_DEFINE_CMPLX (ct_cmplxl, long double)

/* Index of the first ffi_raw cell of argument I of CIF in the raw API's
   packing: each argument takes its size in FFI_SIZEOF_ARG cells, a
   struct one cell (a pointer to it).  ct_raw_cell (cif, cif->nargs) is
   the number of cells in the block.  */
static inline unsigned
ct_raw_cell (const ffi_cif *cif, unsigned i)
{
  unsigned k, n = 0;
  for (k = 0; k < i; k++)
    {
      const ffi_type *t = cif->arg_types[k];
      size_t size = t->type == FFI_TYPE_STRUCT ? sizeof (void *) : t->size;
      n += (unsigned) ((size + FFI_SIZEOF_ARG - 1) / FFI_SIZEOF_ARG);
    }
  return n;
}

/* Counts the mappings in /proc/self/maps that are both writable and
   executable, printing each; -1 if the file cannot be read.  */
static inline int
ct_count_wx_mappings (void)
{
  FILE *f = fopen ("/proc/self/maps", "r");
  char line[1024];
  int n = 0;
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    {
      char perms[8] = "";
      if (sscanf (line, "%*s %7s", perms) != 1)
        continue;
      if (strchr (perms, 'w') != NULL && strchr (perms, 'x') != NULL)
        {
          fprintf (stderr, "W+X mapping: %s", line);
          n++;
        }
    }
  fclose (f);
  return n;
}

/* Copies the permission string ("r-xp" etc.) of the mapping holding
   ADDR into PERMS (5 bytes); returns 0, or -1 if no mapping holds it.  */
static inline int
ct_mapping_perms (const void *addr, char perms[5])
{
  FILE *f = fopen ("/proc/self/maps", "r");
  char line[1024];
  int found = -1;
  if (f == NULL)
    return -1;
  while (found != 0 && fgets (line, sizeof line, f) != NULL)
    {
      unsigned long lo, hi;
      char p[8];
      if (sscanf (line, "%lx-%lx %7s", &lo, &hi, p) != 3)
        continue;
      if ((uintptr_t) addr >= lo && (uintptr_t) addr < hi)
        {
          memcpy (perms, p, 4);
          perms[4] = '\0';
          found = 0;
        }
    }
  fclose (f);
  return found;
}

/* A field of /proc/self/status in KiB (e.g. "VmSize:"), or -1.  */
static inline long
ct_status_kib (const char *field)
{
  FILE *f = fopen ("/proc/self/status", "r");
  char line[256];
  long v = -1;
  size_t len = strlen (field);
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (strncmp (line, field, len) == 0)
      {
        v = strtol (line + len, NULL, 10);
        break;
      }
  fclose (f);
  return v;
}

/* Static-chain helpers for Go closures (x86-64: the chain register is
   %r10; aarch64: x18; i386: %ecx, the default convention's; riscv64:
   t2; ppc64el: r11; s390x: r0).

   ct_chain_call is a thunk with no signature of its own: call it as
   CT_CHAIN_CALL (type) (args...) with the function type you want, after
   setting ct_chain_target to the code to run (e.g. gc.tramp) and
   ct_chain_value to the static chain (e.g. &gc); CT_ARM_GO_CLOSURE does
   both.  It loads %r10 and tail-jumps, leaving every argument register,
   %al and the stack untouched, so it works for any signature.

   ct_chain_capture (pass CT_CHAIN_CAPTURE as the function) is the
   reverse, for ffi_call_go: it records the %r10 it was entered with in
   ct_chain_seen, then tail-jumps to ct_capture_target, the real (C)
   callee; CT_ARM_CAPTURE sets that up.  */
#if defined(__x86_64__) || defined(__aarch64__) || defined(__i386__) \
    || defined(__riscv) || defined(__arm__) || defined(__powerpc64__) \
    || defined(__s390x__)
# define CT_HAVE_CHAIN_THUNKS 1
__attribute__((visibility ("hidden"))) void *ct_chain_target;
__attribute__((visibility ("hidden"))) void *ct_chain_value;
__attribute__((visibility ("hidden"))) void *ct_chain_seen;
__attribute__((visibility ("hidden"))) void *ct_capture_target;
__attribute__((visibility ("hidden"))) void ct_chain_call (void);
__attribute__((visibility ("hidden"))) void ct_chain_capture (void);
#else
# define CT_HAVE_CHAIN_THUNKS 0
#endif
#if defined(__aarch64__)
/* bti c (hint #34): both are called indirectly, and the test program is
   BTI-guarded when built with -mbranch-protection=standard.  They leave
   x30 alone and jump through x16, which bti c accepts.  */
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, %function\n"
         "ct_chain_call:\n"
         "  hint #34\n"
         "  adrp x16, ct_chain_value\n"
         "  ldr x18, [x16, #:lo12:ct_chain_value]\n"
         "  adrp x16, ct_chain_target\n"
         "  ldr x16, [x16, #:lo12:ct_chain_target]\n"
         "  br x16\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 4\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, %function\n"
         "ct_chain_capture:\n"
         "  hint #34\n"
         "  adrp x16, ct_chain_seen\n"
         "  str x18, [x16, #:lo12:ct_chain_seen]\n"
         "  adrp x16, ct_capture_target\n"
         "  ldr x16, [x16, #:lo12:ct_capture_target]\n"
         "  br x16\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#elif defined(__x86_64__)
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, @function\n"
         "ct_chain_call:\n"
         "  endbr64\n"
         "  movq ct_chain_value(%rip), %r10\n"
         "  jmpq *ct_chain_target(%rip)\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 4\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, @function\n"
         "ct_chain_capture:\n"
         "  endbr64\n"
         "  movq %r10, ct_chain_seen(%rip)\n"
         "  jmpq *ct_capture_target(%rip)\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#elif defined(__riscv)
/* t0 and t1 are free temporaries; the jump goes through t1, which is no
   link register, so the return-address predictor is left alone.  */
__asm__ (".pushsection .text\n"
         ".p2align 2\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, @function\n"
         "ct_chain_call:\n"
         "  lla t0, ct_chain_value\n"
         "  ld t2, 0(t0)\n"
         "  lla t0, ct_chain_target\n"
         "  ld t1, 0(t0)\n"
         "  jr t1\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 2\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, @function\n"
         "ct_chain_capture:\n"
         "  lla t0, ct_chain_seen\n"
         "  sd t2, 0(t0)\n"
         "  lla t0, ct_capture_target\n"
         "  ld t1, 0(t0)\n"
         "  jr t1\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#elif defined(__i386__)
/* The arguments are on the stack; %eax, free in the default convention,
   holds the address of label 1 so that the data is found PC-relative
   (the test may be a PIE).  */
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, @function\n"
         "ct_chain_call:\n"
         "  endbr32\n"
         "  call 1f\n"
         "1:popl %eax\n"
         "  movl ct_chain_value-1b(%eax), %ecx\n"
         "  jmp *ct_chain_target-1b(%eax)\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 4\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, @function\n"
         "ct_chain_capture:\n"
         "  endbr32\n"
         "  call 1f\n"
         "1:popl %eax\n"
         "  movl %ecx, ct_chain_seen-1b(%eax)\n"
         "  jmp *ct_capture_target-1b(%eax)\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#elif defined(__arm__)
/* 32-bit Arm: the static chain is ip (r12).  Arm-state code (the test
   may be Thumb-2: the mode is switched back after it), data found
   pc-relative (the test may be a PIE); r0 and r1 are borrowed on the
   stack, and the jump is a pop into pc, which interworks.  */
# if defined(__thumb__)
#  define CT_ARM_RESTORE_MODE ".thumb\n"
# else
#  define CT_ARM_RESTORE_MODE ""
# endif
__asm__ (".pushsection .text\n"
         ".syntax unified\n"
         ".arm\n"
         ".p2align 2\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, %function\n"
         "ct_chain_call:\n"
         "  push {r0, r1}\n"
         "  ldr r0, 3f\n"
         "1:add r0, pc, r0\n"
         "  ldr ip, [r0]\n"
         "  ldr r0, 4f\n"
         "2:add r0, pc, r0\n"
         "  ldr r0, [r0]\n"
         "  str r0, [sp, #4]\n"
         "  pop {r0, pc}\n"
         "3:.word ct_chain_value - (1b + 8)\n"
         "4:.word ct_chain_target - (2b + 8)\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 2\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, %function\n"
         "ct_chain_capture:\n"
         "  push {r0, r1}\n"
         "  ldr r0, 3f\n"
         "1:add r0, pc, r0\n"
         "  str ip, [r0]\n"
         "  ldr r0, 4f\n"
         "2:add r0, pc, r0\n"
         "  ldr r0, [r0]\n"
         "  str r0, [sp, #4]\n"
         "  pop {r0, pc}\n"
         "3:.word ct_chain_seen - (1b + 8)\n"
         "4:.word ct_capture_target - (2b + 8)\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         CT_ARM_RESTORE_MODE
         ".popsection\n");
#endif

#if defined(__powerpc64__)
/* ELFv2: the static chain is r11.  Both thunks are entered through r12
   (their address) like any ELFv2 function called indirectly: the global
   entry sets up this program's TOC from it (a direct call, which the
   compiler may make, enters after it), r12 is then a scratch
   register, and the jump goes through it, so the target's global entry
   finds its own address there.  */
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, @function\n"
         "ct_chain_call:\n"
         "0: addis 2, 12, (.TOC. - 0b)@ha\n"
         "  addi 2, 2, (.TOC. - 0b)@l\n"
         "  .localentry ct_chain_call, . - ct_chain_call\n"
         "  addis 12, 2, ct_chain_value@toc@ha\n"
         "  ld 11, ct_chain_value@toc@l(12)\n"
         "  addis 12, 2, ct_chain_target@toc@ha\n"
         "  ld 12, ct_chain_target@toc@l(12)\n"
         "  mtctr 12\n"
         "  bctr\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 4\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, @function\n"
         "ct_chain_capture:\n"
         "0: addis 2, 12, (.TOC. - 0b)@ha\n"
         "  addi 2, 2, (.TOC. - 0b)@l\n"
         "  .localentry ct_chain_capture, . - ct_chain_capture\n"
         "  addis 12, 2, ct_chain_seen@toc@ha\n"
         "  std 11, ct_chain_seen@toc@l(12)\n"
         "  addis 12, 2, ct_capture_target@toc@ha\n"
         "  ld 12, ct_capture_target@toc@l(12)\n"
         "  mtctr 12\n"
         "  bctr\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#endif

#if defined(__s390x__)
/* s390x: the static chain is r0 (GCC's); r1 is free, and the jump goes
   through it.  */
__asm__ (".pushsection .text\n"
         ".p2align 3\n"
         ".globl ct_chain_call\n"
         ".hidden ct_chain_call\n"
         ".type ct_chain_call, @function\n"
         "ct_chain_call:\n"
         "  larl %r1, ct_chain_value\n"
         "  lg %r0, 0(%r1)\n"
         "  larl %r1, ct_chain_target\n"
         "  lg %r1, 0(%r1)\n"
         "  br %r1\n"
         ".size ct_chain_call, .-ct_chain_call\n"
         ".p2align 3\n"
         ".globl ct_chain_capture\n"
         ".hidden ct_chain_capture\n"
         ".type ct_chain_capture, @function\n"
         "ct_chain_capture:\n"
         "  larl %r1, ct_chain_seen\n"
         "  stg %r0, 0(%r1)\n"
         "  larl %r1, ct_capture_target\n"
         "  lg %r1, 0(%r1)\n"
         "  br %r1\n"
         ".size ct_chain_capture, .-ct_chain_capture\n"
         ".popsection\n");
#endif

#if CT_HAVE_CHAIN_THUNKS
/* ct_chain_call as a function pointer of TYPE (through a void *, which
   keeps compilers from objecting to the call through a cast).  */
static inline void *
ct_chain_call_ptr (void)
{
  void *p = (void *) ct_chain_call;
  /* Opaque, so that the call stays indirect: on ppc64el a direct call
     to a local function assumes r2 (the TOC) survives it, which the
     thunk's jump into the library does not keep.  */
  __asm__ ("" : "+r" (p));
  return p;
}
static inline void *
ct_chain_capture_ptr (void)
{
  return (void *) ct_chain_capture;
}
# define CT_CHAIN_CALL(type) ((type) ct_chain_call_ptr ())
# define CT_CHAIN_CAPTURE ((void (*) (void)) ct_chain_capture_ptr ())

/* Arms ct_chain_call to enter the Go closure GC through its tramp.  */
# define CT_ARM_GO_CLOSURE(gc)                                           \
  (ct_chain_target = (void *) (gc).tramp, ct_chain_value = (void *) &(gc))
/* Arms ct_chain_capture to forward to FN after recording the chain.  */
# define CT_ARM_CAPTURE(fn)                                              \
  (ct_capture_target = (void *) (fn), ct_chain_seen = NULL)
#endif

#endif /* STUBFFI_CLOSURETEST_H */
