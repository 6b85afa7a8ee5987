/* SPDX-License-Identifier: MIT */
/* Helpers shared by the libffi.win64 test programs: calls and closures
   with FFI_WIN64 (= FFI_EFI64) and FFI_GNUW64, the Microsoft x64
   convention that GCC and Clang speak for __attribute__((ms_abi)).

   Every program runs its checks once per ABI (w64_run_all) and prints
   "<ABI>: ok" after each, which its dg-output expects.  The native side
   is always compiled code: ms_abi callees for ffi_call, ms_abi function
   pointers for closures; both sides check every value.

   Everything here is static inline, a macro or marked unused, so that a
   program using only part of it is warning-free under -W -Wall.  */

#ifndef STUBFFI_WIN64TEST_H
#define STUBFFI_WIN64TEST_H

#include "testffi.h"
#include <stdarg.h>
#include <stddef.h>

#if !defined(__x86_64__) || defined(__ILP32__) || defined(_WIN32)
# error "libffi.win64 is for x86-64 Linux (win64.exp selects it)"
#endif

#define MS __attribute__ ((ms_abi))
#define W64_UNUSED __attribute__ ((unused))

/* The ABI the current round runs with, and its name.  */
static ffi_abi w64_abi = FFI_WIN64;
static const char *w64_abi_name = "FFI_WIN64";

/* Runs run() with FFI_WIN64, then with FFI_GNUW64, printing
   "<ABI>: ok" after each round.  */
static inline void
w64_run_all (void (*run) (void))
{
  static const ffi_abi abis[2] = { FFI_WIN64, FFI_GNUW64 };
  static const char *const names[2] = { "FFI_WIN64", "FFI_GNUW64" };
  int k;
  for (k = 0; k < 2; k++)
    {
      w64_abi = abis[k];
      w64_abi_name = names[k];
      run ();
      printf ("%s: ok\n", w64_abi_name);
      fflush (stdout);
    }
}

#define W64_PREP(cif, n, rtype, atypes)                                 \
  CHECK_OK (ffi_prep_cif ((cif), w64_abi, (n), (rtype), (atypes)))
#define W64_PREP_VAR(cif, nfixed, ntotal, rtype, atypes)                \
  CHECK_OK (ffi_prep_cif_var ((cif), w64_abi, (nfixed), (ntotal),       \
                              (rtype), (atypes)))

/* A struct ffi_type, laid out by ffi_prep_cif.  */
#define W64_STRUCT(name, ...)                                           \
  static ffi_type *name##_elements[] = { __VA_ARGS__, NULL };           \
  static ffi_type name = { 0, 0, FFI_TYPE_STRUCT, name##_elements }

/* Handler signature of ffi_prep_closure_loc.  */
typedef void (*w64_handler_fn) (ffi_cif *, void *, void **, void *);

/* ffi_closure_alloc + ffi_prep_closure_loc with checks; returns the
   code address, the closure goes to *out.  */
static inline void *
w64_closure (ffi_closure **out, ffi_cif *cif, w64_handler_fn fun,
             void *user_data)
{
  void *code = NULL;
  ffi_closure *cl = (ffi_closure *) ffi_closure_alloc (sizeof (ffi_closure),
                                                       &code);
  CHECK (cl != NULL);
  CHECK (code != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, cif, fun, user_data, code));
  *out = cl;
  return code;
}

/* Integer results as libffi wants them from a closure handler.  */
#define W64_RET_UINT(ret, v) (*(ffi_arg *) (ret) = (ffi_arg) (v))
#define W64_RET_SINT(ret, v) (*(ffi_sarg *) (ret) = (ffi_sarg) (v))

/* The x87 register stack must be empty at every call boundary (a result
   left in %st0 by mistake shows as a non-empty tag).  noinline: no x87
   value of the caller's own is live when it runs.  */
static __attribute__ ((noinline, unused)) unsigned
w64_x87_tag_word (void)
{
  unsigned short env[14];           /* the 28-byte FNSTENV image */
  memset (env, 0, sizeof env);
  __asm__ __volatile__ ("fnstenv %0\n\tfldenv %0" : "+m" (env));
  return env[4];
}
#define CHECK_X87_EMPTY() CHECK_EQ_UINT (w64_x87_tag_word (), 0xFFFF)

/* ---- Byte patterns --------------------------------------------------- */

/* A byte that is never 0 and varies, so a partly written value shows.  */
#define W64_JUNK(i) ((unsigned char) (0xA5 ^ ((i) * 0x3B)))

static inline void
w64_junk_fill (void *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    ((unsigned char *) p)[i] = W64_JUNK (i);
}

/* Nonzero if bytes [from, from + n) of a w64_junk_fill'ed buffer are
   still junk.  */
static inline int
w64_junk_intact (const void *p, size_t from, size_t n)
{
  size_t i;
  for (i = from; i < from + n; i++)
    if (((const unsigned char *) p)[i] != W64_JUNK (i))
      return 0;
  return 1;
}

