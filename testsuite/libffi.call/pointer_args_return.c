/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Pointer arguments (including NULL and pointers to pointers) and pointer
   results, including a NULL result and a pointer into the middle of an
   object.  A pointer must arrive whole: on 64-bit targets its upper half
   is as significant as its lower half.  */

#include "calltest.h"

static int calls;
static char buffer[64];
static const char *const words[3] = { "alpha", "beta", "gamma" };

static char *
pick (char *base, void *nothing, const char *const *list, int index,
      char *also_null)
{
  CHECK (base == buffer);
  CHECK (nothing == NULL);
  CHECK (list == words);
  CHECK_EQ_INT (index, 2);
  CHECK (also_null == NULL);
  CHECK (strcmp (list[index], "gamma") == 0);
  calls++;
  return base + 37;
}

static void *ret_null (void) { calls++; return NULL; }

static void *
echo (void *p)
{
  calls++;
  return p;
}

static const char *
second (int a, const char **pp, double d)
{
  CHECK_EQ_INT (a, -1);
  CHECK_EQ_FLT (d, 2.5);
  calls++;
  return pp[1];
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &ffi_type_pointer, &ffi_type_pointer, &ffi_type_pointer,
                     &ffi_type_sint, &ffi_type_pointer };
  char *base = buffer, *also_null = NULL;
  void *nothing = NULL;
  const char *const *list = words;
  int index = 2;
  void *v[5] = { &base, &nothing, &list, &index, &also_null };
  void *r;

  CHECK_EQ_UINT (ffi_type_pointer.size, sizeof (void *));
  CHECK_EQ_UINT (ffi_type_pointer.alignment, _Alignof (void *));
  CHECK_EQ_UINT (ffi_type_pointer.type, FFI_TYPE_POINTER);

  PREP_CIF (&cif, 5, &ffi_type_pointer, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (pick), &r, v);
  CHECK (r == buffer + 37);

  PREP_CIF (&cif, 0, &ffi_type_pointer, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (ret_null), &r, NULL);
  CHECK (r == NULL);

  /* Pointers with many bits set (never dereferenced).  */
  {
    uintptr_t pats[4] = { (uintptr_t) -1, (uintptr_t) -8,
                          (uintptr_t) 0x8000000000000000ull,
                          (uintptr_t) 0x00007ffffffff000ull };
    int k;
    PREP_CIF (&cif, 1, &ffi_type_pointer, t);
    for (k = 0; k < 4; k++)
      {
        void *p = (void *) pats[k];
        void *pv[1] = { &p };
        junk_fill (&r, sizeof r);
        ffi_call (&cif, FFI_FN (echo), &r, pv);
        CHECK ((uintptr_t) r == pats[k]);
      }
  }

  {
    ffi_type *st[3] = { &ffi_type_sint, &ffi_type_pointer, &ffi_type_double };
    const char *strs[2] = { "first", "second" };
    const char **pp = strs;
    int a = -1;
    double d = 2.5;
    void *sv[3] = { &a, &pp, &d };
    PREP_CIF (&cif, 3, &ffi_type_pointer, st);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (second), &r, sv);
    CHECK (r == (void *) strs[1]);
  }
  CHECK_EQ_INT (calls, 7);
  return 0;
}
