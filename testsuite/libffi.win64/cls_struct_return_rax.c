/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A closure returning through the hidden pointer (a 24-byte struct, a
   3-byte struct, a long double) writes the caller's buffer and returns
   its address in %rax, as the convention requires; the remaining
   arguments are shifted by one slot.  Checked with a hand-written
   ms_abi caller, which also checks that the closure wrote only the
   result's bytes.  */

#include "win64test.h"

/* void *w64_call_sret (void *code, void *buf, int64_t a, int64_t b,
                        int64_t c, int64_t d) (System V): calls code with
   rcx = buf, then a, b, c in %rdx, %r8, %r9 and d in slot 4; returns
   %rax.  */
__asm__ (".text\n"
         ".p2align 4\n"
         "w64_call_sret:\n\t"
         "pushq %rbp\n\t"
         "movq %rsp, %rbp\n\t"
         "subq $48, %rsp\n\t"
         "movq %r9, 32(%rsp)\n\t"               /* d: slot 4 */
         "movq %rdi, %rax\n\t"
         "movq %r8, %r9\n\t"                    /* c */
         "movq %rcx, %r8\n\t"                   /* b; a stays in %rdx */
         "movq %rsi, %rcx\n\t"                  /* buf */
         "call *%rax\n\t"
         "leave\n\t"
         "ret\n");

extern void *w64_call_sret (void *code, void *buf, int64_t a, int64_t b,
                            int64_t c, int64_t d)
  __attribute__ ((visibility ("hidden")));

typedef struct { int64_t a; double b; int64_t c; } s24;
typedef struct { uint8_t a[3]; } s3;
W64_STRUCT (s24_type, &ffi_type_sint64, &ffi_type_double, &ffi_type_sint64);
W64_STRUCT (s3_type, &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8);

static int calls;

static void
handler (ffi_cif *cif, void *ret, void **args, void *data)
{
  int64_t a = *(int64_t *) args[0], b = *(int64_t *) args[1],
          c = *(int64_t *) args[2], d = *(int64_t *) args[3];
  (void) data;
  CHECK_EQ_INT (a, 11);
  CHECK_EQ_INT (b, -22);
  CHECK_EQ_INT (c, 33);
  CHECK_EQ_INT (d, -44);
  if (cif->rtype == &s24_type)
    {
      s24 r = { a + b, 0.5, c + d };
      memcpy (ret, &r, sizeof r);
    }
  else if (cif->rtype == &s3_type)
    {
      s3 r = { { 1, 2, 3 } };
      memcpy (ret, &r, sizeof r);
    }
  else
    *(long double *) ret = -1.0L / 3;
  calls++;
}

static void
one (ffi_type *rt, size_t size, const void *want)
{
  ffi_cif cif;
  ffi_type *t[4] = { &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
                     &ffi_type_sint64 };
  ffi_closure *cl;
  void *code;
  w64_buf buf;
  W64_PREP (&cif, 4, rt, t);
  code = w64_closure (&cl, &cif, handler, NULL);
  w64_junk_fill (buf.b, sizeof buf.b);
  CHECK (w64_call_sret (code, buf.b, 11, -22, 33, -44) == buf.b);
  CHECK (memcmp (buf.b, want, size) == 0);
  CHECK (w64_junk_intact (buf.b, size, sizeof buf.b - size));
  ffi_closure_free (cl);
}

static void
run (void)
{
  s24 w24 = { -11, 0.5, -11 };
  s3 w3 = { { 1, 2, 3 } };
  long double wld = -1.0L / 3;
  int before = calls;

  one (&s24_type, sizeof w24, &w24);
  one (&s3_type, sizeof w3, &w3);
  one (&ffi_type_longdouble, 10, &wld);     /* the 10 bytes x87 writes */
  CHECK_EQ_INT (calls, before + 3);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
