/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_call of functions with no arguments, for every kind of result:
   atypes may be NULL when nargs is 0 (and is ignored when not), and
   avalue may be NULL.  */

#include "calltest.h"

typedef struct { int32_t a; float b; double c; } IFD;
typedef struct { int64_t v[5]; } L5;
STRUCT_TYPE (IFD_type, &ffi_type_sint32, &ffi_type_float, &ffi_type_double);
STRUCT_TYPE (L5_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
             &ffi_type_sint64, &ffi_type_sint64);

static int calls;

static void z_void (void) { calls++; }
static int z_int (void) { calls++; return -0x1234567; }
static uint64_t z_u64 (void) { calls++; return 0xfedcba9876543210ull; }
static double z_double (void) { calls++; return -0x1.23456789abcdep-300; }
static float z_float (void) { calls++; return 0x1.abcdeep+100f; }
static long double
z_ld (void)
{
  calls++;
  return -0x1.23456789abcdef12p+1000L;
}
static void *z_ptr (void) { calls++; return (void *) &calls; }
static IFD z_ifd (void) { IFD r = { -9, 0.5f, -1e100 }; calls++; return r; }
static L5
z_l5 (void)
{
  L5 r = { { 1, -2, 3, -4, INT64_MIN } };
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *unused[1] = { NULL };
  ffi_arg ri;
  uint64_t ru;
  double rd;
  float rf;
  long double rl;
  void *rp;
  IFD rs;
  L5 rm;

  PREP_CIF (&cif, 0, &ffi_type_void, NULL);
  CHECK_EQ_UINT (cif.nargs, 0);
  ffi_call (&cif, FFI_FN (z_void), NULL, NULL);

  /* A non-NULL atypes with nargs 0 is not looked at (its only entry here
     is NULL).  */
  PREP_CIF (&cif, 0, &ffi_type_sint, unused);
  junk_fill (&ri, sizeof ri);
  ffi_call (&cif, FFI_FN (z_int), &ri, NULL);
  CHECK_EQ_UINT (ri, SEXT_ARG (-0x1234567));

  PREP_CIF (&cif, 0, &ffi_type_uint64, NULL);
  junk_fill (&ru, sizeof ru);
  ffi_call (&cif, FFI_FN (z_u64), &ru, NULL);
  CHECK_EQ_UINT (ru, 0xfedcba9876543210ull);

  PREP_CIF (&cif, 0, &ffi_type_double, NULL);
  junk_fill (&rd, sizeof rd);
  ffi_call (&cif, FFI_FN (z_double), &rd, NULL);
  CHECK_EQ_FLT (rd, -0x1.23456789abcdep-300);

  PREP_CIF (&cif, 0, &ffi_type_float, NULL);
  junk_fill (&rf, sizeof rf);
  ffi_call (&cif, FFI_FN (z_float), &rf, NULL);
  CHECK_EQ_FLT (rf, 0x1.abcdeep+100f);

  PREP_CIF (&cif, 0, &ffi_type_longdouble, NULL);
  junk_fill (&rl, sizeof rl);
  ffi_call (&cif, FFI_FN (z_ld), &rl, NULL);
  CHECK_EQ_FLT (rl, -0x1.23456789abcdef12p+1000L);

  PREP_CIF (&cif, 0, &ffi_type_pointer, NULL);
  junk_fill (&rp, sizeof rp);
  ffi_call (&cif, FFI_FN (z_ptr), &rp, NULL);
  CHECK (rp == (void *) &calls);

  PREP_CIF (&cif, 0, &IFD_type, NULL);
  junk_fill (&rs, sizeof rs);
  ffi_call (&cif, FFI_FN (z_ifd), &rs, NULL);
  CHECK_EQ_INT (rs.a, -9);
  CHECK_EQ_FLT (rs.b, 0.5f);
  CHECK_EQ_FLT (rs.c, -1e100);

  PREP_CIF (&cif, 0, &L5_type, NULL);
  junk_fill (&rm, sizeof rm);
  ffi_call (&cif, FFI_FN (z_l5), &rm, NULL);
  CHECK_EQ_INT (rm.v[0], 1);
  CHECK_EQ_INT (rm.v[3], -4);
  CHECK_EQ_INT (rm.v[4], INT64_MIN);

  CHECK_EQ_INT (calls, 9);
  CHECK_X87_EMPTY ();
  return 0;
}
