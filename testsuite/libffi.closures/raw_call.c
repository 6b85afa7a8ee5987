/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_raw_call: calling native functions with arguments packed in an
   ffi_raw block built by hand: each integer widened into its cell, a
   float in .flt, a pointer in .ptr, wider values (64-bit integers,
   double, long double) copied into as many cells as they need, and,
   where the raw API is emulated on top of ffi_call (FFI_NATIVE_RAW_API
   0, as on x86-64), a struct as a pointer in its cell.  Return values
   land in rvalue as with ffi_call: small integers widened to an
   ffi_arg, structs copied, MEMORY structs through the hidden
   pointer.  */

#include "closuretest.h"

struct pt { int32_t x, y; };
struct big { int64_t a, b, c; };
CT_STRUCT (pt_type, &ffi_type_sint32, &ffi_type_sint32);
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int8_t
mix (int8_t a, uint16_t b, int c, long d, double e, float f, const char *s,
     int16_t g, int64_t h, long double i)
{
  CHECK_EQ_INT (a, -3);
  CHECK_EQ_UINT (b, 0xFFFE);
  CHECK_EQ_INT (c, -100000);
  CHECK_EQ_INT (d, -0x12345678L);
  CHECK_EQ_FLT (e, -2.5e-5);
  CHECK_EQ_FLT (f, 3.75f);
  CHECK (strcmp (s, "raw") == 0);
  CHECK_EQ_INT (g, -32768);
  CHECK_EQ_INT (h, 0x123456789ABCll);
  CHECK_EQ_FLT (i, 1.0L / 3);
  return -77;
}

static struct big
structs (struct pt p, long double ld, struct big b)
{
  struct big r;
  r.a = p.x + b.a;
  r.b = p.y + b.b;
  r.c = (int64_t) (ld * 3) + b.c;
  return r;
}

static struct pt
swap (struct pt p)
{
  struct pt r = { p.y, p.x };
  return r;
}

static double
half (double x)
{
  return x / 2;
}

int
main (void)
{
  ffi_type *mix_types[10] = { &ffi_type_sint8, &ffi_type_uint16,
                              &ffi_type_sint, &ffi_type_slong,
                              &ffi_type_double, &ffi_type_float,
                              &ffi_type_pointer, &ffi_type_sint16,
                              &ffi_type_sint64, &ffi_type_longdouble };
  ffi_type *half_types[1] = { &ffi_type_double };
  ffi_cif mix_cif, half_cif;
  ffi_raw raw[32];
  ffi_arg small;
  double e = -2.5e-5, x = -9.0, dr;
  int64_t h = 0x123456789ABCll;
  long double ld = 1.0L / 3;

  CHECK_OK (ffi_prep_cif (&mix_cif, FFI_DEFAULT_ABI, 10, &ffi_type_sint8,
                          mix_types));
  CHECK_EQ_UINT (ffi_raw_size (&mix_cif),
                 ct_raw_cell (&mix_cif, 10) * sizeof (ffi_raw));
#if defined(__x86_64__) && !defined(_WIN64)
  CHECK_EQ_UINT (ct_raw_cell (&mix_cif, 10), 11);
#endif
  memset (raw, 0, sizeof raw);
  raw[ct_raw_cell (&mix_cif, 0)].sint = -3;
  raw[ct_raw_cell (&mix_cif, 1)].uint = 0xFFFE;
  raw[ct_raw_cell (&mix_cif, 2)].sint = -100000;
  raw[ct_raw_cell (&mix_cif, 3)].sint = -0x12345678L;
  memcpy (raw[ct_raw_cell (&mix_cif, 4)].data, &e, sizeof e);
  raw[ct_raw_cell (&mix_cif, 5)].flt = 3.75f;
  raw[ct_raw_cell (&mix_cif, 6)].ptr = "raw";
  raw[ct_raw_cell (&mix_cif, 7)].sint = -32768;
  memcpy (raw[ct_raw_cell (&mix_cif, 8)].data, &h, sizeof h);
  memcpy (raw[ct_raw_cell (&mix_cif, 9)].data, &ld, sizeof ld);
  small = 0;
  ffi_raw_call (&mix_cif, FFI_FN (mix), &small, raw);
  CHECK_EQ_INT ((int8_t) small, -77);

  CHECK_OK (ffi_prep_cif (&half_cif, FFI_DEFAULT_ABI, 1, &ffi_type_double,
                          half_types));
  memcpy (raw[0].data, &x, sizeof x);
  ffi_raw_call (&half_cif, FFI_FN (half), &dr, raw);
  CHECK_EQ_FLT (dr, -4.5);

#if !FFI_NATIVE_RAW_API
  {
    ffi_type *st_types[3] = { &pt_type, &ffi_type_longdouble, &big_type };
    ffi_type *swap_types[1] = { &pt_type };
    ffi_cif st_cif, swap_cif;
    long double ld2 = 100.0L / 3;
    struct pt p = { 5, -6 }, q;
    struct big b = { 1000, 2000, 3000 }, r;

    CHECK_OK (ffi_prep_cif (&st_cif, FFI_DEFAULT_ABI, 3, &big_type,
                            st_types));
    CHECK_EQ_UINT (ffi_raw_size (&st_cif),
                   ct_raw_cell (&st_cif, 3) * sizeof (ffi_raw));
    raw[ct_raw_cell (&st_cif, 0)].ptr = &p;
    memcpy (raw[ct_raw_cell (&st_cif, 1)].data, &ld2, sizeof ld2);
    raw[ct_raw_cell (&st_cif, 2)].ptr = &b;
    memset (&r, 0, sizeof r);
    ffi_raw_call (&st_cif, FFI_FN (structs), &r, raw);
    CHECK_EQ_INT (r.a, 1005);
    CHECK_EQ_INT (r.b, 1994);
    CHECK_EQ_INT (r.c, 3100);

    CHECK_OK (ffi_prep_cif (&swap_cif, FFI_DEFAULT_ABI, 1, &pt_type,
                            swap_types));
    raw[0].ptr = &p;
    ffi_raw_call (&swap_cif, FFI_FN (swap), &q, raw);
    CHECK_EQ_INT (q.x, -6);
    CHECK_EQ_INT (q.y, 5);
  }
#else
  (void) structs;
  (void) swap;
  (void) big_type;
  (void) pt_type;
#endif
  return 0;
}
