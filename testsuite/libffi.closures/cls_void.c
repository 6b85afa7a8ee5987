/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures returning void.

   noargs_fn takes nothing (nargs 0, arg_types NULL); record_fn takes an
   int, a double and a pointer and records them in the state user_data
   points to.  The handler of a void closure gets a ret pointer too, but
   nothing it writes there may reach the caller; the caller checks the
   side effects and that its own locals survive.  */

#include "closuretest.h"

typedef void (*noargs_fn) (void);
typedef void (*record_fn) (int, double, const char *);

struct state
{
  int count;
  int last_int;
  double last_double;
  const char *last_str;
};

static ffi_cif noargs_cif, record_cif;

static void
noargs_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct state *st = user_data;
  (void) ret;
  (void) args;
  CHECK (cif == &noargs_cif);
  CHECK_EQ_UINT (cif->nargs, 0);
  st->count++;
}

static void
record_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct state *st = user_data;
  (void) ret;
  CHECK (cif == &record_cif);
  st->count++;
  st->last_int = *(int *) args[0];
  st->last_double = *(double *) args[1];
  st->last_str = *(const char **) args[2];
}

int
main (void)
{
  ffi_type *record_types[3] = { &ffi_type_sint, &ffi_type_double,
                                &ffi_type_pointer };
  struct state a = { 0, 0, 0, NULL }, b = { 100, 0, 0, NULL };
  ffi_closure *c1, *c2;
  noargs_fn noargs;
  record_fn record;
  volatile int guard1 = 0x11223344;
  volatile double guard2 = -1.0 / 7;
  int i;

  CHECK_OK (ffi_prep_cif (&noargs_cif, FFI_DEFAULT_ABI, 0, &ffi_type_void,
                          NULL));
  CHECK_OK (ffi_prep_cif (&record_cif, FFI_DEFAULT_ABI, 3, &ffi_type_void,
                          record_types));
  noargs = (noargs_fn) ct_make_closure (&c1, &noargs_cif, noargs_handler, &a);
  record = (record_fn) ct_make_closure (&c2, &record_cif, record_handler, &b);

  for (i = 0; i < 5; i++)
    noargs ();
  CHECK_EQ_INT (a.count, 5);

  record (-12345, 6.02214076e23, "void");
  CHECK_EQ_INT (b.count, 101);
  CHECK_EQ_INT (b.last_int, -12345);
  CHECK_EQ_FLT (b.last_double, 6.02214076e23);
  CHECK (strcmp (b.last_str, "void") == 0);
  record (7, -0.0, NULL);
  CHECK_EQ_INT (b.count, 102);
  CHECK_EQ_INT (b.last_int, 7);
  CHECK (signbit (b.last_double));
  CHECK (b.last_str == NULL);

  CHECK_EQ_INT (a.count, 5);
  CHECK_EQ_INT (guard1, 0x11223344);
  CHECK_EQ_FLT (guard2, -1.0 / 7);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  return 0;
}
