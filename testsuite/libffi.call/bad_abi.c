/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* An ABI outside (FFI_FIRST_ABI, FFI_LAST_ABI) gets FFI_BAD_ABI from
   ffi_prep_cif, ffi_prep_cif_var and ffi_get_struct_offsets, never a
   crash: 0, FFI_FIRST_ABI itself, FFI_LAST_ABI, just past it, and huge
   values.  The ABI is checked before anything else, so a bad ABI with
   otherwise bad arguments is still FFI_BAD_ABI.  The cif stays usable
   for a good prepare.  (ABIs in range: abi_in_range.c.)  */

#include "calltest.h"

static int calls;
static int plus_one (int x) { calls++; return x + 1; }

int
main (void)
{
  ffi_abi bad[] = { (ffi_abi) 0, FFI_FIRST_ABI, FFI_LAST_ABI,
                    (ffi_abi) (FFI_LAST_ABI + 1), (ffi_abi) 1000,
                    (ffi_abi) 0x7fffffff, (ffi_abi) -1 };
  ffi_type *t[2] = { &ffi_type_sint, &ffi_type_double };
  ffi_type *el[2] = { &ffi_type_sint, NULL };
  ffi_type st = { 0, 0, FFI_TYPE_STRUCT, el };
  size_t off[1];
  ffi_cif cif;
  unsigned k;

  for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    {
      CHECK_EQ_INT (ffi_prep_cif (&cif, bad[k], 2, &ffi_type_sint, t),
                    FFI_BAD_ABI);
      CHECK_EQ_INT (ffi_prep_cif (&cif, bad[k], 0, &ffi_type_void, NULL),
                    FFI_BAD_ABI);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, bad[k], 1, 2, &ffi_type_sint, t),
                    FFI_BAD_ABI);
      CHECK_EQ_INT (ffi_get_struct_offsets (bad[k], &st, off), FFI_BAD_ABI);
      /* Checked first: other bad input does not matter.  */
      CHECK_EQ_INT (ffi_prep_cif (&cif, bad[k], 1, NULL, NULL), FFI_BAD_ABI);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, bad[k], 1, 1, NULL, NULL),
                    FFI_BAD_ABI);
    }
  /* A rejected call did not lay out the struct.  */
  CHECK_EQ_UINT (st.size, 0);

  /* After all that, a good cif works.  */
  {
    int x = -8;
    void *v[1] = { &x };
    ffi_arg r;
    PREP_CIF (&cif, 1, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (plus_one), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (-7));
    CHECK_EQ_INT (calls, 1);
  }
  return 0;
}
