/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Every integer width as arguments (four in registers, five on the
   stack) and as results: a result narrower than ffi_arg arrives widened
   to a whole ffi_arg, sign- or zero-extended by its type.  */

#include "win64test.h"

static int calls;

static MS int64_t
all_widths (uint8_t a, int8_t b, uint16_t c, int16_t d, uint32_t e,
            int32_t f, uint64_t g, int64_t h, int i)
{
  CHECK_EQ_UINT (a, 0xfe);
  CHECK_EQ_INT (b, -0x7f);
  CHECK_EQ_UINT (c, 0xfedc);
  CHECK_EQ_INT (d, -0x7edc);
  CHECK_EQ_UINT (e, 0xfedcba98u);
  CHECK_EQ_INT (f, -0x7edcba98);
  CHECK_EQ_UINT (g, 0xfedcba9876543210ull);
  CHECK_EQ_INT (h, -0x7edcba9876543210ll);
  CHECK_EQ_INT (i, -12345);
  calls++;
  return (int64_t) a + b + c + d + e + f + (int64_t) g + h + i;
}

static MS uint8_t  ret_u8 (uint8_t x)  { calls++; return (uint8_t) (x + 1); }
static MS int8_t   ret_s8 (int8_t x)   { calls++; return (int8_t) (x - 1); }
static MS uint16_t ret_u16 (uint16_t x) { calls++; return (uint16_t) (x + 1); }
static MS int16_t  ret_s16 (int16_t x)  { calls++; return (int16_t) (x - 1); }
static MS uint32_t ret_u32 (uint32_t x) { calls++; return x + 1; }
static MS int32_t  ret_s32 (int32_t x)  { calls++; return x - 1; }
static MS uint64_t ret_u64 (uint64_t x) { calls++; return x + 1; }
static MS int64_t  ret_s64 (int64_t x)  { calls++; return x - 1; }
static MS int      ret_int (int x)      { calls++; return -x; }

/* Calls f (x) with arg and result of type t; returns the result as the
   whole ffi_arg the library wrote.  */
static ffi_arg
call1 (void (*f) (void), ffi_type *t, void *x)
{
  ffi_cif cif;
  ffi_type *at[1] = { t };
  void *av[1] = { x };
  w64_buf r;
  W64_PREP (&cif, 1, t, at);
  w64_junk_fill (r.b, sizeof r.b);
  ffi_call (&cif, f, r.b, av);
  CHECK (w64_junk_intact (r.b, sizeof (ffi_arg), 16));
  return *(ffi_arg *) r.b;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[9] = { &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
                     &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32,
                     &ffi_type_uint64, &ffi_type_sint64, &ffi_type_sint };
  uint8_t a = 0xfe;
  int8_t b = -0x7f;
  uint16_t c = 0xfedc;
  int16_t d = -0x7edc;
  uint32_t e = 0xfedcba98u;
  int32_t f = -0x7edcba98;
  uint64_t g = 0xfedcba9876543210ull;
  int64_t h = -0x7edcba9876543210ll, r;
  int i = -12345, before = calls;
  void *v[9] = { &a, &b, &c, &d, &e, &f, &g, &h, &i };
  uint8_t u8 = 0x7f;
  int8_t s8 = -0x7f;
  uint16_t u16 = 0x7fff;
  int16_t s16 = -0x7fff;
  uint32_t u32 = 0x7fffffffu;
  int32_t s32 = INT32_MIN + 1;
  uint64_t u64 = 0xfffffffffffffffeull;
  int64_t s64 = INT64_MIN + 1;
  int in = INT32_MIN + 1;

  W64_PREP (&cif, 9, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (all_widths), &r, v);
  CHECK_EQ_INT (r, (int64_t) a + b + c + d + e + f + (int64_t) g + h + i);

  CHECK_EQ_UINT (call1 (FFI_FN (ret_u8), &ffi_type_uint8, &u8), 0x80);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_s8), &ffi_type_sint8, &s8),
                 (ffi_arg) (ffi_sarg) -0x80);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_u16), &ffi_type_uint16, &u16), 0x8000);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_s16), &ffi_type_sint16, &s16),
                 (ffi_arg) (ffi_sarg) -0x8000);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_u32), &ffi_type_uint32, &u32),
                 0x80000000u);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_s32), &ffi_type_sint32, &s32),
                 (ffi_arg) (ffi_sarg) INT32_MIN);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_u64), &ffi_type_uint64, &u64),
                 0xffffffffffffffffull);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_s64), &ffi_type_sint64, &s64),
                 (ffi_arg) INT64_MIN);
  CHECK_EQ_UINT (call1 (FFI_FN (ret_int), &ffi_type_sint, &in),
                 (ffi_arg) (ffi_sarg) (INT32_MAX));
  CHECK_EQ_INT (calls, before + 10);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
