/* SPDX-License-Identifier: MIT */
/* Complex numbers by value, where the target has complex types.  */

#include <ffi.h>
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
static double _Complex
multiply (double _Complex a, double _Complex b)
{
  return a * b;
}

static float _Complex
conjugate (float _Complex z)
{
  return conjf (z);
}
#endif

int
main (void)
{
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  ffi_cif cif;

  {
    ffi_type *types[2] = { &ffi_type_complex_double,
                           &ffi_type_complex_double };
    double _Complex a = 1.0 + 2.0 * I, b = 3.0 - 1.0 * I, result;
    void *values[2] = { &a, &b };

    if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_complex_double,
                      types) != FFI_OK)
      abort ();
    ffi_call (&cif, FFI_FN (multiply), &result, values);
    printf ("(1+2i)(3-1i) = %g%+gi\n", creal (result), cimag (result));
    if (result != 5.0 + 5.0 * I)
      abort ();
  }

  {
    ffi_type *types[1] = { &ffi_type_complex_float };
    float _Complex z = 0.5f + 4.0f * I, result;
    void *values[1] = { &z };

    if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_complex_float,
                      types) != FFI_OK)
      abort ();
    ffi_call (&cif, FFI_FN (conjugate), &result, values);
    printf ("conj(0.5+4i) = %g%+gi\n", crealf (result), cimagf (result));
    if (result != 0.5f - 4.0f * I)
      abort ();
  }
  return 0;
#else
  return 77;                    /* no complex types on this target */
#endif
}

/* For the stubffi testsuite:
   { dg-do run }
   { dg-output "^\\(1\\+2i\\)\\(3-1i\\) = 5\\+5i\n" }
   { dg-output "conj\\(0.5\\+4i\\) = 0.5-4i\n$" } */
