/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure that calls itself.

   fact: the handler finds its own code address in user_data and calls
   it natively to compute n! for n up to 20 (uint64_t).
   walk: the handler alternates between a native call and ffi_call
   through its own code address, 3000 levels deep, passing a struct
   along, to show that closure frames nest and unwind cleanly.  */

#include "closuretest.h"

struct acc { int64_t sum; double weight; };
CT_STRUCT (acc_type, &ffi_type_sint64, &ffi_type_double);

typedef uint64_t (*fact_fn) (unsigned);
typedef struct acc (*walk_fn) (int, struct acc);

static ffi_cif fact_cif, walk_cif;

struct self
{
  void *code;
  unsigned calls;
};

static void
fact_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct self *self = user_data;
  unsigned n = *(unsigned *) args[0];
  CHECK (cif == &fact_cif);
  self->calls++;
  if (n <= 1)
    *(uint64_t *) ret = 1;
  else
    *(uint64_t *) ret = n * ((fact_fn) self->code) (n - 1);
}

static void
walk_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct self *self = user_data;
  int n = *(int *) args[0];
  struct acc a = *(struct acc *) args[1];
  CHECK (cif == &walk_cif);
  self->calls++;
  a.sum += n;
  a.weight += 0.5;
  if (n > 0)
    {
      int m = n - 1;
      if (n % 2)
        a = ((walk_fn) self->code) (m, a);
      else
        {
          struct acc r;
          void *avalues[2] = { &m, &a };
          ffi_call (cif, FFI_FN (self->code), &r, avalues);
          a = r;
        }
    }
  *(struct acc *) ret = a;
}

int
main (void)
{
  ffi_type *fact_types[1] = { &ffi_type_uint };
  ffi_type *walk_types[2] = { &ffi_type_sint, &acc_type };
  struct self fself = { NULL, 0 }, wself = { NULL, 0 };
  ffi_closure *c1, *c2;
  fact_fn fact;
  walk_fn walk;
  struct acc a = { 0, 1.0 }, r;
  uint64_t want = 1;
  unsigned n;

  CHECK_OK (ffi_prep_cif (&fact_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint64,
                          fact_types));
  CHECK_OK (ffi_prep_cif (&walk_cif, FFI_DEFAULT_ABI, 2, &acc_type,
                          walk_types));
  fact = (fact_fn) ct_make_closure (&c1, &fact_cif, fact_handler, &fself);
  fself.code = (void *) fact;
  walk = (walk_fn) ct_make_closure (&c2, &walk_cif, walk_handler, &wself);
  wself.code = (void *) walk;

  for (n = 1; n <= 20; n++)
    {
      want *= n;
      CHECK_EQ_UINT (fact (n), want);
    }
  CHECK_EQ_UINT (fself.calls, 20 * 21 / 2);

  r = walk (3000, a);
  CHECK_EQ_INT (r.sum, 3000 * 3001 / 2);
  CHECK_EQ_FLT (r.weight, 1.0 + 3001 * 0.5);
  CHECK_EQ_UINT (wself.calls, 3001);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
