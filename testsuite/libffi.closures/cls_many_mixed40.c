/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A closure with forty arguments of every kind: integers of each width,
   float, double, long double, pointers, a small INTEGER struct, an SSE
   struct and a MEMORY struct, in an irregular order, so that registers
   run out early and the stack holds a mix of eight-byte slots, 16-byte
   aligned long doubles and by-value structs.  The return type is a
   struct {int64; double} (INTEGER, SSE).  The handler checks every
   argument against the table the caller passed; the caller checks the
   result, which the handler derives from the arguments.  */

#include "closuretest.h"

struct small { int8_t c; int16_t s; };
struct pairf { float x, y; };
struct big { int64_t a, b, c; };
struct result { int64_t bits; double sum; };

CT_STRUCT (small_type, &ffi_type_sint8, &ffi_type_sint16);
CT_STRUCT (pairf_type, &ffi_type_float, &ffi_type_float);
CT_STRUCT (big_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (result_type, &ffi_type_sint64, &ffi_type_double);

static const double V0 = -2767.66E0;
static const struct big V1 = { 180871543ll, -15126658ll, 908909ll };
static const uint64_t V2 = 0x966844AA138411EBull;
static const long double V3 = -898.5957142857142857142857142857143L;
static const int8_t V4 = -31;
static void *const V5 = (void *) (uintptr_t) 0x49B137106D20ull;
static const struct small V6 = { -15, 29159 };
static const uint8_t V7 = 0xD4;
static const int32_t V8 = -597477574;
static const long double V9 = -130.4957142857142857142857142857143L;
static const long double V10 = -293.5571428571428571428571428571429L;
static const int16_t V11 = 8484;
static const uint32_t V12 = 0x6A8F6926u;
static const double V13 = -9372.94E-11;
static const struct pairf V14 = { 233.25f, -350.5f };
static const struct small V15 = { 91, 3132 };
static const int64_t V16 = 4194039278188058263ll;
static const uint8_t V17 = 0x55;
static const struct small V18 = { -53, -2123 };
static const float V19 = 453.448f;
static const int8_t V20 = 45;
static const uint8_t V21 = 0xC4;
static const int64_t V22 = -1459987926921757712ll;
static const int8_t V23 = -24;
static const double V24 = -8800.18E-7;
static const int8_t V25 = -26;
static const int16_t V26 = -5542;
static const struct big V27 = { 247770083ll, -14110525ll, 13712756ll };
static const int8_t V28 = 120;
static const struct small V29 = { -88, 830 };
static const uint16_t V30 = 0xA6E0;
static const struct small V31 = { -13, 27422 };
static const uint8_t V32 = 0xC0;
static const uint8_t V33 = 0x5F;
static const uint8_t V34 = 0x27;
static const int64_t V35 = -589744350816493250ll;
static void *const V36 = (void *) (uintptr_t) 0x6A7DC4E14588ull;
static const int32_t V37 = 812161761;
static const double V38 = -4702.84E-14;
static const int32_t V39 = 388996813;

typedef struct result (*forty_fn) (
  double,
  struct big,
  uint64_t,
  long double,
  int8_t,
  void *,
  struct small,
  uint8_t,
  int32_t,
  long double,
  long double,
  int16_t,
  uint32_t,
  double,
  struct pairf,
  struct small,
  int64_t,
  uint8_t,
  struct small,
  float,
  int8_t,
  uint8_t,
  int64_t,
  int8_t,
  double,
  int8_t,
  int16_t,
  struct big,
  int8_t,
  struct small,
  uint16_t,
  struct small,
  uint8_t,
  uint8_t,
  uint8_t,
  int64_t,
  void *,
  int32_t,
  double,
  int32_t);

static ffi_type *forty_types[40] = {
  &ffi_type_double,
  &big_type,
  &ffi_type_uint64,
  &ffi_type_longdouble,
  &ffi_type_sint8,
  &ffi_type_pointer,
  &small_type,
  &ffi_type_uint8,
  &ffi_type_sint32,
  &ffi_type_longdouble,
  &ffi_type_longdouble,
  &ffi_type_sint16,
  &ffi_type_uint32,
  &ffi_type_double,
  &pairf_type,
  &small_type,
  &ffi_type_sint64,
  &ffi_type_uint8,
  &small_type,
  &ffi_type_float,
  &ffi_type_sint8,
  &ffi_type_uint8,
  &ffi_type_sint64,
  &ffi_type_sint8,
  &ffi_type_double,
  &ffi_type_sint8,
  &ffi_type_sint16,
  &big_type,
  &ffi_type_sint8,
  &small_type,
  &ffi_type_uint16,
  &small_type,
  &ffi_type_uint8,
  &ffi_type_uint8,
  &ffi_type_uint8,
  &ffi_type_sint64,
  &ffi_type_pointer,
  &ffi_type_sint32,
  &ffi_type_double,
  &ffi_type_sint32
};

static ffi_cif cif;
static int tag;
static unsigned calls;

/* Mixes one integer into the running hash.  */
static int64_t
mix (int64_t h, uint64_t v)
{
  return (int64_t) (((uint64_t) h * 0x100000001B3ull) ^ v);
}

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  struct result r = { 0, 0 };
  CHECK (cif_ == &cif);
  CHECK (user_data == &tag);
  CHECK_EQ_FLT (*(double *) args[0], V0);
  r.sum += (double) *(double *) args[0];
  CHECK_EQ_INT (((struct big *) args[1])->a, V1.a);
  CHECK_EQ_INT (((struct big *) args[1])->b, V1.b);
  CHECK_EQ_INT (((struct big *) args[1])->c, V1.c);
  r.bits = mix (r.bits, (uint64_t) ((struct big *) args[1])->c);
  CHECK_EQ_UINT (*(uint64_t *) args[2], V2);
  r.bits = mix (r.bits, (uint64_t) *(uint64_t *) args[2]);
  CHECK_EQ_FLT (*(long double *) args[3], V3);
  r.sum += (double) *(long double *) args[3];
  CHECK_EQ_INT (*(int8_t *) args[4], V4);
  r.bits = mix (r.bits, (uint64_t) *(int8_t *) args[4]);
  CHECK (*(void **) args[5] == V5);
  r.bits = mix (r.bits, (uintptr_t) *(void **) args[5]);
  CHECK_EQ_INT (((struct small *) args[6])->c, V6.c);
  CHECK_EQ_INT (((struct small *) args[6])->s, V6.s);
  r.bits = mix (r.bits, (uint64_t) ((struct small *) args[6])->s);
  CHECK_EQ_UINT (*(uint8_t *) args[7], V7);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[7]);
  CHECK_EQ_INT (*(int32_t *) args[8], V8);
  r.bits = mix (r.bits, (uint64_t) *(int32_t *) args[8]);
  CHECK_EQ_FLT (*(long double *) args[9], V9);
  r.sum += (double) *(long double *) args[9];
  CHECK_EQ_FLT (*(long double *) args[10], V10);
  r.sum += (double) *(long double *) args[10];
  CHECK_EQ_INT (*(int16_t *) args[11], V11);
  r.bits = mix (r.bits, (uint64_t) *(int16_t *) args[11]);
  CHECK_EQ_UINT (*(uint32_t *) args[12], V12);
  r.bits = mix (r.bits, (uint64_t) *(uint32_t *) args[12]);
  CHECK_EQ_FLT (*(double *) args[13], V13);
  r.sum += (double) *(double *) args[13];
  CHECK_EQ_FLT (((struct pairf *) args[14])->x, V14.x);
  CHECK_EQ_FLT (((struct pairf *) args[14])->y, V14.y);
  r.sum += ((struct pairf *) args[14])->x - ((struct pairf *) args[14])->y;
  CHECK_EQ_INT (((struct small *) args[15])->c, V15.c);
  CHECK_EQ_INT (((struct small *) args[15])->s, V15.s);
  r.bits = mix (r.bits, (uint64_t) ((struct small *) args[15])->s);
  CHECK_EQ_INT (*(int64_t *) args[16], V16);
  r.bits = mix (r.bits, (uint64_t) *(int64_t *) args[16]);
  CHECK_EQ_UINT (*(uint8_t *) args[17], V17);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[17]);
  CHECK_EQ_INT (((struct small *) args[18])->c, V18.c);
  CHECK_EQ_INT (((struct small *) args[18])->s, V18.s);
  r.bits = mix (r.bits, (uint64_t) ((struct small *) args[18])->s);
  CHECK_EQ_FLT (*(float *) args[19], V19);
  r.sum += (double) *(float *) args[19];
  CHECK_EQ_INT (*(int8_t *) args[20], V20);
  r.bits = mix (r.bits, (uint64_t) *(int8_t *) args[20]);
  CHECK_EQ_UINT (*(uint8_t *) args[21], V21);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[21]);
  CHECK_EQ_INT (*(int64_t *) args[22], V22);
  r.bits = mix (r.bits, (uint64_t) *(int64_t *) args[22]);
  CHECK_EQ_INT (*(int8_t *) args[23], V23);
  r.bits = mix (r.bits, (uint64_t) *(int8_t *) args[23]);
  CHECK_EQ_FLT (*(double *) args[24], V24);
  r.sum += (double) *(double *) args[24];
  CHECK_EQ_INT (*(int8_t *) args[25], V25);
  r.bits = mix (r.bits, (uint64_t) *(int8_t *) args[25]);
  CHECK_EQ_INT (*(int16_t *) args[26], V26);
  r.bits = mix (r.bits, (uint64_t) *(int16_t *) args[26]);
  CHECK_EQ_INT (((struct big *) args[27])->a, V27.a);
  CHECK_EQ_INT (((struct big *) args[27])->b, V27.b);
  CHECK_EQ_INT (((struct big *) args[27])->c, V27.c);
  r.bits = mix (r.bits, (uint64_t) ((struct big *) args[27])->c);
  CHECK_EQ_INT (*(int8_t *) args[28], V28);
  r.bits = mix (r.bits, (uint64_t) *(int8_t *) args[28]);
  CHECK_EQ_INT (((struct small *) args[29])->c, V29.c);
  CHECK_EQ_INT (((struct small *) args[29])->s, V29.s);
  r.bits = mix (r.bits, (uint64_t) ((struct small *) args[29])->s);
  CHECK_EQ_UINT (*(uint16_t *) args[30], V30);
  r.bits = mix (r.bits, (uint64_t) *(uint16_t *) args[30]);
  CHECK_EQ_INT (((struct small *) args[31])->c, V31.c);
  CHECK_EQ_INT (((struct small *) args[31])->s, V31.s);
  r.bits = mix (r.bits, (uint64_t) ((struct small *) args[31])->s);
  CHECK_EQ_UINT (*(uint8_t *) args[32], V32);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[32]);
  CHECK_EQ_UINT (*(uint8_t *) args[33], V33);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[33]);
  CHECK_EQ_UINT (*(uint8_t *) args[34], V34);
  r.bits = mix (r.bits, (uint64_t) *(uint8_t *) args[34]);
  CHECK_EQ_INT (*(int64_t *) args[35], V35);
  r.bits = mix (r.bits, (uint64_t) *(int64_t *) args[35]);
  CHECK (*(void **) args[36] == V36);
  r.bits = mix (r.bits, (uintptr_t) *(void **) args[36]);
  CHECK_EQ_INT (*(int32_t *) args[37], V37);
  r.bits = mix (r.bits, (uint64_t) *(int32_t *) args[37]);
  CHECK_EQ_FLT (*(double *) args[38], V38);
  r.sum += (double) *(double *) args[38];
  CHECK_EQ_INT (*(int32_t *) args[39], V39);
  r.bits = mix (r.bits, (uint64_t) *(int32_t *) args[39]);
  *(struct result *) ret = r;
  calls++;
}

