/* SPDX-License-Identifier: MIT */
/* stubffi make bench-sweeps: the cost of a call as its signature grows.

   The same method as bench/bench.c (bench/README.md): one program,
   compiled against our ffi.h and linked without an rpath, so that
   LD_LIBRARY_PATH alone decides which libffi.so.8 it runs on; every mode
   first proves with dladdr (ffi_call) which library that is.

     sweeps whoami [--expect LIB | --expect-not LIB]
     sweeps points                      the points, one a line
     sweeps count  [...] [--n N]        per point and loop (lib, dir): a
                   warm-up outside any segment, then N and 2N iterations, each
                   one call of bench_segment (callgrind --toggle-collect, or
                   the qemu-user counter: bench_segment's entry opens a
                   segment, seg_end's entry closes it; both are printed)
     sweeps time   [...] [--ms T] [--reps R]   ns per call: the minimum and
                   the median of R runs, in R rounds over every loop

   Every point (bench/sweeps-gen.h, written by bench/sweeps.py gen) has a
   callee whose result depends on every argument and on their order, a
   "lib" loop (ffi_call, a native call through a closure, or ffi_prep_cif)
   and a "dir" loop (the same callee called directly through a volatile
   pointer: the floor).  Both loops check every result against a literal
   the generator computed; a wrong answer fails the program.  */

#define _GNU_SOURCE
#include <ffi.h>

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__clang__) || !defined(__GNUC__)
# define NOINLINE __attribute__((noinline))
#else
# define NOINLINE __attribute__((noinline, noipa))
#endif

typedef long (*loop_fn) (long iters);   /* -> number of wrong answers */

typedef struct
{
  const char *id;
  const char *sweep;
  int n;
  void (*setup) (void);
  loop_fn lib, dir;
} sweep_point;

