/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures described with libffi's C-type aliases (ffi_type_uchar,
   ffi_type_schar, ffi_type_ushort, ffi_type_sshort, ffi_type_uint,
   ffi_type_sint, ffi_type_ulong, ffi_type_slong) plus plain char and
   _Bool (uint8).  Ten arguments, so the last four are on the stack.  A
   second closure returns _Bool, a third unsigned short.  */

#include "closuretest.h"
#include <stdbool.h>
#include <limits.h>

/* Wide patterns, cut down to what unsigned long / long hold.  */
#define ULONG_VAL ((unsigned long) 0xFEEDFACECAFEBEEFull)
#define RET_VAL ((long) -0x0123456789ABCDEFll)

typedef long (*all_fn) (unsigned char, signed char, unsigned short, short,
                        unsigned int, int, unsigned long, long, bool, char);
typedef bool (*bool_fn) (int);
typedef unsigned short (*ushort_fn) (unsigned short, unsigned short);

static ffi_cif all_cif, bool_cif, ushort_cif;
static int tag;
static unsigned calls;

static void
all_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &all_cif);
  CHECK (user_data == &tag);
  CHECK_EQ_UINT (*(unsigned char *) args[0], UCHAR_MAX);
  CHECK_EQ_INT (*(signed char *) args[1], SCHAR_MIN);
  CHECK_EQ_UINT (*(unsigned short *) args[2], 0xBEEF);
  CHECK_EQ_INT (*(short *) args[3], -0x1234);
  CHECK_EQ_UINT (*(unsigned int *) args[4], 0xDEADBEEFu);
  CHECK_EQ_INT (*(int *) args[5], INT_MIN + 7);
  CHECK_EQ_UINT (*(unsigned long *) args[6], ULONG_VAL);
  CHECK_EQ_INT (*(long *) args[7], LONG_MIN + 11);
  CHECK_EQ_UINT (*(bool *) args[8], 1);
  CHECK_EQ_INT (*(char *) args[9], 'Q');
  CT_RET_SINT (ret, RET_VAL);
  calls++;
}

static void
bool_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &bool_cif);
  CHECK (user_data == &tag);
  CT_RET_UINT (ret, (*(int *) args[0] & 1) != 0);
  calls++;
}

static void
ushort_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  unsigned short a = *(unsigned short *) args[0];
  unsigned short b = *(unsigned short *) args[1];
  CHECK (cif == &ushort_cif);
  CHECK (user_data == &tag);
  CT_RET_UINT (ret, (unsigned short) (a - b));
  calls++;
}

int
main (void)
{
  ffi_type *all_types[10] = { &ffi_type_uchar, &ffi_type_schar,
                              &ffi_type_ushort, &ffi_type_sshort,
                              &ffi_type_uint, &ffi_type_sint,
                              &ffi_type_ulong, &ffi_type_slong,
                              &ffi_type_uint8, &ffi_type_schar };
  ffi_type *bool_types[1] = { &ffi_type_sint };
  ffi_type *ushort_types[2] = { &ffi_type_ushort, &ffi_type_ushort };
  ffi_closure *c1, *c2, *c3;
  all_fn all;
  bool_fn odd;
  ushort_fn sub;
  int i;

  CHECK_OK (ffi_prep_cif (&all_cif, FFI_DEFAULT_ABI, 10, &ffi_type_slong,
                          all_types));
  CHECK_OK (ffi_prep_cif (&bool_cif, FFI_DEFAULT_ABI, 1, &ffi_type_uint8,
                          bool_types));
  CHECK_OK (ffi_prep_cif (&ushort_cif, FFI_DEFAULT_ABI, 2, &ffi_type_ushort,
                          ushort_types));
  all = (all_fn) ct_make_closure (&c1, &all_cif, all_handler, &tag);
  odd = (bool_fn) ct_make_closure (&c2, &bool_cif, bool_handler, &tag);
  sub = (ushort_fn) ct_make_closure (&c3, &ushort_cif, ushort_handler, &tag);

  CHECK_EQ_INT (all (UCHAR_MAX, SCHAR_MIN, 0xBEEF, -0x1234, 0xDEADBEEFu,
                     INT_MIN + 7, ULONG_VAL, LONG_MIN + 11, true, 'Q'),
                RET_VAL);
  for (i = -3; i < 4; i++)
    CHECK_EQ_INT (odd (i), (i & 1) != 0);
  CHECK_EQ_UINT (sub (3, 5), 0xFFFE);
  CHECK_EQ_UINT (sub (0xFFFF, 0x0001), 0xFFFE);
  CHECK_EQ_UINT (sub (0x8000, 0x8000), 0);
  CHECK_EQ_UINT (calls, 11);

  ffi_closure_free (c1);
  ffi_closure_free (c2);
  ffi_closure_free (c3);
  return 0;
}
