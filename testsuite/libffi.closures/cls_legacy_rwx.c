/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The legacy caller-memory path.

   Old clients (cffi among them) map writable and executable memory
   themselves, put an ffi_closure there and call
   ffi_prep_closure_loc (cl, &cif, fun, user_data, cl) with the closure
   as its own code address, or the deprecated ffi_prep_closure, which
   means the same.  The library must then write a working trampoline
   into closure->tramp.  Such memory cannot exist under MDWE (or where
   the kernel refuses W+X mappings), so the test is UNSUPPORTED there.  */

#include "closuretest.h"
#include <sys/mman.h>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

struct pair { double x; int64_t n; };
CT_STRUCT (pair_type, &ffi_type_double, &ffi_type_sint64);

typedef int (*int_fn) (int, int);
typedef struct pair (*pair_fn) (double, float, int64_t);

static ffi_cif int_cif, pair_cif;
static int tag1, tag2;
static unsigned calls;

static void
int_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &int_cif);
  CT_RET_SINT (ret, *(int *) args[0] * *(int *) args[1]
                    + (user_data == &tag1 ? 1 : 2));
  calls++;
}

static void
pair_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct pair p;
  CHECK (cif == &pair_cif);
  CHECK (user_data == &tag2);
  p.x = *(double *) args[0] + *(float *) args[1];
  p.n = -*(int64_t *) args[2];
  *(struct pair *) ret = p;
  calls++;
}

int
main (void)
{
  ffi_type *int_types[2] = { &ffi_type_sint, &ffi_type_sint };
  ffi_type *pair_types[3] = { &ffi_type_double, &ffi_type_float,
                              &ffi_type_sint64 };
  size_t len = 4096;
  unsigned char *mem;
  ffi_closure *a, *b, *c;
  struct pair p;

  if (test_mdwe_mode ())
    {
      printf ("MDWE: no W+X memory for legacy closures\n");
      return TEST_UNSUPPORTED;
    }
  mem = mmap (NULL, len, PROT_READ | PROT_WRITE | PROT_EXEC,
              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    {
      perror ("mmap(PROT_WRITE|PROT_EXEC)");
      return TEST_UNSUPPORTED;
    }

  CHECK_OK (ffi_prep_cif (&int_cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                          int_types));
  CHECK_OK (ffi_prep_cif (&pair_cif, FFI_DEFAULT_ABI, 3, &pair_type,
                          pair_types));

  /* Three closures side by side in the caller's page.  */
  a = (ffi_closure *) mem;
  b = (ffi_closure *) (mem + 64);
  c = (ffi_closure *) (mem + 2048);

  CHECK_OK (ffi_prep_closure_loc (a, &int_cif, int_handler, &tag1, a));
  CHECK (a->cif == &int_cif && a->fun == int_handler && a->user_data == &tag1);
  CHECK_OK (ffi_prep_closure (b, &int_cif, int_handler, &tag2));
  CHECK (b->cif == &int_cif && b->fun == int_handler && b->user_data == &tag2);
  CHECK_OK (ffi_prep_closure_loc (c, &pair_cif, pair_handler, &tag2, c));

  CHECK_EQ_INT (((int_fn) (void *) a) (6, 7), 43);
  CHECK_EQ_INT (((int_fn) (void *) b) (-6, 7), -40);
  p = ((pair_fn) (void *) c) (0.25, 0.5f, 0x123456789LL);
  CHECK_EQ_FLT (p.x, 0.75);
  CHECK_EQ_INT (p.n, -0x123456789LL);
  CHECK_EQ_INT (((int_fn) (void *) a) (0, 0), 1);

  /* Prepared again in place with the other signature.  */
  CHECK_OK (ffi_prep_closure (a, &pair_cif, pair_handler, &tag2));
  p = ((pair_fn) (void *) a) (-1.0, 2.0f, -1);
  CHECK_EQ_FLT (p.x, 1.0);
  CHECK_EQ_INT (p.n, 1);
  CHECK_EQ_UINT (calls, 5);

  munmap (mem, len);
  return 0;
}
