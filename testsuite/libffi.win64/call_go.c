/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* ffi_call_go with the Microsoft ABIs, as libffi allows: the closure
   argument arrives in %r10 (the static chain), the arguments as for
   ffi_call.  The callees are hand-written: C cannot read %r10.  */

#include "win64test.h"

__asm__ (".text\n"
         ".p2align 4\n"
         "w64_chain:\n\t"              /* returns %r10 */
         "movq %r10, %rax\n\t"
         "ret\n"
         ".p2align 4\n"
         "w64_chain_plus_args:\n\t"    /* %r10 + rcx + rdx + r8 + r9 + slot 4 */
         "movq %r10, %rax\n\t"
         "addq %rcx, %rax\n\t"
         "addq %rdx, %rax\n\t"
         "addq %r8, %rax\n\t"
         "addq %r9, %rax\n\t"
         "addq 40(%rsp), %rax\n\t"
         "ret\n");

extern MS uint64_t w64_chain (void) __attribute__ ((visibility ("hidden")));
extern MS uint64_t w64_chain_plus_args (int64_t, int64_t, int64_t, int64_t,
                                        int64_t)
  __attribute__ ((visibility ("hidden")));

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
                     &ffi_type_sint64, &ffi_type_sint64 };
  int64_t a[5] = { 1, 20, 300, 4000, 50000 };
  void *v[5] = { &a[0], &a[1], &a[2], &a[3], &a[4] };
  static char closure_stand_in[64];
  uint64_t r;

  W64_PREP (&cif, 0, &ffi_type_uint64, NULL);
  ffi_call_go (&cif, FFI_FN (w64_chain), &r, NULL, closure_stand_in);
  CHECK (r == (uintptr_t) closure_stand_in);

  W64_PREP (&cif, 5, &ffi_type_uint64, t);
  ffi_call_go (&cif, FFI_FN (w64_chain_plus_args), &r, v,
               closure_stand_in + 1);
  CHECK (r == (uintptr_t) closure_stand_in + 1 + 54321);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
