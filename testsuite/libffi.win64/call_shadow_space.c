/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* The frame the callee sees: %rsp is 8 mod 16 at entry (16-byte aligned
   at the call), 32 bytes of shadow space lie above the return address,
   which the callee may overwrite, and slot 4 is at 40(%rsp).  Hand-
   written callees check the layout and trash the shadow space.  */

#include "win64test.h"

__asm__ (".text\n"
         ".p2align 4\n"
         "w64_rsp_mod16:\n\t"          /* %rsp mod 16 at entry */
         "movq %rsp, %rax\n\t"
         "andl $15, %eax\n\t"
         "ret\n"
         ".p2align 4\n"
         "w64_trash_shadow:\n\t"       /* returns slot 4 - slot 5 */
         "movabsq $0xdeadbeefdeadbeef, %rax\n\t"
         "movq %rax, 8(%rsp)\n\t"
         "movq %rax, 16(%rsp)\n\t"
         "movq %rax, 24(%rsp)\n\t"
         "movq %rax, 32(%rsp)\n\t"
         "movq 40(%rsp), %rax\n\t"
         "subq 48(%rsp), %rax\n\t"
         "ret\n");

extern MS uint64_t w64_rsp_mod16 (void) __attribute__ ((visibility ("hidden")));
extern MS int64_t w64_trash_shadow (int, int, int, int, int64_t, int64_t)
  __attribute__ ((visibility ("hidden")));

/* A C callee that spills its register arguments into the shadow space
   (GCC does at -O0) and checks them afterwards.  */
static MS int64_t
spill (int64_t a, double b, int64_t c, double d)
{
  volatile int64_t *pa = &a, *pc = &c;
  volatile double *pb = &b, *pd = &d;
  CHECK_EQ_INT (*pa, -1);
  CHECK_EQ_FLT (*pb, 2.5);
  CHECK_EQ_INT (*pc, 3);
  CHECK_EQ_FLT (*pd, -4.5);
  *pa = *pc = 0;
  return 42;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint,
                     &ffi_type_sint, &ffi_type_sint64, &ffi_type_sint64 };
  int zero = 0;
  int64_t s4 = 1000000007, s5 = 7, r, a = -1, c = 3;
  double b = 2.5, d = -4.5;
  void *v[6] = { &zero, &zero, &zero, &zero, &s4, &s5 };
  uint64_t m;
  int n;

  /* Every outgoing size keeps the callee's %rsp at 8 mod 16.  */
  for (n = 0; n <= 6; n++)
    {
      W64_PREP (&cif, n, &ffi_type_uint64, t);
      CHECK (cif.bytes >= 32 && cif.bytes % 16 == 0);
      ffi_call (&cif, FFI_FN (w64_rsp_mod16), &m, v);
      CHECK_EQ_UINT (m, 8);
    }

  W64_PREP (&cif, 6, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (w64_trash_shadow), &r, v);
  CHECK_EQ_INT (r, 1000000000);
  ffi_call (&cif, FFI_FN (w64_trash_shadow), &r, v);
  CHECK_EQ_INT (r, 1000000000);

  t[0] = &ffi_type_sint64; t[1] = &ffi_type_double;
  t[2] = &ffi_type_sint64; t[3] = &ffi_type_double;
  v[0] = &a; v[1] = &b; v[2] = &c; v[3] = &d;
  W64_PREP (&cif, 4, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (spill), &r, v);
  CHECK_EQ_INT (r, 42);
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_INT (c, 3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