static void
die (const char *fmt, ...)
{
  va_list ap;
  fflush (stdout);
  fputs ("sweeps: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (1);
}

static void
prep_or_die (ffi_cif *cif, unsigned n, ffi_type *rtype, ffi_type **types,
             const char *id)
{
  if (ffi_prep_cif (cif, FFI_DEFAULT_ABI, n, rtype, types) != FFI_OK)
    die ("%s: ffi_prep_cif failed", id);
}

static void *
closure_or_die (ffi_cif *cif,
                void (*fun) (ffi_cif *, void *, void **, void *),
                const char *id)
{
  void *code;
  ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  if (cl == NULL)
    die ("%s: ffi_closure_alloc failed", id);
  if (ffi_prep_closure_loc (cl, cif, fun, NULL, code) != FFI_OK)
    die ("%s: ffi_prep_closure_loc failed", id);
  return code;
}

/* The floor of ffi_prep_cif: a call with the same arguments that writes
   what the loop checks.  */
static ffi_type *prep_types[32] = {
#define T4 &ffi_type_sint, &ffi_type_sint, &ffi_type_sint, &ffi_type_sint
  T4, T4, T4, T4, T4, T4, T4, T4
#undef T4
};
static NOINLINE ffi_status
prep_floor (ffi_cif *cif, ffi_abi abi, unsigned n, ffi_type *rtype,
            ffi_type **types)
{
  (void) abi;
  (void) types;
  cif->nargs = n;
  cif->rtype = rtype;
  return FFI_OK;
}
static ffi_status (*volatile fp_prep_floor) (ffi_cif *, ffi_abi, unsigned,
                                             ffi_type *, ffi_type **)
  = prep_floor;

#include "sweeps-gen.h"

#define NPOINTS (sizeof points / sizeof points[0])

/* ---- The proof ----------------------------------------------------------- */

static void
prove_library (const char *expect, const char *expect_not)
{
  Dl_info info;
  char *real, *e;

  if (dladdr ((void *) ffi_call, &info) == 0 || info.dli_fname == NULL)
    die ("dladdr (ffi_call) failed");
  real = realpath (info.dli_fname, NULL);
  if (real == NULL)
    die ("realpath (%s): %s", info.dli_fname, strerror (errno));
  printf ("library %s\n", real);
  if (strstr (real, "libffi") == NULL)
    die ("ffi_call is in %s, not in a libffi", real);
  if (expect != NULL)
    {
      e = realpath (expect, NULL);
      if (e == NULL || strcmp (e, real) != 0)
        die ("proof failed: using %s, expected %s", real, expect);
      free (e);
    }
  if (expect_not != NULL)
    {
      e = realpath (expect_not, NULL);
      if (e != NULL && strcmp (e, real) == 0)
        die ("proof failed: using %s, which should not be", real);
      free (e);
    }
  free (real);
}

/* ---- Segments ------------------------------------------------------------ */

static long wrong;

/* Its entry closes a segment for the qemu-user counter.  */
NOINLINE void seg_end (void);
NOINLINE void
seg_end (void)
{
  __asm__ volatile ("" ::: "memory");
}

NOINLINE void bench_segment (loop_fn f, long iters);
NOINLINE void
bench_segment (loop_fn f, long iters)
{
  wrong += f (iters);
  seg_end ();
}

static void
check (const sweep_point *p, const char *what, long bad)
{
  if (bad != 0)
    die ("%s: %s: %ld wrong answers", p->id, what, bad);
}

static void
mode_count (long n)
{
  size_t i;
  int m;

  printf ("marks %p %p\n", (void *) bench_segment, (void *) seg_end);
  for (i = 0; i < NPOINTS; i++)
    for (m = 0; m < 2; m++)
      {
        const sweep_point *p = &points[i];
        loop_fn f = m == 0 ? p->lib : p->dir;
        const char *name = m == 0 ? "lib" : "dir";
        check (p, name, f (n));                 /* warm-up, not counted */
        bench_segment (f, n);
        printf ("seg %s %s %ld\n", p->id, name, n);
        bench_segment (f, 2 * n);
        printf ("seg %s %s %ld\n", p->id, name, 2 * n);
        check (p, name, wrong);
      }
}

/* ---- ns per call ---------------------------------------------------------- */

static double
now_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The iterations that make one run of F last about MS milliseconds.  */
static long
calibrate (const sweep_point *p, const char *name, loop_fn f, double ms)
{
  long iters = 16;
  double t;

  for (;;)
    {
      t = now_ns ();
      check (p, name, f (iters));
      t = now_ns () - t;
      if (t >= ms * 1e6 || iters > (1L << 30))
        return iters;
      iters *= 2;
    }
}

#define MAX_REPS 101

/* REPS rounds, each timing every loop once: a preemption (this machine is
   shared) spoils one run of a few loops, not every run of one loop.  The
   figure is the minimum (time only ever adds noise); the median follows.  */
static void
mode_time (double ms, int reps)
{
  size_t i, nl = 2 * NPOINTS;
  long *iters = calloc (nl, sizeof *iters);
  double *runs = calloc (nl * MAX_REPS, sizeof *runs), t;
  int r;

  if (iters == NULL || runs == NULL)
    die ("out of memory");
  for (i = 0; i < nl; i++)
    {
      const sweep_point *p = &points[i / 2];
      iters[i] = calibrate (p, i % 2 ? "dir" : "lib", i % 2 ? p->dir : p->lib,
                            ms);
    }
  for (r = 0; r < reps; r++)
    for (i = 0; i < nl; i++)
      {
        const sweep_point *p = &points[i / 2];
        t = now_ns ();
        check (p, i % 2 ? "dir" : "lib", (i % 2 ? p->dir : p->lib) (iters[i]));
        runs[i * MAX_REPS + r] = (now_ns () - t) / iters[i];
      }
  for (i = 0; i < nl; i++)
    {
      double *v = &runs[i * MAX_REPS];
      qsort (v, reps, sizeof v[0], cmp_double);
      printf ("time %s %s %.3f %.3f\n", points[i / 2].id,
              i % 2 ? "dir" : "lib", v[0], v[reps / 2]);
    }
  free (iters);
  free (runs);
}

int
main (int argc, char **argv)
{
  const char *expect = NULL, *expect_not = NULL;
  long n = 100;
  double ms = 0.1;
  int reps = 7, i;
  size_t k;

  if (argc < 2)
    die ("usage: sweeps whoami|points|count|time [--expect LIB] "
         "[--expect-not LIB] [--n N] [--ms T] [--reps R]");
  for (i = 2; i < argc; i++)
    {
      if (i + 1 < argc && strcmp (argv[i], "--expect") == 0)
        expect = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--expect-not") == 0)
        expect_not = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--n") == 0)
        n = atol (argv[++i]);
      else if (i + 1 < argc && strcmp (argv[i], "--ms") == 0)
        ms = atof (argv[++i]);
      else if (i + 1 < argc && strcmp (argv[i], "--reps") == 0)
        reps = atoi (argv[++i]);
      else
        die ("unknown argument %s", argv[i]);
    }
  if (n < 1 || reps < 1 || reps > MAX_REPS || ms <= 0)
    die ("bad --n, --reps or --ms");
  prove_library (expect, expect_not);

  /* Every point: prepared, and checked once in both loops, before anything
     is measured.  */
  for (k = 0; k < NPOINTS; k++)
    {
      points[k].setup ();
      check (&points[k], "lib", points[k].lib (1));
      check (&points[k], "dir", points[k].dir (1));
    }

  if (strcmp (argv[1], "whoami") == 0)
    ;
  else if (strcmp (argv[1], "points") == 0)
    for (k = 0; k < NPOINTS; k++)
      printf ("point %s %s %d\n", points[k].id, points[k].sweep, points[k].n);
  else if (strcmp (argv[1], "count") == 0)
    mode_count (n);
  else if (strcmp (argv[1], "time") == 0)
    mode_time (ms, reps);
  else
    die ("unknown mode %s", argv[1]);
  return 0;
}
