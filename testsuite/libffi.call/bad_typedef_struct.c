/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Malformed struct types get FFI_BAD_TYPEDEF from ffi_prep_cif and
   ffi_prep_cif_var, never a crash, whether used as the return type, a
   fixed argument or a variadic argument: a struct with NULL elements, an
   empty struct (elements[0] == NULL), a struct containing such a struct,
   and one nested two levels down.  Each check uses freshly made types
   (libffi 3.4.4 leaves a struct whose layout failed half laid out, so a
   second prepare with the same object can succeed).  The predefined
   types are not disturbed and a good cif still works afterwards.  */

#include "calltest.h"

static int calls;
static double half (double x) { calls++; return x / 2; }

typedef struct
{
  ffi_type null_el, empty, nest1, nest2, ok, deep_mid, deep;
  ffi_type *empty_el[1], *n1_el[3], *n2_el[3], *ok_el[2], *deep_mid_el[3],
           *deep_el[2];
} bad_types;

/* Fills b with fresh types and returns the k-th bad one (k < 5).  */
static ffi_type *
make_bad (bad_types *b, int k)
{
  ffi_type fresh = { 0, 0, FFI_TYPE_STRUCT, NULL };
  b->null_el = fresh;
  b->empty = fresh;
  b->empty_el[0] = NULL;
  b->empty.elements = b->empty_el;
  b->n1_el[0] = &ffi_type_sint;
  b->n1_el[1] = &b->null_el;
  b->n1_el[2] = NULL;
  b->nest1 = fresh;
  b->nest1.elements = b->n1_el;
  b->n2_el[0] = &b->empty;
  b->n2_el[1] = &ffi_type_double;
  b->n2_el[2] = NULL;
  b->nest2 = fresh;
  b->nest2.elements = b->n2_el;
  b->ok_el[0] = &ffi_type_sint;
  b->ok_el[1] = NULL;
  b->ok = fresh;
  b->ok.elements = b->ok_el;
  b->deep_mid_el[0] = &b->ok;
  b->deep_mid_el[1] = &b->nest1;
  b->deep_mid_el[2] = NULL;
  b->deep_mid = fresh;
  b->deep_mid.elements = b->deep_mid_el;
  b->deep_el[0] = &b->deep_mid;
  b->deep_el[1] = NULL;
  b->deep = fresh;
  b->deep.elements = b->deep_el;
  switch (k)
    {
    case 0: return &b->null_el;
    case 1: return &b->empty;
    case 2: return &b->nest1;
    case 3: return &b->nest2;
    default: return &b->deep;
    }
}

int
main (void)
{
  bad_types b;
  ffi_cif cif;
  int k;

  for (k = 0; k < 5; k++)
    {
      ffi_type *t[3] = { &ffi_type_double, NULL, &ffi_type_sint };
      /* As the return type.  */
      CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, make_bad (&b, k),
                                  t), FFI_BAD_TYPEDEF);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 1,
                                      make_bad (&b, k), t), FFI_BAD_TYPEDEF);
      /* As a fixed argument, and as a variadic one.  */
      t[1] = make_bad (&b, k);
      CHECK_EQ_INT (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_sint,
                                  t), FFI_BAD_TYPEDEF);
      t[1] = make_bad (&b, k);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 2, 3,
                                      &ffi_type_sint, t), FFI_BAD_TYPEDEF);
      t[1] = make_bad (&b, k);
      CHECK_EQ_INT (ffi_prep_cif_var (&cif, FFI_DEFAULT_ABI, 1, 3,
                                      &ffi_type_sint, t), FFI_BAD_TYPEDEF);
    }

  /* The predefined types are intact.  */
  CHECK_EQ_UINT (ffi_type_double.size, sizeof (double));
  CHECK_EQ_UINT (ffi_type_sint.size, sizeof (int));
  CHECK_EQ_UINT (ffi_type_sint.alignment, _Alignof (int));

  /* A good struct and a good cif still work.  */
  {
    ffi_type *t[2];
    double x = -3.0, r;
    void *v[1] = { &x };
    make_bad (&b, 0);
    t[0] = &b.ok;
    t[1] = &ffi_type_double;
    PREP_CIF (&cif, 2, &b.ok, t);
    CHECK_EQ_UINT (b.ok.size, sizeof (int));
    PREP_CIF (&cif, 1, &ffi_type_double, &t[1]);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (half), &r, v);
    CHECK_EQ_FLT (r, -1.5);
  }
  CHECK_EQ_INT (calls, 1);
  return 0;
}
