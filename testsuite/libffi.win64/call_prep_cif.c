/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* ffi_prep_cif and friends with the Microsoft ABIs: every argument and
   result type is accepted, the cif records the ABI, the outgoing area
   covers the shadow space and every slot and keeps %rsp aligned, bad
   types are still refused, and the same struct type serves FFI_UNIX64
   and the Microsoft ABIs alike.  Go closures and closures accept these
   cifs (as in libffi).  */

#include "win64test.h"

typedef struct { char c; double d; short s; } mixed;
W64_STRUCT (mixed_type, &ffi_type_schar, &ffi_type_double, &ffi_type_sshort);

static ffi_type *bad_elements[] = { NULL };
static ffi_type bad_struct = { 0, 0, FFI_TYPE_STRUCT, bad_elements };

static void
go_handler (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) ret; (void) args; (void) data;
}

static void
run (void)
{
  static ffi_type *all[] = {
    &ffi_type_void, &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
    &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32, &ffi_type_uint64,
    &ffi_type_sint64, &ffi_type_float, &ffi_type_double,
    &ffi_type_longdouble, &ffi_type_pointer, &ffi_type_complex_float,
    &ffi_type_complex_double, &ffi_type_complex_longdouble, &mixed_type
  };
  const unsigned nall = sizeof all / sizeof all[0];
  ffi_cif cif, ucif;
  ffi_type *t[12];
  ffi_go_closure gc;
  size_t offs[3];
  unsigned i, n;

  for (i = 0; i < nall; i++)
    {
      W64_PREP (&cif, 0, all[i], NULL);
      CHECK_EQ_INT (cif.abi, w64_abi);
      CHECK_EQ_UINT (cif.nargs, 0);
      CHECK (cif.rtype == all[i]);
      CHECK (cif.bytes >= 32 && cif.bytes % 16 == 0);
      if (i > 0)
        {
          t[0] = all[i];
          W64_PREP (&cif, 1, &ffi_type_void, t);
          CHECK (cif.arg_types == t);
        }
    }
  CHECK_EQ_UINT (mixed_type.size, sizeof (mixed));
  CHECK_EQ_UINT (mixed_type.alignment, _Alignof (mixed));

  /* The outgoing area: four slots at least, one per argument, one more
     for a hidden result pointer, rounded up to 16 bytes.  */
  for (n = 0; n <= 12; n++)
    {
      for (i = 0; i < n; i++)
        t[i] = &ffi_type_double;
      W64_PREP (&cif, n, &ffi_type_sint, t);
      CHECK (cif.bytes >= 32 && cif.bytes >= 8 * n && cif.bytes % 16 == 0);
      W64_PREP (&cif, n, &mixed_type, t);
      CHECK (cif.bytes >= 32 && cif.bytes >= 8 * (n + 1)
             && cif.bytes % 16 == 0);
    }

  /* The same struct type with FFI_UNIX64 and this ABI.  */
  t[0] = &mixed_type;
  CHECK_OK (ffi_prep_cif (&ucif, FFI_UNIX64, 1, &mixed_type, t));
  W64_PREP (&cif, 1, &mixed_type, t);
  CHECK_OK (ffi_get_struct_offsets (w64_abi, &mixed_type, offs));
  CHECK_EQ_UINT (offs[0], offsetof (mixed, c));
  CHECK_EQ_UINT (offs[1], offsetof (mixed, d));
  CHECK_EQ_UINT (offs[2], offsetof (mixed, s));

  /* Bad types are refused as with any ABI.  */
  CHECK_EQ_INT (ffi_prep_cif (&cif, w64_abi, 0, &bad_struct, NULL),
                FFI_BAD_TYPEDEF);
  t[0] = &bad_struct;
  CHECK_EQ_INT (ffi_prep_cif (&cif, w64_abi, 1, &ffi_type_void, t),
                FFI_BAD_TYPEDEF);
  t[0] = &ffi_type_sint;
  t[1] = &ffi_type_float;
  CHECK_EQ_INT (ffi_prep_cif_var (&cif, w64_abi, 1, 2, &ffi_type_void, t),
                FFI_BAD_ARGTYPE);
  t[1] = &ffi_type_double;
  W64_PREP_VAR (&cif, 1, 2, &ffi_type_void, t);

  /* A Go closure for this ABI, distinct from a FFI_UNIX64 one.  */
  memset (&gc, 0, sizeof gc);
  CHECK_OK (ffi_prep_go_closure (&gc, &cif, go_handler));
  CHECK (gc.tramp != NULL);
  CHECK (gc.cif == &cif);
  {
    ffi_go_closure ugc;
    CHECK_OK (ffi_prep_go_closure (&ugc, &ucif, go_handler));
    CHECK (ugc.tramp != gc.tramp);
  }
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
