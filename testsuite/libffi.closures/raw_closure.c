/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Raw closures: ffi_prep_raw_closure_loc with a handler that reads its
   arguments from an ffi_raw block.

   The closure is allocated with ffi_closure_alloc (sizeof
   (ffi_raw_closure)).  Its handler gets the cif, the return buffer, the
   packed arguments and the user_data it was prepared with (which also
   shows in the closure's user_data field): integers widened in their
   cells (.sint/.uint), a float in .flt, a pointer in .ptr, 64-bit
   integers, doubles and long doubles in as many cells as they need.
   Called natively, with arguments in registers and on the stack, and
   through ffi_call.  Where the raw API is emulated (FFI_NATIVE_RAW_API
   0, as on x86-64) a second closure takes a struct, which arrives as a
   pointer in its cell.  */

#include "closuretest.h"

struct pt { int32_t x; float y; };
CT_STRUCT (pt_type, &ffi_type_sint32, &ffi_type_float);

typedef int (*raw_fn) (int8_t, uint16_t, int, long, double, float,
                       const char *, long double, int16_t, uint64_t,
                       int32_t);
typedef double (*pt_fn) (int, struct pt, double);

static ffi_cif cif, pt_cif;
static int tag, pt_tag;
static unsigned calls;

static void
raw_handler (ffi_cif *cif_, void *ret, ffi_raw *raw, void *user_data)
{
  double d;
  long double ld;
  uint64_t u64;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT ((int8_t) raw[ct_raw_cell (cif_, 0)].sint, -3);
  CHECK_EQ_UINT ((uint16_t) raw[ct_raw_cell (cif_, 1)].uint, 0xFFFE);
  CHECK_EQ_INT ((int) raw[ct_raw_cell (cif_, 2)].sint, -100000);
  CHECK_EQ_INT (raw[ct_raw_cell (cif_, 3)].sint, -0x12345678L);
  memcpy (&d, raw[ct_raw_cell (cif_, 4)].data, sizeof d);
  CHECK_EQ_FLT (d, -2.5e-5);
  CHECK_EQ_FLT (raw[ct_raw_cell (cif_, 5)].flt, 3.75f);
  CHECK (strcmp (raw[ct_raw_cell (cif_, 6)].ptr, "raw closure") == 0);
  memcpy (&ld, raw[ct_raw_cell (cif_, 7)].data, sizeof ld);
  CHECK_EQ_FLT (ld, 1.0L / 3);
  CHECK_EQ_INT ((int16_t) raw[ct_raw_cell (cif_, 8)].sint, -32768);
  memcpy (&u64, raw[ct_raw_cell (cif_, 9)].data, sizeof u64);
  CHECK_EQ_UINT (u64, 0xFEDCBA9876543210ull);
  CHECK_EQ_INT ((int32_t) raw[ct_raw_cell (cif_, 10)].sint, 0x7FFFFFFF);
  CT_RET_SINT (ret, -12345);
  calls++;
}

#if !FFI_NATIVE_RAW_API
/* n bytes rounded up to whole ffi_raw cells.  */
#define FFI_ALIGN_CELLS(n) \
  (((n) + sizeof (ffi_raw) - 1) / sizeof (ffi_raw) * sizeof (ffi_raw))
static void
pt_handler (ffi_cif *cif_, void *ret, ffi_raw *raw, void *user_data)
{
  const struct pt *p;
  double d;
  CHECK (cif_ == &pt_cif);
  CHECK (user_data == &pt_tag);
  CHECK_EQ_INT ((int) raw[0].sint, 17);
  p = raw[1].ptr;
  CHECK_EQ_INT (p->x, -42);
  CHECK_EQ_FLT (p->y, 0.5f);
  memcpy (&d, raw[2].data, sizeof d);
  *(double *) ret = p->x * d + p->y;
  calls++;
}
#endif

int
main (void)
{
  ffi_type *types[11] = { &ffi_type_sint8, &ffi_type_uint16, &ffi_type_sint,
                          &ffi_type_slong, &ffi_type_double, &ffi_type_float,
                          &ffi_type_pointer, &ffi_type_longdouble,
                          &ffi_type_sint16, &ffi_type_uint64,
                          &ffi_type_sint32 };
  ffi_raw_closure *cl;
  void *code;
  raw_fn f;
  int8_t a = -3;
  uint16_t b = 0xFFFE;
  int c = -100000;
  long dl = -0x12345678L;
  double e = -2.5e-5;
  float ff = 3.75f;
  const char *s = "raw closure";
  long double ld = 1.0L / 3;
  int16_t g = -32768;
  uint64_t h = 0xFEDCBA9876543210ull;
  int32_t i = 0x7FFFFFFF;
  void *avalues[11] = { &a, &b, &c, &dl, &e, &ff, &s, &ld, &g, &h, &i };
  ffi_arg r;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 11, &ffi_type_sint, types));
  CHECK_EQ_UINT (ffi_raw_size (&cif),
                 ct_raw_cell (&cif, 11) * sizeof (ffi_raw));
  cl = ffi_closure_alloc (sizeof (ffi_raw_closure), &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_raw_closure_loc (cl, &cif, raw_handler, &tag, code));
  CHECK (cl->cif == &cif);
  CHECK (cl->fun == raw_handler);
  CHECK (cl->user_data == &tag);
  f = (raw_fn) code;

  CHECK_EQ_INT (f (-3, 0xFFFE, -100000, -0x12345678L, -2.5e-5, 3.75f,
                   "raw closure", 1.0L / 3, -32768, 0xFEDCBA9876543210ull,
                   0x7FFFFFFF),
                -12345);
  r = 0;
  ffi_call (&cif, FFI_FN (f), &r, avalues);
  CHECK_EQ_INT ((int) r, -12345);
  CHECK_EQ_UINT (calls, 2);
  ffi_closure_free (cl);

#if !FFI_NATIVE_RAW_API
  {
    ffi_type *pt_types[3] = { &ffi_type_sint, &pt_type, &ffi_type_double };
    struct pt p = { -42, 0.5f };
    pt_fn pf;

    CHECK_OK (ffi_prep_cif (&pt_cif, FFI_DEFAULT_ABI, 3, &ffi_type_double,
                            pt_types));
    /* The int and the double by value in whole cells, the struct by
       pointer (as libffi's raw API passes structs).  */
    CHECK_EQ_UINT (ffi_raw_size (&pt_cif),
                   FFI_ALIGN_CELLS (sizeof (int))
                   + FFI_ALIGN_CELLS (sizeof (void *))
                   + FFI_ALIGN_CELLS (sizeof (double)));
    cl = ffi_closure_alloc (sizeof (ffi_raw_closure), &code);
    CHECK (cl != NULL);
    CHECK_OK (ffi_prep_raw_closure_loc (cl, &pt_cif, pt_handler, &pt_tag,
                                        code));
    pf = (pt_fn) code;
    CHECK_EQ_FLT (pf (17, p, 0.25), -42 * 0.25 + 0.5);
    CHECK_EQ_UINT (calls, 3);
    ffi_closure_free (cl);
  }
#else
  (void) pt_type;
  (void) pt_cif;
  (void) pt_tag;
#endif
  return 0;
}
