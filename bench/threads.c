/* SPDX-License-Identifier: MIT */
/* bench-threads — closure alloc/free from one and two threads, and the
   memory a closure costs (bench/README.md, "Threads and memory").

   bench-threads run [--expect LIB | --expect-not LIB]
     ops/s of alloc+free pairs by 1 and 2 threads, two patterns:
       cycle    alloc one closure, free it;
       batch32  alloc 32, free the 32;
     each the median of BENCH_THREADS_REPS runs of BENCH_THREADS_MS ms;
     prints "threads PATTERN NTHREADS OPS_PER_S OPS_PER_CPU_S CPUS": the
     CPUs the process had (CPU time / wall time) say whether two cores
     were free; on a loaded machine ops per CPU second still compare.
   bench-threads syscalls [...]
     2 threads, batch32, BENCH_THREADS_OPS pairs each, between two marker
     calls write(-1, "BENCHTHR begin|end") for strace -f to count.
   bench-threads memory [...]
     bytes of address space (VmSize) and of resident memory (VmRSS) per
     closure over 200,000 live closures, and how many closures a process
     gets under RLIMIT_AS = 256 MiB (in a child); prints
     "memory vm|rss BYTES_PER_CLOSURE" and "memory fit256 COUNT".

   Like bench.c it proves first which libffi.so.8 it runs on.  */

#define _GNU_SOURCE
#include <ffi.h>
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BATCH 32

__attribute__((noreturn)) static void
die (const char *msg)
{
  fprintf (stderr, "bench-threads: %s\n", msg);
  exit (1);
}

static void
prove (const char *expect, const char *expect_not)
{
  Dl_info info;
  char *path;
  void *sym = dlsym (RTLD_DEFAULT, "ffi_closure_alloc");

  if (sym == NULL || !dladdr (sym, &info) || info.dli_fname == NULL
      || (path = realpath (info.dli_fname, NULL)) == NULL)
    die ("cannot tell which libffi is in use");
  printf ("library %s\n", path);
  if (expect && strcmp (path, expect) != 0)
    die ("proof failed: not the expected library");
  if (expect_not && strcmp (path, expect_not) == 0)
    die ("proof failed: using the library it should not");
  free (path);
}

