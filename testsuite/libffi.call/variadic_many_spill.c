/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Many variadic arguments: 40 int64 and 30 doubles interleaved, far
   past the six integer and eight SSE registers, so most are read by
   va_arg from the stack overflow area in order.  */

#include "calltest.h"

static int calls;

#define IV(k) ((int64_t) 0x0102030405060708LL * ((k) + 1) - (k))
#define DV(k) (((k) % 2 ? -1.0 : 1.0) * ((k) + 0x1p-20 * (k)))

static int
vmany (int ni, int nd, ...)
{
  va_list ap;
  int i = 0, d = 0;
  va_start (ap, nd);
  while (i < ni || d < nd)
    {
      if (i < ni)
        {
          CHECK_EQ_INT (va_arg (ap, int64_t), IV (i));
          i++;
        }
      if (i < ni)
        {
          CHECK_EQ_INT (va_arg (ap, int64_t), IV (i));
          i++;
        }
      if (d < nd)
        {
          CHECK_EQ_FLT (va_arg (ap, double), DV (d));
          d++;
        }
    }
  va_end (ap);
  calls++;
  return i + d;
}

int
main (void)
{
  ffi_cif cif;
  enum { NI = 40, ND = 30 };
  ffi_type *t[2 + NI + ND];
  void *v[2 + NI + ND];
  int64_t iv[NI];
  double dv[ND];
  int ni = NI, nd = ND, i = 0, d = 0, k = 2;
  ffi_arg r;

  t[0] = t[1] = &ffi_type_sint;
  v[0] = &ni;
  v[1] = &nd;
  while (i < NI || d < ND)
    {
      int j;
      for (j = 0; j < 2; j++)
        if (i < NI)
          {
            iv[i] = IV (i);
            t[k] = &ffi_type_sint64;
            v[k++] = &iv[i++];
          }
      if (d < ND)
        {
          dv[d] = DV (d);
          t[k] = &ffi_type_double;
          v[k++] = &dv[d++];
        }
    }
  CHECK_EQ_INT (k, 2 + NI + ND);
  PREP_CIF_VAR (&cif, 2, k, &ffi_type_sint, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (vmany), &r, v);
  CHECK_EQ_UINT (r, SEXT_ARG (NI + ND));
  CHECK_EQ_INT (calls, 1);
  return 0;
}
