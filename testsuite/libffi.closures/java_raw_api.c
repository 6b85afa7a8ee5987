/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The java-raw API (deprecated, still exported): ffi_java_raw_size,
   ffi_java_ptrarray_to_raw, ffi_java_raw_to_ptrarray, ffi_java_raw_call.

   It packs arguments like a Java stack: every argument takes one
   ffi_java_raw cell, except 64-bit integers and doubles, which take two
   (on a 64-bit machine the value is in the first and the second is
   unused).  Integers narrower than a cell are widened into it, a float
   is in .flt, a pointer in .ptr.  Structs and long double have no Java
   representation and are not used.  ffi_java_raw_call exists only where
   the raw API is emulated (FFI_NATIVE_RAW_API 0, as on x86-64).  */

#include "closuretest.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#define NARGS 8

static int64_t
target (int32_t a, int64_t b, double c, float d, const char *e, uint8_t f,
        int16_t g, double h)
{
  CHECK_EQ_INT (a, -123456);
  CHECK_EQ_INT (b, -0x0123456789ABCDEFll);
  CHECK_EQ_FLT (c, 1.0 / 3);
  CHECK_EQ_FLT (d, -0.5f);
  CHECK (strcmp (e, "java") == 0);
  CHECK_EQ_UINT (f, 0xC8);
  CHECK_EQ_INT (g, -2);
  CHECK_EQ_FLT (h, 1e-300);
  return b + a;
}

int
main (void)
{
  ffi_type *types[NARGS] = { &ffi_type_sint32, &ffi_type_sint64,
                             &ffi_type_double, &ffi_type_float,
                             &ffi_type_pointer, &ffi_type_uint8,
                             &ffi_type_sint16, &ffi_type_double };
  int32_t a = -123456;
  int64_t b = -0x0123456789ABCDEFll;
  double c = 1.0 / 3, h = 1e-300;
  float d = -0.5f;
  const char *e = "java";
  uint8_t f = 0xC8;
  int16_t g = -2;
  void *avalues[NARGS] = { &a, &b, &c, &d, &e, &f, &g, &h };
  void *back[NARGS];
  ffi_java_raw raw[12];
  ffi_cif cif;
  size_t bytes = 0;
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, NARGS, &ffi_type_sint64,
                          types));
  for (i = 0; i < NARGS; i++)
    bytes += (types[i] == &ffi_type_sint64 || types[i] == &ffi_type_double
              ? 2 : 1) * sizeof (ffi_java_raw);
#if defined(__x86_64__) && !defined(_WIN64)
  CHECK_EQ_UINT (sizeof (ffi_java_raw), 8);
  CHECK_EQ_UINT (bytes, 11 * 8);
#endif
  CHECK_EQ_UINT (ffi_java_raw_size (&cif), bytes);

#if defined(__x86_64__) && !defined(_WIN64)
  memset (raw, 0xEE, sizeof raw);
  ffi_java_ptrarray_to_raw (&cif, avalues, raw);
  CHECK_EQ_INT (raw[0].sint, a);
  CHECK_EQ_INT (raw[1].sint, b);
  CHECK (memcmp (raw[3].data, &c, sizeof c) == 0);
  CHECK_EQ_FLT (raw[5].flt, d);
  CHECK (raw[6].ptr == e);
  CHECK_EQ_UINT (raw[7].uint, 0xC8);
  CHECK_EQ_INT (raw[8].sint, -2);
  CHECK (memcmp (raw[9].data, &h, sizeof h) == 0);
  /* Nothing beyond the block.  */
  CHECK_EQ_UINT (raw[11].uint, 0xEEEEEEEEEEEEEEEEull);
#endif

  memset (raw, 0, sizeof raw);
  ffi_java_ptrarray_to_raw (&cif, avalues, raw);
  ffi_java_raw_to_ptrarray (&cif, raw, back);
  CHECK_EQ_INT (*(int32_t *) back[0], a);
  CHECK_EQ_INT (*(int64_t *) back[1], b);
  CHECK_EQ_FLT (*(double *) back[2], c);
  CHECK_EQ_FLT (*(float *) back[3], d);
  CHECK (*(const char **) back[4] == e);
  CHECK_EQ_UINT (*(uint8_t *) back[5], f);
  CHECK_EQ_INT (*(int16_t *) back[6], g);
  CHECK_EQ_FLT (*(double *) back[7], h);

#if !FFI_NATIVE_RAW_API
  {
    int64_t r = 0;
    ffi_java_raw_call (&cif, FFI_FN (target), &r, raw);
    CHECK_EQ_INT (r, b + a);
  }
#else
  (void) target;
#endif
  return 0;
}
