/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Pointer arguments and results, including NULL and pointers with the
   top bits set, in registers and on the stack.  */

#include "win64test.h"

static char buf[64];
static int calls;

static MS void *
pick (void *a, const char *b, void *c, void *d, void *e, int which)
{
  CHECK (a == buf);
  CHECK (b == buf + 63);
  CHECK (c == NULL);
  CHECK ((uintptr_t) d == (uintptr_t) 0xffff800000001234ull);
  CHECK (e == &calls);
  calls++;
  switch (which)
    {
    case 0: return a;
    case 1: return (void *) (b - 1);
    case 2: return c;
    default: return d;
    }
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_pointer, &ffi_type_pointer, &ffi_type_pointer,
                     &ffi_type_pointer, &ffi_type_pointer, &ffi_type_sint };
  void *a = buf, *c = NULL, *d = (void *) (uintptr_t) 0xffff800000001234ull,
       *e = &calls, *r;
  const char *b = buf + 63;
  int which, before = calls;
  void *v[6] = { &a, &b, &c, &d, &e, &which };

  W64_PREP (&cif, 6, &ffi_type_pointer, t);
  for (which = 0; which < 4; which++)
    {
      w64_junk_fill (&r, sizeof r);
      ffi_call (&cif, FFI_FN (pick), &r, v);
      switch (which)
        {
        case 0: CHECK (r == buf); break;
        case 1: CHECK (r == buf + 62); break;
        case 2: CHECK (r == NULL); break;
        default: CHECK (r == d); break;
        }
    }
  CHECK_EQ_INT (calls, before + 4);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
