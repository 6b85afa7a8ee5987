/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* A variadic ms_abi callee reading ints, int64s, pointers, doubles and
   small (in-slot) structs interleaved, in registers and on the stack;
   and a struct result through the hidden pointer, which shifts every
   argument by one slot.  GCC 12's __builtin_va_arg on a
   __builtin_ms_va_list reads a by-reference argument (a struct that is
   not 1, 2, 4 or 8 bytes, a long double) in place instead of through
   its pointer, so those are checked only when Clang compiles this.  */

#include "win64test.h"

typedef struct { int16_t a; uint8_t b, c; } s4;
typedef struct { float a; int32_t b; } s8;
typedef struct { int64_t a, b; } s16;
W64_STRUCT (s4_type, &ffi_type_sint16, &ffi_type_uint8, &ffi_type_uint8);
W64_STRUCT (s8_type, &ffi_type_float, &ffi_type_sint32);
W64_STRUCT (s16_type, &ffi_type_sint64, &ffi_type_sint64);
typedef struct { int32_t x[5]; } big;          /* returned in memory */
W64_STRUCT (big_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
            &ffi_type_sint32, &ffi_type_sint32);

static int calls;

#ifdef __clang__
# define BYREF_VARIADIC 1
#else
# define BYREF_VARIADIC 0
#endif

/* The fixed argument says what follows.  */
static MS int64_t
mixed (const char *fmt, ...)
{
  __builtin_ms_va_list ap;
  int64_t sum = 0;
  __builtin_ms_va_start (ap, fmt);
  for (; *fmt; fmt++)
    switch (*fmt)
      {
      case 'i': sum += __builtin_va_arg (ap, int); break;
      case 'l': sum += __builtin_va_arg (ap, int64_t); break;
      case 'p': sum += *__builtin_va_arg (ap, int *); break;
      case 'd': sum += (int64_t) (__builtin_va_arg (ap, double) * 4); break;
      case '4':
        {
          s4 s = __builtin_va_arg (ap, s4);
          sum += s.a + s.b + s.c;
          break;
        }
      case '8':
        {
          s8 s = __builtin_va_arg (ap, s8);
          sum += (int64_t) s.a + s.b;
          break;
        }
      case 'S':
        {
          s16 s = __builtin_va_arg (ap, s16);
          sum += s.a - s.b;
          break;
        }
      default:
        CHECK (0);
      }
  __builtin_ms_va_end (ap);
  calls++;
  return sum;
}

static MS big
mixed_big (int n, ...)
{
  __builtin_ms_va_list ap;
  big r;
  int i;
  __builtin_ms_va_start (ap, n);
  CHECK_EQ_INT (n, 5);
  for (i = 0; i < 5; i++)
    r.x[i] = i % 2 ? __builtin_va_arg (ap, int)
                   : (int32_t) __builtin_va_arg (ap, double);
  __builtin_ms_va_end (ap);
  calls++;
  return r;
}

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[16];
  void *v[16];
  const char *fmt = BYREF_VARIADIC ? "d4i8pldSdi4d" : "d4i8pldidi4d";
  int iv = -5, target = 1000, one = 1, three = 3, n5 = 5, k, before = calls;
  int64_t lv = 0x100000000ll, r;
  double dv = 2.25, d0 = 10.0, d2 = 30.0, d4 = 50.0;
  s4 sv4 = { -300, 200, 100 };
  s8 sv8 = { 1.5f, -40 };
  s16 sv16 = { 1000000, 1 };
  int *pv = &target;
  big b;
  int64_t want = 0;

  t[0] = &ffi_type_pointer; v[0] = &fmt;
  for (k = 0; fmt[k]; k++)
    switch (fmt[k])
      {
      case 'd': t[1 + k] = &ffi_type_double;  v[1 + k] = &dv;   want += 9; break;
      case '4': t[1 + k] = &s4_type;          v[1 + k] = &sv4;  want += 0; break;
      case 'i': t[1 + k] = &ffi_type_sint;    v[1 + k] = &iv;   want += -5; break;
      case '8': t[1 + k] = &s8_type;          v[1 + k] = &sv8;  want += 1 - 40; break;
      case 'p': t[1 + k] = &ffi_type_pointer; v[1 + k] = &pv;   want += 1000; break;
      case 'l': t[1 + k] = &ffi_type_sint64;  v[1 + k] = &lv;   want += lv; break;
      case 'S': t[1 + k] = &s16_type;         v[1 + k] = &sv16; want += 999999; break;
      }
  W64_PREP_VAR (&cif, 1, 1 + k, &ffi_type_sint64, t);
  ffi_call (&cif, FFI_FN (mixed), &r, v);
  CHECK_EQ_INT (r, want);

  t[0] = &ffi_type_sint; v[0] = &n5;
  t[1] = &ffi_type_double; v[1] = &d0;
  t[2] = &ffi_type_sint; v[2] = &one;
  t[3] = &ffi_type_double; v[3] = &d2;
  t[4] = &ffi_type_sint; v[4] = &three;
  t[5] = &ffi_type_double; v[5] = &d4;
  W64_PREP_VAR (&cif, 1, 6, &big_type, t);
  memset (&b, 0, sizeof b);
  ffi_call (&cif, FFI_FN (mixed_big), &b, v);
  CHECK_EQ_INT (b.x[0], 10);
  CHECK_EQ_INT (b.x[1], 1);
  CHECK_EQ_INT (b.x[2], 30);
  CHECK_EQ_INT (b.x[3], 3);
  CHECK_EQ_INT (b.x[4], 50);
  CHECK_EQ_INT (calls, before + 2);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
