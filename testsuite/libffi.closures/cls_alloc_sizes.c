/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_closure_alloc with sizes larger than sizeof (ffi_closure).

   Clients put the closure at the start of a bigger object of their own
   (here: the closure, its cif, its argument types, a name and a
   counter) and pass that object as user_data; others allocate
   sizeof (ffi_raw_closure).  Every byte of the requested size must be
   writable and keep its value while other closures of assorted sizes
   come and go, and each closure must still work.  */

#include "closuretest.h"

struct wrapper
{
  ffi_closure closure;
  ffi_cif cif;
  ffi_type *types[2];
  char name[40];
  long counter;
};

typedef long (*fn) (long, double);

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct wrapper *w = user_data;
  CHECK (cif == &w->cif);
  CHECK ((void *) w == (void *) &w->closure);
  CHECK (strncmp (w->name, "wrapper-", 8) == 0);
  w->counter += *(long *) args[0];
  CT_RET_SINT (ret, w->counter + (long) *(double *) args[1]);
}

static const size_t sizes[] = { sizeof (ffi_closure), sizeof (ffi_closure) + 1,
                                sizeof (ffi_raw_closure), 200, 1000, 4096,
                                4097, 65536, 3 * 65536 + 8 };
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define NWRAP 64

static unsigned char
pattern (size_t i, size_t k)
{
  return (unsigned char) (i * 131 + k * 7 + 1);
}

int
main (void)
{
  struct wrapper *w[NWRAP];
  void *code[NWRAP];
  unsigned char *blob[NSIZES];
  void *blob_code[NSIZES];
  size_t i, k;

  CHECK (sizeof (ffi_raw_closure) >= sizeof (ffi_closure));

  for (k = 0; k < NSIZES; k++)
    {
      blob[k] = ffi_closure_alloc (sizes[k], &blob_code[k]);
      CHECK (blob[k] != NULL);
      CHECK (blob_code[k] != NULL);
      for (i = 0; i < sizes[k]; i++)
        blob[k][i] = pattern (i, k);
    }

  for (k = 0; k < NWRAP; k++)
    {
      w[k] = ffi_closure_alloc (sizeof (struct wrapper), &code[k]);
      CHECK (w[k] != NULL);
      w[k]->types[0] = &ffi_type_slong;
      w[k]->types[1] = &ffi_type_double;
      CHECK_OK (ffi_prep_cif (&w[k]->cif, FFI_DEFAULT_ABI, 2, &ffi_type_slong,
                              w[k]->types));
      snprintf (w[k]->name, sizeof w[k]->name, "wrapper-%u", (unsigned) k);
      w[k]->counter = (long) k * 1000;
      CHECK_OK (ffi_prep_closure_loc (&w[k]->closure, &w[k]->cif, handler,
                                      w[k], code[k]));
    }

  for (k = 0; k < NWRAP; k++)
    {
      CHECK_EQ_INT (((fn) code[k]) (5, 0.5), (long) k * 1000 + 5);
      CHECK_EQ_INT (((fn) code[k]) (-7, 100.75), (long) k * 1000 - 2 + 100);
      CHECK_EQ_INT (w[k]->counter, (long) k * 1000 - 2);
    }

  /* Free every other wrapper and the odd blobs, then recheck the rest.  */
  for (k = 0; k < NWRAP; k += 2)
    ffi_closure_free (w[k]);
  for (k = 1; k < NSIZES; k += 2)
    ffi_closure_free (blob[k]);
  for (k = 0; k < NSIZES; k += 2)
    for (i = 0; i < sizes[k]; i++)
      CHECK_EQ_UINT (blob[k][i], pattern (i, k));
  for (k = 1; k < NWRAP; k += 2)
    {
      CHECK (strncmp (w[k]->name, "wrapper-", 8) == 0);
      CHECK_EQ_INT (((fn) code[k]) (2, 0.0), (long) k * 1000);
    }

  for (k = 1; k < NWRAP; k += 2)
    ffi_closure_free (w[k]);
  for (k = 0; k < NSIZES; k += 2)
    ffi_closure_free (blob[k]);
  return 0;
}
