/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning _Complex long double.

   A _Complex long double (class COMPLEX_X87) is passed in memory, in a
   32-byte stack slot, and returned on the x87 stack: real part in %st0,
   imaginary part in %st1.  The closures are called repeatedly so an
   unbalanced x87 stack would show up as NaNs.  */

#include "closuretest.h"
#include <float.h>

/* A tiny long double with a low mantissa bit set (long double is double
   on 32-bit Arm).  */
#if LDBL_MAX_EXP > 1024
# define CT_LD_TINY 0x1.0000000000000002p-16000L
#else
# define CT_LD_TINY 0x1.0000000000001p-1000L
#endif
#include <complex.h>
#include <float.h>

typedef _Complex long double cld;
typedef cld (*mix_fn) (cld, int, double, cld);
typedef cld (*swap_fn) (cld);

static ffi_cif mix_cif, swap_cif;
static int tag;
static unsigned calls;

static const long double RA = 0.3333333333333333333333333333333333L, IA = -LDBL_MAX / 2,
                         RB = CT_LD_TINY, IB = -7.0L;

static void
mix_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cld a = *(cld *) args[0], b = *(cld *) args[3];
  CHECK (cif == &mix_cif);
  CHECK (user_data == &tag);
  CHECK ((uintptr_t) args[0] % _Alignof (long double) == 0);
  CHECK ((uintptr_t) args[3] % _Alignof (long double) == 0);
  CHECK_EQ_FLT (creall (a), RA);
  CHECK_EQ_FLT (cimagl (a), IA);
  CHECK_EQ_INT (*(int *) args[1], 31337);
  CHECK_EQ_FLT (*(double *) args[2], -0.125);
  CHECK_EQ_FLT (creall (b), RB);
  CHECK_EQ_FLT (cimagl (b), IB);
  *(cld *) ret = ct_cmplxl (creall (a) * 3, cimagl (b) - 1);
  calls++;
}

static void
swap_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  cld z = *(cld *) args[0];
  CHECK (cif == &swap_cif);
  CHECK (user_data == &tag);
  *(cld *) ret = ct_cmplxl (cimagl (z), creall (z));
  calls++;
}

int
main (void)
{
  ffi_type *mix_types[4] = { &ffi_type_complex_longdouble, &ffi_type_sint,
                             &ffi_type_double,
                             &ffi_type_complex_longdouble };
  ffi_type *swap_types[1] = { &ffi_type_complex_longdouble };
  ffi_closure *c1, *c2;
  mix_fn mix;
  swap_fn swap;
  cld got[12];
  volatile long double three = 3;
  int i;

  CHECK_OK (ffi_prep_cif (&mix_cif, FFI_DEFAULT_ABI, 4,
                          &ffi_type_complex_longdouble, mix_types));
  CHECK_OK (ffi_prep_cif (&swap_cif, FFI_DEFAULT_ABI, 1,
                          &ffi_type_complex_longdouble, swap_types));
  mix = (mix_fn) ct_make_closure (&c1, &mix_cif, mix_handler, &tag);
  swap = (swap_fn) ct_make_closure (&c2, &swap_cif, swap_handler, &tag);

  for (i = 0; i < 6; i++)
    got[i] = mix (ct_cmplxl (RA, IA), 31337, -0.125, ct_cmplxl (RB, IB));
  for (i = 6; i < 12; i++)
    got[i] = swap (ct_cmplxl (i * 1.5L, -i * LDBL_MIN));
  for (i = 0; i < 6; i++)
    {
      CHECK_EQ_FLT (creall (got[i]), RA * 3);
      CHECK_EQ_FLT (cimagl (got[i]), IB - 1);
    }
  for (i = 6; i < 12; i++)
    {
      CHECK_EQ_FLT (creall (got[i]), -i * LDBL_MIN);
      CHECK_EQ_FLT (cimagl (got[i]), i * 1.5L);
    }
  CHECK_EQ_FLT (1.0L / three, 1.0L / 3);
  CHECK_EQ_UINT (calls, 12);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