static double
now_s (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct job {
  pthread_t thread;
  int batch;                    /* 1: the cycle */
  double until;                 /* stop time; 0: run `ops` pairs */
  long ops;
  long done;
};

static volatile int go;
static int ready;

static void *
worker (void *arg)
{
  struct job *j = arg;
  void *cl[BATCH], *code;
  long done = 0;

  __atomic_add_fetch (&ready, 1, __ATOMIC_RELAXED);
  while (!__atomic_load_n (&go, __ATOMIC_ACQUIRE))
    ;
  for (;;)
    {
      int i;
      for (i = 0; i < j->batch; i++)
        if ((cl[i] = ffi_closure_alloc (sizeof (ffi_closure), &code)) == NULL)
          die ("ffi_closure_alloc failed");
      for (i = 0; i < j->batch; i++)
        ffi_closure_free (cl[i]);
      done += j->batch;
      if (j->until > 0 ? (done & 1023) < (long) j->batch && now_s () >= j->until
                       : done >= j->ops)
        break;
    }
  j->done = done;
  return NULL;
}

/* Pairs done by n threads running the pattern; the seconds taken.  */
static long
run_threads (int n, int batch, double seconds, long ops, double *took)
{
  struct job jobs[2];
  double t0;
  long total = 0;
  int i;

  go = 0;
  ready = 0;
  for (i = 0; i < n; i++)
    {
      jobs[i].batch = batch;
      jobs[i].ops = ops;
      jobs[i].until = 0;
      if (pthread_create (&jobs[i].thread, NULL, worker, &jobs[i]) != 0)
        die ("pthread_create failed");
    }
  while (__atomic_load_n (&ready, __ATOMIC_RELAXED) < n)
    ;
  t0 = now_s ();
  for (i = 0; i < n; i++)
    jobs[i].until = seconds > 0 ? t0 + seconds : 0;
  if (ops > 0)
    {
      ssize_t r = write (-1, "BENCHTHR begin", 14);
      (void) r;
    }
  __atomic_store_n (&go, 1, __ATOMIC_RELEASE);
  for (i = 0; i < n; i++)
    {
      pthread_join (jobs[i].thread, NULL);
      total += jobs[i].done;
    }
  *took = now_s () - t0;
  if (ops > 0)
    {
      ssize_t r = write (-1, "BENCHTHR end", 12);
      (void) r;
    }
  return total;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
env (const char *name, double dflt)
{
  const char *s = getenv (name);
  return s && *s ? atof (s) : dflt;
}

static double
cpu_s (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec
         + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

static void
mode_run (void)
{
  static const struct { const char *name; int batch; } pat[] = {
    { "cycle", 1 }, { "batch32", BATCH } };
  double ms = env ("BENCH_THREADS_MS", 200);
  int reps = (int) env ("BENCH_THREADS_REPS", 5), p, n, r;
  double v[64], per_cpu[64], busy[64], took;

  if (reps < 1 || reps > 64)
    reps = 5;
  for (p = 0; p < 2; p++)
    for (n = 1; n <= 2; n++)
      {
        for (r = 0; r < reps; r++)
          {
            double c0 = cpu_s (), cpu;
            long done = run_threads (n, pat[p].batch, ms / 1000, 0, &took);
            cpu = cpu_s () - c0;
            v[r] = done / took;
            per_cpu[r] = done / cpu;
            busy[r] = cpu / took;
          }
        qsort (v, reps, sizeof v[0], cmp_double);
        qsort (per_cpu, reps, sizeof v[0], cmp_double);
        qsort (busy, reps, sizeof v[0], cmp_double);
        /* ops per second of wall clock, per second of CPU time, and the
           CPUs the process got (2 threads on 2 idle cores: about 2).  */
        printf ("threads %s %d %.0f %.0f %.2f\n", pat[p].name, n,
                v[reps / 2], per_cpu[reps / 2], busy[reps / 2]);
        fflush (stdout);
      }
}

static void
mode_syscalls (void)
{
  double took;
  long ops = (long) env ("BENCH_THREADS_OPS", 1000000);
  long done = run_threads (2, BATCH, 0, ops, &took);
  printf ("syscalls-ops %ld\n", done);
}

static long
status_kb (const char *key)
{
  char line[256];
  long v = -1;
  size_t len = strlen (key);
  FILE *f = fopen ("/proc/self/status", "r");

  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, key, len) == 0)
      v = atol (line + len);
  fclose (f);
  return v;
}

static void
mode_memory (void)
{
  const long n = 200000;
  void **cl = malloc (n * sizeof *cl), *code;
  long vm0, rss0, i, fit = 0;
  int status;
  pid_t pid;

  if (cl == NULL)
    die ("out of memory");
  /* Warm up: the first closures and the table's own memory.  */
  for (i = 0; i < 1000; i++)
    ffi_closure_free (ffi_closure_alloc (sizeof (ffi_closure), &code));
  vm0 = status_kb ("VmSize:");
  rss0 = status_kb ("VmRSS:");
  for (i = 0; i < n; i++)
    if ((cl[i] = ffi_closure_alloc (sizeof (ffi_closure), &code)) == NULL)
      die ("ffi_closure_alloc failed");
  printf ("memory vm %.1f\n", (status_kb ("VmSize:") - vm0) * 1024.0 / n);
  printf ("memory rss %.1f\n", (status_kb ("VmRSS:") - rss0) * 1024.0 / n);
  for (i = 0; i < n; i++)
    ffi_closure_free (cl[i]);
  fflush (stdout);

  /* How many fit in 256 MiB of address space, counted in a child.  */
  pid = fork ();
  if (pid == 0)
    {
      struct rlimit rl = { 256ul << 20, 256ul << 20 };
      if (setrlimit (RLIMIT_AS, &rl) != 0)
        _exit (2);
      while (ffi_closure_alloc (sizeof (ffi_closure), &code) != NULL)
        fit++;
      printf ("memory fit256 %ld\n", fit);
      fflush (stdout);
      _exit (0);
    }
  if (pid < 0 || waitpid (pid, &status, 0) != pid || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    die ("the RLIMIT_AS child failed");
}

int
main (int argc, char **argv)
{
  const char *expect = NULL, *expect_not = NULL;
  int i;

  if (argc < 2)
    die ("usage: bench-threads run|syscalls|memory [--expect LIB] "
         "[--expect-not LIB]");
  for (i = 2; i + 1 < argc; i += 2)
    if (strcmp (argv[i], "--expect") == 0)
      expect = argv[i + 1];
    else if (strcmp (argv[i], "--expect-not") == 0)
      expect_not = argv[i + 1];
  prove (expect, expect_not);
  fflush (stdout);
  if (strcmp (argv[1], "run") == 0)
    mode_run ();
  else if (strcmp (argv[1], "syscalls") == 0)
    mode_syscalls ();
  else if (strcmp (argv[1], "memory") == 0)
    mode_memory ();
  else
    die ("unknown mode");
  return 0;
}
