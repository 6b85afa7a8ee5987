/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* long double (the 16-byte x87 type of x86-64 Linux) with the Microsoft
   ABIs: passed by reference to a 16-byte-aligned copy, in every slot
   position, and returned through the hidden pointer in slot 0, as
   GCC's ms_abi does (see src/x86/ffiw64.c for why FFI_WIN64 does the
   same).  Clang's ms_abi returns it in %st0 instead, so the result half
   is GCC-only; the argument half holds for both compilers.  */

#include "win64test.h"

static int calls;

#define LD_A 0x1.23456789abcdef02p+1000L
#define LD_B (-1.0L / 3)
#define LD_C 0x1p-16445L              /* the smallest subnormal */
#define LD_D 1e4000L

/* Arguments in slots 0, 2, 3 and 5: registers and stack.  */
static MS double
ld_args (long double a, int b, long double c, long double d, double e,
         long double f)
{
  CHECK_EQ_FLT (a, LD_A);
  CHECK_EQ_INT (b, -3);
  CHECK_EQ_FLT (c, LD_B);
  CHECK_EQ_FLT (d, LD_C);
  CHECK_EQ_FLT (e, 0.5);
  CHECK_EQ_FLT (f, LD_D);
  CHECK ((uintptr_t) &a % 16 == 0);
  CHECK ((uintptr_t) &f % 16 == 0);
  a = c = 0;                  /* the callee owns its copies */
  calls++;
  return e * 2;
}

#ifndef __clang__
static MS long double
ld_ret (long double a, long double b, int c, long double d, int e)
{
  CHECK_EQ_FLT (a, LD_A);
  CHECK_EQ_FLT (b, LD_B);
  CHECK_EQ_INT (c, 7);
  CHECK_EQ_FLT (d, LD_D);
  CHECK_EQ_INT (e, -8);
  calls++;
  return a * b;
}
#endif

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_longdouble, &ffi_type_sint,
                     &ffi_type_longdouble, &ffi_type_longdouble,
                     &ffi_type_double, &ffi_type_longdouble };
  long double a = LD_A, c = LD_B, d = LD_C, f = LD_D;
  int b = -3, before = calls;
  double e = 0.5, r;
  void *v[6] = { &a, &b, &c, &d, &e, &f };

  W64_PREP (&cif, 6, &ffi_type_double, t);
  ffi_call (&cif, FFI_FN (ld_args), &r, v);
  CHECK_EQ_FLT (r, 1.0);
  CHECK_EQ_FLT (a, LD_A);
  CHECK_EQ_FLT (c, LD_B);
  CHECK_EQ_INT (calls, before + 1);

#ifndef __clang__
  {
    ffi_type *t2[5] = { &ffi_type_longdouble, &ffi_type_longdouble,
                        &ffi_type_sint, &ffi_type_longdouble,
                        &ffi_type_sint };
    int seven = 7, m8 = -8;
    void *v2[5] = { &a, &c, &seven, &f, &m8 };
    w64_buf out;
    W64_PREP (&cif, 5, &ffi_type_longdouble, t2);
    CHECK (cif.bytes >= 6 * 8);         /* hidden pointer + 5 slots */
    w64_junk_fill (out.b, sizeof out.b);
    ffi_call (&cif, FFI_FN (ld_ret), out.b, v2);
    CHECK_EQ_FLT (out.ld, LD_A * LD_B);
    CHECK (w64_junk_intact (out.b, 16, sizeof out.b - 16));
    ffi_call (&cif, FFI_FN (ld_ret), NULL, v2);
    CHECK_EQ_INT (calls, before + 3);
  }
#endif
  CHECK_X87_EMPTY ();
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
