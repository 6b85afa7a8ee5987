/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Go closures with integer arguments and returns.

   ffi_prep_go_closure fills the ffi_go_closure: tramp (code that expects
   the closure itself in the static-chain register, %r10 on x86-64), cif
   and fun.  Native code calls it the way Go does, with %r10 = &gc (the
   ct_chain_call thunk loads %r10 and jumps to gc.tramp).  The handler
   receives the closure pointer as its fourth argument.  Integer widths
   from 8 to 64 bits, more than six arguments, narrow returns written as
   a full ffi_arg/ffi_sarg.  */

#include "../libffi.closures/closuretest.h"

#if CT_HAVE_CHAIN_THUNKS

typedef int (*add_fn) (int, int);
typedef int64_t (*many_fn) (int8_t, uint8_t, int16_t, uint16_t, int32_t,
                            uint32_t, int64_t, uint64_t);
typedef int8_t (*narrow_fn) (int8_t);

static ffi_cif add_cif, many_cif, narrow_cif;
static ffi_go_closure add_gc, many_gc, narrow_gc;
static unsigned calls;

static void
add_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  CHECK (cif == &add_cif);
  CHECK (closure == &add_gc);
  CT_RET_SINT (ret, *(int *) args[0] + *(int *) args[1]);
  calls++;
}

static void
many_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  CHECK (cif == &many_cif);
  CHECK (closure == &many_gc);
  CHECK_EQ_INT (*(int8_t *) args[0], -128);
  CHECK_EQ_UINT (*(uint8_t *) args[1], 0xFF);
  CHECK_EQ_INT (*(int16_t *) args[2], -32768);
  CHECK_EQ_UINT (*(uint16_t *) args[3], 0xFFFF);
  CHECK_EQ_INT (*(int32_t *) args[4], INT32_MIN);
  CHECK_EQ_UINT (*(uint32_t *) args[5], 0xFFFFFFFFu);
  CHECK_EQ_INT (*(int64_t *) args[6], INT64_MIN);
  CHECK_EQ_UINT (*(uint64_t *) args[7], UINT64_MAX);
  *(int64_t *) ret = 0x0123456789ABCDEFll;
  calls++;
}

static void
narrow_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  CHECK (cif == &narrow_cif);
  CHECK (closure == &narrow_gc);
  CT_RET_SINT (ret, (int8_t) -*(int8_t *) args[0]);
  calls++;
}

int
main (void)
{
  ffi_type *add_types[2] = { &ffi_type_sint, &ffi_type_sint };
  ffi_type *many_types[8] = { &ffi_type_sint8, &ffi_type_uint8,
                              &ffi_type_sint16, &ffi_type_uint16,
                              &ffi_type_sint32, &ffi_type_uint32,
                              &ffi_type_sint64, &ffi_type_uint64 };
  ffi_type *narrow_types[1] = { &ffi_type_sint8 };

  CHECK_OK (ffi_prep_cif (&add_cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                          add_types));
  CHECK_OK (ffi_prep_cif (&many_cif, FFI_DEFAULT_ABI, 8, &ffi_type_sint64,
                          many_types));
  CHECK_OK (ffi_prep_cif (&narrow_cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint8,
                          narrow_types));
  CHECK_OK (ffi_prep_go_closure (&add_gc, &add_cif, add_handler));
  CHECK_OK (ffi_prep_go_closure (&many_gc, &many_cif, many_handler));
  CHECK_OK (ffi_prep_go_closure (&narrow_gc, &narrow_cif, narrow_handler));
  CHECK (add_gc.tramp != NULL);
  CHECK (add_gc.cif == &add_cif);
  CHECK (add_gc.fun == add_handler);

  CT_ARM_GO_CLOSURE (add_gc);
  CHECK_EQ_INT (CT_CHAIN_CALL (add_fn) (40, 2), 42);
  CHECK_EQ_INT (CT_CHAIN_CALL (add_fn) (-7, -8), -15);

  CT_ARM_GO_CLOSURE (many_gc);
  CHECK_EQ_INT (CT_CHAIN_CALL (many_fn) (-128, 0xFF, -32768, 0xFFFF,
                                           INT32_MIN, 0xFFFFFFFFu, INT64_MIN,
                                           UINT64_MAX),
                0x0123456789ABCDEFll);

  CT_ARM_GO_CLOSURE (narrow_gc);
  CHECK_EQ_INT (CT_CHAIN_CALL (narrow_fn) (100), -100);
  CHECK_EQ_INT (CT_CHAIN_CALL (narrow_fn) (-127), 127);
  CHECK_EQ_UINT (calls, 5);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