/* The same computation on the constants, for the caller's check.  */
static struct result
expected (void)
{
  struct result r = { 0, 0 };
  r.sum += (double) V0;
  r.bits = mix (r.bits, (uint64_t) V1.c);
  r.bits = mix (r.bits, (uint64_t) V2);
  r.sum += (double) V3;
  r.bits = mix (r.bits, (uint64_t) V4);
  r.bits = mix (r.bits, (uintptr_t) V5);
  r.bits = mix (r.bits, (uint64_t) V6.s);
  r.bits = mix (r.bits, (uint64_t) V7);
  r.bits = mix (r.bits, (uint64_t) V8);
  r.sum += (double) V9;
  r.sum += (double) V10;
  r.bits = mix (r.bits, (uint64_t) V11);
  r.bits = mix (r.bits, (uint64_t) V12);
  r.sum += (double) V13;
  r.sum += V14.x - V14.y;
  r.bits = mix (r.bits, (uint64_t) V15.s);
  r.bits = mix (r.bits, (uint64_t) V16);
  r.bits = mix (r.bits, (uint64_t) V17);
  r.bits = mix (r.bits, (uint64_t) V18.s);
  r.sum += (double) V19;
  r.bits = mix (r.bits, (uint64_t) V20);
  r.bits = mix (r.bits, (uint64_t) V21);
  r.bits = mix (r.bits, (uint64_t) V22);
  r.bits = mix (r.bits, (uint64_t) V23);
  r.sum += (double) V24;
  r.bits = mix (r.bits, (uint64_t) V25);
  r.bits = mix (r.bits, (uint64_t) V26);
  r.bits = mix (r.bits, (uint64_t) V27.c);
  r.bits = mix (r.bits, (uint64_t) V28);
  r.bits = mix (r.bits, (uint64_t) V29.s);
  r.bits = mix (r.bits, (uint64_t) V30);
  r.bits = mix (r.bits, (uint64_t) V31.s);
  r.bits = mix (r.bits, (uint64_t) V32);
  r.bits = mix (r.bits, (uint64_t) V33);
  r.bits = mix (r.bits, (uint64_t) V34);
  r.bits = mix (r.bits, (uint64_t) V35);
  r.bits = mix (r.bits, (uintptr_t) V36);
  r.bits = mix (r.bits, (uint64_t) V37);
  r.sum += (double) V38;
  r.bits = mix (r.bits, (uint64_t) V39);
  return r;
}

int
main (void)
{
  ffi_closure *cl;
  forty_fn forty;
  struct result got, want;
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 40, &result_type,
                          forty_types));
  forty = (forty_fn) ct_make_closure (&cl, &cif, handler, &tag);
  want = expected ();
  for (i = 0; i < 3; i++)
    {
      got = forty (V0, V1, V2, V3, V4, V5, V6, V7, V8, V9,
                   V10, V11, V12, V13, V14, V15, V16, V17, V18, V19,
                   V20, V21, V22, V23, V24, V25, V26, V27, V28, V29,
                   V30, V31, V32, V33, V34, V35, V36, V37, V38, V39);
      CHECK_EQ_INT (got.bits, want.bits);
      CHECK_EQ_FLT (got.sum, want.sum);
    }
  CHECK_EQ_UINT (calls, 3);
  ffi_closure_free (cl);
  return 0;
}
