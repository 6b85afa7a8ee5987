/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure for a variadic cif whose variadic arguments are structs:
   an INTEGER pair, an SSE pair, a mixed struct and a MEMORY struct,
   called natively as int (*) (int n, ...).  By-value structs pass
   through "..." exactly as they would as named arguments.  */

#include "closuretest.h"

struct ii { int32_t a, b; };
struct dd { double x, y; };
struct ld { int64_t l; double d; };
struct big { int64_t v[4]; };

CT_STRUCT (ii_type, &ffi_type_sint32, &ffi_type_sint32);
CT_STRUCT (dd_type, &ffi_type_double, &ffi_type_double);
CT_STRUCT (ld_type, &ffi_type_sint64, &ffi_type_double);
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64,
           &ffi_type_sint64);

typedef int (*vfn) (int n, ...);

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  const struct ii *ii = args[1];
  const struct dd *dd = args[2];
  const struct ld *ld = args[3];
  const struct big *big = args[4];
  const struct ii *ii2 = args[5];
  int i;

  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_INT (*(int *) args[0], 5);
  CHECK_EQ_INT (ii->a, -1);
  CHECK_EQ_INT (ii->b, 0x12345678);
  CHECK_EQ_FLT (dd->x, 2.5);
  CHECK_EQ_FLT (dd->y, -1e-20);
  CHECK_EQ_INT (ld->l, -0x0123456789ll);
  CHECK_EQ_FLT (ld->d, 3.0e300);
  for (i = 0; i < 4; i++)
    CHECK_EQ_INT (big->v[i], (int64_t) (i + 1) << (i * 15));
  CHECK_EQ_INT (ii2->a, 77);
  CHECK_EQ_INT (ii2->b, -77);
  CT_RET_SINT (ret, ii->b + ii2->a);
  calls++;
}

int
main (void)
{
  ffi_type *types[6] = { &ffi_type_sint, &ii_type, &dd_type, &ld_type,
                         &big_type, &ii_type };
  struct ii ii = { -1, 0x12345678 }, ii2 = { 77, -77 };
  struct dd dd = { 2.5, -1e-20 };
  struct ld ld = { -0x0123456789ll, 3.0e300 };
  struct big big;
  ffi_closure *cl;
  vfn f;
  int i;

  for (i = 0; i < 4; i++)
    big.v[i] = (int64_t) (i + 1) << (i * 15);
  CHECK_OK (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 6, &ffi_type_sint,
                              types));
  f = (vfn) ct_make_closure (&cl, &cif, handler, &tag);
  CHECK_EQ_INT (f (5, ii, dd, ld, big, ii2), 0x12345678 + 77);
  CHECK_EQ_UINT (calls, 1);
  ffi_closure_free (cl);
  return 0;
}
