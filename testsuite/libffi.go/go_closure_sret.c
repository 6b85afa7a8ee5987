/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Go closures returning MEMORY-class structs: the hidden return pointer
   is in %rdi (aarch64: x8) and the closure in %r10 (x18) at the same
   time.  The handler writes into ret; on x86-64 the caller also calls
   with the explicit hidden pointer signature to check that %rax returns
   the buffer.  One closure
   also takes six more integer arguments, so the last goes to the
   stack.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

struct big { int64_t v[3]; double d; };
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
           &ffi_type_double);

typedef struct big (*big_fn) (long, long, long, long, long, long);
typedef void *(*explicit_fn) (struct big *, long, long, long, long, long,
                              long);
typedef struct big (*copy_fn) (struct big, int);

static ffi_cif cif, copy_cif;
static ffi_go_closure gc, copy_gc;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  struct big *r = ret;
  int i;
  CHECK (cif_ == &cif);
  CHECK (closure == &gc);
  for (i = 0; i < 6; i++)
    CHECK_EQ_INT (*(long *) args[i], (i + 1) * -1000L);
  r->v[0] = *(long *) args[0];
  r->v[1] = *(long *) args[5];
  r->v[2] = 0x7777777777777777ll;
  r->d = 0.1;
}

static void
copy_handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  struct big b = *(struct big *) args[0];
  int k = *(int *) args[1];
  CHECK (cif_ == &copy_cif);
  CHECK (closure == &copy_gc);
  b.v[0] += k;
  b.d *= k;
  *(struct big *) ret = b;
}

int
main (void)
{
  ffi_type *types[6];
  ffi_type *copy_types[2] = { &big_type, &ffi_type_sint };
  struct big r, buf, in = { { 1, 2, 3 }, 2.5 };
  void *rax;
  int i;

  for (i = 0; i < 6; i++)
    types[i] = &ffi_type_slong;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 6, &big_type, types));
  CHECK_OK (ffi_prep_cif (&copy_cif, FFI_DEFAULT_ABI, 2, &big_type,
                          copy_types));
  CHECK_OK (ffi_prep_go_closure (&gc, &cif, handler));
  CHECK_OK (ffi_prep_go_closure (&copy_gc, &copy_cif, copy_handler));

  CT_ARM_GO_CLOSURE (gc);
  r = CT_CHAIN_CALL (big_fn) (-1000, -2000, -3000, -4000, -5000, -6000);
  CHECK_EQ_INT (r.v[0], -1000);
  CHECK_EQ_INT (r.v[1], -6000);
  CHECK_EQ_INT (r.v[2], 0x7777777777777777ll);
  CHECK_EQ_FLT (r.d, 0.1);

#if defined(__x86_64__)
  memset (&buf, 0, sizeof buf);
  rax = CT_CHAIN_CALL (explicit_fn) (&buf, -1000, -2000, -3000, -4000, -5000,
                                     -6000);
  CHECK (rax == &buf);
  CHECK_EQ_INT (buf.v[1], -6000);
  CHECK_EQ_FLT (buf.d, 0.1);
#else
  /* AAPCS64 passes the hidden pointer in x8, which no explicit C
     parameter can name, and does not return it.  */
  (void) buf;
  (void) rax;
#endif

  CT_ARM_GO_CLOSURE (copy_gc);
  r = CT_CHAIN_CALL (copy_fn) (in, 10);
  CHECK_EQ_INT (r.v[0], 11);
  CHECK_EQ_INT (r.v[1], 2);
  CHECK_EQ_INT (r.v[2], 3);
  CHECK_EQ_FLT (r.d, 25.0);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
