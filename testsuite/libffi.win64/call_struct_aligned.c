/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* The copy of a by-reference argument is aligned for its type: at least
   16 bytes, and more when the type asks for more.  The callees check the
   address they got and the values.  */

#include "win64test.h"
#include <alloca.h>

typedef struct { long double x; int32_t y; } ldi;          /* 32, align 16 */
W64_STRUCT (ldi_type, &ffi_type_longdouble, &ffi_type_sint32);

typedef struct { int64_t a[4]; } __attribute__ ((aligned (32))) v32;
/* A pre-laid-out struct type with alignment 32, as C has it.  */
static ffi_type *v32_elements[] = { &ffi_type_sint64, &ffi_type_sint64,
                                    &ffi_type_sint64, &ffi_type_sint64,
                                    NULL };
static ffi_type v32_type = { 32, 32, FFI_TYPE_STRUCT, v32_elements };

static int calls;

/* The addresses themselves, as the callee receives them in %rdx (a 16-
   aligned type) and %r9 (a 32-aligned one): a C callee may copy its
   argument to an aligned place of its own, which would hide them.
   Returns (%rdx mod 16) | (%r9 mod 32).  */
__asm__ (".text\n"
         ".p2align 4\n"
         "w64_arg_misalignment:\n\t"
         "movq %rdx, %rax\n\t"
         "andl $15, %eax\n\t"
         "movq %r9, %rcx\n\t"
         "andl $31, %ecx\n\t"
         "orq %rcx, %rax\n\t"
         "ret\n");
extern MS uint64_t w64_arg_misalignment (int8_t, ldi, int8_t, v32)
  __attribute__ ((visibility ("hidden")));

static MS int64_t
aligned_args (int8_t pad1, ldi a, int8_t pad2, v32 b, ldi c, v32 d)
{
  CHECK_EQ_INT (pad1, 1);
  CHECK_EQ_INT (pad2, 2);
  CHECK ((uintptr_t) &a % 16 == 0);
  CHECK ((uintptr_t) &b % 32 == 0);
  CHECK ((uintptr_t) &c % 16 == 0);
  CHECK ((uintptr_t) &d % 32 == 0);
  CHECK_EQ_FLT (a.x, 1.25L);
  CHECK_EQ_INT (a.y, -5);
  CHECK_EQ_FLT (c.x, -2.5L);
  CHECK_EQ_INT (c.y, 6);
  CHECK_EQ_INT (b.a[0] + b.a[1] + b.a[2] + b.a[3], 10);
  CHECK_EQ_INT (d.a[0] + d.a[1] + d.a[2] + d.a[3], -10);
  calls++;
  return b.a[3] * d.a[3];
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_sint8, &ldi_type, &ffi_type_sint8, &v32_type,
                     &ldi_type, &v32_type };
  int8_t p1 = 1, p2 = 2;
  ldi a, c;
  v32 b = { { 1, 2, 3, 4 } }, d = { { -1, -2, -3, -4 } };
  void *v[6] = { &p1, &a, &p2, &b, &c, &d };
  int64_t r;
  int k, before = calls;

  memset (&a, 0, sizeof a);
  memset (&c, 0, sizeof c);
  a.x = 1.25L; a.y = -5;
  c.x = -2.5L; c.y = 6;
  W64_PREP (&cif, 6, &ffi_type_sint64, t);
  CHECK_EQ_UINT (ldi_type.size, sizeof (ldi));
  CHECK_EQ_UINT (ldi_type.alignment, 16);
  /* From stack depths that differ by 16 bytes, so that an alignment
     that holds only by chance shows.  */
  for (k = 0; k < 4; k++)
    {
      volatile char *pad = alloca (16 * k + 1);
      pad[0] = 0;
      ffi_call (&cif, FFI_FN (aligned_args), &r, v);
      CHECK_EQ_INT (r, -16);
      ffi_call (&cif, FFI_FN (w64_arg_misalignment), &r, v);
      CHECK_EQ_INT (r, 0);
    }
  CHECK_EQ_INT (calls, before + 4);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
