/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure for a variadic cif with int, int64_t, double, long double
   and pointer variadic arguments in an irregular order, called natively as
   long double (*) (const char *fmt, ...), the way a printf-like
   callback would be.  The long doubles travel in memory; the return
   comes back in %st0.  */

#include "closuretest.h"
#include <float.h>

#if LDBL_MAX_EXP > 1024
# define CT_LD_SMALL (-0x1.8p-16000L)
#else   /* long double is double (32-bit Arm) */
# define CT_LD_SMALL (-0x1.8p-1000L)
#endif

typedef long double (*vfn) (const char *fmt, ...);

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  const char *fmt;
  long double sum = 0;
  int i;
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  fmt = *(const char **) args[0];
  CHECK (strcmp (fmt, "idLpdlLi") == 0);
  for (i = 0; fmt[i] != '\0'; i++)
    switch (fmt[i])
      {
      case 'i':
        sum += *(int *) args[1 + i];
        break;
      case 'l':
        sum += *(int64_t *) args[1 + i];
        break;
      case 'd':
        sum += *(double *) args[1 + i];
        break;
      case 'L':
        CHECK ((uintptr_t) args[1 + i] % _Alignof (long double) == 0);
        sum += *(long double *) args[1 + i];
        break;
      case 'p':
        CHECK (*(void **) args[1 + i] == &tag);
        break;
      default:
        CHECK (0);
      }
  CHECK_EQ_INT (*(int *) args[1], -7);
  CHECK_EQ_FLT (*(double *) args[2], 0.5);
  CHECK_EQ_FLT (*(long double *) args[3], 1.0L / 3);
  CHECK_EQ_FLT (*(double *) args[5], -1e10);
  CHECK_EQ_INT (*(int64_t *) args[6], (int64_t) 1 << 40);
  CHECK_EQ_FLT (*(long double *) args[7], CT_LD_SMALL);
  CHECK_EQ_INT (*(int *) args[8], 65536);
  *(long double *) ret = sum;
  calls++;
}

int
main (void)
{
  ffi_type *types[9] = { &ffi_type_pointer, &ffi_type_sint, &ffi_type_double,
                         &ffi_type_longdouble, &ffi_type_pointer,
                         &ffi_type_double, &ffi_type_sint64,
                         &ffi_type_longdouble, &ffi_type_sint };
  ffi_closure *cl;
  vfn f;
  long double want;
  int i;

  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 9,
                              &ffi_type_longdouble, types));
  f = (vfn) ct_make_closure (&cl, &cif, handler, &tag);
  want = -7;
  want += 0.5;
  want += 1.0L / 3;
  want += -1e10;
  want += (int64_t) 1 << 40;
  want += CT_LD_SMALL;
  want += 65536;
  for (i = 0; i < 3; i++)
    CHECK_EQ_FLT (f ("idLpdlLi", -7, 0.5, 1.0L / 3, (void *) &tag, -1e10,
                     (int64_t) 1 << 40, CT_LD_SMALL, 65536),
                  want);
  CHECK_EQ_UINT (calls, 3);
  ffi_closure_free (cl);
  return 0;
}
