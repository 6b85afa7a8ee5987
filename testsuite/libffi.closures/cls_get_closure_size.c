/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_get_closure_size (added in libffi 3.5) returns sizeof (ffi_closure),
   for clients such as LWJGL that cannot use sizeof; a closure allocated
   with that size works.

   Built against a header older than 3.5 (no FFI_VERSION_NUMBER >= 30500)
   the test looks the function up at run time and reports UNSUPPORTED if
   the library does not have it.  */

#define _GNU_SOURCE 1
#include "closuretest.h"
#include <dlfcn.h>

typedef long (*fn) (long);

static ffi_cif cif;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(long *) args[0] - (long) (intptr_t) user_data);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_slong };
  size_t (*get_size) (void);
  size_t size;
  ffi_closure *cl;
  void *code;

  get_size = (size_t (*) (void)) dlsym (RTLD_DEFAULT, "ffi_get_closure_size");
#if defined(FFI_VERSION_NUMBER) && FFI_VERSION_NUMBER >= 30500
  CHECK (get_size != NULL);
  size = ffi_get_closure_size ();
#else
  if (get_size == NULL)
    {
      printf ("ffi_get_closure_size not available\n");
      return TEST_UNSUPPORTED;
    }
  size = get_size ();
#endif
  CHECK_EQ_UINT (size, sizeof (ffi_closure));
  CHECK_EQ_UINT (get_size (), size);
#if defined(__x86_64__) && !defined(_WIN64)
  CHECK_EQ_UINT (size, 56);
#endif

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, types));
  cl = ffi_closure_alloc (size, &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, (void *) (intptr_t) 7,
                                  code));
  CHECK_EQ_INT (((fn) code) (49), 42);
  ffi_closure_free (cl);
  return 0;
}