/* Argument and result bytes of a padding-free struct of `size` bytes:
   top bit set, neighbours differ.  */
static inline unsigned char
w64_pat_in (size_t i, size_t size)
{
  return (unsigned char) (0x80 | ((i * 37 + size * 11) & 0x7f));
}
static inline unsigned char
w64_pat_out (size_t i, size_t size)
{
  return (unsigned char) (w64_pat_in (i, size) ^ 0x7f);
}

static inline void
w64_fill_in (void *p, size_t size)
{
  size_t i;
  for (i = 0; i < size; i++)
    ((unsigned char *) p)[i] = w64_pat_in (i, size);
}
static inline void
w64_fill_out (void *p, size_t size)
{
  size_t i;
  for (i = 0; i < size; i++)
    ((unsigned char *) p)[i] = w64_pat_out (i, size);
}
static inline void
w64_check_in (const void *p, size_t size)
{
  size_t i;
  for (i = 0; i < size; i++)
    CHECK_EQ_UINT (((const unsigned char *) p)[i], w64_pat_in (i, size));
}
static inline void
w64_check_out (const void *p, size_t size)
{
  size_t i;
  for (i = 0; i < size; i++)
    CHECK_EQ_UINT (((const unsigned char *) p)[i], w64_pat_out (i, size));
}

/* A buffer aligned for anything.  */
typedef union
{
  long double ld;
  int64_t i64;
  double d;
  void *p;
  unsigned char b[128];
} w64_buf;

/* ---- Structs of a given size: W64_BYTES_CASE ------------------------ */

/* Fixed values around the struct in the two signatures below.  */
#define W64_PRE   (-0x123456789LL)
#define W64_POST  (-77)
#define W64_A     (-2.75)
#define W64_B     (0x7edcba9876543210LL)
#define W64_C     (0.5f)
#define W64_D     (-1000000)
#define W64_E     (31337)

static int w64_bytes_calls W64_UNUSED;

/* W64_BYTES_CASE (N, FIELDS, element types...) defines a struct N, which
   must have no padding, its ffi_type N_type, and the native halves:
     MS N N_call (int64_t pre, N s, int post)              s in slot 1
     MS N N_call_late (double a, int64_t b, float c, int d, int e, N s,
                       int post)                           s in slot 5
   which check s (pattern in), scribble over it and return pattern out;
     N_closure (code), N_closure_late (code)
   which call a closure of those types with pattern in and check the
   pattern out result and their own argument afterwards.  */
#define W64_BYTES_CASE(N, FIELDS, ...)                                  \
  typedef struct { FIELDS } N;                                          \
  W64_STRUCT (N##_type, __VA_ARGS__);                                   \
  static N                                                              \
  N##_swap (N s)                                                        \
  {                                                                     \
    N r;                                                                \
    w64_check_in (&s, sizeof s);                                        \
    w64_fill_out (&r, sizeof r);                                        \
    w64_bytes_calls++;                                                  \
    return r;                                                           \
  }                                                                     \
  static W64_UNUSED MS N                                                \
  N##_call (int64_t pre, N s, int post)                                 \
  {                                                                     \
    N r_;                                                               \
    CHECK_EQ_INT (pre, W64_PRE);                                        \
    CHECK_EQ_INT (post, W64_POST);                                      \
    r_ = N##_swap (s);                                                  \
    memset (&s, 0x5a, sizeof s);        /* the callee's own copy */     \
    __asm__ __volatile__ ("" : : "m" (s));                              \
    return r_;                                                          \
  }                                                                     \
  static W64_UNUSED MS N                                                \
  N##_call_late (double a, int64_t b, float c, int d, int e, N s,       \
                 int post)                                              \
  {                                                                     \
    N r_;                                                               \
    CHECK_EQ_FLT (a, W64_A);                                            \
    CHECK_EQ_INT (b, W64_B);                                            \
    CHECK_EQ_FLT (c, W64_C);                                            \
    CHECK_EQ_INT (d, W64_D);                                            \
    CHECK_EQ_INT (e, W64_E);                                            \
    CHECK_EQ_INT (post, W64_POST);                                      \
    r_ = N##_swap (s);                                                  \
    memset (&s, 0x5a, sizeof s);                                        \
    __asm__ __volatile__ ("" : : "m" (s));                              \
    return r_;                                                          \
  }                                                                     \
  static W64_UNUSED void                                                \
  N##_closure (void *code)                                              \
  {                                                                     \
    N s, r;                                                             \
    w64_fill_in (&s, sizeof s);                                         \
    r = ((N (MS *) (int64_t, N, int)) code) (W64_PRE, s, W64_POST);     \
    w64_check_out (&r, sizeof r);                                       \
    w64_check_in (&s, sizeof s);                                        \
  }                                                                     \
  static W64_UNUSED void                                                \
  N##_closure_late (void *code)                                         \
  {                                                                     \
    N s, r;                                                             \
    w64_fill_in (&s, sizeof s);                                         \
    r = ((N (MS *) (double, int64_t, float, int, int, N, int)) code)    \
      (W64_A, W64_B, W64_C, W64_D, W64_E, s, W64_POST);                 \
    w64_check_out (&r, sizeof r);                                       \
    w64_check_in (&s, sizeof s);                                        \
  }

