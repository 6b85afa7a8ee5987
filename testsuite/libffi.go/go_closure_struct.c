/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Go closures taking and returning structs of the register classes:
   INTEGER {int8; int16; int32}, SSE {float; float; double} and mixed
   {double; int64}.  The struct return comes back in registers; the
   chain register must not be confused with any argument register.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

struct ints { int8_t a; int16_t b; int32_t c; };
struct sse { float x, y; double z; };
struct mix { double d; int64_t l; };

CT_STRUCT (ints_type, &ffi_type_sint8, &ffi_type_sint16, &ffi_type_sint32);
CT_STRUCT (sse_type, &ffi_type_float, &ffi_type_float, &ffi_type_double);
CT_STRUCT (mix_type, &ffi_type_double, &ffi_type_sint64);

typedef struct mix (*fn) (struct ints, struct sse, int64_t, struct mix);
typedef struct ints (*ints_fn) (struct ints);
typedef struct sse (*sse_fn) (struct sse, int);

static ffi_cif cif, ints_cif, sse_cif;
static ffi_go_closure gc, ints_gc, sse_gc;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  const struct ints *i = args[0];
  const struct sse *s = args[1];
  const struct mix *m = args[3];
  struct mix r;
  CHECK (cif_ == &cif);
  CHECK (closure == &gc);
  CHECK (i->a == -5 && i->b == 3000 && i->c == -70000);
  CHECK_EQ_FLT (s->x, 0.5f);
  CHECK_EQ_FLT (s->y, -1.5f);
  CHECK_EQ_FLT (s->z, 1e100);
  CHECK_EQ_INT (*(int64_t *) args[2], 0x1122334455667788LL);
  CHECK_EQ_FLT (m->d, -3.25);
  CHECK_EQ_INT (m->l, -1);
  r.d = s->z * 2;
  r.l = i->c + m->l;
  *(struct mix *) ret = r;
}

static void
ints_handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  struct ints r = *(struct ints *) args[0];
  CHECK (cif_ == &ints_cif);
  CHECK (closure == &ints_gc);
  r.a = (int8_t) -r.a;
  r.b = (int16_t) -r.b;
  r.c = -r.c;
  /* The padding byte too: the caller may test the result register as a
     whole (gcc -O2 does), and valgrind then sees an undefined byte.  */
  memset (ret, 0, sizeof r);
  ((struct ints *) ret)->a = r.a;
  ((struct ints *) ret)->b = r.b;
  ((struct ints *) ret)->c = r.c;
}

static void
sse_handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  struct sse r = *(struct sse *) args[0];
  int k = *(int *) args[1];
  CHECK (cif_ == &sse_cif);
  CHECK (closure == &sse_gc);
  r.x *= (float) k;
  r.y *= (float) k;
  r.z *= k;
  *(struct sse *) ret = r;
}

int
main (void)
{
  ffi_type *types[4] = { &ints_type, &sse_type, &ffi_type_sint64, &mix_type };
  ffi_type *ints_types[1] = { &ints_type };
  ffi_type *sse_types[2] = { &sse_type, &ffi_type_sint };
  struct ints i = { -5, 3000, -70000 }, ri;
  struct sse s = { 0.5f, -1.5f, 1e100 }, rs;
  struct mix m = { -3.25, -1 }, rm;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 4, &mix_type, types));
  CHECK_OK (ffi_prep_cif (&ints_cif, FFI_DEFAULT_ABI, 1, &ints_type,
                          ints_types));
  CHECK_OK (ffi_prep_cif (&sse_cif, FFI_DEFAULT_ABI, 2, &sse_type,
                          sse_types));
  CHECK_OK (ffi_prep_go_closure (&gc, &cif, handler));
  CHECK_OK (ffi_prep_go_closure (&ints_gc, &ints_cif, ints_handler));
  CHECK_OK (ffi_prep_go_closure (&sse_gc, &sse_cif, sse_handler));

  CT_ARM_GO_CLOSURE (gc);
  rm = CT_CHAIN_CALL (fn) (i, s, 0x1122334455667788LL, m);
  CHECK_EQ_FLT (rm.d, 2e100);
  CHECK_EQ_INT (rm.l, -70001);

  CT_ARM_GO_CLOSURE (ints_gc);
  ri = CT_CHAIN_CALL (ints_fn) (i);
  CHECK (ri.a == 5 && ri.b == -3000 && ri.c == 70000);

  CT_ARM_GO_CLOSURE (sse_gc);
  rs = CT_CHAIN_CALL (sse_fn) (s, -4);
  CHECK_EQ_FLT (rs.x, -2.0f);
  CHECK_EQ_FLT (rs.y, 6.0f);
  CHECK_EQ_FLT (rs.z, -4e100);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
