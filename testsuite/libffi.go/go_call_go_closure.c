/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_call_go into a Go closure: the library calls its own Go closure
   trampoline with the closure in the static-chain register.  Arguments
   of many kinds (integers, doubles past the eighth, a long double, an
   SSE struct and a MEMORY struct) and a mixed-class struct return.
   The same closure is also called natively for comparison.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

struct ff { float a, b; };
struct big { int32_t v[6]; };
struct res { int64_t i; double d; };
CT_STRUCT (ff_type, &ffi_type_float, &ffi_type_float);
CT_STRUCT (big_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32);
CT_STRUCT (res_type, &ffi_type_sint64, &ffi_type_double);

#define ND 10

typedef struct res (*fn) (int8_t, struct ff, double, double, double, double,
                          double, double, double, double, double, double,
                          long double, struct big, uint16_t, void *);

static ffi_cif cif;
static ffi_go_closure gc;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  const struct ff *ff = args[1];
  const struct big *big = args[13];
  struct res r = { 0, 0 };
  int i;
  CHECK (cif_ == &cif);
  CHECK (closure == &gc);
  CHECK_EQ_INT (*(int8_t *) args[0], -9);
  CHECK_EQ_FLT (ff->a, 2.5f);
  CHECK_EQ_FLT (ff->b, -0.125f);
  for (i = 0; i < ND; i++)
    {
      CHECK_EQ_FLT (*(double *) args[2 + i], i - 4.5);
      r.d += *(double *) args[2 + i];
    }
  CHECK_EQ_FLT (*(long double *) args[12], 1.0L / 7);
  for (i = 0; i < 6; i++)
    {
      CHECK_EQ_INT (big->v[i], i * -111);
      r.i += big->v[i];
    }
  CHECK_EQ_UINT (*(uint16_t *) args[14], 0xBEEF);
  CHECK (*(void **) args[15] == &calls);
  r.i += *(int8_t *) args[0] + *(uint16_t *) args[14];
  r.d += ff->a + ff->b;
  *(struct res *) ret = r;
  calls++;
}

int
main (void)
{
  ffi_type *types[16];
  void *av[16];
  int8_t s8 = -9;
  struct ff ff = { 2.5f, -0.125f };
  double d[ND];
  long double ld = 1.0L / 7;
  struct big big;
  uint16_t u16 = 0xBEEF;
  void *p = &calls;
  struct res r, r2;
  int i;

  types[0] = &ffi_type_sint8;
  av[0] = &s8;
  types[1] = &ff_type;
  av[1] = &ff;
  for (i = 0; i < ND; i++)
    {
      d[i] = i - 4.5;
      types[2 + i] = &ffi_type_double;
      av[2 + i] = &d[i];
    }
  types[12] = &ffi_type_longdouble;
  av[12] = &ld;
  for (i = 0; i < 6; i++)
    big.v[i] = i * -111;
  types[13] = &big_type;
  av[13] = &big;
  types[14] = &ffi_type_uint16;
  av[14] = &u16;
  types[15] = &ffi_type_pointer;
  av[15] = &p;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 16, &res_type, types));
  CHECK_OK (ffi_prep_go_closure (&gc, &cif, handler));

  memset (&r, 0, sizeof r);
  ffi_call_go (&cif, FFI_FN (gc.tramp), &r, av, &gc);
  CHECK_EQ_INT (r.i, -9 + 0xBEEF - 111 * 15);
  CHECK_EQ_FLT (r.d, 0.0 + 2.375);

  CT_ARM_GO_CLOSURE (gc);
  r2 = CT_CHAIN_CALL (fn) (s8, ff, d[0], d[1], d[2], d[3], d[4], d[5], d[6],
                           d[7], d[8], d[9], ld, big, u16, p);
  CHECK_EQ_INT (r2.i, r.i);
  CHECK_EQ_FLT (r2.d, r.d);
  CHECK_EQ_UINT (calls, 2);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
