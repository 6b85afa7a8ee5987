/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Functions returning void: rvalue may be NULL (with and without
   arguments, with arguments on the stack too), and a non-NULL rvalue is
   left untouched.  The callee's side effects show that the call
   happened with the right arguments.  */

#include "calltest.h"

static int calls;
static int64_t last_sum;

static void noop (void) { calls++; }

static void
store_sum (int a, double b, int64_t c, int d, int e, int f, int g, int h)
{
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_FLT (b, 0.25);
  CHECK_EQ_INT (c, INT64_MIN + 1);
  CHECK_EQ_INT (d + e + f + g, 10);
  CHECK_EQ_INT (h, -0x7ffffff0);
  last_sum = c + a;
  calls++;
}

int
main (void)
{
  ffi_cif cif;
  aligned_buf untouched;
  int k;

  PREP_CIF (&cif, 0, &ffi_type_void, NULL);
  CHECK (cif.rtype == &ffi_type_void);
  ffi_call (&cif, FFI_FN (noop), NULL, NULL);
  CHECK_EQ_INT (calls, 1);

  junk_fill (untouched.b, sizeof untouched.b);
  ffi_call (&cif, FFI_FN (noop), untouched.b, NULL);
  CHECK (junk_intact (untouched.b, 0, sizeof untouched.b));
  CHECK_EQ_INT (calls, 2);

  {
    ffi_type *t[8] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint64,
                       &ffi_type_sint, &ffi_type_sint, &ffi_type_sint,
                       &ffi_type_sint, &ffi_type_sint };
    int a = -1, d = 1, e = 2, f = 3, g = 4, h = -0x7ffffff0;
    double b = 0.25;
    int64_t c = INT64_MIN + 1;
    void *v[8] = { &a, &b, &c, &d, &e, &f, &g, &h };
    PREP_CIF (&cif, 8, &ffi_type_void, t);
    for (k = 0; k < 10; k++)
      {
        last_sum = 0;
        ffi_call (&cif, FFI_FN (store_sum), NULL, v);
        CHECK_EQ_INT (last_sum, INT64_MIN);
      }
    junk_fill (untouched.b, sizeof untouched.b);
    ffi_call (&cif, FFI_FN (store_sum), untouched.b, v);
    CHECK (junk_intact (untouched.b, 0, sizeof untouched.b));
  }
  CHECK_EQ_INT (calls, 13);
  return 0;
}
