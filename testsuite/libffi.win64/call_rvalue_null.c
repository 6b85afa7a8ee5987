/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* ffi_call with a NULL rvalue discards the result of every kind: in
   %rax (narrow, full, small struct), in %xmm0, and through the hidden
   pointer, for which the library must supply a buffer of its own.  */

#include "win64test.h"

typedef struct { uint8_t a; } s1;
typedef struct { uint16_t a; } s2;
typedef struct { uint8_t a[3]; } s3;
typedef struct { int32_t a; } s4;
typedef struct { double a; } s8;
typedef struct { int64_t a[6]; } s48;
W64_STRUCT (s1_type, &ffi_type_uint8);
W64_STRUCT (s2_type, &ffi_type_uint16);
W64_STRUCT (s3_type, &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint8);
W64_STRUCT (s4_type, &ffi_type_sint32);
W64_STRUCT (s8_type, &ffi_type_double);
W64_STRUCT (s48_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
            &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int calls;

#define CALLEE(name, T, expr)                                            \
  static MS T                                                           \
  name (int x)                                                          \
  {                                                                     \
    T r;                                                                \
    memset (&r, 0, sizeof r);                                           \
    CHECK_EQ_INT (x, 12345);                                            \
    expr;                                                               \
    calls++;                                                            \
    return r;                                                           \
  }

CALLEE (r_s8, int8_t, r = -1)
CALLEE (r_u32, uint32_t, r = 0xffffffffu)
CALLEE (r_s64, int64_t, r = -1)
CALLEE (r_float, float, r = 1.5f)
CALLEE (r_double, double, r = 2.5)
CALLEE (r_s1, s1, r.a = 1)
CALLEE (r_s2, s2, r.a = 2)
CALLEE (r_s3, s3, r.a[2] = 3)
CALLEE (r_s4, s4, r.a = 4)
CALLEE (r_s8s, s8, r.a = 8)
CALLEE (r_s48, s48, r.a[5] = 48)
#ifndef __clang__                 /* Clang's ms_abi returns it in %st0 */
CALLEE (r_ld, long double, r = 3.5L)
#endif

static void
discard (void (*f) (void), ffi_type *rt)
{
  ffi_cif cif;
  ffi_type *t[1] = { &ffi_type_sint };
  int x = 12345;
  void *v[1] = { &x };
  W64_PREP (&cif, 1, rt, t);
  ffi_call (&cif, f, NULL, v);
}

static void
run (void)
{
  int before = calls, n = 11;
  discard (FFI_FN (r_s8), &ffi_type_sint8);
  discard (FFI_FN (r_u32), &ffi_type_uint32);
  discard (FFI_FN (r_s64), &ffi_type_sint64);
  discard (FFI_FN (r_float), &ffi_type_float);
  discard (FFI_FN (r_double), &ffi_type_double);
  discard (FFI_FN (r_s1), &s1_type);
  discard (FFI_FN (r_s2), &s2_type);
  discard (FFI_FN (r_s3), &s3_type);
  discard (FFI_FN (r_s4), &s4_type);
  discard (FFI_FN (r_s8s), &s8_type);
  discard (FFI_FN (r_s48), &s48_type);
#ifndef __clang__
  discard (FFI_FN (r_ld), &ffi_type_longdouble);
  n++;
#endif
  CHECK_EQ_INT (calls, before + n);
  CHECK_X87_EMPTY ();
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
