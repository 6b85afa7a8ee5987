/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The C-type aliases ffi_type_uchar/schar/ushort/sshort/uint/sint/ulong/
   slong: each names a type object whose size, alignment and type code fit
   the C type, and each works as an argument and as a return type (with the
   result widened to a whole ffi_arg).  */

#include "calltest.h"

static int calls;

static long
take_all (unsigned char uc, signed char sc, unsigned short us, short ss,
          unsigned int ui, int si, unsigned long ul, long sl)
{
  CHECK_EQ_UINT (uc, 0xc3);
  CHECK_EQ_INT (sc, -0x3d);
  CHECK_EQ_UINT (us, 0xc3d2);
  CHECK_EQ_INT (ss, -0x3c2e);
  CHECK_EQ_UINT (ui, 0xc3d2e1f0u);
  CHECK_EQ_INT (si, -0x3c2d1e10);
  CHECK_EQ_UINT (ul, (unsigned long) -0x3c2d1e0f0a0b0c0dLL);
  CHECK_EQ_INT (sl, (long) -0x0123456789abcdefLL);
  calls++;
  return sl + (long) sc + (long) ss;
}

static unsigned char ret_uchar (void) { calls++; return 0xc3; }
static signed char ret_schar (void) { calls++; return -0x3d; }
static unsigned short ret_ushort (void) { calls++; return 0xc3d2; }
static short ret_sshort (void) { calls++; return -0x3c2e; }
static unsigned int ret_uint (void) { calls++; return 0xc3d2e1f0u; }
static int ret_sint (void) { calls++; return -0x3c2d1e10; }
static unsigned long ret_ulong (void) { calls++; return (unsigned long) -5L; }
static long ret_slong (void) { calls++; return -0x789abcdeL; }

static void
check_type (const ffi_type *t, size_t size, unsigned short code)
{
  CHECK_EQ_UINT (t->size, size);
  CHECK_EQ_UINT (t->alignment, size);
  CHECK_EQ_UINT (t->type, code);
  CHECK (t->elements == NULL);
}

static ffi_arg
call_ret (ffi_type *rt, void (*fn) (void))
{
  ffi_cif cif;
  ffi_arg r;
  PREP_CIF (&cif, 0, rt, NULL);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, fn, &r, NULL);
  return r;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *types[8] = {
    &ffi_type_uchar, &ffi_type_schar, &ffi_type_ushort, &ffi_type_sshort,
    &ffi_type_uint, &ffi_type_sint, &ffi_type_ulong, &ffi_type_slong
  };
  unsigned char uc = 0xc3;
  signed char sc = -0x3d;
  unsigned short us = 0xc3d2;
  short ss = -0x3c2e;
  unsigned int ui = 0xc3d2e1f0u;
  int si = -0x3c2d1e10;
  unsigned long ul = (unsigned long) -0x3c2d1e0f0a0b0c0dLL;
  long sl = (long) -0x0123456789abcdefLL;
  void *values[8] = { &uc, &sc, &us, &ss, &ui, &si, &ul, &sl };
  long r;

  /* The aliases fit the C types on this target.  */
  check_type (&ffi_type_uchar, sizeof (unsigned char), FFI_TYPE_UINT8);
  check_type (&ffi_type_schar, sizeof (signed char), FFI_TYPE_SINT8);
  CHECK_EQ_UINT (ffi_type_ushort.size, sizeof (unsigned short));
  CHECK_EQ_UINT (ffi_type_sshort.size, sizeof (short));
  CHECK_EQ_UINT (ffi_type_uint.size, sizeof (unsigned int));
  CHECK_EQ_UINT (ffi_type_sint.size, sizeof (int));
  CHECK_EQ_UINT (ffi_type_ulong.size, sizeof (unsigned long));
  CHECK_EQ_UINT (ffi_type_slong.size, sizeof (long));
  CHECK_EQ_UINT (ffi_type_sint.type,
                 sizeof (int) == 4 ? FFI_TYPE_SINT32 : FFI_TYPE_SINT64);
  CHECK_EQ_UINT (ffi_type_ulong.type,
                 sizeof (long) == 8 ? FFI_TYPE_UINT64 : FFI_TYPE_UINT32);
  CHECK_EQ_UINT (ffi_type_sshort.type, FFI_TYPE_SINT16);
  CHECK_EQ_UINT (ffi_type_ushort.type, FFI_TYPE_UINT16);

  PREP_CIF (&cif, 8, &ffi_type_slong, types);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take_all), &r, values);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_INT (r, sl + (long) sc + (long) ss);

  CHECK_EQ_UINT (call_ret (&ffi_type_uchar, FFI_FN (ret_uchar)),
                 ZEXT_ARG (0xc3));
  CHECK_EQ_UINT (call_ret (&ffi_type_schar, FFI_FN (ret_schar)),
                 SEXT_ARG (-0x3d));
  CHECK_EQ_UINT (call_ret (&ffi_type_ushort, FFI_FN (ret_ushort)),
                 ZEXT_ARG (0xc3d2));
  CHECK_EQ_UINT (call_ret (&ffi_type_sshort, FFI_FN (ret_sshort)),
                 SEXT_ARG (-0x3c2e));
  CHECK_EQ_UINT (call_ret (&ffi_type_uint, FFI_FN (ret_uint)),
                 ZEXT_ARG (0xc3d2e1f0u));
  CHECK_EQ_UINT (call_ret (&ffi_type_sint, FFI_FN (ret_sint)),
                 SEXT_ARG (-0x3c2d1e10));
  CHECK_EQ_UINT (call_ret (&ffi_type_ulong, FFI_FN (ret_ulong)),
                 ZEXT_ARG ((unsigned long) -5L));
  CHECK_EQ_UINT (call_ret (&ffi_type_slong, FFI_FN (ret_slong)),
                 SEXT_ARG (-0x789abcdeL));
  CHECK_EQ_INT (calls, 9);
  return 0;
}
