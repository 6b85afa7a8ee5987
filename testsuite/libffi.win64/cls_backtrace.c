/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Unwinding through the ms_abi closure entry: a handler's backtrace()
   (the DWARF unwinder, reading the entry's CFI) must walk through the
   entry, which saves %rdi/%rsi and keeps a frame pointer, and through
   its ms_abi caller, out to the frames outside main: the outermost
   entries equal those of a backtrace taken in main.  With 6 arguments
   some are on the stack, and the result goes through the hidden
   pointer.  */

#include "win64test.h"
#include <execinfo.h>

#define DEPTH 64

static void *outer[DEPTH];
static int outer_n, calls;

typedef struct { int64_t a[3]; } s24;
W64_STRUCT (s24_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static void
handler (ffi_cif *cif, void *ret, void **args, void *data)
{
  void *here[DEPTH];
  int n = backtrace (here, DEPTH), k;
  s24 r = { { 1, 2, 3 } };
  (void) cif; (void) data;
  CHECK (n > outer_n);
  for (k = 1; k < outer_n && k <= 3; k++)   /* all but main's own */
    CHECK (here[n - k] == outer[outer_n - k]);
  CHECK_EQ_INT (*(int *) args[5], 6);
  memcpy (ret, &r, sizeof r);
  calls++;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint,
                     &ffi_type_double, &ffi_type_sint, &ffi_type_sint };
  ffi_closure *cl;
  void *code;
  s24 r;
  int before = calls;

  W64_PREP (&cif, 6, &s24_type, t);
  code = w64_closure (&cl, &cif, handler, NULL);
  r = ((s24 (MS *) (int, double, int, double, int, int)) code)
      (1, 2.0, 3, 4.0, 5, 6);
  CHECK_EQ_INT (r.a[2], 3);
  CHECK_EQ_INT (calls, before + 1);
  ffi_closure_free (cl);
}

int
main (void)
{
  outer_n = backtrace (outer, DEPTH);
  CHECK (outer_n >= 2);              /* main and what called it */
  w64_run_all (run);
  return 0;
}
