/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A NULL rvalue for a MEMORY-class struct result (returned through a
   hidden pointer on x86-64): the callee still writes its result
   somewhere, so ffi_call must give it scratch space of the struct's size
   (here up to 4 KiB) instead of NULL, and the arguments (which move one
   register along because of the hidden pointer) still arrive.  Repeated
   so a stack imbalance would show; the caller's own locals survive.  */

#include "calltest.h"

typedef struct { int64_t v[3]; } L3;
typedef struct { unsigned char b[4096]; } Big;
STRUCT_TYPE (L3_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

static int calls;

static L3
make_l3 (int64_t a, int b, double c)
{
  L3 r;
  CHECK_EQ_INT (a, -0x0102030405060708LL);
  CHECK_EQ_INT (b, 77);
  CHECK_EQ_FLT (c, -0.5);
  r.v[0] = a; r.v[1] = b; r.v[2] = (int64_t) c;
  calls++;
  return r;
}

static Big
make_big (int fill)
{
  Big r;
  memset (r.b, fill, sizeof r.b);
  calls++;
  return r;
}

int
main (void)
{
  ffi_cif cif;
  volatile uint64_t canary = 0x0123456789abcdefull;
  int k;

  {
    ffi_type *t[3] = { &ffi_type_sint64, &ffi_type_sint, &ffi_type_double };
    int64_t a = -0x0102030405060708LL;
    int b = 77;
    double c = -0.5;
    void *v[3] = { &a, &b, &c };
    PREP_CIF (&cif, 3, &L3_type, t);
    for (k = 0; k < 100; k++)
      ffi_call (&cif, FFI_FN (make_l3), NULL, v);
    CHECK_EQ_INT (calls, 100);
  }
  {
    ffi_type *el[4097];
    ffi_type big_type = { 0, 0, FFI_TYPE_STRUCT, el };
    ffi_type *t[1] = { &ffi_type_sint };
    int fill = 0xa5;
    void *v[1] = { &fill };
    for (k = 0; k < 4096; k++)
      el[k] = &ffi_type_uint8;
    el[4096] = NULL;
    PREP_CIF (&cif, 1, &big_type, t);
    CHECK_EQ_UINT (big_type.size, sizeof (Big));
    for (k = 0; k < 20; k++)
      ffi_call (&cif, FFI_FN (make_big), NULL, v);
    CHECK_EQ_INT (calls, 120);
  }
  CHECK_EQ_UINT (canary, 0x0123456789abcdefull);
  return 0;
}
