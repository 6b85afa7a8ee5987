/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* Closures of every integer width, called through ms_abi function
   pointers.  The handler sees each narrow argument exactly even when the
   caller left garbage above it in the register or stack slot (called
   through a uint64_t-typed pointer), and a narrow result is returned in
   %rax widened by its type (seen through a uint64_t-typed pointer).  */

#include "win64test.h"

static int calls;

static void
all_widths (ffi_cif *cif, void *ret, void **args, void *data)
{
  CHECK (data == &calls);
  CHECK_EQ_UINT (cif->nargs, 9);
  CHECK_EQ_UINT (*(uint8_t *) args[0], 0xfe);
  CHECK_EQ_INT (*(int8_t *) args[1], -0x7f);
  CHECK_EQ_UINT (*(uint16_t *) args[2], 0xfedc);
  CHECK_EQ_INT (*(int16_t *) args[3], -0x7edc);
  CHECK_EQ_UINT (*(uint32_t *) args[4], 0xfedcba98u);
  CHECK_EQ_INT (*(int32_t *) args[5], -0x7edcba98);
  CHECK_EQ_UINT (*(uint64_t *) args[6], 0xfedcba9876543210ull);
  CHECK_EQ_INT (*(int64_t *) args[7], -0x7edcba9876543210ll);
  CHECK_EQ_INT (*(int *) args[8], -12345);
  *(int64_t *) ret = 77;
  calls++;
}

/* One argument and a result of the same type; the type is in user_data.
   Returns the argument plus one.  */
static void
plus_one (ffi_cif *cif, void *ret, void **args, void *data)
{
  ffi_type *t = (ffi_type *) data;
  CHECK (cif->rtype == t && cif->arg_types[0] == t);
  switch (t->type)
    {
    case FFI_TYPE_UINT8:  W64_RET_UINT (ret, (uint8_t) (*(uint8_t *) args[0] + 1)); break;
    case FFI_TYPE_SINT8:  W64_RET_SINT (ret, (int8_t) (*(int8_t *) args[0] + 1)); break;
    case FFI_TYPE_UINT16: W64_RET_UINT (ret, (uint16_t) (*(uint16_t *) args[0] + 1)); break;
    case FFI_TYPE_SINT16: W64_RET_SINT (ret, (int16_t) (*(int16_t *) args[0] + 1)); break;
    case FFI_TYPE_UINT32: W64_RET_UINT (ret, (uint32_t) (*(uint32_t *) args[0] + 1)); break;
    case FFI_TYPE_SINT32: W64_RET_SINT (ret, (int32_t) (*(uint32_t *) args[0] + 1)); break;
    default: CHECK (0);
    }
  calls++;
}

typedef uint64_t (MS *raw_fn) (uint64_t);

/* A closure of type T (T) called with x (garbage above the value) must
   return want in the whole of %rax.  */
static void
check_width (ffi_type *t, uint64_t x, uint64_t want)
{
  ffi_cif cif;
  ffi_type *at[1] = { t };
  ffi_closure *cl;
  void *code;
  W64_PREP (&cif, 1, t, at);
  code = w64_closure (&cl, &cif, plus_one, t);
  CHECK_EQ_UINT (((raw_fn) code) (x), want);
  ffi_closure_free (cl);
}

/* And through properly typed pointers.  */
#define TYPED(T, ftype, x, want)                                        \
  do {                                                                  \
    ffi_cif cif_;                                                       \
    ffi_type *at_[1] = { &ftype };                                      \
    ffi_closure *cl_;                                                   \
    void *code_;                                                        \
    W64_PREP (&cif_, 1, &ftype, at_);                                   \
    code_ = w64_closure (&cl_, &cif_, plus_one, &ftype);                \
    CHECK_EQ_INT (((T (MS *) (T)) code_) (x), want);                    \
    ffi_closure_free (cl_);                                             \
  } while (0)

static void
run (void)
{
  ffi_cif cif;
  ffi_type *t[9] = { &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
                     &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32,
                     &ffi_type_uint64, &ffi_type_sint64, &ffi_type_sint };
  ffi_closure *cl;
  void *code;
  int before = calls;

  W64_PREP (&cif, 9, &ffi_type_sint64, t);
  code = w64_closure (&cl, &cif, all_widths, &calls);
  CHECK_EQ_INT (((int64_t (MS *) (uint8_t, int8_t, uint16_t, int16_t,
                                  uint32_t, int32_t, uint64_t, int64_t, int))
                 code) (0xfe, -0x7f, 0xfedc, -0x7edc, 0xfedcba98u,
                        -0x7edcba98, 0xfedcba9876543210ull,
                        -0x7edcba9876543210ll, -12345), 77);
  ffi_closure_free (cl);

  check_width (&ffi_type_uint8, 0xdeadbeefcafe007full, 0x80);
  check_width (&ffi_type_sint8, 0xdeadbeefcafe007full,
               (uint64_t) (int64_t) -0x80);
  check_width (&ffi_type_uint16, 0xdeadbeefcafe7fffull, 0x8000);
  check_width (&ffi_type_sint16, 0xdeadbeefcafe7fffull,
               (uint64_t) (int64_t) -0x8000);
  check_width (&ffi_type_uint32, 0xdeadbeef7fffffffull, 0x80000000u);
  check_width (&ffi_type_sint32, 0xdeadbeef7fffffffull,
               (uint64_t) (int64_t) INT32_MIN);

  TYPED (uint8_t, ffi_type_uint8, 0xfe, 0xff);
  TYPED (int8_t, ffi_type_sint8, -2, -1);
  TYPED (uint16_t, ffi_type_uint16, 0xfffe, 0xffff);
  TYPED (int16_t, ffi_type_sint16, -0x7fff, -0x7ffe);
  TYPED (uint32_t, ffi_type_uint32, 0xfffffffeu, 0xffffffffu);
  TYPED (int32_t, ffi_type_sint32, -2, -1);
  CHECK_EQ_INT (calls, before + 13);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
