/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_prep_cif_var refuses, with FFI_BAD_ARGTYPE, a variadic argument
   that C's default argument promotions make impossible: float (promoted
   to double) and any integer type smaller than int (promoted to int), in
   any variadic position.  The same types are fine as fixed arguments, and
   double, int-sized and wider integers, pointers, long double and structs
   (even a one-byte struct) are accepted as variadic arguments.  */

#include "calltest.h"

static int calls;

static int
takes_char_and_float (signed char c, float f, int n, ...)
{
  va_list ap;
  double d;
  CHECK_EQ_INT (c, -3);
  CHECK_EQ_FLT (f, 0x1.abcdeep+1f);
  CHECK_EQ_INT (n, 1);
  va_start (ap, n);
  d = va_arg (ap, double);
  va_end (ap);
  CHECK_EQ_FLT (d, 0x1.abcdeep+1f);
  calls++;
  return c;
}

static ffi_status
prep_var_with (ffi_type *vt, unsigned where)
{
  ffi_cif cif;
  ffi_type *t[4] = { &ffi_type_pointer, &ffi_type_sint, &ffi_type_double,
                     &ffi_type_sint };
  t[where] = vt;
  return ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 4, &ffi_type_sint, t);
}

int
main (void)
{
  ffi_type *bad[] = { &ffi_type_float, &ffi_type_sint8, &ffi_type_uint8,
                      &ffi_type_sint16, &ffi_type_uint16, &ffi_type_schar,
                      &ffi_type_uchar, &ffi_type_sshort, &ffi_type_ushort };
  ffi_type *c1_el[2] = { &ffi_type_schar, NULL };
  ffi_type c1 = { 0, 0, FFI_TYPE_STRUCT, c1_el };
  ffi_type *good[] = { &ffi_type_double, &ffi_type_sint, &ffi_type_uint,
                       &ffi_type_sint32, &ffi_type_uint32, &ffi_type_sint64,
                       &ffi_type_uint64, &ffi_type_slong, &ffi_type_ulong,
                       &ffi_type_pointer, &ffi_type_longdouble, &c1 };
  unsigned k, where;

  for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    for (where = 1; where < 4; where++)
      CHECK_EQ_INT (prep_var_with (bad[k], where), FFI_BAD_ARGTYPE);

  for (k = 0; k < sizeof good / sizeof good[0]; k++)
    for (where = 1; where < 4; where++)
      CHECK_OK (prep_var_with (good[k], where));

  /* Small types are fine as fixed arguments of a variadic function, and
     the call works.  */
  {
    ffi_cif cif;
    ffi_type *t[4] = { &ffi_type_schar, &ffi_type_float, &ffi_type_sint,
                       &ffi_type_double };
    signed char c = -3;
    float f = 0x1.abcdeep+1f;
    int n = 1;
    double d = 0x1.abcdeep+1f;
    void *v[4] = { &c, &f, &n, &d };
    ffi_arg r;
    PREP_CIF_VAR (&cif, 3, 4, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (takes_char_and_float), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (-3));
  }
  /* As are any types when nothing is variadic.  */
  {
    ffi_cif cif;
    ffi_type *t[2] = { &ffi_type_float, &ffi_type_uint8 };
    CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 2, &ffi_type_void,
                                t));
  }
  CHECK_EQ_INT (calls, 1);
  return 0;
}