/* Calls N_call and N_call_late through ffi_call: checks the layout, the
   result bytes, that nothing past the result was written, that the
   caller's argument did not change although the callee wrote to its
   copy, and that a NULL rvalue works.  */
#define W64_RUN_BYTES_CALLS(N)                                          \
  w64_run_bytes_calls (&N##_type, sizeof (N), _Alignof (N),             \
                       FFI_FN (N##_call), FFI_FN (N##_call_late))

static W64_UNUSED void
w64_run_bytes_calls (ffi_type *st, size_t size, size_t align,
                     void (*call) (void), void (*call_late) (void))
{
  ffi_cif cif;
  ffi_type *t[7];
  void *v[7];
  int64_t pre = W64_PRE, b = W64_B;
  int post = W64_POST, d = W64_D, e = W64_E, before = w64_bytes_calls;
  double a = W64_A;
  float c = W64_C;
  w64_buf in, out;

  w64_fill_in (in.b, size);

  t[0] = &ffi_type_sint64; v[0] = &pre;
  t[1] = st;               v[1] = in.b;
  t[2] = &ffi_type_sint;   v[2] = &post;
  W64_PREP (&cif, 3, st, t);
  CHECK_EQ_UINT (st->size, size);
  CHECK_EQ_UINT (st->alignment, align);
  w64_junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call, out.b, v);
  w64_check_out (out.b, size);
  CHECK (w64_junk_intact (out.b, size, sizeof out.b - size));
  w64_check_in (in.b, size);
  ffi_call (&cif, call, NULL, v);

  t[0] = &ffi_type_double; v[0] = &a;
  t[1] = &ffi_type_sint64; v[1] = &b;
  t[2] = &ffi_type_float;  v[2] = &c;
  t[3] = &ffi_type_sint;   v[3] = &d;
  t[4] = &ffi_type_sint;   v[4] = &e;
  t[5] = st;               v[5] = in.b;
  t[6] = &ffi_type_sint;   v[6] = &post;
  W64_PREP (&cif, 7, st, t);
  w64_junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call_late, out.b, v);
  w64_check_out (out.b, size);
  CHECK (w64_junk_intact (out.b, size, sizeof out.b - size));
  w64_check_in (in.b, size);

  CHECK_EQ_INT (w64_bytes_calls, before + 3);
}

/* The closure handler for both signatures: the struct is argument 1 of
   3 or argument 5 of 7.  It checks everything, scribbles over its
   struct argument (the caller's copy must not change) and returns
   pattern out.  */
static W64_UNUSED void
w64_bytes_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  unsigned si = cif->nargs == 3 ? 1 : 5;
  size_t size = cif->arg_types[si]->size;

  CHECK (user_data == &w64_bytes_calls);
  CHECK (cif->rtype == cif->arg_types[si]);
  if (si == 1)
    CHECK_EQ_INT (*(int64_t *) args[0], W64_PRE);
  else
    {
      CHECK_EQ_FLT (*(double *) args[0], W64_A);
      CHECK_EQ_INT (*(int64_t *) args[1], W64_B);
      CHECK_EQ_FLT (*(float *) args[2], W64_C);
      CHECK_EQ_INT (*(int *) args[3], W64_D);
      CHECK_EQ_INT (*(int *) args[4], W64_E);
    }
  CHECK_EQ_INT (*(int *) args[si + 1], W64_POST);
  w64_check_in (args[si], size);
  memset (args[si], 0x5a, size);
  w64_fill_out (ret, size);
  w64_bytes_calls++;
}

#define W64_RUN_BYTES_CLOSURES(N)                                       \
  w64_run_bytes_closures (&N##_type, N##_closure, N##_closure_late)

static W64_UNUSED void
w64_run_bytes_closures (ffi_type *st, void (*native) (void *),
                        void (*native_late) (void *))
{
  ffi_cif cif, cif_late;
  ffi_type *t[3] = { &ffi_type_sint64, st, &ffi_type_sint };
  ffi_type *tl[7] = { &ffi_type_double, &ffi_type_sint64, &ffi_type_float,
                      &ffi_type_sint, &ffi_type_sint, st, &ffi_type_sint };
  ffi_closure *cl, *cl_late;
  void *code, *code_late;
  int before = w64_bytes_calls;

  W64_PREP (&cif, 3, st, t);
  W64_PREP (&cif_late, 7, st, tl);
  code = w64_closure (&cl, &cif, w64_bytes_handler, &w64_bytes_calls);
  code_late = w64_closure (&cl_late, &cif_late, w64_bytes_handler,
                           &w64_bytes_calls);
  native (code);
  native_late (code_late);
  CHECK_EQ_INT (w64_bytes_calls, before + 2);
  ffi_closure_free (cl);
  ffi_closure_free (cl_late);
}

#endif /* STUBFFI_WIN64TEST_H */
