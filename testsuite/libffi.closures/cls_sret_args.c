/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A MEMORY-class return next to a full set of register arguments.

   On x86-64 the hidden return pointer takes %rdi, so of six int64_t
   arguments only five fit in registers and the sixth goes to the stack;
   nine doubles put one more on the stack.  The handler writes the
   struct into ret.  The psABI also requires the callee to hand the
   hidden pointer back in %rax: calling the closure through the
   equivalent explicit signature void *(*) (struct big *, int64_t, ...)
   checks that %rax is the buffer and that the buffer was filled
   (x86-64 only; elsewhere the hidden pointer travels differently).  */

#include "closuretest.h"

struct big
{
  int64_t a;
  double b;
  int32_t c[5];
};
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_double, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32);

typedef struct big (*sret_fn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                               int64_t, double, double, double, double,
                               double, double, double, double, double);
typedef void *(*explicit_fn) (struct big *, int64_t, int64_t, int64_t,
                              int64_t, int64_t, int64_t, double, double,
                              double, double, double, double, double,
                              double, double);

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  struct big r;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 6; i++)
    CHECK_EQ_INT (*(int64_t *) args[i], (i + 1) * -0x0101010101LL);
  for (i = 0; i < 9; i++)
    CHECK_EQ_FLT (*(double *) args[6 + i], i * 1.125);
  r.a = 0x7EDCBA9876543210ll;
  r.b = -2.0 / 3;
  for (i = 0; i < 5; i++)
    r.c[i] = -i * 11;
  *(struct big *) ret = r;
  calls++;
}

static void
check_big (const struct big *r)
{
  int i;
  CHECK_EQ_INT (r->a, 0x7EDCBA9876543210ll);
  CHECK_EQ_FLT (r->b, -2.0 / 3);
  for (i = 0; i < 5; i++)
    CHECK_EQ_INT (r->c[i], -i * 11);
}

int
main (void)
{
  ffi_type *types[15];
  ffi_closure *cl;
  sret_fn fn;
  struct big r, buf;
  void *rax;
  int i;

  for (i = 0; i < 6; i++)
    types[i] = &ffi_type_sint64;
  for (i = 6; i < 15; i++)
    types[i] = &ffi_type_double;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 15, &big_type, types));
  CT_CHECK_LAYOUT (big_type, struct big);
  fn = (sret_fn) ct_make_closure (&cl, &cif, handler, &tag);

  memset (&r, 0, sizeof r);
  r = fn (-0x0101010101LL, -0x0202020202LL, -0x0303030303LL, -0x0404040404LL,
          -0x0505050505LL, -0x0606060606LL, 0, 1.125, 2.25, 3.375, 4.5, 5.625,
          6.75, 7.875, 9.0);
  check_big (&r);

#if defined(__x86_64__) && !defined(_WIN64)
  memset (&buf, 0, sizeof buf);
  rax = ((explicit_fn) (void *) fn) (&buf, -0x0101010101LL, -0x0202020202LL,
                                     -0x0303030303LL, -0x0404040404LL,
                                     -0x0505050505LL, -0x0606060606LL, 0,
                                     1.125, 2.25, 3.375, 4.5, 5.625, 6.75,
                                     7.875, 9.0);
  CHECK (rax == &buf);
  check_big (&buf);
  CHECK_EQ_UINT (calls, 2);
#else
  (void) buf;
  (void) rax;
#endif
  ffi_closure_free (cl);
  return 0;
}
