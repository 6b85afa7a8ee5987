/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Raw and java-raw closures in caller-provided W+X memory, prepared with the
   codeless ffi_prep_raw_closure and ffi_prep_java_raw_closure (the closure
   is its own code address), and with ffi_prep_raw_closure_loc (cl, ...,
   cl).  The raw handler reads the int from the first cell and the double
   from the cells after it.  UNSUPPORTED under MDWE or when the kernel
   refuses the W+X mapping.  */

#include "closuretest.h"
#include <sys/mman.h>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

typedef long (*fn) (int, double);

static ffi_cif cif;
static int tag1, tag2;
#if !FFI_NATIVE_RAW_API
static int tag3;
#endif
static unsigned calls;

static void
raw_handler (ffi_cif *cif_, void *ret, ffi_raw *raw, void *user_data)
{
  double d;
  CHECK (cif_ == &cif);
  memcpy (&d, raw[1].data, sizeof d);
  CT_RET_SINT (ret, raw[0].sint * (long) d
                    + (user_data == &tag1 ? 1 : user_data == &tag2 ? 2 : 3));
  calls++;
}

int
main (void)
{
  ffi_type *types[2] = { &ffi_type_sint, &ffi_type_double };
  size_t len = 4096;
  unsigned char *mem;
  ffi_raw_closure *a, *b;
#if !FFI_NATIVE_RAW_API
  ffi_java_raw_closure *c;
#endif

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
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_slong, types));

  a = (ffi_raw_closure *) mem;
  b = (ffi_raw_closure *) (mem + 128);
  CHECK_OK (ffi_prep_raw_closure (a, &cif, raw_handler, &tag1));
  CHECK_OK (ffi_prep_raw_closure_loc (b, &cif, raw_handler, &tag2, b));

  CHECK_EQ_INT (((fn) (void *) a) (6, 7.0), 43);
  CHECK_EQ_INT (((fn) (void *) b) (-6, 7.0), -40);
  CHECK_EQ_UINT (calls, 2);
#if !FFI_NATIVE_RAW_API
  /* The java-raw API exists only where the raw API is emulated.  Java
     packing gives the double after the int two cells, but here it is
     the last argument, so raw[1] still starts it.  */
  c = (ffi_java_raw_closure *) (mem + 256);
  CHECK_OK (ffi_prep_java_raw_closure (c, &cif, raw_handler, &tag3));
  CHECK_EQ_INT (((fn) (void *) c) (5, -5.0), -22);
  CHECK_EQ_UINT (calls, 3);
#endif
  munmap (mem, len);
  return 0;
}
