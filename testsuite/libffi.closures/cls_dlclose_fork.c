/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-options "-Wl,--as-needed" } */
/* fork() after libffi.so.8 was loaded with dlopen, used and unloaded.

   The library registers fork handlers for its locks when it is loaded.
   They must go when it is unloaded: the toolchain's start files call
   __cxa_finalize (&__dso_handle) on unload, which unregisters them, and
   where configure links the library without those files
   (src/aarch64/dso.S) the library does it itself.  Were the handlers
   left behind, the fork below would call into unmapped memory.

   The program references no libffi symbol and is linked --as-needed, so
   it does not load libffi.so.8 itself; the harness's LD_LIBRARY_PATH and
   rpath lead dlopen to the build tree's library.  */

#define _GNU_SOURCE 1
#include "closuretest.h"
#include <dlfcn.h>
#include <link.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int
find_libffi (struct dl_phdr_info *info, size_t size, void *data)
{
  (void) size;
  (void) data;
  return strstr (info->dlpi_name, "libffi.so") != NULL;
}

static int
loaded (void)
{
  return dl_iterate_phdr (find_libffi, NULL);
}

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  CT_RET_SINT (ret, *(int *) args[0] + *(int *) user_data);
}

#define SYM(name) dlsym (lib, #name)

int
main (void)
{
  ffi_status (*prep_cif) (ffi_cif *, ffi_abi, unsigned, ffi_type *,
                          ffi_type **);
  void *(*closure_alloc) (size_t, void **);
  ffi_status (*prep_closure_loc) (ffi_closure *, ffi_cif *,
                                  void (*) (ffi_cif *, void *, void **,
                                            void *),
                                  void *, void *);
  void (*closure_free) (void *);
  ffi_type *sint, *arg_types[1];
  ffi_closure *closures[3];
  void *lib, *code;
  ffi_cif cif;
  int tag = 40, i, status;
  pid_t pid;

  if (loaded ())
    {
      printf ("libffi.so.8 is linked in: nothing to unload\n");
      return TEST_UNSUPPORTED;
    }
  lib = dlopen ("libffi.so.8", RTLD_NOW | RTLD_LOCAL);
  CHECK (lib != NULL);
  CHECK (loaded ());
  *(void **) &prep_cif = SYM (ffi_prep_cif);
  *(void **) &closure_alloc = SYM (ffi_closure_alloc);
  *(void **) &prep_closure_loc = SYM (ffi_prep_closure_loc);
  *(void **) &closure_free = SYM (ffi_closure_free);
  sint = SYM (ffi_type_sint32);
  CHECK (prep_cif && closure_alloc && prep_closure_loc && closure_free
         && sint);

  arg_types[0] = sint;
  CHECK_OK (prep_cif (&cif, FFI_DEFAULT_ABI, 1, sint, arg_types));
  for (i = 0; i < 3; i++)
    {
      closures[i] = closure_alloc (sizeof (ffi_closure), &code);
      CHECK (closures[i] != NULL);
      CHECK_OK (prep_closure_loc (closures[i], &cif, handler, &tag, code));
      CHECK_EQ_INT (((int (*) (int)) (uintptr_t) code) (i), i + tag);
    }
  /* A fork while loaded runs the handlers (and the pool still works in
     the child).  */
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    _exit (((int (*) (int)) (uintptr_t) code) (2) == 2 + tag ? 0 : 1);
  CHECK (waitpid (pid, &status, 0) == pid);
  CHECK (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  for (i = 0; i < 3; i++)
    closure_free (closures[i]);
  CHECK_EQ_INT (dlclose (lib), 0);
  if (loaded ())
    {
      /* Kept by something (a sanitizer's runtime, say): no test.  */
      printf ("libffi.so.8 stayed loaded after dlclose\n");
      return TEST_UNSUPPORTED;
    }

  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    _exit (0);
  CHECK (waitpid (pid, &status, 0) == pid);
  CHECK (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  printf ("fork after dlclose: ok\n");
  return 0;
}

/* { dg-output "fork after dlclose: ok" } */
