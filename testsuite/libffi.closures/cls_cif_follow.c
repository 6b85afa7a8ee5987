/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A prepared closure follows its cif.

   libffi reads the cif stored in an ffi_closure at every call, so a
   program may store another cif there, or prepare the same cif again in
   place with another signature, and the next call follows the new one.
   stubffi chooses a closure's entry by the shape of its cif when the
   closure is prepared (x86-64: one per all-integer and all-vector
   argument count, one for mixed scalars, the generic one), so each entry
   must check the cif it finds at the call and hand over to the generic
   entry when the shape has changed.

   For every port and every ABI it has, a table of shapes (every fast
   entry's among them on x86-64, the libffi examples int(int) ->
   double(long,long,long) and double(double) -> double(double,double,int)
   among them everywhere): for every pair (A, B) of the table, a closure
   is prepared for A and called as A, then
     (a) closure->cif is replaced by a cif of shape B, or
     (b) the closure's cif is prepared again in place as B,
   and the closure is called natively with B's signature.  The handler
   checks the cif it gets and every argument, the caller the result.
   Closures from ffi_closure_alloc, legacy closures in W+X memory of our
   own (not under MDWE), raw closures (without struct arguments where
   the raw API is native) and Go closures (through the static-chain
   thunk of closuretest.h) all go through it.

   On x86-64 the handler also notes where it returns to, which tells the
   entry that called it: the call as A comes from A's fast entry; after
   the change, from the same entry when it still fits B (the same entry,
   or the mixed one for any shape of scalars in registers), from the
   generic entry otherwise.  Elsewhere there is one entry per ABI.  */

#include "closuretest.h"
#include <alloca.h>
#include <signal.h>
#include <sys/mman.h>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

/* ---- Values ---------------------------------------------------------- */

/* Argument i of any shape gets the value of position i for its type;
   results get position RET.  Every byte differs between positions.  */
#define RET 99

static uint64_t
ival (unsigned i)
{
  /* i % 64: RET is 99, and a shift by 64 or more is undefined.  */
  return 0x0123456789abcdefull * (i + 3) ^ (0x5a5a5a5a5a5a5a5aull >> (i % 64));
}

static double
dval (unsigned i)
{
  return -1.5 * (i + 1) + 0.0625 * i;
}

static float
fval (unsigned i)
{
  return 0.25f * (float) (i + 1) - 3.0f;
}

#define IV(T, i) ((T) ival (i))
#define PV(i) ((void *) (uintptr_t) ival (i))
#define DV(i) dval (i)
#define FV(i) fval (i)
#define LV(i) ((long double) dval (i))

/* Structs: three integers (in memory on every port), two doubles, four
   floats (an HFA on aarch64).  */
