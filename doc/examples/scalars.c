/* SPDX-License-Identifier: MIT */
/* Arguments and results of scalar types, and how a narrow integer
   result arrives widened to an ffi_arg.  */

#include <ffi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned char
low_byte (unsigned int x)
{
  return (unsigned char) x;
}

static int8_t
negate8 (int8_t x)
{
  return (int8_t) -x;
}

static double
average (float a, double b, long double c)
{
  return (double) ((a + b + c) / 3);
}

static const char *
pick (int which, const char *yes, const char *no)
{
  return which ? yes : no;
}

/* Prepares a cif or aborts.  */
static void
prep (ffi_cif *cif, unsigned nargs, ffi_type *rtype, ffi_type **atypes)
{
  if (ffi_prep_cif (cif, FFI_DEFAULT_ABI, nargs, rtype, atypes) != FFI_OK)
    abort ();
}

int
main (void)
{
  ffi_cif cif;
  ffi_arg wide;                 /* for integer results up to ffi_arg */

  /* unsigned char low_byte (unsigned int): zero-extended.  */
  {
    ffi_type *types[1] = { &ffi_type_uint };
    unsigned int x = 0x1234;
    void *values[1] = { &x };
    prep (&cif, 1, &ffi_type_uchar, types);
    ffi_call (&cif, FFI_FN (low_byte), &wide, values);
    printf ("low_byte(0x1234) = 0x%lx\n", (unsigned long) wide);
    if (wide != 0x34)
      abort ();
  }

  /* int8_t negate8 (int8_t): sign-extended, read back as ffi_sarg.  */
  {
    ffi_type *types[1] = { &ffi_type_sint8 };
    int8_t x = 100;
    void *values[1] = { &x };
    prep (&cif, 1, &ffi_type_sint8, types);
    ffi_call (&cif, FFI_FN (negate8), &wide, values);
    printf ("negate8(100) = %ld\n", (long) (ffi_sarg) wide);
    if ((ffi_sarg) wide != -100 || (int8_t) wide != -100)
      abort ();
  }

  /* double average (float, double, long double): stored as double.  */
  {
    ffi_type *types[3] = { &ffi_type_float, &ffi_type_double,
                           &ffi_type_longdouble };
    float a = 1.5f;
    double b = 2.0, result;
    long double c = 5.5L;
    void *values[3] = { &a, &b, &c };
    prep (&cif, 3, &ffi_type_double, types);
    ffi_call (&cif, FFI_FN (average), &result, values);
    printf ("average(1.5, 2, 5.5) = %g\n", result);
    if (result != 3.0)
      abort ();
  }

  /* const char *pick (int, const char *, const char *): a pointer.  */
  {
    ffi_type *types[3] = { &ffi_type_sint, &ffi_type_pointer,
                           &ffi_type_pointer };
    int which = 0;
    const char *yes = "yes", *no = "no", *result;
    void *values[3] = { &which, &yes, &no };
    prep (&cif, 3, &ffi_type_pointer, types);
    ffi_call (&cif, FFI_FN (pick), &result, values);
    printf ("pick(0, \"yes\", \"no\") = %s\n", result);
    if (result != no)
      abort ();
  }
  return 0;
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^low_byte\\(0x1234\\) = 0x34\n" }
   { dg-output "negate8\\(100\\) = -100\n" }
   { dg-output "average\\(1.5, 2, 5.5\\) = 3\n" }
   { dg-output "pick\\(0, \"yes\", \"no\"\\) = no\n$" } */
