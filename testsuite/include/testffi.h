/* SPDX-License-Identifier: MIT */
/* Shared helpers for stubffi's DejaGnu test programs.

   A test checks values on both sides of every call and aborts on the first
   mismatch, naming the file and line.  It exits 77 for "unsupported" (the
   harness reports UNSUPPORTED, not PASS).  When the harness sets
   STUBFFI_TEST_MDWE=1, the process first turns on
   prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN): any later attempt to gain
   execute permission on a mapping fails, which is how closure tests prove
   stubffi never needs W+X memory.  */

#ifndef STUBFFI_TESTFFI_H
#define STUBFFI_TESTFFI_H

#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <math.h>
#ifdef __linux__
# include <sys/prctl.h>
#endif

#ifndef PR_SET_MDWE
# define PR_SET_MDWE 65
#endif
#ifndef PR_MDWE_REFUSE_EXEC_GAIN
# define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

#define TEST_UNSUPPORTED 77

#define CHECK(x)                                                         \
  do {                                                                   \
    if (!(x)) {                                                          \
      fprintf (stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
               #x);                                                      \
      fflush (stdout);                                                   \
      abort ();                                                          \
    }                                                                    \
  } while (0)

/* CHECK_EQ_INT and friends print both values, which saves a debugger run. */
#define CHECK_EQ_INT(got, want)                                              \
  do {                                                                       \
    long long got_ = (long long) (got), want_ = (long long) (want);          \
    if (got_ != want_) {                                                     \
      fprintf (stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__,       \
               __LINE__, #got, got_, want_);                                 \
      abort ();                                                              \
    }                                                                        \
  } while (0)

#define CHECK_EQ_UINT(got, want)                                             \
  do {                                                                       \
    unsigned long long got_ = (unsigned long long) (got),                    \
                       want_ = (unsigned long long) (want);                  \
    if (got_ != want_) {                                                     \
      fprintf (stderr, "%s:%d: %s == %llu, expected %llu\n", __FILE__,       \
               __LINE__, #got, got_, want_);                                 \
      abort ();                                                              \
    }                                                                        \
  } while (0)

/* Floating values that went through registers unchanged compare exactly;
   use CHECK_NEAR only where the test itself computes with rounding.  */
#define CHECK_EQ_FLT(got, want)                                              \
  do {                                                                       \
    long double got_ = (got), want_ = (want);                                \
    if (got_ != want_) {                                                     \
      fprintf (stderr, "%s:%d: %s == %Lg, expected %Lg\n", __FILE__,         \
               __LINE__, #got, got_, want_);                                 \
      abort ();                                                              \
    }                                                                        \
  } while (0)

#define CHECK_NEAR(got, want, eps)                                           \
  do {                                                                       \
    long double got_ = (got), want_ = (want);                                \
    if (fabsl (got_ - want_) > (eps)) {                                      \
      fprintf (stderr, "%s:%d: %s == %Lg, expected %Lg\n", __FILE__,         \
               __LINE__, #got, got_, want_);                                 \
      abort ();                                                              \
    }                                                                        \
  } while (0)

/* ffi_prep_cif and friends must succeed where a test expects it.  */
#define CHECK_OK(expr) CHECK_EQ_INT ((expr), FFI_OK)

/* Returns nonzero when the harness runs this test in MDWE mode.  */
static inline int
test_mdwe_mode (void)
{
  const char *s = getenv ("STUBFFI_TEST_MDWE");
  return s != NULL && s[0] == '1';
}

#if defined(__GNUC__) && defined(__linux__)
__attribute__((constructor)) static void
test_enter_mdwe (void)
{
  if (test_mdwe_mode ()
      && prctl (PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) != 0)
    {
      perror ("prctl(PR_SET_MDWE)");
      exit (TEST_UNSUPPORTED);
    }
}
#endif

/* ---- Sanitizers, valgrind and stress tests ----------------------------- */

/* TEST_ASAN is 1 in a program built with AddressSanitizer (configure
   --enable-sanitizers), TEST_TSAN with ThreadSanitizer.  A test may exit
   TEST_UNSUPPORTED under a sanitizer only where the sanitizer itself
   makes the test impossible, and says why in a comment.  */
#if defined(__SANITIZE_ADDRESS__)
# define TEST_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define TEST_ASAN 1
# endif
#endif
#ifndef TEST_ASAN
# define TEST_ASAN 0
#endif
#if defined(__SANITIZE_THREAD__)
# define TEST_TSAN 1
#elif defined(__has_feature)
# if __has_feature(thread_sanitizer)
#  define TEST_TSAN 1
# endif
#endif
#ifndef TEST_TSAN
# define TEST_TSAN 0
#endif

/* Nonzero when the program runs under valgrind, which preloads its
   vgpreload_*.so into every program it runs.  */
static inline int
test_under_valgrind (void)
{
  const char *s = getenv ("LD_PRELOAD");
  return s != NULL && strstr (s, "vgpreload") != NULL;
}

/* Nonzero when a long double keeps all its bits through the code that
   moves it.  Not so under valgrind, whose x87 works in double precision
   (a documented limitation): a test that compares 80-bit values bit for
   bit cannot run there.  Always true where long double is double.  */
static inline int
test_long_double_exact (void)
{
  volatile long double third = 1.0L / 3;
  volatile long double copy = third;
  return sizeof (long double) == sizeof (double)
         || copy != (long double) (double) copy;
}

/* An iteration count of a stress test, N times STUBFFI_TEST_SCALE (a
   positive number, default 1; make check-valgrind sets a small one, as a
   program runs some fifty times slower there), but at least MIN.  */
static inline long
test_scaled (long n, long min)
{
  const char *s = getenv ("STUBFFI_TEST_SCALE");
  double scale = s != NULL && s[0] != '\0' ? strtod (s, NULL) : 1.0;
  long scaled = scale > 0 && scale < 1 ? (long) (n * scale) : n;
  return scaled < min ? min : scaled;
}

#endif /* STUBFFI_TESTFFI_H */
