/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures taking and returning pointers.

   ptrs_fn takes eight pointers (two on the stack): NULL, all-ones, a
   string, an int the handler writes through, a function pointer the
   handler calls, and odd bit patterns that are only compared.  It
   returns a pointer to a static object; getfn_fn returns a function
   pointer that the caller then calls.  */

#include "closuretest.h"

typedef void *(*ptrs_fn) (void *, void *, const char *, int *,
                          int (*) (int), void *, void *, void *);
typedef int (*(*getfn_fn) (int)) (int);

static ffi_cif ptrs_cif, getfn_cif;
static int tag;
static unsigned calls;
static double target = 2.5;

#define ODD1 ((void *) (uintptr_t) 0x00007FFFFFFFFFF8ull)
#define ODD2 ((void *) (uintptr_t) 0x0000123456789ABCull)
#define ODD3 ((void *) (uintptr_t) 0xFFFF800000000001ull)

static int
triple (int x)
{
  return 3 * x;
}

static int
negate (int x)
{
  return -x;
}

static void
ptrs_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int *ip;
  int (*fp) (int);
  CHECK (cif == &ptrs_cif);
  CHECK (user_data == &tag);
  CHECK (*(void **) args[0] == NULL);
  CHECK (*(void **) args[1] == (void *) (uintptr_t) -1);
  CHECK (strcmp (*(const char **) args[2], "closure") == 0);
  ip = *(int **) args[3];
  CHECK_EQ_INT (*ip, 41);
  *ip = 42;
  fp = *(int (**) (int)) args[4];
  CHECK (fp == triple);
  CHECK_EQ_INT (fp (14), 42);
  CHECK (*(void **) args[5] == ODD1);
  CHECK (*(void **) args[6] == ODD2);
  CHECK (*(void **) args[7] == ODD3);
  *(void **) ret = &target;
  calls++;
}

static void
getfn_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &getfn_cif);
  CHECK (user_data == &tag);
  *(int (**) (int)) ret = *(int *) args[0] ? triple : negate;
  calls++;
}

int
main (void)
{
  ffi_type *ptrs_types[8];
  ffi_type *getfn_types[1] = { &ffi_type_sint };
  ffi_closure *c1, *c2;
  ptrs_fn ptrs;
  getfn_fn getfn;
  int v = 41, i;
  void *r;

  for (i = 0; i < 8; i++)
    ptrs_types[i] = &ffi_type_pointer;
  CHECK_OK (ffi_prep_cif (&ptrs_cif, FFI_DEFAULT_ABI, 8, &ffi_type_pointer,
                          ptrs_types));
  CHECK_OK (ffi_prep_cif (&getfn_cif, FFI_DEFAULT_ABI, 1, &ffi_type_pointer,
                          getfn_types));
  ptrs = (ptrs_fn) ct_make_closure (&c1, &ptrs_cif, ptrs_handler, &tag);
  getfn = (getfn_fn) ct_make_closure (&c2, &getfn_cif, getfn_handler, &tag);

  r = ptrs (NULL, (void *) (uintptr_t) -1, "closure", &v, triple, ODD1, ODD2,
            ODD3);
  CHECK (r == &target);
  CHECK_EQ_FLT (*(double *) r, 2.5);
  CHECK_EQ_INT (v, 42);

  CHECK_EQ_INT (getfn (1) (5), 15);
  CHECK_EQ_INT (getfn (0) (5), -5);
  CHECK_EQ_UINT (calls, 3);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
