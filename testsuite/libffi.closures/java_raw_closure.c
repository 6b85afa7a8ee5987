/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Java-raw closures (deprecated API, still exported):
   ffi_prep_java_raw_closure_loc with a handler that reads a Java-style
   argument block, where 64-bit integers and doubles take two
   ffi_java_raw cells and everything else one.  Called natively and
   through ffi_call; a second closure returns a double.  */

#include "closuretest.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

/* The java-raw closures exist only where the raw API is emulated.  */
#if !FFI_NATIVE_RAW_API

typedef int64_t (*jfn) (int32_t, int64_t, double, float, const char *,
                        uint8_t, int16_t, double, int32_t);
typedef double (*dfn) (double, int32_t);

static ffi_cif cif, dcif;
static int tag;
static unsigned calls;

/* Cell index of argument I when 64-bit values take two cells.  */
static int
cell (ffi_cif *c, int i)
{
  int k, n = 0;
  for (k = 0; k < i; k++)
    n += (c->arg_types[k] == &ffi_type_sint64
          || c->arg_types[k] == &ffi_type_double) ? 2 : 1;
  return n;
}

static void
handler (ffi_cif *cif_, void *ret, ffi_java_raw *raw, void *user_data)
{
  double c, h;
  int64_t j;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT ((int32_t) raw[cell (cif_, 0)].sint, -123456);
  /* A 64-bit value fills its two cells (on 32-bit targets a cell's
     sint is 32 bits).  */
  memcpy (&j, raw[cell (cif_, 1)].data, sizeof j);
  CHECK_EQ_INT (j, -0x0123456789ABCDEFll);
  memcpy (&c, raw[cell (cif_, 2)].data, sizeof c);
  CHECK_EQ_FLT (c, 1.0 / 3);
  CHECK_EQ_FLT (raw[cell (cif_, 3)].flt, -0.5f);
  CHECK (strcmp (raw[cell (cif_, 4)].ptr, "java") == 0);
  CHECK_EQ_UINT ((uint8_t) raw[cell (cif_, 5)].uint, 0xC8);
  CHECK_EQ_INT ((int16_t) raw[cell (cif_, 6)].sint, -2);
  memcpy (&h, raw[cell (cif_, 7)].data, sizeof h);
  CHECK_EQ_FLT (h, 1e-300);
  CHECK_EQ_INT ((int32_t) raw[cell (cif_, 8)].sint, 0x7FFFFFFF);
  /* An int64_t result is 8 bytes on every target (an ffi_sarg may be 4).  */
  *(int64_t *) ret = -0x0123456789ABCDEFll - 123456;
  calls++;
}

static void
dhandler (ffi_cif *cif_, void *ret, ffi_java_raw *raw, void *user_data)
{
  double x;
  CHECK (cif_ == &dcif);
  CHECK (user_data == &tag);
  memcpy (&x, raw[0].data, sizeof x);
  *(double *) ret = x * (int32_t) raw[cell (cif_, 1)].sint;
  calls++;
}

int
main (void)
{
  ffi_type *types[9] = { &ffi_type_sint32, &ffi_type_sint64, &ffi_type_double,
                         &ffi_type_float, &ffi_type_pointer, &ffi_type_uint8,
                         &ffi_type_sint16, &ffi_type_double,
                         &ffi_type_sint32 };
  ffi_type *dtypes[2] = { &ffi_type_double, &ffi_type_sint32 };
  ffi_java_raw_closure *cl, *dcl;
  void *code, *dcode;
  int32_t a = -123456, k = 0x7FFFFFFF;
  int64_t b = -0x0123456789ABCDEFll, r;
  double c = 1.0 / 3, h = 1e-300;
  float d = -0.5f;
  const char *e = "java";
  uint8_t f = 0xC8;
  int16_t g = -2;
  void *avalues[9] = { &a, &b, &c, &d, &e, &f, &g, &h, &k };

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 9, &ffi_type_sint64, types));
  CHECK_OK (ffi_prep_cif (&dcif, FFI_DEFAULT_ABI, 2, &ffi_type_double,
                          dtypes));
  cl = ffi_closure_alloc (sizeof (ffi_java_raw_closure), &code);
  dcl = ffi_closure_alloc (sizeof (ffi_java_raw_closure), &dcode);
  CHECK (cl != NULL && dcl != NULL);
  CHECK_OK (ffi_prep_java_raw_closure_loc (cl, &cif, handler, &tag, code));
  CHECK_OK (ffi_prep_java_raw_closure_loc (dcl, &dcif, dhandler, &tag,
                                           dcode));

  CHECK_EQ_INT (((jfn) code) (a, b, c, d, e, f, g, h, k), b - 123456);
  r = 0;
  ffi_call (&cif, FFI_FN (code), &r, avalues);
  CHECK_EQ_INT (r, b - 123456);
  CHECK_EQ_FLT (((dfn) dcode) (0.75, -4), -3.0);
  CHECK_EQ_UINT (calls, 3);
  ffi_closure_free (cl);
  ffi_closure_free (dcl);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
