/* SPDX-License-Identifier: MIT */
/* Helpers shared by the libffi.call test programs (on top of testffi.h).

   Everything here is a macro or a static inline function, so a test that
   does not use a helper gets no unused-definition warning.  */

#ifndef STUBFFI_CALLTEST_H
#define STUBFFI_CALLTEST_H

#include "testffi.h"
#include <stdarg.h>
#include <stddef.h>

/* The byte junk_fill writes at offset i: never 0, and it varies, so a
   value that is only partly written cannot look like a small number.  */
#define JUNK_BYTE(i) ((unsigned char) (0xA5 ^ ((i) * 0x3B)))

static inline void
junk_fill (void *p, size_t n)
{
  unsigned char *b = (unsigned char *) p;
  size_t i;
  for (i = 0; i < n; i++)
    b[i] = JUNK_BYTE (i);
}

/* Nonzero when the n bytes at p, which were junk_fill'ed from offset
   `from` of the same buffer, are still junk.  */
static inline int
junk_intact (const void *p, size_t from, size_t n)
{
  const unsigned char *b = (const unsigned char *) p;
  size_t i;
  for (i = from; i < from + n; i++)
    if (b[i] != JUNK_BYTE (i))
      return 0;
  return 1;
}

/* CHECK_MEM_EQ: two byte ranges are identical.  */
#define CHECK_MEM_EQ(a, b, n) CHECK (memcmp ((a), (b), (n)) == 0)

/* Declares a static ffi_type for a struct whose elements are the
   arguments, with size and alignment left 0 for ffi_prep_cif to fill.  */
