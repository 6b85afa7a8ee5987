/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The public fields of ffi_closure are where libffi has them, and
   ffi_prep_closure_loc fills them.

   The layout is part of the ABI: clients read closure->user_data and
   closure->cif directly.  On every target the trampoline area
   (FFI_TRAMPOLINE_SIZE bytes, or a pointer) comes first, then cif, fun
   and user_data as consecutive pointers; on x86-64 that is offsets 32,
   40, 48 and size 56.  */

#include "closuretest.h"

typedef int (*fn) (int);

static ffi_cif cif;
static int tag;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(int *) args[0] + (user_data == &tag));
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_sint };
  ffi_closure *cl;
  void *code;
  size_t tramp_end = FFI_TRAMPOLINE_SIZE;

  tramp_end = (tramp_end + sizeof (void *) - 1) / sizeof (void *)
              * sizeof (void *);
  CHECK_EQ_UINT (offsetof (ffi_closure, cif), tramp_end);
  CHECK_EQ_UINT (offsetof (ffi_closure, fun),
                 offsetof (ffi_closure, cif) + sizeof (void *));
  CHECK_EQ_UINT (offsetof (ffi_closure, user_data),
                 offsetof (ffi_closure, fun) + sizeof (void *));
  CHECK (_Alignof (ffi_closure) >= 8);
#if defined(__x86_64__) && !defined(_WIN64)
  CHECK_EQ_UINT (FFI_TRAMPOLINE_SIZE, 32);
  CHECK_EQ_UINT (offsetof (ffi_closure, cif), 32);
  CHECK_EQ_UINT (offsetof (ffi_closure, fun), 40);
  CHECK_EQ_UINT (offsetof (ffi_closure, user_data), 48);
  CHECK_EQ_UINT (sizeof (ffi_closure), 56);
#endif

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, &tag, code));
  /* Read the fields both by name and at their raw offsets.  */
  CHECK (cl->cif == &cif);
  CHECK (cl->fun == handler);
  CHECK (cl->user_data == &tag);
  CHECK (*(ffi_cif **) ((char *) cl + offsetof (ffi_closure, cif)) == &cif);
  CHECK (*(void **) ((char *) cl + offsetof (ffi_closure, user_data))
         == &tag);
  CHECK_EQ_INT (((fn) code) (41), 42);
  ffi_closure_free (cl);
  return 0;
}
