/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Long doubles on the stack among other stack arguments.

   Six int64s and eight doubles fill every x86-64 argument register; after them
   come a char, a long double, an int, a long double, a float, a struct
   {long double}, a double and a long double, all on the stack.  Each
   long double (and the struct holding one) must start at a 16-byte
   aligned offset, so the eight-byte slots before them are padded.  */

#include "closuretest.h"
#include <float.h>

/* Beyond double's range where long double has more (long double is
   double on 32-bit Arm).  */
#if LDBL_MAX_EXP > 1024
# define CT_LD_ODD 0x1.fedcba9876543210p-2000L
#else
# define CT_LD_ODD 0x1.fedcba9876543p-900L
#endif
#include <float.h>

struct ldbox
{
  long double x;
};
CT_STRUCT (ldbox_type, &ffi_type_longdouble);

typedef long double (*tail_fn) (int64_t, int64_t, int64_t, int64_t, int64_t,
                                int64_t, double, double, double, double,
                                double, double, double, double, char,
                                long double, int, long double, float,
                                struct ldbox, double, long double);

static ffi_cif cif;
static int tag;
static unsigned calls;

static const long double L1 = 0.3333333333333333333333333333333333L, L2 = -LDBL_MAX, L3 = LDBL_MIN * 3,
                         L4 = CT_LD_ODD;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 6; i++)
    CHECK_EQ_INT (*(int64_t *) args[i], -(int64_t) i * 0x1000000001LL);
  for (i = 0; i < 8; i++)
    CHECK_EQ_FLT (*(double *) args[6 + i], i + 0.5);
  CHECK_EQ_INT (*(char *) args[14], '#');
  CHECK_EQ_FLT (*(long double *) args[15], L1);
  CHECK_EQ_INT (*(int *) args[16], 0x7A7A7A7A);
  CHECK_EQ_FLT (*(long double *) args[17], L2);
  CHECK_EQ_FLT (*(float *) args[18], -1.5f);
  CHECK_EQ_FLT (((struct ldbox *) args[19])->x, L3);
  CHECK_EQ_FLT (*(double *) args[20], 1e-300);
  CHECK_EQ_FLT (*(long double *) args[21], L4);
  CHECK ((uintptr_t) args[15] % _Alignof (long double) == 0);
  CHECK ((uintptr_t) args[17] % _Alignof (long double) == 0);
  CHECK ((uintptr_t) args[19] % _Alignof (long double) == 0);
  CHECK ((uintptr_t) args[21] % _Alignof (long double) == 0);
  *(long double *) ret = L1 + L3 + L4;
  calls++;
}

int
main (void)
{
  ffi_type *types[22];
  ffi_closure *cl;
  tail_fn tail;
  struct ldbox box = { L3 };
  int i;

  for (i = 0; i < 6; i++)
    types[i] = &ffi_type_sint64;
  for (i = 6; i < 14; i++)
    types[i] = &ffi_type_double;
  types[14] = &ffi_type_schar;
  types[15] = &ffi_type_longdouble;
  types[16] = &ffi_type_sint;
  types[17] = &ffi_type_longdouble;
  types[18] = &ffi_type_float;
  types[19] = &ldbox_type;
  types[20] = &ffi_type_double;
  types[21] = &ffi_type_longdouble;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 22, &ffi_type_longdouble,
                          types));
  tail = (tail_fn) ct_make_closure (&cl, &cif, handler, &tag);

  for (i = 0; i < 4; i++)
    CHECK_EQ_FLT (tail (0, -0x1000000001LL, -0x2000000002LL,
                        -0x3000000003LL, -0x4000000004LL, -0x5000000005LL,
                        0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, '#', L1,
                        0x7A7A7A7A, L2, -1.5f, box, 1e-300, L4),
                  L1 + L3 + L4);
  CHECK_EQ_UINT (calls, 4);
  ffi_closure_free (cl);
  return 0;
}