#define STRUCT_TYPE(name, ...)                                          \
  static ffi_type *name##_elements[] = { __VA_ARGS__, NULL };           \
  static ffi_type name = { 0, 0, FFI_TYPE_STRUCT, name##_elements }

/* Prepares a cif with the default ABI and aborts unless it succeeds.  */
#define PREP_CIF(cif, nargs, rtype, atypes)                             \
  CHECK_OK (ffi_prep_cif ((cif), FFI_DEFAULT_ABI, (nargs), (rtype), (atypes)))

#define PREP_CIF_VAR(cif, nfixed, ntotal, rtype, atypes)                \
  CHECK_OK (ffi_prep_cif_var ((cif), FFI_DEFAULT_ABI, (nfixed), (ntotal), \
                              (rtype), (atypes)))

/* The whole ffi_arg a narrow signed / unsigned result must widen to.  */
#define SEXT_ARG(v) ((ffi_arg) (ffi_sarg) (v))
#define ZEXT_ARG(v) ((ffi_arg) (v))

/* x87 stack balance.  At a call boundary the x87 register stack must be
   empty; a leaked st(i) shows in the tag word as a non-empty tag.  The
   reader is a real call (noinline), so the compiler has no x87 value of
   its own live when it runs.  */
#if defined(__x86_64__) || defined(__i386__)
# define HAVE_X87_TAG_WORD 1
static __attribute__ ((noinline, unused)) unsigned
x87_tag_word (void)
{
  unsigned short env[14];   /* 28-byte protected-mode FNSTENV image.  */
  memset (env, 0, sizeof env);
  /* FNSTENV masks all exceptions as a side effect; FLDENV restores the
     control word it just saved.  */
  __asm__ __volatile__ ("fnstenv %0\n\tfldenv %0" : "+m" (env));
  return env[4];
}
# define CHECK_X87_EMPTY() CHECK_EQ_UINT (x87_tag_word (), 0xFFFF)
#else
# define HAVE_X87_TAG_WORD 0
# define CHECK_X87_EMPTY() ((void) 0)
#endif

/* Complex support: libffi only has complex types on some targets.  */
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
# define HAVE_FFI_COMPLEX 1
#else
# define HAVE_FFI_COMPLEX 0
#endif

/* A buffer aligned for any argument or result type.  */
typedef union
{
  long double ld;
  int64_t i64;
  void *p;
  double d;
  unsigned char b[256];
} aligned_buf;

/* Byte-pattern structs.  For a struct without padding every byte is
   significant, so "the callee got exactly these bytes" checks every field
   at once.  Every pattern byte has its top bit set (so a sign- or zero-
   extension anywhere shows) and differs from its neighbours.  */
static inline unsigned char
pattern_in (size_t i, size_t size)
{
  return (unsigned char) (0x80 | ((i * 37 + size * 11) & 0x7f));
}

static inline unsigned char
pattern_out (size_t i, size_t size)
{
  return (unsigned char) (pattern_in (i, size) ^ 0x7f);
}

/* BYTES_CASE (N, fields, element types...) defines struct N (which must
   have no padding), its ffi_type N_type, and two callees:
     N N_call (int64_t pre, N s, int post)
     N N_call_late (int64_t a..f, N s, int post)   (s after six integers)
   Each checks that s holds pattern_in and returns pattern_out.  */
#define BYTES_CASE(N, FIELDS, ...)                                      \
  typedef struct { FIELDS } N;                                          \
  STRUCT_TYPE (N##_type, __VA_ARGS__);                                  \
  static N                                                              \
  N##_swap (N s)                                                        \
  {                                                                     \
    unsigned char b_[sizeof (N)];                                       \
    size_t i_;                                                          \
    memcpy (b_, &s, sizeof s);                                          \
    for (i_ = 0; i_ < sizeof (N); i_++)                                 \
      CHECK_EQ_UINT (b_[i_], pattern_in (i_, sizeof (N)));              \
    for (i_ = 0; i_ < sizeof (N); i_++)                                 \
      b_[i_] = pattern_out (i_, sizeof (N));                            \
    memcpy (&s, b_, sizeof s);                                          \
    bytes_case_calls++;                                                 \
    return s;                                                           \
  }                                                                     \
  static N                                                              \
  N##_call (int64_t pre, N s, int post)                                 \
  {                                                                     \
    CHECK_EQ_INT (pre, -0x123456789LL);                                 \
    CHECK_EQ_INT (post, -77);                                           \
    return N##_swap (s);                                                \
  }                                                                     \
  static N                                                              \
  N##_call_late (int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, \
                 int64_t f, N s, int post)                              \
  {                                                                     \
    CHECK_EQ_INT (a + b + c + d + e, 15);                               \
    CHECK_EQ_INT (f, -0x123456789LL);                                   \
    CHECK_EQ_INT (post, -77);                                           \
    return N##_swap (s);                                                \
  }

/* Calls N_call and N_call_late through ffi and checks the struct's
   computed size and alignment, the result bytes, that nothing past the
   result was written, and that the argument was not changed.  */
#define RUN_BYTES_CASE(N)                                               \
  run_bytes_case (&N##_type, sizeof (N), _Alignof (N),                  \
                  FFI_FN (N##_call), FFI_FN (N##_call_late))

static int bytes_case_calls;

static inline void
run_bytes_case (ffi_type *st, size_t size, size_t align,
                void (*call) (void), void (*call_late) (void))
{
  ffi_cif cif;
  ffi_type *t[8];
  void *v[8];
  int64_t ints[6] = { 1, 2, 3, 4, 5, -0x123456789LL };
  int post = -77, k, before = bytes_case_calls;
  aligned_buf in, out;
  size_t i;

  for (i = 0; i < size; i++)
    in.b[i] = pattern_in (i, size);

  /* (pre, s, post) */
  t[0] = &ffi_type_sint64; v[0] = &ints[5];
  t[1] = st; v[1] = in.b;
  t[2] = &ffi_type_sint; v[2] = &post;
  PREP_CIF (&cif, 3, st, t);
  CHECK_EQ_UINT (st->size, size);
  CHECK_EQ_UINT (st->alignment, align);
  junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call, out.b, v);
  for (i = 0; i < size; i++)
    CHECK_EQ_UINT (out.b[i], pattern_out (i, size));
  CHECK (junk_intact (out.b, size, sizeof out.b - size));

  /* (a..f, s, post) */
  for (k = 0; k < 6; k++)
    {
      t[k] = &ffi_type_sint64;
      v[k] = &ints[k];
    }
  t[6] = st; v[6] = in.b;
  t[7] = &ffi_type_sint; v[7] = &post;
  PREP_CIF (&cif, 8, st, t);
  junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call_late, out.b, v);
  for (i = 0; i < size; i++)
    CHECK_EQ_UINT (out.b[i], pattern_out (i, size));
  CHECK (junk_intact (out.b, size, sizeof out.b - size));

  for (i = 0; i < size; i++)
    CHECK_EQ_UINT (in.b[i], pattern_in (i, size));
  CHECK_EQ_INT (bytes_case_calls, before + 2);
}

/* Homogeneous floating structs: HOMO_CASE (N, T, n, fields, element
   types...) defines struct N made of n members of floating type T, its
   ffi_type N_type, and two callees:
     N N_call (double pre, N s, float post)
     N N_call_late (double a..h, N s, float post)   (after eight doubles)
   Member i must hold homo_in (i) and comes back as homo_out (i).  */
#define homo_in(i) ((double) (((i) % 2 ? -1 : 1) * ((i) + 1)) * 1.25   \
                    + 0x1p-20 * ((i) + 1))
#define homo_out(i) (-2.0 * homo_in (i))

