/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Go closures with the Microsoft ABIs (libffi has them): the caller
   passes the ffi_go_closure in %r10 and calls its tramp.  Called by a
   hand-written ms_abi caller (C cannot set %r10), and by ffi_call_go with
   a cif of the same ABI.  */

#include "win64test.h"

/* double w64_call_go (ffi_go_closure *c, int64_t a, double b) (System V):
   calls c->tramp as double (MS *) (int64_t, double, int64_t, int64_t,
   int64_t) with %r10 = c and (a, b, 3, 4, 5).  */
__asm__ (".text\n"
         ".p2align 4\n"
         "w64_call_go:\n\t"
         "pushq %rbp\n\t"
         "movq %rsp, %rbp\n\t"
         "subq $48, %rsp\n\t"
         "movq $5, 32(%rsp)\n\t"                /* slot 4 */
         "movq %rdi, %r10\n\t"
         "movq %rsi, %rcx\n\t"
         "movapd %xmm0, %xmm1\n\t"
         "movl $3, %r8d\n\t"
         "movl $4, %r9d\n\t"
         "call *(%r10)\n\t"
         "leave\n\t"
         "ret\n");

extern double w64_call_go (ffi_go_closure *c, int64_t a, double b)
  __attribute__ ((visibility ("hidden")));

static int calls;

static void
go_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  ffi_go_closure *gc = (ffi_go_closure *) closure;
  CHECK (gc->cif == cif);
  CHECK_EQ_UINT (cif->nargs, 5);
  CHECK_EQ_INT (*(int64_t *) args[2], 3);
  CHECK_EQ_INT (*(int64_t *) args[3], 4);
  CHECK_EQ_INT (*(int64_t *) args[4], 5);
  *(double *) ret = *(int64_t *) args[0] + *(double *) args[1];
  calls++;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &ffi_type_sint64, &ffi_type_double, &ffi_type_sint64,
                     &ffi_type_sint64, &ffi_type_sint64 };
  ffi_go_closure gc;
  int64_t a = -40, three = 3, four = 4, five = 5;
  double b = 0.25, r;
  void *v[5] = { &a, &b, &three, &four, &five };
  int before = calls;

  W64_PREP (&cif, 5, &ffi_type_double, t);
  CHECK_OK (ffi_prep_go_closure (&gc, &cif, go_handler));
  CHECK_EQ_FLT (w64_call_go (&gc, 100, 0.5), 100.5);
  ffi_call_go (&cif, FFI_FN (gc.tramp), &r, v, &gc);
  CHECK_EQ_FLT (r, -39.75);
  CHECK_EQ_INT (calls, before + 2);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
