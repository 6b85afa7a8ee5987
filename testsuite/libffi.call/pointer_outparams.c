/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Out-parameters: the callee writes through pointer arguments, and the
   caller sees the writes in its own objects after ffi_call returns (the
   pointers passed are the caller's, not copies of the pointees).  */

#include "calltest.h"

typedef struct { int64_t id; double weight; char tag[4]; } record;

static int calls;

static int
fill (int *ip, double *dp, record *rp, char **sp, uint8_t *bytes, int n)
{
  int k;
  CHECK_EQ_INT (*ip, 17);
  CHECK_EQ_FLT (*dp, -1.5);
  CHECK_EQ_INT (rp->id, 99);
  CHECK (*sp == NULL);
  CHECK_EQ_INT (n, 5);
  *ip = -0x2badbeef;
  *dp = 0x1.23456789abcdep-3;
  rp->id = INT64_MIN + 5;
  rp->weight = -0x1.fffffffffffffp+1023;
  memcpy (rp->tag, "xyz", 4);
  *sp = (char *) "written";
  for (k = 0; k < n; k++)
    bytes[k] = (uint8_t) (0xf0 + k);
  calls++;
  return k;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_pointer, &ffi_type_pointer, &ffi_type_pointer,
                     &ffi_type_pointer, &ffi_type_pointer, &ffi_type_sint };
  int i = 17, n = 5;
  double d = -1.5;
  record rec = { 99, 0.0, "abc" };
  char *s = NULL;
  uint8_t bytes[8];
  int *ip = &i;
  double *dp = &d;
  record *rp = &rec;
  char **sp = &s;
  uint8_t *bp = bytes;
  void *v[6] = { &ip, &dp, &rp, &sp, &bp, &n };
  ffi_arg r;

  memset (bytes, 0, sizeof bytes);
  PREP_CIF (&cif, 6, &ffi_type_sint, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (fill), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_UINT (r, SEXT_ARG (5));
  CHECK_EQ_INT (i, -0x2badbeef);
  CHECK_EQ_FLT (d, 0x1.23456789abcdep-3);
  CHECK_EQ_INT (rec.id, INT64_MIN + 5);
  CHECK_EQ_FLT (rec.weight, -0x1.fffffffffffffp+1023);
  CHECK (strcmp (rec.tag, "xyz") == 0);
  CHECK (s != NULL && strcmp (s, "written") == 0);
  CHECK_EQ_UINT (bytes[0], 0xf0);
  CHECK_EQ_UINT (bytes[4], 0xf4);
  CHECK_EQ_UINT (bytes[5], 0);
  /* The pointer variables themselves are unchanged.  */
  CHECK (ip == &i && dp == &d && rp == &rec && sp == &s && bp == bytes);
  return 0;
}
