/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* FFI_TYPE_INT as a return type: libffi has no predefined object with this
   type code, but a client may describe a C int with its own ffi_type
   {sizeof (int), alignment, FFI_TYPE_INT}.  The result is sign-extended
   into the whole ffi_arg.  (Arguments and struct elements of this type are
   in int_type_int_args.c.)  */

#include "calltest.h"

static ffi_type my_int = { sizeof (int), _Alignof (int), FFI_TYPE_INT, NULL };

static int calls;

static int ret_neg (void) { calls++; return -0x12345679; }
static int ret_pos (void) { calls++; return 0x7edcba98; }
static int ret_min (void) { calls++; return INT_MIN; }

static int
dec (int x)
{
  CHECK_EQ_INT (x, -0x55aa55ab);
  calls++;
  return x - 1;
}

static ffi_arg
call0 (void (*fn) (void))
{
  ffi_cif cif;
  ffi_arg r;
  PREP_CIF (&cif, 0, &my_int, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, fn, &r, NULL);
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *at[1] = { &ffi_type_sint };
  int x = -0x55aa55ab;
  void *av[1] = { &x };
  ffi_arg r;

  CHECK_EQ_UINT (call0 (FFI_FN (ret_neg)), SEXT_ARG (-0x12345679));
  CHECK_EQ_UINT (call0 (FFI_FN (ret_pos)), ZEXT_ARG (0x7edcba98));
  CHECK_EQ_UINT (call0 (FFI_FN (ret_min)), SEXT_ARG (INT_MIN));

  PREP_CIF (&cif, 1, &my_int, at);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (dec), &r, av);
  CHECK_EQ_UINT (r, SEXT_ARG (-0x55aa55ac));
  CHECK_EQ_INT (calls, 4);
  return 0;
}
