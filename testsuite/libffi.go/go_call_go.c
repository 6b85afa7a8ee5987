/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_call_go: like ffi_call, but the callee also receives the closure
   argument in the static-chain register (%r10 on x86-64).

   The callees are ordinary C functions reached through the
   ct_chain_capture thunk, which records %r10 on entry.  Covers an int
   function, a double function with stack arguments, a MEMORY struct
   return (hidden pointer in %rdi alongside %r10), a void function and
   a NULL closure value.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

struct big { int64_t a, b, c; };
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int void_hits;

static int
add3 (int a, int b, int c)
{
  return a + b + c;
}

static double
dsum (double a, double b, double c, double d, double e, double f, double g,
      double h, double i, double j, long k)
{
  return a + b + c + d + e + f + g + h + i + j + (double) k;
}

static struct big
mkbig (int64_t x, char c)
{
  struct big r = { x, -x, c };
  return r;
}

static void
hit (int n)
{
  void_hits += n;
}

int
main (void)
{
  ffi_type *add_types[3] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint };
  ffi_type *dsum_types[11];
  ffi_type *big_types[2] = { &ffi_type_sint64, &ffi_type_schar };
  ffi_type *hit_types[1] = { &ffi_type_sint };
  ffi_cif add_cif, dsum_cif, big_cif, hit_cif;
  int a = 1, b = -20, c = 300, n = 5, i;
  double dv[10];
  long k = -1000;
  void *av[11];
  int64_t x = 0x123456789ll;
  char ch = 'q';
  ffi_arg ir;
  double dr;
  struct big br;
  char token1, token2;

  CHECK_OK (ffi_prep_cif (&add_cif, FFI_DEFAULT_ABI, 3, &ffi_type_sint,
                          add_types));
  av[0] = &a;
  av[1] = &b;
  av[2] = &c;
  CT_ARM_CAPTURE (add3);
  ffi_call_go (&add_cif, CT_CHAIN_CAPTURE, &ir, av, &token1);
  CHECK (ct_chain_seen == &token1);
  CHECK_EQ_INT ((int) ir, 281);

  for (i = 0; i < 10; i++)
    {
      dsum_types[i] = &ffi_type_double;
      dv[i] = i * 0.5;
      av[i] = &dv[i];
    }
  dsum_types[10] = &ffi_type_slong;
  av[10] = &k;
  CHECK_OK (ffi_prep_cif (&dsum_cif, FFI_DEFAULT_ABI, 11, &ffi_type_double,
                          dsum_types));
  CT_ARM_CAPTURE (dsum);
  ffi_call_go (&dsum_cif, CT_CHAIN_CAPTURE, &dr, av, &token2);
  CHECK (ct_chain_seen == &token2);
  CHECK_EQ_FLT (dr, 22.5 - 1000);

  CHECK_OK (ffi_prep_cif (&big_cif, FFI_DEFAULT_ABI, 2, &big_type,
                          big_types));
  av[0] = &x;
  av[1] = &ch;
  CT_ARM_CAPTURE (mkbig);
  ffi_call_go (&big_cif, CT_CHAIN_CAPTURE, &br, av, &token1);
  CHECK (ct_chain_seen == &token1);
  CHECK_EQ_INT (br.a, x);
  CHECK_EQ_INT (br.b, -x);
  CHECK_EQ_INT (br.c, 'q');

  CHECK_OK (ffi_prep_cif (&hit_cif, FFI_DEFAULT_ABI, 1, &ffi_type_void,
                          hit_types));
  av[0] = &n;
  CT_ARM_CAPTURE (hit);
  ct_chain_seen = &token2;
  ffi_call_go (&hit_cif, CT_CHAIN_CAPTURE, NULL, av, NULL);
  CHECK (ct_chain_seen == NULL);
  CHECK_EQ_INT (void_hits, 5);

  /* Plain ffi_call still works on the same cif afterwards.  */
  av[0] = &a;
  av[1] = &b;
  av[2] = &c;
  ffi_call (&add_cif, FFI_FN (add3), &ir, av);
  CHECK_EQ_INT ((int) ir, 281);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