typedef struct { int64_t a, b, c; } s3;
typedef struct { double a, b; } sdd;
typedef struct { float a, b, c, d; } sf4;
typedef struct { int32_t a, b, c; } si3;        /* 12 of 16 bytes */
CT_STRUCT (s3_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (sdd_type, &ffi_type_double, &ffi_type_double);
CT_STRUCT (sf4_type, &ffi_type_float, &ffi_type_float, &ffi_type_float,
           &ffi_type_float);
CT_STRUCT (si3_type, &ffi_type_sint32, &ffi_type_sint32, &ffi_type_sint32);

static s3
s3v (unsigned i)
{
  s3 s = { IV (int64_t, i), IV (int64_t, i + 20), IV (int64_t, i + 40) };
  return s;
}

static sdd
sddv (unsigned i)
{
  sdd s = { DV (i), DV (i + 20) };
  return s;
}

static sf4
sf4v (unsigned i)
{
  sf4 s = { FV (i), FV (i + 20), FV (i + 40), FV (i + 60) };
  return s;
}

static si3
si3v (unsigned i)
{
  si3 s = { IV (int32_t, i), IV (int32_t, i + 20), IV (int32_t, i + 40) };
  return s;
}

#define S3V(i) s3v (i)
#define SI3V(i) si3v (i)
#define SDDV(i) sddv (i)
#define SF4V(i) sf4v (i)
#define EQ_S3(x, y) ((x).a == (y).a && (x).b == (y).b && (x).c == (y).c)
#define EQ_SDD(x, y) ((x).a == (y).a && (x).b == (y).b)
#define EQ_SF4(x, y) \
  ((x).a == (y).a && (x).b == (y).b && (x).c == (y).c && (x).d == (y).d)

/* ---- The handler ------------------------------------------------------ */

static ffi_cif *expect_cif;     /* the cif the next call must see */
static void *expect_data;       /* and its user_data */
static void *returned_to;       /* where the handler returned to */
static unsigned calls;

static void
check_arg (ffi_type *t, unsigned i, void *p)
{
  if (t == &s3_type)
    {
      s3 want = S3V (i);
      CHECK (EQ_S3 (*(s3 *) p, want));
      return;
    }
  if (t == &sdd_type)
    {
      sdd want = SDDV (i);
      CHECK (EQ_SDD (*(sdd *) p, want));
      return;
    }
  if (t == &sf4_type)
    {
      sf4 want = SF4V (i);
      CHECK (EQ_SF4 (*(sf4 *) p, want));
      return;
    }
  switch (t->type)
    {
    case FFI_TYPE_UINT8:  CHECK (*(uint8_t *) p == IV (uint8_t, i)); break;
    case FFI_TYPE_SINT8:  CHECK (*(int8_t *) p == IV (int8_t, i)); break;
    case FFI_TYPE_UINT16: CHECK (*(uint16_t *) p == IV (uint16_t, i)); break;
    case FFI_TYPE_SINT16: CHECK (*(int16_t *) p == IV (int16_t, i)); break;
    case FFI_TYPE_UINT32: CHECK (*(uint32_t *) p == IV (uint32_t, i)); break;
    case FFI_TYPE_INT:
    case FFI_TYPE_SINT32: CHECK (*(int32_t *) p == IV (int32_t, i)); break;
    case FFI_TYPE_UINT64: CHECK (*(uint64_t *) p == IV (uint64_t, i)); break;
    case FFI_TYPE_SINT64: CHECK (*(int64_t *) p == IV (int64_t, i)); break;
    case FFI_TYPE_POINTER: CHECK (*(void **) p == PV (i)); break;
    case FFI_TYPE_FLOAT:  CHECK_EQ_FLT (*(float *) p, FV (i)); break;
    case FFI_TYPE_DOUBLE: CHECK_EQ_FLT (*(double *) p, DV (i)); break;
#if FFI_TYPE_LONGDOUBLE != FFI_TYPE_DOUBLE
    case FFI_TYPE_LONGDOUBLE: CHECK_EQ_FLT (*(long double *) p, LV (i)); break;
#endif
    default: CHECK (0);
    }
}

static void
store_ret (ffi_type *t, void *ret)
{
  if (t == &s3_type)
    *(s3 *) ret = S3V (RET);
  else if (t == &sdd_type)
    *(sdd *) ret = SDDV (RET);
  else if (t == &sf4_type)
    *(sf4 *) ret = SF4V (RET);
  else if (t == &si3_type)
    *(si3 *) ret = SI3V (RET);
  else
    switch (t->type)
      {
      case FFI_TYPE_VOID: break;
      case FFI_TYPE_UINT8:  CT_RET_UINT (ret, IV (uint8_t, RET)); break;
      case FFI_TYPE_SINT8:  CT_RET_SINT (ret, IV (int8_t, RET)); break;
      case FFI_TYPE_UINT16: CT_RET_UINT (ret, IV (uint16_t, RET)); break;
      case FFI_TYPE_SINT16: CT_RET_SINT (ret, IV (int16_t, RET)); break;
      case FFI_TYPE_UINT32: CT_RET_UINT (ret, IV (uint32_t, RET)); break;
      case FFI_TYPE_INT:
      case FFI_TYPE_SINT32: CT_RET_SINT (ret, IV (int32_t, RET)); break;
      case FFI_TYPE_UINT64: *(uint64_t *) ret = IV (uint64_t, RET); break;
      case FFI_TYPE_SINT64: *(int64_t *) ret = IV (int64_t, RET); break;
      case FFI_TYPE_POINTER: *(void **) ret = PV (RET); break;
      case FFI_TYPE_FLOAT:  *(float *) ret = FV (RET); break;
      case FFI_TYPE_DOUBLE: *(double *) ret = DV (RET); break;
#if FFI_TYPE_LONGDOUBLE != FFI_TYPE_DOUBLE
      case FFI_TYPE_LONGDOUBLE: *(long double *) ret = LV (RET); break;
#endif
      default: CHECK (0);
      }
}

static void
check_call (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  unsigned i;
  CHECK (cif == expect_cif);
  CHECK (user_data == expect_data);
  for (i = 0; i < cif->nargs; i++)
    check_arg (cif->arg_types[i], i, args[i]);
  store_ret (cif->rtype, ret);
  calls++;
}

__attribute__((noinline)) static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  returned_to = __builtin_return_address (0);
  check_call (cif, ret, args, user_data);
}

/* Raw closures: the same checks on the arguments unpacked.  */
__attribute__((noinline)) static void
raw_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  void **args = alloca ((cif->nargs + 1) * sizeof (void *));
  returned_to = __builtin_return_address (0);
  ffi_raw_to_ptrarray (cif, raw, args);
  check_call (cif, ret, args, user_data);
}

/* ---- Native callers ---------------------------------------------------- */

/* CALLER (name, convention, R, (params), (args), check of r_) defines
   name (code): calls code as R (convention *) params with args and
   checks the result r_.  */
#define CALLER(name, CONV, R, PARAMS, ARGS, CHECKR)                      \
  static void                                                            \
  name (void *code)                                                      \
  {                                                                      \
    typedef R (CONV *fn_t) PARAMS;                                       \
    R r_ = ((fn_t) code) ARGS;                                           \
    CHECKR;                                                              \
  }
#define CALLER_VOID(name, CONV, PARAMS, ARGS)                            \
  static void                                                            \
  name (void *code)                                                      \
  {                                                                      \
    typedef void (CONV *fn_t) PARAMS;                                    \
    ((fn_t) code) ARGS;                                                  \
  }
#define R_INT(T) CHECK (r_ == IV (T, RET))
#define R_PTR CHECK (r_ == PV (RET))
#define R_DBL CHECK_EQ_FLT (r_, DV (RET))
#define R_FLT CHECK_EQ_FLT (r_, FV (RET))
#define R_LDBL CHECK_EQ_FLT (r_, LV (RET))
#define R_SI3 do { si3 w_ = SI3V (RET); CHECK (EQ_S3 (r_, w_)); } while (0)
#define R_S3 do { s3 w_ = S3V (RET); CHECK (EQ_S3 (r_, w_)); } while (0)
#define R_SDD do { sdd w_ = SDDV (RET); CHECK (EQ_SDD (r_, w_)); } while (0)
#define R_SF4 do { sf4 w_ = SF4V (RET); CHECK (EQ_SF4 (r_, w_)); } while (0)

