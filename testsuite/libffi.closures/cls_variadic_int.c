/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures for variadic cifs (ffi_prep_cif_var) called natively as int (*)
   (int n, ...): integer and pointer variadic arguments.

   Each closure serves one fixed signature: two, five and nine variadic
   arguments (the last three of nine on the stack).  The variadic ints
   arrive as the caller passed them after default promotions (int, int64_t,
   pointer).  libffi could not build closures for variadic cifs on every
   target (libffi issue #388); stubffi supports them.  */

#include "closuretest.h"

typedef int (*vfn) (int n, ...);

static ffi_cif cif2, cif5, cif9;
static int tag;
static unsigned calls;

static void
handler2 (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &cif2);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], 2);
  CHECK_EQ_INT (*(int *) args[1], -100);
  CHECK_EQ_INT (*(int *) args[2], 0x7FFFFFFF);
  CT_RET_SINT (ret, *(int *) args[1] + 1);
  calls++;
}

static void
handler5 (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &cif5);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], 5);
  CHECK_EQ_INT (*(int64_t *) args[1], -0x123456789ALL);
  CHECK (*(void **) args[2] == &tag);
  CHECK_EQ_UINT (*(unsigned *) args[3], 0xFFFFFFFFu);
  CHECK (strcmp (*(const char **) args[4], "variadic") == 0);
  CHECK_EQ_INT (*(int *) args[5], -5);
  CT_RET_SINT (ret, -55555);
  calls++;
}

static void
handler9 (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int i, sum = 0;
  CHECK (cif == &cif9);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], 9);
  for (i = 1; i <= 9; i++)
    {
      CHECK_EQ_INT (*(int *) args[i], i * i * (i % 2 ? -1 : 1));
      sum += *(int *) args[i];
    }
  CT_RET_SINT (ret, sum);
  calls++;
}

int
main (void)
{
  ffi_type *types2[3] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint };
  ffi_type *types5[6] = { &ffi_type_sint, &ffi_type_sint64, &ffi_type_pointer,
                          &ffi_type_uint, &ffi_type_pointer, &ffi_type_sint };
  ffi_type *types9[10];
  ffi_closure *c2, *c5, *c9;
  vfn f2, f5, f9;
  int i;

  for (i = 0; i < 10; i++)
    types9[i] = &ffi_type_sint;
  CHECK_OK (ffi_prep_cif_var (&cif2, FFI_DEFAULT_ABI, 1, 3, &ffi_type_sint,
                              types2));
  CHECK_OK (ffi_prep_cif_var (&cif5, FFI_DEFAULT_ABI, 1, 6, &ffi_type_sint,
                              types5));
  CHECK_OK (ffi_prep_cif_var (&cif9, FFI_DEFAULT_ABI, 1, 10, &ffi_type_sint,
                              types9));
  f2 = (vfn) ct_make_closure (&c2, &cif2, handler2, &tag);
  f5 = (vfn) ct_make_closure (&c5, &cif5, handler5, &tag);
  f9 = (vfn) ct_make_closure (&c9, &cif9, handler9, &tag);

  CHECK_EQ_INT (f2 (2, -100, 0x7FFFFFFF), -99);
  CHECK_EQ_INT (f5 (5, (int64_t) -0x123456789ALL, (void *) &tag,
                    0xFFFFFFFFu, "variadic", -5),
                -55555);
  CHECK_EQ_INT (f9 (9, -1, 4, -9, 16, -25, 36, -49, 64, -81), -45);
  CHECK_EQ_UINT (calls, 3);

  ffi_closure_free (c2);
  ffi_closure_free (c5);
  ffi_closure_free (c9);
  return 0;
}
