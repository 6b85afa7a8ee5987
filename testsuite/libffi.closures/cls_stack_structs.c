/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* By-value structs on the stack, of every class, once the registers are
   used up.

   Five longs leave one integer register; a 16-byte INTEGER struct does
   not fit and goes to the stack, and the next 8-byte struct takes the
   last register.  Seven doubles leave %xmm7; a two-double struct goes to
   the stack, a one-float struct takes %xmm7.  After that every argument
   is on the stack: a 3-byte struct, a float pair, a MEMORY struct, a
   struct {long double} (16-byte aligned), a struct {char; double} and a
   struct of three floats, separated by chars that force padding.  */

#include "closuretest.h"

struct i16 { int64_t a, b; };
struct i8 { int32_t a; int16_t b; };
struct d2 { double x, y; };
struct f1 { float x; };
struct c3 { char a, b, c; };
struct f2 { float x, y; };
struct mem { int32_t v[7]; };
struct ldb { long double x; };
struct cd { char c; double d; };
struct f3 { float x, y, z; };

CT_STRUCT (i16_type, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (i8_type, &ffi_type_sint32, &ffi_type_sint16);
CT_STRUCT (d2_type, &ffi_type_double, &ffi_type_double);
CT_STRUCT (f1_type, &ffi_type_float);
CT_STRUCT (c3_type, &ffi_type_schar, &ffi_type_schar, &ffi_type_schar);
CT_STRUCT (f2_type, &ffi_type_float, &ffi_type_float);
CT_STRUCT (mem_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32);
CT_STRUCT (ldb_type, &ffi_type_longdouble);
CT_STRUCT (cd_type, &ffi_type_schar, &ffi_type_double);
CT_STRUCT (f3_type, &ffi_type_float, &ffi_type_float, &ffi_type_float);

typedef int (*stack_fn) (long, long, long, long, long, struct i16, struct i8,
                         double, double, double, double, double, double,
                         double, struct d2, struct f1, char, struct c3, char,
                         struct f2, char, struct mem, char, struct ldb, char,
                         struct cd, char, struct f3);

static const struct i16 I16 = { -0x0102030405060708ll, 0x1112131415161718ll };
static const struct i8 I8 = { -123456789, 0x4321 };
static const struct d2 D2 = { 1e100, -1e-100 };
static const struct f1 F1 = { 3.25f };
static const struct c3 C3 = { 'x', 'y', 'z' };
static const struct f2 F2 = { -0.5f, 1e30f };
static const struct mem MEM = { { 1, -2, 3, -4, 5, -6, 0x7FFFFFFF } };
static const struct ldb LDB = { -0.1428571428571428571428571428571429L };
static const struct cd CD = { 'k', 0.125 };
static const struct f3 F3 = { 1.0f, -2.0f, 3.5f };

static ffi_cif cif;
static int tag;
static unsigned calls;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  const struct i16 *i16 = args[5];
  const struct i8 *i8 = args[6];
  const struct d2 *d2 = args[14];
  const struct f1 *f1 = args[15];
  const struct c3 *c3 = args[17];
  const struct f2 *f2 = args[19];
  const struct mem *mem = args[21];
  const struct ldb *ldb = args[23];
  const struct cd *cd = args[25];
  const struct f3 *f3 = args[27];
  int i;

  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  for (i = 0; i < 5; i++)
    CHECK_EQ_INT (*(long *) args[i], 1000 + i);
  for (i = 0; i < 7; i++)
    CHECK_EQ_FLT (*(double *) args[7 + i], -i - 0.25);
  for (i = 16; i <= 26; i += 2)
    CHECK_EQ_INT (*(char *) args[i], 'a' + i);
  CHECK_EQ_INT (i16->a, I16.a);
  CHECK_EQ_INT (i16->b, I16.b);
  CHECK_EQ_INT (i8->a, I8.a);
  CHECK_EQ_INT (i8->b, I8.b);
  CHECK_EQ_FLT (d2->x, D2.x);
  CHECK_EQ_FLT (d2->y, D2.y);
  CHECK_EQ_FLT (f1->x, F1.x);
  CHECK (c3->a == C3.a && c3->b == C3.b && c3->c == C3.c);
  CHECK_EQ_FLT (f2->x, F2.x);
  CHECK_EQ_FLT (f2->y, F2.y);
  for (i = 0; i < 7; i++)
    CHECK_EQ_INT (mem->v[i], MEM.v[i]);
  CHECK_EQ_FLT (ldb->x, LDB.x);
  CHECK ((uintptr_t) ldb % _Alignof (struct ldb) == 0);
  CHECK_EQ_INT (cd->c, CD.c);
  CHECK_EQ_FLT (cd->d, CD.d);
  CHECK_EQ_FLT (f3->x, F3.x);
  CHECK_EQ_FLT (f3->y, F3.y);
  CHECK_EQ_FLT (f3->z, F3.z);
  CT_RET_SINT (ret, -4242);
  calls++;
}

int
main (void)
{
  ffi_type *types[28];
  ffi_closure *cl;
  stack_fn fn;
  int i;

  for (i = 0; i < 5; i++)
    types[i] = &ffi_type_slong;
  types[5] = &i16_type;
  types[6] = &i8_type;
  for (i = 7; i < 14; i++)
    types[i] = &ffi_type_double;
  types[14] = &d2_type;
  types[15] = &f1_type;
  for (i = 16; i <= 26; i += 2)
    types[i] = &ffi_type_schar;
  types[17] = &c3_type;
  types[19] = &f2_type;
  types[21] = &mem_type;
  types[23] = &ldb_type;
  types[25] = &cd_type;
  types[27] = &f3_type;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 28, &ffi_type_sint, types));
  fn = (stack_fn) ct_make_closure (&cl, &cif, handler, &tag);

  for (i = 0; i < 2; i++)
    CHECK_EQ_INT (fn (1000, 1001, 1002, 1003, 1004, I16, I8, -0.25, -1.25,
                      -2.25, -3.25, -4.25, -5.25, -6.25, D2, F1, 'a' + 16, C3,
                      'a' + 18, F2, 'a' + 20, MEM, 'a' + 22, LDB, 'a' + 24, CD,
                      'a' + 26, F3),
                  -4242);
  CHECK_EQ_UINT (calls, 2);
  ffi_closure_free (cl);
  return 0;
}
