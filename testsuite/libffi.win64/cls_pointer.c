/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures taking and returning pointers (NULL, high addresses) in
   registers and on the stack.  */

#include "win64test.h"

static char buf[64];
static int calls;

static void
pick (ffi_cif *cif, void *ret, void **args, void *data)
{
  int which = *(int *) args[5];
  (void) cif;
  CHECK (data == buf);
  CHECK (*(void **) args[0] == buf);
  CHECK (*(char **) args[1] == buf + 63);
  CHECK (*(void **) args[2] == NULL);
  CHECK ((uintptr_t) *(void **) args[3] == 0xffff800000001234ull);
  CHECK (*(void **) args[4] == &calls);
  *(void **) ret = which == 0 ? *(void **) args[0]
                   : which == 1 ? (void *) (*(char **) args[1] - 1)
                   : which == 2 ? NULL : *(void **) args[3];
  calls++;
}

typedef void *(MS *pick_fn) (void *, const char *, void *, void *, void *,
                             int);

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_pointer, &ffi_type_pointer, &ffi_type_pointer,
                     &ffi_type_pointer, &ffi_type_pointer, &ffi_type_sint };
  ffi_closure *cl;
  pick_fn f;
  void *high = (void *) (uintptr_t) 0xffff800000001234ull;
  int before = calls;

  W64_PREP (&cif, 6, &ffi_type_pointer, t);
  f = (pick_fn) w64_closure (&cl, &cif, pick, buf);
  CHECK (f (buf, buf + 63, NULL, high, &calls, 0) == buf);
  CHECK (f (buf, buf + 63, NULL, high, &calls, 1) == buf + 62);
  CHECK (f (buf, buf + 63, NULL, high, &calls, 2) == NULL);
  CHECK (f (buf, buf + 63, NULL, high, &calls, 3) == high);
  CHECK_EQ_INT (calls, before + 4);
  ffi_closure_free (cl);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
