/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A NULL rvalue discards the result of a non-void function: ffi_call
   must still make the call (the callee's side effects happen) and must
   not write through the NULL pointer, for results of every register
   kind: integers of each width, pointer, float, double, small INTEGER /
   SSE / mixed structs and complex values.  */

#include "calltest.h"

static int calls;

static int8_t r_s8 (int x) { calls += x; return -1; }
static uint16_t r_u16 (int x) { calls += x; return 0xffff; }
static int32_t r_s32 (int x) { calls += x; return -5; }
static int64_t r_s64 (int x) { calls += x; return INT64_MIN; }
static void *r_ptr (int x) { calls += x; return &calls; }
static float r_flt (int x) { calls += x; return 1.5f; }
static double r_dbl (int x) { calls += x; return -2.5; }

typedef struct { int64_t a, b; } LL;
typedef struct { double x, y; } DD;
typedef struct { int32_t i; float f; double d; } IFD;
STRUCT_TYPE (LL_type, &ffi_type_sint64, &ffi_type_sint64);
STRUCT_TYPE (DD_type, &ffi_type_double, &ffi_type_double);
STRUCT_TYPE (IFD_type, &ffi_type_sint32, &ffi_type_float, &ffi_type_double);

static LL r_ll (int x) { LL r = { 1, 2 }; calls += x; return r; }
static DD r_dd (int x) { DD r = { 1.5, 2.5 }; calls += x; return r; }
static IFD r_ifd (int x) { IFD r = { 1, 2.0f, 3.0 }; calls += x; return r; }

#if HAVE_FFI_COMPLEX
static float _Complex r_cf (int x) { calls += x; return make_cfloat (1, 2); }
static double _Complex r_cd (int x) { calls += x; return make_cdouble (3, 4); }
#endif

static void
discard (ffi_type *rt, void (*fn) (void), int weight)
{
  ffi_cif cif;
  ffi_type *t[1] = { &ffi_type_sint };
  void *v[1] = { &weight };
  int before = calls, k;
  PREP_CIF (&cif, 1, rt, t);
  for (k = 0; k < 3; k++)
    ffi_call (&cif, fn, NULL, v);
  CHECK_EQ_INT (calls, before + 3 * weight);
}

int
main (void)
{
  discard (&ffi_type_sint8, FFI_FN (r_s8), 1);
  discard (&ffi_type_uint16, FFI_FN (r_u16), 2);
  discard (&ffi_type_sint32, FFI_FN (r_s32), 3);
  discard (&ffi_type_sint64, FFI_FN (r_s64), 4);
  discard (&ffi_type_pointer, FFI_FN (r_ptr), 5);
  discard (&ffi_type_float, FFI_FN (r_flt), 6);
  discard (&ffi_type_double, FFI_FN (r_dbl), 7);
  discard (&LL_type, FFI_FN (r_ll), 8);
  discard (&DD_type, FFI_FN (r_dd), 9);
  discard (&IFD_type, FFI_FN (r_ifd), 10);
#if HAVE_FFI_COMPLEX
  discard (&ffi_type_complex_float, FFI_FN (r_cf), 11);
  discard (&ffi_type_complex_double, FFI_FN (r_cd), 12);
  CHECK_EQ_INT (calls, 3 * 78);
#else
  CHECK_EQ_INT (calls, 3 * 55);
#endif
  return 0;
}