#define HOMO_CASE(N, T, n, FIELDS, ...)                                 \
  typedef struct { FIELDS } N;                                          \
  STRUCT_TYPE (N##_type, __VA_ARGS__);                                  \
  static N                                                              \
  N##_swap (N s)                                                        \
  {                                                                     \
    T m_[n];                                                            \
    int i_;                                                             \
    CHECK_EQ_UINT (sizeof m_, sizeof s);                                \
    memcpy (m_, &s, sizeof s);                                          \
    for (i_ = 0; i_ < n; i_++)                                          \
      CHECK_EQ_FLT (m_[i_], (T) homo_in (i_));                          \
    for (i_ = 0; i_ < n; i_++)                                          \
      m_[i_] = (T) homo_out (i_);                                       \
    memcpy (&s, m_, sizeof s);                                          \
    homo_case_calls++;                                                  \
    return s;                                                           \
  }                                                                     \
  static N                                                              \
  N##_call (double pre, N s, float post)                                \
  {                                                                     \
    CHECK_EQ_FLT (pre, -0x1.23456789abcdep+7);                          \
    CHECK_EQ_FLT (post, 0x1.abcdeep-3f);                                \
    return N##_swap (s);                                                \
  }                                                                     \
  static N                                                              \
  N##_call_late (double a, double b, double c, double d, double e,      \
                 double f, double g, double h, N s, float post)         \
  {                                                                     \
    CHECK_EQ_FLT (a + b + c + d + e + f + g, 28.0);                     \
    CHECK_EQ_FLT (h, -0x1.23456789abcdep+7);                            \
    CHECK_EQ_FLT (post, 0x1.abcdeep-3f);                                \
    return N##_swap (s);                                                \
  }

#define RUN_HOMO_CASE(N, T, n)                                          \
  do {                                                                  \
    T in_[n];                                                           \
    T out_[n];                                                          \
    int j_;                                                             \
    for (j_ = 0; j_ < n; j_++)                                          \
      {                                                                 \
        in_[j_] = (T) homo_in (j_);                                     \
        out_[j_] = (T) homo_out (j_);                                   \
      }                                                                 \
    run_homo_case (&N##_type, sizeof (N), _Alignof (N), in_, out_,      \
                   FFI_FN (N##_call), FFI_FN (N##_call_late));          \
  } while (0)

static int homo_case_calls;

static inline void
run_homo_case (ffi_type *st, size_t size, size_t align, const void *in,
               const void *want, void (*call) (void),
               void (*call_late) (void))
{
  ffi_cif cif;
  ffi_type *t[10];
  void *v[10];
  double ds[8] = { 1, 2, 3, 4, 5, 6, 7, -0x1.23456789abcdep+7 };
  float post = 0x1.abcdeep-3f;
  int k, before = homo_case_calls;
  aligned_buf arg, out;

  memcpy (arg.b, in, size);

  t[0] = &ffi_type_double; v[0] = &ds[7];
  t[1] = st; v[1] = arg.b;
  t[2] = &ffi_type_float; v[2] = &post;
  PREP_CIF (&cif, 3, st, t);
  CHECK_EQ_UINT (st->size, size);
  CHECK_EQ_UINT (st->alignment, align);
  junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call, out.b, v);
  CHECK_MEM_EQ (out.b, want, size);
  CHECK (junk_intact (out.b, size, sizeof out.b - size));

  for (k = 0; k < 8; k++)
    {
      t[k] = &ffi_type_double;
      v[k] = &ds[k];
    }
  t[8] = st; v[8] = arg.b;
  t[9] = &ffi_type_float; v[9] = &post;
  PREP_CIF (&cif, 10, st, t);
  junk_fill (out.b, sizeof out.b);
  ffi_call (&cif, call_late, out.b, v);
  CHECK_MEM_EQ (out.b, want, size);
  CHECK (junk_intact (out.b, size, sizeof out.b - size));

  CHECK_MEM_EQ (arg.b, in, size);
  CHECK_EQ_INT (homo_case_calls, before + 2);
}

/* Complex values built from their parts: glibc's CMPLX is not defined
   for every compiler, and arithmetic on I can mangle signed zeros.  */
static inline float _Complex
make_cfloat (float re, float im)
{
  float p[2];
  float _Complex z;
  p[0] = re;
  p[1] = im;
  memcpy (&z, p, sizeof z);
  return z;
}
static inline double _Complex
make_cdouble (double re, double im)
{
  double p[2];
  double _Complex z;
  p[0] = re;
  p[1] = im;
  memcpy (&z, p, sizeof z);
  return z;
}
static inline long double _Complex
make_cldouble (long double re, long double im)
{
  long double p[2];
  long double _Complex z;
  p[0] = re;
  p[1] = im;
  memcpy (&z, p, sizeof z);
  return z;
}
/* Real and imaginary parts without <complex.h>.  */
#define CRE(z) (__real__ (z))
#define CIM(z) (__imag__ (z))
#define CHECK_CPLX(z, re, im)                                           \
  do {                                                                  \
    CHECK_EQ_FLT (CRE (z), (re));                                       \
    CHECK_EQ_FLT (CIM (z), (im));                                       \
  } while (0)

/* Leaves the test as UNSUPPORTED.  */
#define SKIP_TEST(why)                                                  \
  do {                                                                  \
    fprintf (stderr, "unsupported: %s\n", why);                         \
    exit (TEST_UNSUPPORTED);                                            \
  } while (0)

#endif /* STUBFFI_CALLTEST_H */