#define NOCONV

/* A shape: its signature, its native caller and, on x86-64's System V
   ABI, the entry ffi_prep_closure_loc gives it.  */
#define MAXARGS 16
struct shape {
  const char *name;
  const char *entry;
  ffi_type *rtype;
  unsigned nargs;
  ffi_type *atypes[MAXARGS];
  void (*call) (void *code);
};

#define SHAPE(name, entry, rtype, nargs, ...)                            \
  { #name, entry, rtype, nargs, { __VA_ARGS__ }, call_##name }

/* ---- x86-64 System V: every entry ------------------------------------ */

#if defined(__x86_64__)

CALLER (call_g0, NOCONV, int, (void), (), R_INT (int))
CALLER (call_g1, NOCONV, int, (int), (IV (int, 0)), R_INT (int))
CALLER (call_g2, NOCONV, int16_t, (int8_t, uint64_t),
        (IV (int8_t, 0), IV (uint64_t, 1)), R_INT (int16_t))
CALLER (call_g3, NOCONV, double, (long, long, long),
        (IV (long, 0), IV (long, 1), IV (long, 2)), R_DBL)
CALLER (call_g4, NOCONV, uint8_t, (uint16_t, int32_t, void *, int64_t),
        (IV (uint16_t, 0), IV (int32_t, 1), PV (2), IV (int64_t, 3)),
        R_INT (uint8_t))
CALLER (call_g5, NOCONV, void *, (uint32_t, int8_t, uint8_t, int16_t, long),
        (IV (uint32_t, 0), IV (int8_t, 1), IV (uint8_t, 2), IV (int16_t, 3),
         IV (long, 4)), R_PTR)
CALLER (call_g6, NOCONV, long,
        (int, uint16_t, int64_t, void *, uint8_t, int32_t),
        (IV (int, 0), IV (uint16_t, 1), IV (int64_t, 2), PV (3),
         IV (uint8_t, 4), IV (int32_t, 5)), R_INT (long))
CALLER (call_s1, NOCONV, double, (double), (DV (0)), R_DBL)
CALLER (call_s2, NOCONV, float, (float, double), (FV (0), DV (1)), R_FLT)
CALLER (call_s3, NOCONV, double, (double, float, double),
        (DV (0), FV (1), DV (2)), R_DBL)
CALLER (call_s4, NOCONV, double, (double, double, double, double),
        (DV (0), DV (1), DV (2), DV (3)), R_DBL)
CALLER (call_s5, NOCONV, float, (float, double, float, double, float),
        (FV (0), DV (1), FV (2), DV (3), FV (4)), R_FLT)
CALLER (call_s6, NOCONV, int, (double, double, double, double, double, double),
        (DV (0), DV (1), DV (2), DV (3), DV (4), DV (5)), R_INT (int))
CALLER (call_s7, NOCONV, double,
        (float, double, float, double, float, double, float),
        (FV (0), DV (1), FV (2), DV (3), FV (4), DV (5), FV (6)), R_DBL)
CALLER_VOID (call_s8, NOCONV,
             (double, double, double, double, double, double, double, double),
             (DV (0), DV (1), DV (2), DV (3), DV (4), DV (5), DV (6), DV (7)))
CALLER (call_mix, NOCONV, double, (double, double, int),
        (DV (0), DV (1), IV (int, 2)), R_DBL)
CALLER (call_mix14, NOCONV, long,
        (int, double, long, float, void *, double, int8_t, float, uint16_t,
         double, int64_t, float, double, double),
        (IV (int, 0), DV (1), IV (long, 2), FV (3), PV (4), DV (5),
         IV (int8_t, 6), FV (7), IV (uint16_t, 8), DV (9), IV (int64_t, 10),
         FV (11), DV (12), DV (13)), R_INT (long))
CALLER (call_struct_arg, NOCONV, double, (sdd, long, sf4),
        (SDDV (0), IV (long, 1), SF4V (2)), R_DBL)
CALLER (call_stack_int, NOCONV, long,
        (long, long, long, long, long, long, long, int),
        (IV (long, 0), IV (long, 1), IV (long, 2), IV (long, 3), IV (long, 4),
         IV (long, 5), IV (long, 6), IV (int, 7)), R_INT (long))
CALLER (call_stack_sse, NOCONV, double,
        (double, double, double, double, double, double, double, double,
         double, float),
        (DV (0), DV (1), DV (2), DV (3), DV (4), DV (5), DV (6), DV (7),
         DV (8), FV (9)), R_DBL)
/* A register argument after a stack argument.  */
CALLER (call_split, NOCONV, double,
        (long, long, long, long, long, long, long, double),
        (IV (long, 0), IV (long, 1), IV (long, 2), IV (long, 3), IV (long, 4),
         IV (long, 5), IV (long, 6), DV (7)), R_DBL)
CALLER (call_ret_mem, NOCONV, s3, (int, double), (IV (int, 0), DV (1)), R_S3)
/* A result smaller than its registers, and scalar arguments or none.  */
CALLER (call_ret_partial, NOCONV, si3, (void), (), R_SI3)
CALLER (call_ret_partial2, NOCONV, si3, (double, int), (DV (0), IV (int, 1)),
        R_SI3)
CALLER (call_ret_sdd, NOCONV, sdd, (long, s3), (IV (long, 0), S3V (1)), R_SDD)
CALLER (call_ldbl, NOCONV, long double, (long double, int),
        (LV (0), IV (int, 1)), R_LDBL)

#define L &ffi_type_slong
#define D &ffi_type_double
#define F &ffi_type_float
static const struct shape unix64_shapes[] = {
  SHAPE (g0, "g0", &ffi_type_sint, 0, NULL),
  SHAPE (g1, "g1", &ffi_type_sint, 1, &ffi_type_sint),
  SHAPE (g2, "g2", &ffi_type_sint16, 2, &ffi_type_sint8, &ffi_type_uint64),
  SHAPE (g3, "g3", D, 3, L, L, L),
  SHAPE (g4, "g4", &ffi_type_uint8, 4, &ffi_type_uint16, &ffi_type_sint32,
         &ffi_type_pointer, &ffi_type_sint64),
  SHAPE (g5, "g5", &ffi_type_pointer, 5, &ffi_type_uint32, &ffi_type_sint8,
         &ffi_type_uint8, &ffi_type_sint16, L),
  SHAPE (g6, "g6", L, 6, &ffi_type_sint, &ffi_type_uint16, &ffi_type_sint64,
         &ffi_type_pointer, &ffi_type_uint8, &ffi_type_sint32),
  SHAPE (s1, "s1", D, 1, D),
  SHAPE (s2, "s2", F, 2, F, D),
  SHAPE (s3, "s3", D, 3, D, F, D),
  SHAPE (s4, "s4", D, 4, D, D, D, D),
  SHAPE (s5, "s5", F, 5, F, D, F, D, F),
  SHAPE (s6, "s6", &ffi_type_sint, 6, D, D, D, D, D, D),
  SHAPE (s7, "s7", D, 7, F, D, F, D, F, D, F),
  SHAPE (s8, "s8", &ffi_type_void, 8, D, D, D, D, D, D, D, D),
  SHAPE (mix, "mix", D, 3, D, D, &ffi_type_sint),
  SHAPE (mix14, "mix", L, 14, &ffi_type_sint, D, L, F, &ffi_type_pointer, D,
         &ffi_type_sint8, F, &ffi_type_uint16, D, &ffi_type_sint64, F, D, D),
  SHAPE (struct_arg, "gen", D, 3, &sdd_type, L, &sf4_type),
  SHAPE (stack_int, "gen", L, 8, L, L, L, L, L, L, L, &ffi_type_sint),
  SHAPE (stack_sse, "gen", D, 10, D, D, D, D, D, D, D, D, D, F),
  SHAPE (split, "gen", D, 8, L, L, L, L, L, L, L, D),
  SHAPE (ret_mem, "gen", &s3_type, 2, &ffi_type_sint, D),
  SHAPE (ret_partial, "gen", &si3_type, 0, NULL),
  SHAPE (ret_partial2, "gen", &si3_type, 2, D, &ffi_type_sint),
  SHAPE (ret_sdd, "gen", &sdd_type, 2, L, &s3_type),
  SHAPE (ldbl, "gen", &ffi_type_longdouble, 2, &ffi_type_longdouble,
         &ffi_type_sint),
};

/* Win64 and GNU-Win64: one entry.  */
#define MS __attribute__ ((ms_abi))
CALLER (call_w_i_i, MS, int, (int), (IV (int, 0)), R_INT (int))
CALLER (call_w_d_lll, MS, double, (int64_t, int64_t, int64_t),
        (IV (int64_t, 0), IV (int64_t, 1), IV (int64_t, 2)), R_DBL)
CALLER (call_w_d_d, MS, double, (double), (DV (0)), R_DBL)
CALLER (call_w_d_ddi, MS, double, (double, double, int),
        (DV (0), DV (1), IV (int, 2)), R_DBL)
CALLER_VOID (call_w_v_v, MS, (void), ())
CALLER (call_w_many, MS, int64_t,
        (int, double, int64_t, float, int8_t, double, void *),
        (IV (int, 0), DV (1), IV (int64_t, 2), FV (3), IV (int8_t, 4), DV (5),
         PV (6)), R_INT (int64_t))
CALLER (call_w_ret_mem, MS, s3, (int, double), (IV (int, 0), DV (1)), R_S3)
CALLER (call_w_f_s3, MS, float, (s3, float), (S3V (0), FV (1)), R_FLT)

static const struct shape win64_shapes[] = {
  SHAPE (w_i_i, "gen", &ffi_type_sint, 1, &ffi_type_sint),
  SHAPE (w_d_lll, "gen", D, 3, &ffi_type_sint64, &ffi_type_sint64,
         &ffi_type_sint64),
  SHAPE (w_d_d, "gen", D, 1, D),
  SHAPE (w_d_ddi, "gen", D, 3, D, D, &ffi_type_sint),
  SHAPE (w_v_v, "gen", &ffi_type_void, 0, NULL),
  SHAPE (w_many, "gen", &ffi_type_sint64, 7, &ffi_type_sint, D,
         &ffi_type_sint64, F, &ffi_type_sint8, D, &ffi_type_pointer),
  SHAPE (w_ret_mem, "gen", &s3_type, 2, &ffi_type_sint, D),
  SHAPE (w_f_s3, "gen", F, 2, &s3_type, F),
};
#undef L
#undef D
#undef F

#endif /* __x86_64__ */

/* ---- i386: the seven conventions ---------------------------------------- */

#if defined(__i386__)

/* The signatures every convention gets, called with GCC's attribute for
   it.  */
#define I386_CALLERS(tag, CONV)                                          \
  CALLER (call_##tag##_i_i, CONV, int, (int), (IV (int, 0)), R_INT (int)) \
  CALLER (call_##tag##_d_lll, CONV, double, (long, long, long),           \
          (IV (long, 0), IV (long, 1), IV (long, 2)), R_DBL)              \
  CALLER (call_##tag##_d_d, CONV, double, (double), (DV (0)), R_DBL)      \
  CALLER (call_##tag##_d_ddi, CONV, double, (double, double, int),        \
          (DV (0), DV (1), IV (int, 2)), R_DBL)                           \
  CALLER_VOID (call_##tag##_v_v, CONV, (void), ())                        \
  CALLER (call_##tag##_f_fii, CONV, float, (float, int, int, int),        \
          (FV (0), IV (int, 1), IV (int, 2), IV (int, 3)), R_FLT)         \
  CALLER (call_##tag##_ll_csli, CONV, int64_t,                            \
          (int8_t, int16_t, int64_t, int),                                \
          (IV (int8_t, 0), IV (int16_t, 1), IV (int64_t, 2), IV (int, 3)), \
          R_INT (int64_t))                                                \
  CALLER (call_##tag##_s3_ip, CONV, s3, (int, void *),                    \
          (IV (int, 0), PV (1)), R_S3)
#define I386_SHAPES(tag)                                                 \
  SHAPE (tag##_i_i, "gen", &ffi_type_sint, 1, &ffi_type_sint),           \
  SHAPE (tag##_d_lll, "gen", &ffi_type_double, 3, &ffi_type_slong,      \
         &ffi_type_slong, &ffi_type_slong),                              \
  SHAPE (tag##_d_d, "gen", &ffi_type_double, 1, &ffi_type_double),      \
  SHAPE (tag##_d_ddi, "gen", &ffi_type_double, 3, &ffi_type_double,     \
         &ffi_type_double, &ffi_type_sint),                              \
  SHAPE (tag##_v_v, "gen", &ffi_type_void, 0, NULL),                     \
  SHAPE (tag##_f_fii, "gen", &ffi_type_float, 4, &ffi_type_float,       \
         &ffi_type_sint, &ffi_type_sint, &ffi_type_sint),                \
  SHAPE (tag##_ll_csli, "gen", &ffi_type_sint64, 4, &ffi_type_sint8,    \
         &ffi_type_sint16, &ffi_type_sint64, &ffi_type_sint),            \
  SHAPE (tag##_s3_ip, "gen", &s3_type, 2, &ffi_type_sint,               \
         &ffi_type_pointer)

#define CDECL __attribute__ ((cdecl))
#define STDCALL __attribute__ ((stdcall))
#define FASTCALL __attribute__ ((fastcall))
#define THISCALL __attribute__ ((thiscall))
#define MSCDECL __attribute__ ((ms_abi))
I386_CALLERS (sysv, CDECL)
I386_CALLERS (stdcall, STDCALL)
I386_CALLERS (fastcall, FASTCALL)
I386_CALLERS (thiscall, THISCALL)
I386_CALLERS (mscdecl, MSCDECL)
static const struct shape sysv_shapes[] = { I386_SHAPES (sysv) };
static const struct shape stdcall_shapes[] = { I386_SHAPES (stdcall) };
static const struct shape fastcall_shapes[] = { I386_SHAPES (fastcall) };
static const struct shape thiscall_shapes[] = { I386_SHAPES (thiscall) };
static const struct shape mscdecl_shapes[] = { I386_SHAPES (mscdecl) };

/* GCC has no attribute for Pascal (stack arguments left to right, the
   callee pops) nor for Borland register (the first three integer
   arguments of up to 4 bytes in eax, edx, ecx, the rest as Pascal's):
   a stdcall callee with its stack parameters in reverse order, and
   regparm (3) for the register ones, has the same layout.  The
   signatures keep away from what would differ (results in memory,
   64-bit integers).  */
#define PASCAL_REV STDCALL
#define REGISTER_REV __attribute__ ((stdcall, regparm (3)))
CALLER (call_pascal_i_i, PASCAL_REV, int, (int), (IV (int, 0)), R_INT (int))
CALLER (call_pascal_d_lll, PASCAL_REV, double, (long, long, long),
        (IV (long, 2), IV (long, 1), IV (long, 0)), R_DBL)
CALLER (call_pascal_d_d, PASCAL_REV, double, (double), (DV (0)), R_DBL)
CALLER (call_pascal_d_ddi, PASCAL_REV, double, (int, double, double),
        (IV (int, 2), DV (1), DV (0)), R_DBL)
CALLER_VOID (call_pascal_v_v, PASCAL_REV, (void), ())
CALLER (call_pascal_f_fii, PASCAL_REV, float, (int, int, int, float),
        (IV (int, 3), IV (int, 2), IV (int, 1), FV (0)), R_FLT)
CALLER (call_register_i_i, REGISTER_REV, int, (int), (IV (int, 0)),
        R_INT (int))
CALLER (call_register_d_lll, REGISTER_REV, double, (long, long, long),
        (IV (long, 0), IV (long, 1), IV (long, 2)), R_DBL)
CALLER (call_register_d_d, REGISTER_REV, double, (double), (DV (0)), R_DBL)
/* int -> eax; the doubles on the stack, the first one higher.  */
CALLER (call_register_d_ddi, REGISTER_REV, double, (double, double, int),
        (DV (1), DV (0), IV (int, 2)), R_DBL)
CALLER_VOID (call_register_v_v, REGISTER_REV, (void), ())
CALLER (call_register_f_fii, REGISTER_REV, float, (float, int, int, int),
        (FV (0), IV (int, 1), IV (int, 2), IV (int, 3)), R_FLT)
/* Four integers: the fourth on the stack; a double after it.  */
CALLER (call_register_i_iiiid, REGISTER_REV, int,
        (int, int, int, double, int),
        (IV (int, 0), IV (int, 1), IV (int, 2), DV (4), IV (int, 3)),
        R_INT (int))
#define PASCAL_REGISTER_SHAPES(tag)                                      \
  SHAPE (tag##_i_i, "gen", &ffi_type_sint, 1, &ffi_type_sint),           \
  SHAPE (tag##_d_lll, "gen", &ffi_type_double, 3, &ffi_type_slong,      \
         &ffi_type_slong, &ffi_type_slong),                              \
  SHAPE (tag##_d_d, "gen", &ffi_type_double, 1, &ffi_type_double),      \
  SHAPE (tag##_d_ddi, "gen", &ffi_type_double, 3, &ffi_type_double,     \
         &ffi_type_double, &ffi_type_sint),                              \
  SHAPE (tag##_v_v, "gen", &ffi_type_void, 0, NULL),                     \
  SHAPE (tag##_f_fii, "gen", &ffi_type_float, 4, &ffi_type_float,       \
         &ffi_type_sint, &ffi_type_sint, &ffi_type_sint)
static const struct shape pascal_shapes[] = { PASCAL_REGISTER_SHAPES (pascal) };
static const struct shape register_shapes[] = {
  PASCAL_REGISTER_SHAPES (register),
  SHAPE (register_i_iiiid, "gen", &ffi_type_sint, 5, &ffi_type_sint,
         &ffi_type_sint, &ffi_type_sint, &ffi_type_sint, &ffi_type_double),
};

#endif /* __i386__ */

/* ---- aarch64, riscv64 and 32-bit Arm ----------------------------------- */
/* Plain C signatures: riscv64 and 32-bit Arm (its default ABI) run the
   same table (on riscv64 there is one entry too; sdd is two FP
   registers, sf4 two integer ones, s3 goes by reference).  */

/* ppc64el and s390x run it too (FFI_DEFAULT_ABI).  */
#if defined(__aarch64__) || defined(__riscv) || defined(__arm__) \
    || defined(__powerpc64__) || defined(__s390x__)

CALLER (call_i_i, NOCONV, int, (int), (IV (int, 0)), R_INT (int))
CALLER (call_d_lll, NOCONV, double, (long, long, long),
        (IV (long, 0), IV (long, 1), IV (long, 2)), R_DBL)
CALLER (call_d_d, NOCONV, double, (double), (DV (0)), R_DBL)
CALLER (call_d_ddi, NOCONV, double, (double, double, int),
        (DV (0), DV (1), IV (int, 2)), R_DBL)
CALLER_VOID (call_v_v, NOCONV, (void), ())
CALLER (call_stack_int, NOCONV, long,
        (long, long, long, long, long, long, long, long, int8_t, uint16_t),
        (IV (long, 0), IV (long, 1), IV (long, 2), IV (long, 3), IV (long, 4),
         IV (long, 5), IV (long, 6), IV (long, 7), IV (int8_t, 8),
         IV (uint16_t, 9)), R_INT (long))
CALLER (call_stack_fp, NOCONV, float,
        (double, float, double, float, double, float, double, float, double,
         float),
        (DV (0), FV (1), DV (2), FV (3), DV (4), FV (5), DV (6), FV (7), DV (8),
         FV (9)), R_FLT)
CALLER (call_hfa, NOCONV, sf4, (sf4, int, sdd), (SF4V (0), IV (int, 1), SDDV (2)),
        R_SF4)
CALLER (call_ret_mem, NOCONV, s3, (s3, double), (S3V (0), DV (1)), R_S3)
CALLER (call_ldbl, NOCONV, long double, (long double, void *),
        (LV (0), PV (1)), R_LDBL)

#define L &ffi_type_slong
#define D &ffi_type_double
#define F &ffi_type_float
static const struct shape aarch64_shapes[] = {
  SHAPE (i_i, "gen", &ffi_type_sint, 1, &ffi_type_sint),
  SHAPE (d_lll, "gen", D, 3, L, L, L),
  SHAPE (d_d, "gen", D, 1, D),
  SHAPE (d_ddi, "gen", D, 3, D, D, &ffi_type_sint),
  SHAPE (v_v, "gen", &ffi_type_void, 0, NULL),
  SHAPE (stack_int, "gen", L, 10, L, L, L, L, L, L, L, L, &ffi_type_sint8,
         &ffi_type_uint16),
  SHAPE (stack_fp, "gen", F, 10, D, F, D, F, D, F, D, F, D, F),
  SHAPE (hfa, "gen", &sf4_type, 3, &sf4_type, &ffi_type_sint, &sdd_type),
  SHAPE (ret_mem, "gen", &s3_type, 2, &s3_type, D),
  SHAPE (ldbl, "gen", &ffi_type_longdouble, 2, &ffi_type_longdouble,
         &ffi_type_pointer),
};
#undef L
#undef D
#undef F

#endif /* __aarch64__ || __riscv || __arm__ || __powerpc64__ || __s390x__ */

/* ---- The runs ------------------------------------------------------------ */

/* One table of shapes, with its ABI.  */
struct table {
  const char *abi_name;
  ffi_abi abi;
  const struct shape *shapes;
  unsigned n;
  /* Go closures can be made and called with it: the static chain is
     where closuretest.h's thunk puts it (i386: ecx, which fastcall and
     thiscall take for arguments; Borland register has no Go closures).  */
  int go;
};

#define TABLE(abi, shapes, go) \
  { #abi, abi, shapes, sizeof shapes / sizeof shapes[0], go }

static const struct table tables[] = {
#if defined(__x86_64__)
  TABLE (FFI_UNIX64, unix64_shapes, 1),
  TABLE (FFI_WIN64, win64_shapes, 1),
  TABLE (FFI_GNUW64, win64_shapes, 1),
#elif defined(__i386__)
  TABLE (FFI_SYSV, sysv_shapes, 1),
  TABLE (FFI_STDCALL, stdcall_shapes, 1),
  TABLE (FFI_FASTCALL, fastcall_shapes, 0),
  TABLE (FFI_THISCALL, thiscall_shapes, 0),
  TABLE (FFI_MS_CDECL, mscdecl_shapes, 1),
  TABLE (FFI_PASCAL, pascal_shapes, 1),
  TABLE (FFI_REGISTER, register_shapes, 0),
#elif defined(__aarch64__) || defined(__riscv)
  TABLE (FFI_SYSV, aarch64_shapes, 1),
#elif defined(__arm__) || defined(__powerpc64__) || defined(__s390x__)
  TABLE (FFI_DEFAULT_ABI, aarch64_shapes, 1),
#endif
};
#define NTABLES (sizeof tables / sizeof tables[0])

#define MAXSHAPES 32
static ffi_cif cifs[MAXSHAPES];

/* The kinds of closure each pair runs through.  */
enum kind { CLOSURE_ALLOC, CLOSURE_LEGACY, CLOSURE_GO, CLOSURE_RAW, NKINDS };
static const char *const kind_names[NKINDS] = { "ffi_closure_alloc",
                                                "legacy", "Go", "raw" };

/* Where the handler returns to, by entry name, for the current table and
   kind of closure (x86-64 System V only).  */
static const char *entry_names[MAXSHAPES];
static void *entry_returns_to[MAXSHAPES];
static unsigned nentries;

static void
note_entry (const char *entry, void *ra)
{
  unsigned i;
  for (i = 0; i < nentries; i++)
    if (strcmp (entry_names[i], entry) == 0)
      {
        CHECK (entry_returns_to[i] == ra);
        return;
      }
  /* A new entry: not one seen under another name.  */
  for (i = 0; i < nentries; i++)
    CHECK (entry_returns_to[i] != ra);
  entry_names[nentries] = entry;
  entry_returns_to[nentries++] = ra;
}

/* The entry that serves a call with shape B through a closure prepared
   for shape A: A's own when it fits B, the generic one otherwise.  Go
   closures have two: one for scalars in registers, the generic one.  */
static const char *
follow_entry (const char *a, const char *b, enum kind kind)
{
  /* The raw handler is called by C code that translates the arguments,
     whichever entry ran.  */
  if (kind == CLOSURE_RAW)
    return "gen";
  if (kind == CLOSURE_GO)
    return strcmp (b, "gen") != 0 && strcmp (a, "gen") != 0 ? "go" : "gen";
  if (strcmp (a, b) == 0)
    return a;
  if (strcmp (a, "mix") == 0 && strcmp (b, "gen") != 0)
    return "mix";
  return "gen";
}

static const char *
entry_of (const char *a, enum kind kind)
{
  return follow_entry (a, a, kind);
}

/* Whether a closure of that kind takes the shape: where the raw API is
   native (i386), it has no struct arguments.  */
static int
usable (const struct shape *s, enum kind kind)
{
  unsigned i;
  if (kind != CLOSURE_RAW || !FFI_NATIVE_RAW_API)
    return 1;
  for (i = 0; i < s->nargs; i++)
    if (s->atypes[i]->type == FFI_TYPE_STRUCT)
      return 0;
  return 1;
}

static void
prep (ffi_cif *cif, ffi_abi abi, const struct shape *s)
{
  CHECK_OK (ffi_prep_cif (cif, abi, s->nargs, s->rtype,
                          (ffi_type **) s->atypes));
}

/* A closure of one kind, prepared with cif; returns the address to
   call.  */
struct closure {
  enum kind kind;
  ffi_closure *cl;              /* CLOSURE_ALLOC, CLOSURE_LEGACY */
  ffi_raw_closure *raw;         /* CLOSURE_RAW */
  ffi_go_closure gc;            /* CLOSURE_GO */
  void *code;
};

static void
closure_prep (struct closure *c, ffi_cif *cif)
{
  switch (c->kind)
    {
    case CLOSURE_ALLOC:
      CHECK_OK (ffi_prep_closure_loc (c->cl, cif, handler, &calls, c->code));
      expect_data = &calls;
      break;
    case CLOSURE_LEGACY:
      CHECK_OK (ffi_prep_closure (c->cl, cif, handler, &calls));
      expect_data = &calls;
      break;
    case CLOSURE_RAW:
      CHECK_OK (ffi_prep_raw_closure_loc (c->raw, cif, raw_handler, &calls,
                                          c->code));
      expect_data = &calls;
      break;
    default:
#if CT_HAVE_CHAIN_THUNKS
      CHECK_OK (ffi_prep_go_closure (&c->gc, cif, handler));
      CT_ARM_GO_CLOSURE (c->gc);
      expect_data = &c->gc;
#endif
      break;
    }
}

static void
closure_set_cif (struct closure *c, ffi_cif *cif)
{
  if (c->kind == CLOSURE_GO)
    c->gc.cif = cif;
  else if (c->kind == CLOSURE_RAW)
    c->raw->cif = cif;
  else
    c->cl->cif = cif;
}

static void
call (const struct shape *s, struct closure *c)
{
#if CT_HAVE_CHAIN_THUNKS
  if (c->kind == CLOSURE_GO)
    {
      s->call (ct_chain_call_ptr ());
      return;
    }
#endif
  s->call (c->code);
}

static char where[256];

static void
say_where (int sig)
{
  (void) sig;
  fprintf (stderr, "signal during: %s\n", where);
  signal (SIGABRT, SIG_DFL);
  signal (SIGSEGV, SIG_DFL);
  signal (SIGBUS, SIG_DFL);
  signal (SIGILL, SIG_DFL);
  signal (SIGFPE, SIG_DFL);
}

/* Returns the number of calls made.  */
static unsigned
run_table (const struct table *t, struct closure *c)
{
  unsigned a, b, made = 0;
  int reprep, track = 0;
  ffi_cif work;

#if defined(__x86_64__)
  track = t->abi == FFI_UNIX64 && c->kind != CLOSURE_RAW;
#endif
  CHECK (t->n <= MAXSHAPES);
  for (a = 0; a < t->n; a++)
    prep (&cifs[a], t->abi, &t->shapes[a]);

  /* Each shape as prepared: the entry it gets.  */
  nentries = 0;
  for (a = 0; a < t->n; a++)
    {
      if (!usable (&t->shapes[a], c->kind))
        continue;
      snprintf (where, sizeof where, "%s %s closure as %s", t->abi_name,
                kind_names[c->kind], t->shapes[a].name);
      closure_prep (c, &cifs[a]);
      expect_cif = &cifs[a];
      call (&t->shapes[a], c);
      made++;
      note_entry (entry_of (t->shapes[a].entry, c->kind), returned_to);
    }
  if (track)
    /* Every fast entry, the generic one; Go: the two.  */
    CHECK_EQ_UINT (nentries, c->kind == CLOSURE_GO ? 2 : 17);
  else
    CHECK_EQ_UINT (nentries, 1);

  for (a = 0; a < t->n; a++)
    for (b = 0; b < t->n; b++)
      for (reprep = 0; reprep < 2; reprep++)
        {
          const struct shape *sa = &t->shapes[a], *sb = &t->shapes[b];
          if (!usable (sa, c->kind) || !usable (sb, c->kind))
            continue;
          snprintf (where, sizeof where, "%s %s closure, %s -> %s, %s",
                    t->abi_name, kind_names[c->kind], sa->name, sb->name,
                    reprep ? "cif prepared again" : "cif replaced");
          if (reprep)
            {
              prep (&work, t->abi, sa);
              closure_prep (c, &work);
              expect_cif = &work;
            }
          else
            {
              closure_prep (c, &cifs[a]);
              expect_cif = &cifs[a];
            }
          call (sa, c);
          note_entry (entry_of (sa->entry, c->kind), returned_to);

          if (reprep)
            prep (&work, t->abi, sb);
          else
            {
              closure_set_cif (c, &cifs[b]);
              expect_cif = &cifs[b];
            }
          call (sb, c);
          note_entry (follow_entry (sa->entry, sb->entry, c->kind),
                      returned_to);
          /* And once more: nothing was cached by the first call.  */
          call (sb, c);
          made += 3;
        }
  return made;
}

int
main (void)
{
  unsigned t, expected = 0;
  int legacy = 0, go = 0;
  struct closure c;
  void *mem = MAP_FAILED;
  size_t len = 4096;

  signal (SIGABRT, say_where);
  signal (SIGSEGV, say_where);
  signal (SIGBUS, say_where);
  signal (SIGILL, say_where);
  signal (SIGFPE, say_where);

  if (!test_mdwe_mode ())
    mem = mmap (NULL, len, PROT_READ | PROT_WRITE | PROT_EXEC,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

  for (t = 0; t < NTABLES; t++)
    {
      unsigned n = tables[t].n, all = n + n * n * 2 * 3;

      memset (&c, 0, sizeof c);
      c.kind = CLOSURE_ALLOC;
      c.cl = ffi_closure_alloc (sizeof (ffi_closure), &c.code);
      CHECK (c.cl != NULL);
      CHECK_EQ_UINT (run_table (&tables[t], &c), all);
      ffi_closure_free (c.cl);
      expected += all;

      memset (&c, 0, sizeof c);
      c.kind = CLOSURE_RAW;
      c.raw = ffi_closure_alloc (sizeof (ffi_raw_closure), &c.code);
      CHECK (c.raw != NULL);
      expected += run_table (&tables[t], &c);
      ffi_closure_free (c.raw);

      if (mem != MAP_FAILED)
        {
          c.kind = CLOSURE_LEGACY;
          c.cl = mem;
          c.code = mem;
          CHECK_EQ_UINT (run_table (&tables[t], &c), all);
          expected += all;
          legacy = 1;
        }

#if CT_HAVE_CHAIN_THUNKS
      if (tables[t].go)
        {
          memset (&c, 0, sizeof c);
          c.kind = CLOSURE_GO;
          CHECK_EQ_UINT (run_table (&tables[t], &c), all);
          expected += all;
          go = 1;
        }
#endif
      printf ("%s: %u shapes ok\n", tables[t].abi_name, n);
    }
  if (mem != MAP_FAILED)
    munmap (mem, len);
  CHECK_EQ_UINT (calls, expected);
  printf ("%u calls, legacy closures %s, Go closures %s\n", calls,
          legacy ? "too" : "skipped (no W+X memory)",
          go ? "too" : "skipped");
  return 0;
}
