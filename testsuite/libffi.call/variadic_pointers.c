/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Pointers as variadic arguments, NULL among them, mixed with ints and
   doubles; the variadic callee reads them with va_arg (ap, void *) and
   follows them.  The result is a pointer too.  */

#include "calltest.h"

static int calls;
static int cells[8];

static void *
vptrs (int n, ...)
{
  va_list ap;
  void *last = NULL;
  int k;
  va_start (ap, n);
  for (k = 0; k < n; k++)
    {
      int *p = va_arg (ap, int *);
      const char *s = va_arg (ap, const char *);
      void *z = va_arg (ap, void *);
      double d = va_arg (ap, double);
      CHECK (p == &cells[k]);
      CHECK_EQ_INT (*p, -k * 11);
      CHECK (strcmp (s, k % 2 ? "odd" : "even") == 0);
      CHECK (z == NULL);
      CHECK_EQ_FLT (d, k + 0.125);
      last = p;
    }
  va_end (ap);
  calls++;
  return last;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[1 + 4 * 8];
  void *v[1 + 4 * 8];
  int *ptrs[8];
  const char *strs[8];
  void *nulls[8];
  double ds[8];
  int n = 8, k, i = 1;
  void *r;

  t[0] = &ffi_type_sint;
  v[0] = &n;
  for (k = 0; k < n; k++)
    {
      cells[k] = -k * 11;
      ptrs[k] = &cells[k];
      strs[k] = k % 2 ? "odd" : "even";
      nulls[k] = NULL;
      ds[k] = k + 0.125;
      t[i] = &ffi_type_pointer; v[i++] = &ptrs[k];
      t[i] = &ffi_type_pointer; v[i++] = &strs[k];
      t[i] = &ffi_type_pointer; v[i++] = &nulls[k];
      t[i] = &ffi_type_double; v[i++] = &ds[k];
    }
  PREP_CIF_VAR (&cif, 1, i, &ffi_type_pointer, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (vptrs), &r, v);
  CHECK (r == &cells[7]);
  CHECK_EQ_INT (calls, 1);
  return 0;
}
