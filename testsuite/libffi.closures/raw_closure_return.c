/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Raw closures of several return types: uint8_t (written as a full
   ffi_arg), float, double, long double, an SSE struct, a MEMORY struct
   (the handler writes into the return buffer) and void.  Each takes
   its arguments from the ffi_raw block; the struct argument of the SSE
   case (a pointer in its cell) only where the raw API is emulated
   (FFI_NATIVE_RAW_API 0, as on x86-64).  */

#include "closuretest.h"

struct ff { float a, b; };
struct big { int64_t v[4]; };
CT_STRUCT (ff_type, &ffi_type_float, &ffi_type_float);
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
           &ffi_type_sint64);

static ffi_cif u8_cif, flt_cif, dbl_cif, ld_cif, ff_cif, big_cif, void_cif;
static int tag;
static int64_t sink;

static void
u8_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  CHECK (cif == &u8_cif && user_data == &tag);
  CT_RET_UINT (ret, (uint8_t) (raw[0].uint + raw[ct_raw_cell (cif, 1)].uint));
}

static void
flt_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  CHECK (cif == &flt_cif && user_data == &tag);
  *(float *) ret = raw[0].flt * 2;
}

static void
dbl_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  double d;
  CHECK (cif == &dbl_cif && user_data == &tag);
  memcpy (&d, raw[ct_raw_cell (cif, 1)].data, sizeof d);
  *(double *) ret = d * (double) raw[0].sint;
}

static void
ld_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  long double x;
  CHECK (cif == &ld_cif && user_data == &tag);
  memcpy (&x, raw[0].data, sizeof x);
  *(long double *) ret = -x;
}

#if !FFI_NATIVE_RAW_API
static void
ff_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  const struct ff *in = raw[0].ptr;
  struct ff r;
  CHECK (cif == &ff_cif && user_data == &tag);
  r.a = in->b;
  r.b = in->a;
  *(struct ff *) ret = r;
}
#endif

static void
big_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  struct big *r = ret;
  int64_t x;
  int i;
  CHECK (cif == &big_cif && user_data == &tag);
  memcpy (&x, raw[0].data, sizeof x);
  for (i = 0; i < 4; i++)
    r->v[i] = x * (i + 1);
}

static void
void_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  (void) ret;
  CHECK (cif == &void_cif && user_data == &tag);
  memcpy (&sink, raw[0].data, sizeof sink);
}

static void *
make (ffi_raw_closure **cl, ffi_cif *cif,
      void (*fun) (ffi_cif *, void *, ffi_raw *, void *))
{
  void *code;
  *cl = ffi_closure_alloc (sizeof (ffi_raw_closure), &code);
  CHECK (*cl != NULL);
  CHECK_OK (ffi_prep_raw_closure_loc (*cl, cif, fun, &tag, code));
  return code;
}

int
main (void)
{
  ffi_type *u8_types[2] = { &ffi_type_uint8, &ffi_type_uint8 };
  ffi_type *flt_types[1] = { &ffi_type_float };
  ffi_type *dbl_types[2] = { &ffi_type_sint, &ffi_type_double };
  ffi_type *ld_types[1] = { &ffi_type_longdouble };
  ffi_type *ff_types[1] = { &ff_type };
  ffi_type *big_types[1] = { &ffi_type_sint64 };
  ffi_raw_closure *cl[7];
  struct ff ff = { 1.5f, -2.5f };
  struct big rbig;
  void *code;
  int i;

  CHECK_OK (ffi_prep_cif (&u8_cif, FFI_DEFAULT_ABI, 2, &ffi_type_uint8,
                          u8_types));
  CHECK_OK (ffi_prep_cif (&flt_cif, FFI_DEFAULT_ABI, 1, &ffi_type_float,
                          flt_types));
  CHECK_OK (ffi_prep_cif (&dbl_cif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                          dbl_types));
  CHECK_OK (ffi_prep_cif (&ld_cif, FFI_DEFAULT_ABI, 1, &ffi_type_longdouble,
                          ld_types));
  CHECK_OK (ffi_prep_cif (&ff_cif, FFI_DEFAULT_ABI, 1, &ff_type, ff_types));
  CHECK_OK (ffi_prep_cif (&big_cif, FFI_DEFAULT_ABI, 1, &big_type,
                          big_types));
  CHECK_OK (ffi_prep_cif (&void_cif, FFI_DEFAULT_ABI, 1, &ffi_type_void,
                          big_types));

  code = make (&cl[0], &u8_cif, u8_handler);
  CHECK_EQ_UINT (((uint8_t (*) (uint8_t, uint8_t)) code) (0xF0, 0x25), 0x15);
  code = make (&cl[1], &flt_cif, flt_handler);
  CHECK_EQ_FLT (((float (*) (float)) code) (-1.25f), -2.5f);
  code = make (&cl[2], &dbl_cif, dbl_handler);
  CHECK_EQ_FLT (((double (*) (int, double)) code) (-3, 0.125), -0.375);
  code = make (&cl[3], &ld_cif, ld_handler);
  CHECK_EQ_FLT (((long double (*) (long double)) code) (1.0L / 3),
                -1.0L / 3);
#if !FFI_NATIVE_RAW_API
  {
    struct ff rff;
    code = make (&cl[4], &ff_cif, ff_handler);
    rff = ((struct ff (*) (struct ff)) code) (ff);
    CHECK_EQ_FLT (rff.a, -2.5f);
    CHECK_EQ_FLT (rff.b, 1.5f);
    ffi_closure_free (cl[4]);
  }
#else
  (void) ff;
#endif
  code = make (&cl[5], &big_cif, big_handler);
  rbig = ((struct big (*) (int64_t)) code) (-0x10000000000LL);
  for (i = 0; i < 4; i++)
    CHECK_EQ_INT (rbig.v[i], -0x10000000000LL * (i + 1));
  code = make (&cl[6], &void_cif, void_handler);
  ((void (*) (int64_t)) code) (0x5A5A5A5A5A5ALL);
  CHECK_EQ_INT (sink, 0x5A5A5A5A5A5ALL);

  for (i = 0; i < 7; i++)
    if (i != 4)
      ffi_closure_free (cl[i]);
  return 0;
}
