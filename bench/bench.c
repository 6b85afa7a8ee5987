/* SPDX-License-Identifier: MIT */
/* stubffi benchmark suite: how much a call through libffi costs.

   One program, compiled against our ffi.h and linked against libffi.so.8
   without an rpath, so that LD_LIBRARY_PATH alone decides which libffi.so.8
   it runs on: ours (.libs of the build tree) or the system's.  Every mode
   first proves, with dladdr (ffi_call), which library it is using, prints it
   and checks it against --expect / --expect-not.

     bench whoami     [--expect LIB | --expect-not LIB]
     bench time       [...] [--no-direct]   ns per call: median of repeated runs
     bench count      [...] [--no-direct]   every case as three segments (warm
                      up, N, 2N iterations), each one call of bench_segment:
                      run it under valgrind --tool=callgrind
                      --collect-atstart=no --toggle-collect=bench_segment
                      --dump-after=bench_segment, one dump per segment
     bench syscalls   [...] [--no-direct]   the same segments, each between two
                      marker system calls write(-1, "BENCHSEG k begin|end"):
                      run it under strace -f
     bench report --ours DIR [--system DIR] [--json FILE]
                      combine what run-bench.sh collected into the table
                      (stdout) and the JSON file

   Every case checks its results (every iteration); a wrong answer, a failed
   ffi_prep_cif or closure allocation fails the program.  bench/README.md
   explains the method; bench/run-bench.sh drives it (make bench).  */

#define _GNU_SOURCE
#include <ffi.h>

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#if defined(__clang__) || !defined(__GNUC__)
# define NOINLINE __attribute__((noinline))
#else
# define NOINLINE __attribute__((noinline, noipa))
#endif

/* ---- The cases ---------------------------------------------------------- */

typedef struct bench_case bench_case;
typedef long (*run_fn) (const bench_case *, long iters);  /* -> wrong answers */

struct bench_case
{
  const char *id;       /* key in the raw files and the JSON */
  const char *label;    /* row of the table */
  const char *group;    /* call, closure, setup, floor, sweep */
  double goal;          /* instructions per call (x86-64); 0: none */
  run_fn run;           /* the measured loop */
  run_fn direct;        /* the same signature called directly, or NULL */
  int n;                /* sweep: number of long arguments */
};

static void
die (const char *fmt, ...)
{
  va_list ap;
  fflush (stdout);
  fputs ("bench: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (1);
}

/* ---- Callees ------------------------------------------------------------
   Small, and sensitive to the order of their arguments so that a swap is a
   wrong answer.  Each is also called directly (through a volatile function
   pointer) for the "direct" column: the floor of its signature.  */

static volatile long void_calls;
static NOINLINE void f_void (void) { void_calls++; }

static NOINLINE int f_int2 (int a, int b) { return a * 2 + b; }

static NOINLINE double
f_dbl4 (double a, double b, double c, double d)
{
  return (a - b) * c + d;
}

static char mixed_base[8];
static NOINLINE long
f_mixed8 (int a, double b, long long c, float d, void *e, short f, double g,
          int h)
{
  return a + (long) (b - g) + c * 2 + (long) d
         + (e == (void *) mixed_base ? 0 : 1000000) + f * 3 + h * 4;
}

typedef struct { double x, y; } pt2;
typedef struct { int a; char b; float c; } mix3;
static NOINLINE pt2
f_struct (pt2 p, mix3 m)
{
  pt2 r;
  r.x = p.x + m.a;
  r.y = p.y * m.c - m.b;
  return r;
}

static NOINLINE int
f_var (const char *tag, ...)
{
  va_list ap;
  double a, c;
  int b;
  va_start (ap, tag);
  a = va_arg (ap, double);
  b = va_arg (ap, int);
  c = va_arg (ap, double);
  va_end (ap);
  return (int) ((a - c) * 4) + b * 2 + tag[0];
}

/* The sweep: long sweepN(long a1, ..., long aN) = sum of ai * i, N = 1..64,
   and its direct-call loop.  SW_Pn is the parameter list, SW_Sn the sum,
   SW_Vn the arguments of a direct call.  */
static long sweep_vals[64];
static long sweep_exp[64];

#define SW_P1 long a1
#define SW_P2 SW_P1, long a2
#define SW_P3 SW_P2, long a3
#define SW_P4 SW_P3, long a4
#define SW_P5 SW_P4, long a5
#define SW_P6 SW_P5, long a6
#define SW_P7 SW_P6, long a7
#define SW_P8 SW_P7, long a8
#define SW_P9 SW_P8, long a9
#define SW_P10 SW_P9, long a10
#define SW_P11 SW_P10, long a11
#define SW_P12 SW_P11, long a12
#define SW_P13 SW_P12, long a13
#define SW_P14 SW_P13, long a14
#define SW_P15 SW_P14, long a15
#define SW_P16 SW_P15, long a16
#define SW_P17 SW_P16, long a17
#define SW_P18 SW_P17, long a18
#define SW_P19 SW_P18, long a19
#define SW_P20 SW_P19, long a20
#define SW_P21 SW_P20, long a21
#define SW_P22 SW_P21, long a22
#define SW_P23 SW_P22, long a23
#define SW_P24 SW_P23, long a24
#define SW_P25 SW_P24, long a25
#define SW_P26 SW_P25, long a26
#define SW_P27 SW_P26, long a27
#define SW_P28 SW_P27, long a28
#define SW_P29 SW_P28, long a29
#define SW_P30 SW_P29, long a30
#define SW_P31 SW_P30, long a31
#define SW_P32 SW_P31, long a32
#define SW_P33 SW_P32, long a33
#define SW_P34 SW_P33, long a34
#define SW_P35 SW_P34, long a35
#define SW_P36 SW_P35, long a36
#define SW_P37 SW_P36, long a37
#define SW_P38 SW_P37, long a38
#define SW_P39 SW_P38, long a39
#define SW_P40 SW_P39, long a40
#define SW_P41 SW_P40, long a41
#define SW_P42 SW_P41, long a42
#define SW_P43 SW_P42, long a43
#define SW_P44 SW_P43, long a44
#define SW_P45 SW_P44, long a45
#define SW_P46 SW_P45, long a46
#define SW_P47 SW_P46, long a47
#define SW_P48 SW_P47, long a48
#define SW_P49 SW_P48, long a49
#define SW_P50 SW_P49, long a50
#define SW_P51 SW_P50, long a51
#define SW_P52 SW_P51, long a52
#define SW_P53 SW_P52, long a53
#define SW_P54 SW_P53, long a54
#define SW_P55 SW_P54, long a55
#define SW_P56 SW_P55, long a56
#define SW_P57 SW_P56, long a57
#define SW_P58 SW_P57, long a58
#define SW_P59 SW_P58, long a59
#define SW_P60 SW_P59, long a60
#define SW_P61 SW_P60, long a61
#define SW_P62 SW_P61, long a62
#define SW_P63 SW_P62, long a63
#define SW_P64 SW_P63, long a64
#define SW_S1 a1
#define SW_S2 SW_S1 + a2 * 2
#define SW_S3 SW_S2 + a3 * 3
#define SW_S4 SW_S3 + a4 * 4
#define SW_S5 SW_S4 + a5 * 5
#define SW_S6 SW_S5 + a6 * 6
#define SW_S7 SW_S6 + a7 * 7
#define SW_S8 SW_S7 + a8 * 8
#define SW_S9 SW_S8 + a9 * 9
#define SW_S10 SW_S9 + a10 * 10
#define SW_S11 SW_S10 + a11 * 11
#define SW_S12 SW_S11 + a12 * 12
#define SW_S13 SW_S12 + a13 * 13
#define SW_S14 SW_S13 + a14 * 14
#define SW_S15 SW_S14 + a15 * 15
#define SW_S16 SW_S15 + a16 * 16
#define SW_S17 SW_S16 + a17 * 17
#define SW_S18 SW_S17 + a18 * 18
#define SW_S19 SW_S18 + a19 * 19
#define SW_S20 SW_S19 + a20 * 20
#define SW_S21 SW_S20 + a21 * 21
#define SW_S22 SW_S21 + a22 * 22
#define SW_S23 SW_S22 + a23 * 23
#define SW_S24 SW_S23 + a24 * 24
#define SW_S25 SW_S24 + a25 * 25
#define SW_S26 SW_S25 + a26 * 26
#define SW_S27 SW_S26 + a27 * 27
#define SW_S28 SW_S27 + a28 * 28
#define SW_S29 SW_S28 + a29 * 29
#define SW_S30 SW_S29 + a30 * 30
#define SW_S31 SW_S30 + a31 * 31
#define SW_S32 SW_S31 + a32 * 32
#define SW_S33 SW_S32 + a33 * 33
#define SW_S34 SW_S33 + a34 * 34
#define SW_S35 SW_S34 + a35 * 35
#define SW_S36 SW_S35 + a36 * 36
#define SW_S37 SW_S36 + a37 * 37
#define SW_S38 SW_S37 + a38 * 38
#define SW_S39 SW_S38 + a39 * 39
#define SW_S40 SW_S39 + a40 * 40
#define SW_S41 SW_S40 + a41 * 41
#define SW_S42 SW_S41 + a42 * 42
#define SW_S43 SW_S42 + a43 * 43
#define SW_S44 SW_S43 + a44 * 44
#define SW_S45 SW_S44 + a45 * 45
#define SW_S46 SW_S45 + a46 * 46
#define SW_S47 SW_S46 + a47 * 47
#define SW_S48 SW_S47 + a48 * 48
#define SW_S49 SW_S48 + a49 * 49
#define SW_S50 SW_S49 + a50 * 50
#define SW_S51 SW_S50 + a51 * 51
#define SW_S52 SW_S51 + a52 * 52
#define SW_S53 SW_S52 + a53 * 53
#define SW_S54 SW_S53 + a54 * 54
#define SW_S55 SW_S54 + a55 * 55
#define SW_S56 SW_S55 + a56 * 56
#define SW_S57 SW_S56 + a57 * 57
#define SW_S58 SW_S57 + a58 * 58
#define SW_S59 SW_S58 + a59 * 59
#define SW_S60 SW_S59 + a60 * 60
#define SW_S61 SW_S60 + a61 * 61
#define SW_S62 SW_S61 + a62 * 62
#define SW_S63 SW_S62 + a63 * 63
#define SW_S64 SW_S63 + a64 * 64
#define SW_V1 sweep_vals[0]
#define SW_V2 SW_V1, sweep_vals[1]
#define SW_V3 SW_V2, sweep_vals[2]
#define SW_V4 SW_V3, sweep_vals[3]
#define SW_V5 SW_V4, sweep_vals[4]
#define SW_V6 SW_V5, sweep_vals[5]
#define SW_V7 SW_V6, sweep_vals[6]
#define SW_V8 SW_V7, sweep_vals[7]
#define SW_V9 SW_V8, sweep_vals[8]
#define SW_V10 SW_V9, sweep_vals[9]
#define SW_V11 SW_V10, sweep_vals[10]
#define SW_V12 SW_V11, sweep_vals[11]
#define SW_V13 SW_V12, sweep_vals[12]
#define SW_V14 SW_V13, sweep_vals[13]
#define SW_V15 SW_V14, sweep_vals[14]
#define SW_V16 SW_V15, sweep_vals[15]
#define SW_V17 SW_V16, sweep_vals[16]
#define SW_V18 SW_V17, sweep_vals[17]
#define SW_V19 SW_V18, sweep_vals[18]
#define SW_V20 SW_V19, sweep_vals[19]
#define SW_V21 SW_V20, sweep_vals[20]
#define SW_V22 SW_V21, sweep_vals[21]
#define SW_V23 SW_V22, sweep_vals[22]
#define SW_V24 SW_V23, sweep_vals[23]
#define SW_V25 SW_V24, sweep_vals[24]
#define SW_V26 SW_V25, sweep_vals[25]
#define SW_V27 SW_V26, sweep_vals[26]
#define SW_V28 SW_V27, sweep_vals[27]
#define SW_V29 SW_V28, sweep_vals[28]
#define SW_V30 SW_V29, sweep_vals[29]
#define SW_V31 SW_V30, sweep_vals[30]
#define SW_V32 SW_V31, sweep_vals[31]
#define SW_V33 SW_V32, sweep_vals[32]
#define SW_V34 SW_V33, sweep_vals[33]
#define SW_V35 SW_V34, sweep_vals[34]
#define SW_V36 SW_V35, sweep_vals[35]
#define SW_V37 SW_V36, sweep_vals[36]
#define SW_V38 SW_V37, sweep_vals[37]
#define SW_V39 SW_V38, sweep_vals[38]
#define SW_V40 SW_V39, sweep_vals[39]
#define SW_V41 SW_V40, sweep_vals[40]
#define SW_V42 SW_V41, sweep_vals[41]
#define SW_V43 SW_V42, sweep_vals[42]
#define SW_V44 SW_V43, sweep_vals[43]
#define SW_V45 SW_V44, sweep_vals[44]
#define SW_V46 SW_V45, sweep_vals[45]
#define SW_V47 SW_V46, sweep_vals[46]
#define SW_V48 SW_V47, sweep_vals[47]
#define SW_V49 SW_V48, sweep_vals[48]
#define SW_V50 SW_V49, sweep_vals[49]
#define SW_V51 SW_V50, sweep_vals[50]
#define SW_V52 SW_V51, sweep_vals[51]
#define SW_V53 SW_V52, sweep_vals[52]
#define SW_V54 SW_V53, sweep_vals[53]
#define SW_V55 SW_V54, sweep_vals[54]
#define SW_V56 SW_V55, sweep_vals[55]
#define SW_V57 SW_V56, sweep_vals[56]
#define SW_V58 SW_V57, sweep_vals[57]
#define SW_V59 SW_V58, sweep_vals[58]
#define SW_V60 SW_V59, sweep_vals[59]
#define SW_V61 SW_V60, sweep_vals[60]
#define SW_V62 SW_V61, sweep_vals[61]
#define SW_V63 SW_V62, sweep_vals[62]
#define SW_V64 SW_V63, sweep_vals[63]
#define SW_LIST \
  X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) X(16) \
  X(17) X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30) X(31) X(32) \
  X(33) X(34) X(35) X(36) X(37) X(38) X(39) X(40) X(41) X(42) X(43) X(44) X(45) X(46) X(47) X(48) \
  X(49) X(50) X(51) X(52) X(53) X(54) X(55) X(56) X(57) X(58) X(59) X(60) X(61) X(62) X(63) X(64)

#define X(n)                                                                  \
  static NOINLINE long sweep_f##n (SW_P##n) { return SW_S##n; }               \
  static long (*volatile sweep_fp##n) (SW_P##n) = sweep_f##n;                 \
  static long sweep_d##n (long iters)                                         \
  {                                                                           \
    long bad = 0;                                                             \
    const long e = sweep_exp[n - 1];                                          \
    for (long i = 0; i < iters; i++)                                          \
      bad += sweep_fp##n (SW_V##n) != e;                                      \
    return bad;                                                               \
  }
SW_LIST
#undef X

#define X(n) FFI_FN (sweep_f##n),
static void (*const sweep_fn[64]) (void) = { SW_LIST };
#undef X
#define X(n) sweep_d##n,
static long (*const sweep_direct[64]) (long) = { SW_LIST };
#undef X

/* ---- The state the loops use (set up once, in setup ()) ----------------- */

static ffi_cif cif_void, cif_int2, cif_dbl4, cif_mixed8, cif_struct, cif_var;
static ffi_cif sweep_cif[64];

static ffi_type *types_int2[2] = { &ffi_type_sint, &ffi_type_sint };
static ffi_type *types_dbl4[4] = { &ffi_type_double, &ffi_type_double,
                                   &ffi_type_double, &ffi_type_double };
static ffi_type *types_mixed8[8] = {
  &ffi_type_sint, &ffi_type_double, &ffi_type_sint64, &ffi_type_float,
  &ffi_type_pointer, &ffi_type_sshort, &ffi_type_double, &ffi_type_sint };
static ffi_type *pt2_elems[3] = { &ffi_type_double, &ffi_type_double, NULL };
static ffi_type *mix3_elems[4] = { &ffi_type_sint, &ffi_type_schar,
                                   &ffi_type_float, NULL };
static ffi_type pt2_type = { 0, 0, FFI_TYPE_STRUCT, pt2_elems };
static ffi_type mix3_type = { 0, 0, FFI_TYPE_STRUCT, mix3_elems };
static ffi_type *types_struct[2] = { &pt2_type, &mix3_type };
static ffi_type *types_var[4] = { &ffi_type_pointer, &ffi_type_double,
                                  &ffi_type_sint, &ffi_type_double };
static ffi_type *types_sweep[64];

/* Argument values.  */
static int int2_a = 20, int2_b = 3;
static void *av_int2[2] = { &int2_a, &int2_b };
static double dbl4_v[4] = { 7.5, 2.25, 4.0, -1.5 };
static void *av_dbl4[4] = { &dbl4_v[0], &dbl4_v[1], &dbl4_v[2], &dbl4_v[3] };
static int m8_a = -7;
static double m8_b = 1000.5;
static long long m8_c = 1LL << 40;
static float m8_d = 12.75f;
static void *m8_e = mixed_base;
static short m8_f = -300;
static double m8_g = 0.25;
static int m8_h = 99;
static void *av_mixed8[8] = { &m8_a, &m8_b, &m8_c, &m8_d,
                              &m8_e, &m8_f, &m8_g, &m8_h };
static pt2 st_p = { 1.5, -2.0 };
static mix3 st_m = { 40, 9, 0.5f };
static void *av_struct[2] = { &st_p, &st_m };
static const char *var_tag = "x";
static double var_a = 10.5, var_c = 0.25;
static int var_b = 17;
static void *av_var[4] = { &var_tag, &var_a, &var_b, &var_c };
static void *sweep_av[64];

/* Expected results: the direct call's, computed once.  */
static int exp_int2, exp_var;
static double exp_dbl4;
static long exp_mixed8;
static pt2 exp_struct;

/* Function pointers for the direct calls.  */
static int (*volatile fp_int2) (int, int) = f_int2;
static double (*volatile fp_dbl4) (double, double, double, double) = f_dbl4;
static long (*volatile fp_mixed8) (int, double, long long, float, void *,
                                   short, double, int) = f_mixed8;
static pt2 (*volatile fp_struct) (pt2, mix3) = f_struct;
static int (*volatile fp_var) (const char *, ...) = f_var;
static void (*volatile fp_void) (void) = f_void;

/* Closures: the handlers compute what f_int2 and f_dbl4 compute.  */
static void
h_int2 (ffi_cif *cif, void *ret, void **args, void *ud)
{
  (void) cif; (void) ud;
  *(ffi_sarg *) ret = *(int *) args[0] * 2 + *(int *) args[1];
}

static void
h_dbl4 (ffi_cif *cif, void *ret, void **args, void *ud)
{
  (void) cif; (void) ud;
  *(double *) ret = (*(double *) args[0] - *(double *) args[1])
                    * *(double *) args[2] + *(double *) args[3];
}

static ffi_closure *cl_int2, *cl_dbl4;
static int (*volatile clfp_int2) (int, int);
static double (*volatile clfp_dbl4) (double, double, double, double);

/* ---- The measured loops ------------------------------------------------- */

static long
r_void (const bench_case *c, long iters)
{
  long before = void_calls;
  (void) c;
  for (long i = 0; i < iters; i++)
    ffi_call (&cif_void, FFI_FN (f_void), NULL, NULL);
  return void_calls - before != iters;
}

static long
d_void (const bench_case *c, long iters)
{
  long before = void_calls;
  (void) c;
  for (long i = 0; i < iters; i++)
    fp_void ();
  return void_calls - before != iters;
}

static long
r_int2 (const bench_case *c, long iters)
{
  long bad = 0;
  const int e = exp_int2;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      ffi_arg rc;
      ffi_call (&cif_int2, FFI_FN (f_int2), &rc, av_int2);
      bad += (int) rc != e;
    }
  return bad;
}

static long
d_int2 (const bench_case *c, long iters)
{
  long bad = 0;
  const int e = exp_int2;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += fp_int2 (20, 3) != e;
  return bad;
}

static long
r_dbl4 (const bench_case *c, long iters)
{
  long bad = 0;
  const double e = exp_dbl4;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      double rc;
      ffi_call (&cif_dbl4, FFI_FN (f_dbl4), &rc, av_dbl4);
      bad += rc != e;
    }
  return bad;
}

static long
d_dbl4 (const bench_case *c, long iters)
{
  long bad = 0;
  const double e = exp_dbl4;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += fp_dbl4 (7.5, 2.25, 4.0, -1.5) != e;
  return bad;
}

static long
r_mixed8 (const bench_case *c, long iters)
{
  long bad = 0;
  const long e = exp_mixed8;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      ffi_arg rc;
      ffi_call (&cif_mixed8, FFI_FN (f_mixed8), &rc, av_mixed8);
      bad += (long) rc != e;
    }
  return bad;
}

static long
d_mixed8 (const bench_case *c, long iters)
{
  long bad = 0;
  const long e = exp_mixed8;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += fp_mixed8 (-7, 1000.5, 1LL << 40, 12.75f, mixed_base, -300, 0.25,
                      99) != e;
  return bad;
}

static long
r_struct (const bench_case *c, long iters)
{
  long bad = 0;
  const pt2 e = exp_struct;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      pt2 rc;
      ffi_call (&cif_struct, FFI_FN (f_struct), &rc, av_struct);
      bad += rc.x != e.x || rc.y != e.y;
    }
  return bad;
}

static long
d_struct (const bench_case *c, long iters)
{
  long bad = 0;
  const pt2 e = exp_struct;
  const pt2 p = { 1.5, -2.0 };
  const mix3 m = { 40, 9, 0.5f };
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      pt2 rc = fp_struct (p, m);
      bad += rc.x != e.x || rc.y != e.y;
    }
  return bad;
}

static long
r_var (const bench_case *c, long iters)
{
  long bad = 0;
  const int e = exp_var;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      ffi_arg rc;
      ffi_call (&cif_var, FFI_FN (f_var), &rc, av_var);
      bad += (int) rc != e;
    }
  return bad;
}

static long
d_var (const bench_case *c, long iters)
{
  long bad = 0;
  const int e = exp_var;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += fp_var ("x", 10.5, 17, 0.25) != e;
  return bad;
}

static long
r_sweep (const bench_case *c, long iters)
{
  long bad = 0;
  ffi_cif *cif = &sweep_cif[c->n - 1];
  void (*fn) (void) = sweep_fn[c->n - 1];
  const long e = sweep_exp[c->n - 1];
  for (long i = 0; i < iters; i++)
    {
      ffi_arg rc;
      ffi_call (cif, fn, &rc, sweep_av);
      bad += (long) rc != e;
    }
  return bad;
}

static long
d_sweep (const bench_case *c, long iters)
{
  return sweep_direct[c->n - 1] (iters);
}

static long
r_cl_int2 (const bench_case *c, long iters)
{
  long bad = 0;
  const int e = exp_int2;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += clfp_int2 (20, 3) != e;
  return bad;
}

static long
r_cl_dbl4 (const bench_case *c, long iters)
{
  long bad = 0;
  const double e = exp_dbl4;
  (void) c;
  for (long i = 0; i < iters; i++)
    bad += clfp_dbl4 (7.5, 2.25, 4.0, -1.5) != e;
  return bad;
}

static long
r_prep8 (const bench_case *c, long iters)
{
  long bad = 0;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      ffi_cif cif;
      bad += ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 8, &ffi_type_slong,
                           types_mixed8) != FFI_OK;
    }
  return bad;
}

/* The ctypes pattern: a fresh cif for every call.  */
static long
r_prepcall8 (const bench_case *c, long iters)
{
  long bad = 0;
  const long e = exp_mixed8;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      ffi_cif cif;
      ffi_arg rc;
      if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 8, &ffi_type_slong,
                        types_mixed8) != FFI_OK)
        {
          bad++;
          continue;
        }
      ffi_call (&cif, FFI_FN (f_mixed8), &rc, av_mixed8);
      bad += (long) rc != e;
    }
  return bad;
}

static long
r_closure_life (const bench_case *c, long iters)
{
  long bad = 0;
  (void) c;
  for (long i = 0; i < iters; i++)
    {
      void *code;
      ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
      if (cl == NULL || code == NULL)
        {
          bad++;
          continue;
        }
      bad += ffi_prep_closure_loc (cl, &cif_int2, h_int2, NULL, code) != FFI_OK;
      ffi_closure_free (cl);
    }
  return bad;
}

/* The table.  long12 is the sweep's 12-argument function.  */
static const bench_case fixed_cases[] = {
  { "call_void", "call void f(void)", "call", 0, r_void, d_void, 0 },
  { "call_int2", "call int f(int,int)", "call", 56, r_int2, d_int2, 0 },
  { "call_dbl4", "call double f(double x4)", "call", 72, r_dbl4, d_dbl4, 0 },
  { "call_mixed8", "call long f(8 mixed)", "call", 120, r_mixed8, d_mixed8, 0 },
  { "call_long12", "call long f(long x12)", "call", 200, r_sweep, d_sweep, 12 },
  { "call_struct", "call struct{d,d} f(struct{d,d}, struct{i,c,f})", "call",
    250, r_struct, d_struct, 0 },
  { "call_variadic", "call int f(char*, ...) (d,i,d)", "call", 250, r_var,
    d_var, 0 },
  { "closure_int2", "closure int f(int,int)", "closure", 60, r_cl_int2,
    d_int2, 0 },
  { "closure_dbl4", "closure double f(double x4)", "closure", 70, r_cl_dbl4,
    d_dbl4, 0 },
  { "prep_cif8", "ffi_prep_cif, 8 mixed", "setup", 150, r_prep8, NULL, 0 },
  { "prep_call8", "ffi_prep_cif + ffi_call, 8 mixed", "setup", 300,
    r_prepcall8, d_mixed8, 0 },
  { "closure_life", "closure alloc + prep_loc + free", "setup", 120,
    r_closure_life, NULL, 0 },
  { "direct_int2", "direct int f(int,int) (floor)", "floor", 0, d_int2, NULL,
    0 },
};
#define N_FIXED (sizeof fixed_cases / sizeof fixed_cases[0])
#define N_SWEEP 64
#define SWEEP_GOAL 8.0

static bench_case cases[N_FIXED + N_SWEEP];
static char sweep_ids[N_SWEEP][16], sweep_labels[N_SWEEP][32];
static size_t n_cases;

static void
init_cases (void)
{
  n_cases = 0;
  for (size_t i = 0; i < N_FIXED; i++)
    cases[n_cases++] = fixed_cases[i];
  for (int n = 1; n <= N_SWEEP; n++)
    {
      bench_case *c = &cases[n_cases++];
      snprintf (sweep_ids[n - 1], sizeof sweep_ids[0], "sweep%02d", n);
      snprintf (sweep_labels[n - 1], sizeof sweep_labels[0],
                "call long f(long x%d)", n);
      c->id = sweep_ids[n - 1];
      c->label = sweep_labels[n - 1];
      c->group = "sweep";
      c->goal = 0;
      c->run = r_sweep;
      c->direct = d_sweep;
      c->n = n;
    }
}

/* ---- Set up and verify everything once -------------------------------- */

static void
prep (ffi_cif *cif, unsigned n, ffi_type *rt, ffi_type **at, const char *what)
{
  ffi_status s = ffi_prep_cif (cif, FFI_DEFAULT_ABI, n, rt, at);
  if (s != FFI_OK)
    die ("ffi_prep_cif (%s) failed: %d", what, (int) s);
}

static void
setup (void)
{
  void *code;
  ffi_status s;

  exp_int2 = f_int2 (20, 3);
  exp_dbl4 = f_dbl4 (7.5, 2.25, 4.0, -1.5);
  exp_mixed8 = f_mixed8 (-7, 1000.5, 1LL << 40, 12.75f, mixed_base, -300,
                         0.25, 99);
  {
    pt2 p = { 1.5, -2.0 };
    mix3 m = { 40, 9, 0.5f };
    exp_struct = f_struct (p, m);
  }
  exp_var = f_var ("x", 10.5, 17, 0.25);
  for (int i = 0; i < 64; i++)
    {
      sweep_vals[i] = 1000 + 7 * i;
      sweep_av[i] = &sweep_vals[i];
      types_sweep[i] = &ffi_type_slong;
    }
  for (int n = 1; n <= 64; n++)
    {
      long e = 0;
      for (int i = 1; i <= n; i++)
        e += sweep_vals[i - 1] * i;
      sweep_exp[n - 1] = e;
      prep (&sweep_cif[n - 1], n, &ffi_type_slong, types_sweep, "sweep");
    }

  prep (&cif_void, 0, &ffi_type_void, NULL, "void");
  prep (&cif_int2, 2, &ffi_type_sint, types_int2, "int2");
  prep (&cif_dbl4, 4, &ffi_type_double, types_dbl4, "dbl4");
  prep (&cif_mixed8, 8, &ffi_type_slong, types_mixed8, "mixed8");
  prep (&cif_struct, 2, &pt2_type, types_struct, "struct");
  if (pt2_type.size != sizeof (pt2) || mix3_type.size != sizeof (mix3))
    die ("struct layout: pt2 %zu/%zu, mix3 %zu/%zu", pt2_type.size,
         sizeof (pt2), mix3_type.size, sizeof (mix3));
  s = ffi_prep_cif_var (&cif_var, FFI_DEFAULT_ABI, 1, 4, &ffi_type_sint,
                        types_var);
  if (s != FFI_OK)
    die ("ffi_prep_cif_var failed: %d", (int) s);

  cl_int2 = ffi_closure_alloc (sizeof (ffi_closure), &code);
  if (cl_int2 == NULL
      || ffi_prep_closure_loc (cl_int2, &cif_int2, h_int2, NULL, code) != FFI_OK)
    die ("closure int(int,int) failed");
  clfp_int2 = (int (*) (int, int)) code;
  cl_dbl4 = ffi_closure_alloc (sizeof (ffi_closure), &code);
  if (cl_dbl4 == NULL
      || ffi_prep_closure_loc (cl_dbl4, &cif_dbl4, h_dbl4, NULL, code) != FFI_OK)
    die ("closure double(double x4) failed");
  clfp_dbl4 = (double (*) (double, double, double, double)) code;

  /* A closure made and freed by the closure_life loop must work.  */
  {
    ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
    if (cl == NULL
        || ffi_prep_closure_loc (cl, &cif_int2, h_int2, NULL, code) != FFI_OK
        || ((int (*) (int, int)) code) (20, 3) != exp_int2)
      die ("closure alloc/prep/call failed");
    ffi_closure_free (cl);
  }

  /* Every loop once: the first call's costs (lazy binding, first-time
     allocation) stay out of the measurements, and a wrong answer stops us
     before anything is measured.  */
  for (size_t i = 0; i < n_cases; i++)
    {
      if (cases[i].run (&cases[i], 3) != 0)
        die ("%s: wrong result", cases[i].id);
      if (cases[i].direct && cases[i].direct (&cases[i], 3) != 0)
        die ("%s (direct): wrong result", cases[i].id);
    }
}

/* ---- The proof: which libffi.so.8 is this? ------------------------------ */

static char lib_path[PATH_MAX];

static void
prove_library (const char *expect, const char *expect_not)
{
  Dl_info info;
  char *exe, *real;

  if (dladdr ((void *) ffi_call, &info) == 0 || info.dli_fname == NULL)
    die ("dladdr (ffi_call) failed");
  real = realpath (info.dli_fname, NULL);
  if (real == NULL)
    die ("realpath (%s): %s", info.dli_fname, strerror (errno));
  snprintf (lib_path, sizeof lib_path, "%s", real);
  free (real);
  printf ("library %s\n", lib_path);

  /* ffi_call must come from a shared library, not from this program (a
     canonical PLT entry in a non-PIE executable would say so).  */
  exe = realpath ("/proc/self/exe", NULL);
  if (exe != NULL && strcmp (exe, lib_path) == 0)
    die ("dladdr (ffi_call) names the program itself; build it as PIE");
  free (exe);
  if (strstr (lib_path, "libffi") == NULL)
    die ("ffi_call is in %s, not in a libffi", lib_path);
  if (expect != NULL)
    {
      char *e = realpath (expect, NULL);
      if (e == NULL || strcmp (e, lib_path) != 0)
        die ("proof failed: using %s, expected %s", lib_path, expect);
      free (e);
    }
  if (expect_not != NULL)
    {
      char *e = realpath (expect_not, NULL);
      if (e != NULL && strcmp (e, lib_path) == 0)
        die ("proof failed: using %s, which should not be", lib_path);
      free (e);
    }
}

/* ---- Mode time: ns per call, the median of repeated runs ---------------- */

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
  return x < y ? -1 : x > y;
}

static void
time_one (const char *prefix, const bench_case *c, run_fn fn,
          double target_ns, int reps)
{
  double v[64], t0, dt;
  long iters = 16;

  if (reps > 64)
    reps = 64;
  /* Calibrate: the number of iterations a run of target_ns takes.  */
  for (;;)
    {
      t0 = now_ns ();
      if (fn (c, iters) != 0)
        die ("%s%s: wrong result", prefix, c->id);
      dt = now_ns () - t0;
      if (dt >= target_ns / 4 || iters >= (1L << 40))
        break;
      iters *= 2;
    }
  iters = (long) (iters * (target_ns / (dt > 1 ? dt : 1))) + 1;
  for (int r = 0; r < reps; r++)
    {
      t0 = now_ns ();
      if (fn (c, iters) != 0)
        die ("%s%s: wrong result", prefix, c->id);
      v[r] = (now_ns () - t0) / iters;
    }
  qsort (v, reps, sizeof v[0], cmp_double);
  printf ("time %s%s %.4f %.4f %ld %d\n", prefix, c->id,
          reps % 2 ? v[reps / 2] : (v[reps / 2 - 1] + v[reps / 2]) / 2,
          v[0], iters, reps);
}

static double
env_double (const char *name, double dflt)
{
  const char *s = getenv (name);
  return s && *s ? atof (s) : dflt;
}

static void
mode_time (int with_direct)
{
  double target = env_double ("BENCH_TIME_MS", 0.5) * 1e6;
  int reps = (int) env_double ("BENCH_REPS", 21);
  for (size_t i = 0; i < n_cases; i++)
    {
      const bench_case *c = &cases[i];
      int sweep = strcmp (c->group, "sweep") == 0;
      /* The sweep has 64 points: shorter and fewer runs each.  */
      double t = sweep ? target / 4 : target;
      int r = sweep ? (reps + 1) / 2 : reps;
      time_one ("", c, c->run, t, r);
      if (with_direct && c->direct)
        time_one ("direct:", c, c->direct, t, r);
      fflush (stdout);
    }
}

/* ---- Modes count and syscalls: segments ---------------------------------
   bench_segment is what callgrind collects (--toggle-collect) and dumps
   after (--dump-after): one dump per segment.  */

long bench_segment (const bench_case *c, run_fn fn, long iters)
  __attribute__((noinline, used));

long
bench_segment (const bench_case *c, run_fn fn, long iters)
{
  long bad = fn (c, iters);
  __asm__ volatile ("" ::: "memory");
  return bad;
}

static void
marker (int k, const char *what)
{
  char buf[64];
  int len = snprintf (buf, sizeof buf, "BENCHSEG %d %s", k, what);
  /* Fails with EBADF; strace shows the string.  */
  if (write (-1, buf, len) != -1)
    die ("marker write succeeded");
}

static void
mode_segments (int with_direct, int syscalls)
{
  long n_main = (long) env_double (syscalls ? "BENCH_SYS_N" : "BENCH_CG_N",
                                   syscalls ? 20000 : 1000);
  long n_sweep = (long) env_double (syscalls ? "BENCH_SYS_N" : "BENCH_CG_N",
                                    syscalls ? 20000 : 1000) / 5;
  static const char *const phase[3] = { "warm", "n", "2n" };
  int k = 0;

  printf ("iters %ld %ld\n", n_main, n_sweep);
  for (size_t i = 0; i < n_cases; i++)
    {
      const bench_case *c = &cases[i];
      long n = strcmp (c->group, "sweep") == 0 ? n_sweep : n_main;
      for (int d = 0; d < 2; d++)
        {
          run_fn fn = d ? c->direct : c->run;
          if (fn == NULL || (d && !with_direct))
            continue;
          for (int p = 0; p < 3; p++)
            {
              long it = p == 2 ? 2 * n : n;
              long bad;
              k++;
              if (syscalls)
                marker (k, "begin");
              bad = bench_segment (c, fn, it);
              if (syscalls)
                marker (k, "end");
              if (bad != 0)
                die ("%s%s: wrong result", d ? "direct:" : "", c->id);
              printf ("seg %d %s%s %s %ld\n", k, d ? "direct:" : "", c->id,
                      phase[p], it);
            }
        }
    }
  printf ("segments %d\n", k);
}

/* ---- Mode report --------------------------------------------------------
   Reads one directory per library (run-bench.sh writes them):
     lib.txt        the proof ("library PATH")
     time.txt       "time KEY median min iters reps"
     segs-cg.txt    "seg K KEY warm|n|2n ITERS" of the callgrind run
     cg/cg.out.K    callgrind's dump of segment K ("totals: IR")
     segs-sys.txt   the segments of the strace run
     strace.txt     strace -f's log with the BENCHSEG markers
   Instructions per call = (IR of the 2N segment - IR of the N segment) / N;
   system calls per call = (calls in 2N - calls in N) / N.  */

typedef struct
{
  char key[48];
  int have_ir, have_ns, have_sc;
  double ir, ns, ns_min;
  long ns_iters, sc_n, sc_2n, sc_iters;
  int ns_reps;
} result;

typedef struct
{
  const char *name, *dir;
  int present;
  char lib[PATH_MAX];
  result r[2 * (N_FIXED + N_SWEEP)];
  size_t nr;
  long cg_n, cg_sweep_n, sys_n;
  int have_cg, have_sys, have_time, reps_main, reps_sweep;
} side;

static result *
lookup (side *s, const char *key, int create)
{
  for (size_t i = 0; i < s->nr; i++)
    if (strcmp (s->r[i].key, key) == 0)
      return &s->r[i];
  if (!create || s->nr == sizeof s->r / sizeof s->r[0])
    return NULL;
  memset (&s->r[s->nr], 0, sizeof s->r[0]);
  snprintf (s->r[s->nr].key, sizeof s->r[0].key, "%s", key);
  return &s->r[s->nr++];
}

static FILE *
open_in (const side *s, const char *name)
{
  char path[PATH_MAX];
  snprintf (path, sizeof path, "%s/%s", s->dir, name);
  return fopen (path, "r");
}

typedef struct { int k; char key[48]; char phase[8]; long iters; } seg;

/* Reads a segment list; returns the number of segments, or -1.  */
static int
read_segs (const side *s, const char *name, seg **out, long *n_main,
           long *n_sweep)
{
  char line[512];
  int n = 0, cap = 0, declared = -1;
  seg *v = NULL;
  FILE *f = open_in (s, name);
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f))
    {
      seg g;
      if (sscanf (line, "iters %ld %ld", n_main, n_sweep) == 2)
        continue;
      if (sscanf (line, "segments %d", &declared) == 1)
        continue;
      if (sscanf (line, "seg %d %47s %7s %ld", &g.k, g.key, g.phase,
                  &g.iters) != 4)
        continue;
      if (n == cap)
        {
          cap = cap ? 2 * cap : 256;
          v = realloc (v, cap * sizeof *v);
          if (v == NULL)
            die ("out of memory");
        }
      v[n++] = g;
    }
  fclose (f);
  if (declared != n)
    {
      free (v);
      return -1;  /* the run did not finish */
    }
  *out = v;
  return n;
}

static int
cg_totals (const side *s, int k, double *ir)
{
  char name[64], line[512];
  FILE *f;
  int ok = 0;
  snprintf (name, sizeof name, "cg/cg.out.%d", k);
  f = open_in (s, name);
  if (f == NULL)
    return 0;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, "totals:", 7) == 0)
      {
        *ir = strtod (line + 7, NULL);
        ok = 1;
        break;
      }
  fclose (f);
  return ok;
}

static void
load_cg (side *s)
{
  seg *v;
  int n = read_segs (s, "segs-cg.txt", &v, &s->cg_n, &s->cg_sweep_n);
  if (n < 0)
    return;
  s->have_cg = 1;
  for (int i = 0; i < n; i++)
    {
      double a, b;
      result *r;
      if (strcmp (v[i].phase, "n") != 0 || i + 1 >= n
          || strcmp (v[i + 1].phase, "2n") != 0
          || strcmp (v[i + 1].key, v[i].key) != 0)
        continue;
      if (!cg_totals (s, v[i].k, &a) || !cg_totals (s, v[i + 1].k, &b))
        {
          fprintf (stderr, "bench: %s: callgrind dump of segment %d or %d "
                   "missing\n", s->name, v[i].k, v[i + 1].k);
          s->have_cg = 0;
          continue;
        }
      r = lookup (s, v[i].key, 1);
      if (r == NULL)
        continue;
      r->have_ir = 1;
      r->ir = (b - a) / (double) (v[i + 1].iters - v[i].iters);
    }
  free (v);
}

static void
load_sys (side *s)
{
  char line[4096];
  long *count;
  int cur = 0, nk;
  seg *v;
  long dummy;
  int n = read_segs (s, "segs-sys.txt", &v, &s->sys_n, &dummy);
  FILE *f;
  if (n < 0)
    return;
  f = open_in (s, "strace.txt");
  if (f == NULL)
    {
      free (v);
      return;
    }
  nk = v[n - 1].k + 2;
  count = calloc (nk, sizeof *count);
  if (count == NULL)
    die ("out of memory");
  while (fgets (line, sizeof line, f))
    {
      char *p = line, *m = strstr (line, "BENCHSEG ");
      int k;
      char what[16];
      if (m != NULL && sscanf (m, "BENCHSEG %d %15[a-z]", &k, what) == 2)
        {
          cur = strcmp (what, "begin") == 0 && k > 0 && k < nk ? k : 0;
          continue;
        }
      while (*p >= '0' && *p <= '9')
        p++;
      while (*p == ' ')
        p++;
      if (cur == 0 || strncmp (p, "+++", 3) == 0 || strncmp (p, "---", 3) == 0
          || strncmp (p, "<...", 4) == 0 || *p == '\n' || *p == '\0')
        continue;
      count[cur]++;
    }
  fclose (f);
  s->have_sys = 1;
  for (int i = 0; i + 1 < n; i++)
    {
      result *r;
      if (strcmp (v[i].phase, "n") != 0 || strcmp (v[i + 1].phase, "2n") != 0
          || strcmp (v[i + 1].key, v[i].key) != 0)
        continue;
      r = lookup (s, v[i].key, 1);
      if (r == NULL)
        continue;
      r->have_sc = 1;
      r->sc_n = count[v[i].k];
      r->sc_2n = count[v[i + 1].k];
      r->sc_iters = v[i + 1].iters - v[i].iters;
    }
  free (count);
  free (v);
}

static void
load_side (side *s)
{
  char line[PATH_MAX];
  FILE *f;
  if (s->dir == NULL)
    return;
  f = open_in (s, "lib.txt");
  if (f == NULL)
    return;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, "library ", 8) == 0)
      {
        line[strcspn (line, "\n")] = 0;
        snprintf (s->lib, sizeof s->lib, "%s", line + 8);
        s->present = 1;
      }
  fclose (f);
  if (!s->present)
    return;
  f = open_in (s, "time.txt");
  if (f != NULL)
    {
      while (fgets (line, sizeof line, f))
        {
          char key[48];
          double med, min;
          long it;
          int reps;
          result *r;
          if (sscanf (line, "time %47s %lf %lf %ld %d", key, &med, &min, &it,
                      &reps) != 5 || (r = lookup (s, key, 1)) == NULL)
            continue;
          r->have_ns = 1;
          r->ns = med;
          r->ns_min = min;
          r->ns_iters = it;
          r->ns_reps = reps;
          s->have_time = 1;
          if (strstr (key, "sweep") != NULL)
            s->reps_sweep = reps;
          else
            s->reps_main = reps;
        }
      fclose (f);
    }
  load_cg (s);
  load_sys (s);
}

/* Formatting.  */

static const char *
fmt (char *buf, size_t size, int have, double v, int prec)
{
  if (!have)
    snprintf (buf, size, "—");
  else
    snprintf (buf, size, "%.*f", prec, v);
  return buf;
}

static const char *
fmt_ratio (char *buf, size_t size, int have_a, double a, int have_b, double b)
{
  return fmt (buf, size, have_a && have_b && b > 0, b > 0 ? a / b : 0, 2);
}

static const char *
fmt_sc (char *buf, size_t size, const result *r)
{
  if (r == NULL || !r->have_sc)
    snprintf (buf, size, "—");
  else if (r->sc_2n == r->sc_n)
    snprintf (buf, size, r->sc_n ? "0 (+%ld)" : "0", r->sc_n);
  else
    snprintf (buf, size, "%.3g", (double) (r->sc_2n - r->sc_n) / r->sc_iters);
  return buf;
}

/* Least squares fit y = a + b x over the points that exist.  */
typedef struct { int ok; double slope, icpt, r2; } fit;

static fit
fit_line (side *s, const char *prefix, int ns, int from, int to)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0, m = 0;
  fit f = { 0, 0, 0, 0 };
  for (int n = from; n <= to; n++)
    {
      char key[48];
      result *r;
      double y;
      snprintf (key, sizeof key, "%ssweep%02d", prefix, n);
      r = lookup (s, key, 0);
      if (r == NULL || !(ns ? r->have_ns : r->have_ir))
        return f;
      y = ns ? r->ns : r->ir;
      sx += n; sy += y; sxx += (double) n * n; sxy += n * y; syy += y * y;
      m++;
    }
  if (m < 2)
    return f;
  f.slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
  f.icpt = (sy - f.slope * sx) / m;
  {
    double sst = syy - sy * sy / m;
    double sse = 0;
    for (int n = from; n <= to; n++)
      {
        char key[48];
        result *r;
        double y, e;
        snprintf (key, sizeof key, "%ssweep%02d", prefix, n);
        r = lookup (s, key, 0);
        y = ns ? r->ns : r->ir;
        e = y - (f.icpt + f.slope * n);
        sse += e * e;
      }
    f.r2 = sst > 0 ? 1 - sse / sst : 1;
  }
  f.ok = 1;
  return f;
}

static void
json_str (FILE *f, const char *s)
{
  fputc ('"', f);
  for (; *s; s++)
    {
      unsigned char c = (unsigned char) *s;
      if (c == '"' || c == '\\')
        fprintf (f, "\\%c", c);
      else if (c < 0x20)
        fprintf (f, "\\u%04x", c);
      else
        fputc (c, f);
    }
  fputc ('"', f);
}

static void
json_num (FILE *f, int have, double v)
{
  if (have && isfinite (v))
    fprintf (f, "%.4f", v);
  else
    fputs ("null", f);
}

static void
json_result (FILE *f, const result *r)
{
  if (r == NULL)
    {
      fputs ("null", f);
      return;
    }
  fputs ("{\"instructions\": ", f);
  json_num (f, r->have_ir, r->ir);
  fputs (", \"ns\": ", f);
  json_num (f, r->have_ns, r->ns);
  fputs (", \"ns_min\": ", f);
  json_num (f, r->have_ns, r->ns_min);
  fputs (", \"syscalls_per_call\": ", f);
  json_num (f, r->have_sc, r->have_sc
            ? (double) (r->sc_2n - r->sc_n) / r->sc_iters : 0);
  if (r->have_sc)
    fprintf (f, ", \"syscalls_n\": %ld, \"syscalls_2n\": %ld", r->sc_n,
             r->sc_2n);
  fputc ('}', f);
}

static void
json_fit (FILE *f, fit x)
{
  if (!x.ok)
    {
      fputs ("null", f);
      return;
    }
  fprintf (f, "{\"slope\": %.4f, \"intercept\": %.4f, \"r2\": %.5f}",
           x.slope, x.icpt, x.r2);
}

static void
cpu_model (char *buf, size_t size)
{
  char line[512];
  FILE *f = fopen ("/proc/cpuinfo", "r");
  snprintf (buf, size, "unknown");
  if (f == NULL)
    return;
  while (fgets (line, sizeof line, f))
    if (strncmp (line, "model name", 10) == 0)
      {
        char *p = strchr (line, ':');
        if (p != NULL)
          {
            p++;
            while (*p == ' ')
              p++;
            p[strcspn (p, "\n")] = 0;
            snprintf (buf, size, "%s", p);
          }
        break;
      }
  fclose (f);
}

static int
mode_report (const char *ours_dir, const char *sys_dir, const char *json)
{
  static side sides[2];
  side *o = &sides[0], *y = &sides[1];
  char a[32], b[32], c[32], d[32], e[32], g[32], h[32], i_[32], j[32], k[32],
       l[32], goal[32], met[48], cpu[256], date[64];
  struct utsname un;
  time_t now = time (NULL);
  int missed = 0, goals = 0;
  fit fo, fy, fd, so, sy, sd, no, ny;
  static const int points[] = { 1, 2, 3, 4, 6, 7, 8, 12, 16, 24, 32, 48, 64 };
  FILE *jf;

  o->name = "ours";
  o->dir = ours_dir;
  y->name = "system";
  y->dir = sys_dir;
  load_side (o);
  load_side (y);
  if (!o->present)
    die ("report: no results for our library in %s", ours_dir);
  cpu_model (cpu, sizeof cpu);
  if (uname (&un) != 0)
    memset (&un, 0, sizeof un);
  strftime (date, sizeof date, "%Y-%m-%d %H:%M:%S UTC", gmtime (&now));

  printf ("stubffi bench, %s, %s %s, %s\n", date, un.sysname, un.machine, cpu);
  printf ("ours:   %s\n", o->lib);
  printf ("system: %s\n", y->present ? y->lib : "(none)");
  if (o->have_cg)
    printf ("Ir = instructions per call (callgrind: (I(2N) - I(N)) / N, "
            "N = %ld, sweep N = %ld)\n", o->cg_n, o->cg_sweep_n);
  else
    printf ("Ir: not measured (no callgrind run)\n");
  if (o->have_time)
    printf ("ns = median of %d runs (sweep: %d)\n", o->reps_main,
            o->reps_sweep);
  if (o->have_sys)
    printf ("syscalls = per call in steady state (strace -f: (S(2N) - S(N)) "
            "/ N, N = %ld; \"0 (+k)\": k per run, none per call)\n",
            o->sys_n);
  else
    printf ("syscalls: not counted (no strace run)\n");
  printf ("ratio = ours / system; direct = the same signature called "
          "directly (ours' process)\n\n");

  printf ("| case | goal Ir | Ir ours | Ir system | Ir ratio | goal met | "
          "ns ours | ns system | ns ratio | Ir direct | ns direct | "
          "syscalls ours / system |\n");
  printf ("|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|---|\n");
  for (size_t i = 0; i < N_FIXED; i++)
    {
      const bench_case *cs = &cases[i];
      char dkey[64];
      result *ro = lookup (o, cs->id, 0), *ry = lookup (y, cs->id, 0), *rd;
      result zero;
      memset (&zero, 0, sizeof zero);
      snprintf (dkey, sizeof dkey, "direct:%s", cs->id);
      rd = lookup (o, dkey, 0);
      if (ro == NULL) ro = &zero;
      if (!y->present || ry == NULL) ry = &zero;
      if (rd == NULL) rd = &zero;
      if (cs->goal > 0)
        {
          snprintf (goal, sizeof goal, "≤%.0f", cs->goal);
          goals++;
          if (!ro->have_ir)
            snprintf (met, sizeof met, "—");
          else if (ro->ir <= cs->goal)
            snprintf (met, sizeof met, "met");
          else
            {
              snprintf (met, sizeof met, "MISSED +%.1f", ro->ir - cs->goal);
              missed++;
            }
        }
      else
        {
          snprintf (goal, sizeof goal, "—");
          snprintf (met, sizeof met, "—");
        }
      printf ("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | "
              "%s / %s |\n",
              cs->label, goal,
              fmt (a, sizeof a, ro->have_ir, ro->ir, 1),
              fmt (b, sizeof b, ry->have_ir, ry->ir, 1),
              fmt_ratio (c, sizeof c, ro->have_ir, ro->ir, ry->have_ir, ry->ir),
              met,
              fmt (d, sizeof d, ro->have_ns, ro->ns, 2),
              fmt (e, sizeof e, ry->have_ns, ry->ns, 2),
              fmt_ratio (g, sizeof g, ro->have_ns, ro->ns, ry->have_ns, ry->ns),
              fmt (h, sizeof h, rd->have_ir, rd->ir, 1),
              fmt (i_, sizeof i_, rd->have_ns, rd->ns, 2),
              fmt_sc (j, sizeof j, ro->have_sc ? ro : NULL),
              fmt_sc (k, sizeof k, ry->have_sc ? ry : NULL));
    }

  fo = fit_line (o, "", 0, 1, 64);
  fy = y->present ? fit_line (y, "", 0, 1, 64) : (fit) { 0, 0, 0, 0 };
  fd = fit_line (o, "direct:", 0, 1, 64);
  so = fit_line (o, "", 0, 7, 64);
  sy = y->present ? fit_line (y, "", 0, 7, 64) : (fit) { 0, 0, 0, 0 };
  sd = fit_line (o, "direct:", 0, 7, 64);
  no = fit_line (o, "", 1, 1, 64);
  ny = y->present ? fit_line (y, "", 1, 1, 64) : (fit) { 0, 0, 0, 0 };
  goals++;
  if (!fo.ok)
    snprintf (met, sizeof met, "—");
  else if (fo.slope <= SWEEP_GOAL)
    snprintf (met, sizeof met, "met");
  else
    {
      snprintf (met, sizeof met, "MISSED +%.2f", fo.slope - SWEEP_GOAL);
      missed++;
    }

  printf ("\nSweep: long f(long x n), n = 1..64, a line fitted to each "
          "column (least squares)\n\n");
  printf ("| sweep | goal | ours | system | ratio | goal met | direct |\n");
  printf ("|---|--:|--:|--:|--:|---|--:|\n");
  printf ("| Ir per extra argument (slope, n = 1..64) | ≤%.0f | %s | %s | %s |"
          " %s | %s |\n", SWEEP_GOAL,
          fmt (a, sizeof a, fo.ok, fo.slope, 2),
          fmt (b, sizeof b, fy.ok, fy.slope, 2),
          fmt_ratio (c, sizeof c, fo.ok, fo.slope, fy.ok, fy.slope), met,
          fmt (d, sizeof d, fd.ok, fd.slope, 2));
  printf ("| Ir intercept (n = 1..64) | — | %s | %s | %s | — | %s |\n",
          fmt (a, sizeof a, fo.ok, fo.icpt, 1),
          fmt (b, sizeof b, fy.ok, fy.icpt, 1),
          fmt_ratio (c, sizeof c, fo.ok, fo.icpt, fy.ok, fy.icpt),
          fmt (d, sizeof d, fd.ok, fd.icpt, 1));
  printf ("| Ir fit r² (n = 1..64) | — | %s | %s | — | — | %s |\n",
          fmt (a, sizeof a, fo.ok, fo.r2, 4),
          fmt (b, sizeof b, fy.ok, fy.r2, 4),
          fmt (d, sizeof d, fd.ok, fd.r2, 4));
  printf ("| Ir per extra argument (slope, n = 7..64, stack only) | — | %s | "
          "%s | %s | — | %s |\n",
          fmt (a, sizeof a, so.ok, so.slope, 2),
          fmt (b, sizeof b, sy.ok, sy.slope, 2),
          fmt_ratio (c, sizeof c, so.ok, so.slope, sy.ok, sy.slope),
          fmt (d, sizeof d, sd.ok, sd.slope, 2));
  printf ("| ns per extra argument (slope, n = 1..64) | — | %s | %s | %s | — |"
          " — |\n",
          fmt (a, sizeof a, no.ok, no.slope, 3),
          fmt (b, sizeof b, ny.ok, ny.slope, 3),
          fmt_ratio (c, sizeof c, no.ok, no.slope, ny.ok, ny.slope));

  printf ("\n| n | Ir ours | Ir system | Ir ratio | ns ours | ns system | "
          "ns ratio | Ir direct |\n");
  printf ("|--:|--:|--:|--:|--:|--:|--:|--:|\n");
  for (size_t p = 0; p < sizeof points / sizeof points[0]; p++)
    {
      char key[48], dkey[64];
      result zero, *ro, *ry, *rd;
      memset (&zero, 0, sizeof zero);
      snprintf (key, sizeof key, "sweep%02d", points[p]);
      snprintf (dkey, sizeof dkey, "direct:%s", key);
      ro = lookup (o, key, 0);
      ry = y->present ? lookup (y, key, 0) : NULL;
      rd = lookup (o, dkey, 0);
      if (ro == NULL) ro = &zero;
      if (ry == NULL) ry = &zero;
      if (rd == NULL) rd = &zero;
      printf ("| %d | %s | %s | %s | %s | %s | %s | %s |\n", points[p],
              fmt (a, sizeof a, ro->have_ir, ro->ir, 1),
              fmt (b, sizeof b, ry->have_ir, ry->ir, 1),
              fmt_ratio (c, sizeof c, ro->have_ir, ro->ir, ry->have_ir, ry->ir),
              fmt (d, sizeof d, ro->have_ns, ro->ns, 2),
              fmt (e, sizeof e, ry->have_ns, ry->ns, 2),
              fmt_ratio (g, sizeof g, ro->have_ns, ro->ns, ry->have_ns, ry->ns),
              fmt (l, sizeof l, rd->have_ir, rd->ir, 1));
    }
  printf ("\nGoals: %d of %d met%s\n", goals - missed, goals,
          o->have_cg ? "" : " (no callgrind figures: goals not judged)");

  if (json == NULL)
    return 0;
  jf = fopen (json, "w");
  if (jf == NULL)
    die ("%s: %s", json, strerror (errno));
  fputs ("{\n  \"generated\": ", jf);
  json_str (jf, date);
  fputs (",\n  \"host\": {\"system\": ", jf);
  json_str (jf, un.sysname);
  fputs (", \"machine\": ", jf);
  json_str (jf, un.machine);
  fputs (", \"cpu\": ", jf);
  json_str (jf, cpu);
  fputs ("},\n  \"libraries\": {\"ours\": ", jf);
  json_str (jf, o->lib);
  fputs (", \"system\": ", jf);
  if (y->present)
    json_str (jf, y->lib);
  else
    fputs ("null", jf);
  fprintf (jf, "},\n  \"method\": {\"instructions\": \"callgrind, (I(2N) - "
           "I(N)) / N\", \"callgrind_n\": %ld, \"callgrind_sweep_n\": %ld, "
           "\"ns\": \"median of repeated runs\", \"syscalls\": \"strace -f, "
           "(calls in 2N - calls in N) / N\", \"syscalls_n\": %ld},\n",
           o->cg_n, o->cg_sweep_n, o->sys_n);
  fputs ("  \"cases\": [\n", jf);
  for (size_t i = 0; i < N_FIXED; i++)
    {
      const bench_case *cs = &cases[i];
      char dkey[64];
      result *ro = lookup (o, cs->id, 0);
      result *ry = y->present ? lookup (y, cs->id, 0) : NULL;
      snprintf (dkey, sizeof dkey, "direct:%s", cs->id);
      fputs ("    {\"id\": ", jf);
      json_str (jf, cs->id);
      fputs (", \"label\": ", jf);
      json_str (jf, cs->label);
      fputs (", \"group\": ", jf);
      json_str (jf, cs->group);
      fputs (", \"goal_instructions\": ", jf);
      json_num (jf, cs->goal > 0, cs->goal);
      fputs (", \"goal_met\": ", jf);
      if (cs->goal > 0 && ro != NULL && ro->have_ir)
        fputs (ro->ir <= cs->goal ? "true" : "false", jf);
      else
        fputs ("null", jf);
      fputs (",\n     \"ours\": ", jf);
      json_result (jf, ro);
      fputs (",\n     \"system\": ", jf);
      json_result (jf, ry);
      fputs (",\n     \"direct\": ", jf);
      json_result (jf, lookup (o, dkey, 0));
      fputs (",\n     \"ratio_instructions\": ", jf);
      json_num (jf, ro && ry && ro->have_ir && ry->have_ir && ry->ir > 0,
                ro && ry && ry->ir > 0 ? ro->ir / ry->ir : 0);
      fputs (", \"ratio_ns\": ", jf);
      json_num (jf, ro && ry && ro->have_ns && ry->have_ns && ry->ns > 0,
                ro && ry && ry->ns > 0 ? ro->ns / ry->ns : 0);
      fprintf (jf, "}%s\n", i + 1 < N_FIXED ? "," : "");
    }
  fprintf (jf, "  ],\n  \"sweep\": {\"goal_slope\": %.1f, \"goal_met\": %s,\n",
           SWEEP_GOAL, !fo.ok ? "null" : fo.slope <= SWEEP_GOAL ? "true"
                                                                  : "false");
  fputs ("    \"fit_instructions\": {\"ours\": ", jf);
  json_fit (jf, fo);
  fputs (", \"system\": ", jf);
  json_fit (jf, fy);
  fputs (", \"direct\": ", jf);
  json_fit (jf, fd);
  fputs ("},\n    \"fit_instructions_stack\": {\"ours\": ", jf);
  json_fit (jf, so);
  fputs (", \"system\": ", jf);
  json_fit (jf, sy);
  fputs (", \"direct\": ", jf);
  json_fit (jf, sd);
  fputs ("},\n    \"fit_ns\": {\"ours\": ", jf);
  json_fit (jf, no);
  fputs (", \"system\": ", jf);
  json_fit (jf, ny);
  fputs ("},\n    \"points\": [\n", jf);
  for (int n = 1; n <= N_SWEEP; n++)
    {
      char key[48], dkey[64];
      snprintf (key, sizeof key, "sweep%02d", n);
      snprintf (dkey, sizeof dkey, "direct:%s", key);
      fprintf (jf, "      {\"n\": %d, \"ours\": ", n);
      json_result (jf, lookup (o, key, 0));
      fputs (", \"system\": ", jf);
      json_result (jf, y->present ? lookup (y, key, 0) : NULL);
      fputs (", \"direct\": ", jf);
      json_result (jf, lookup (o, dkey, 0));
      fprintf (jf, "}%s\n", n < N_SWEEP ? "," : "");
    }
  fprintf (jf, "    ]\n  },\n  \"goals\": {\"total\": %d, \"met\": %d}\n}\n",
           goals, goals - missed);
  if (fclose (jf) != 0)
    die ("%s: write error", json);
  return 0;
}

/* ---- main ---------------------------------------------------------------- */

static void
usage (void)
{
  fputs ("usage: bench whoami|time|count|syscalls [--expect LIB] "
         "[--expect-not LIB] [--no-direct]\n"
         "       bench report --ours DIR [--system DIR] [--json FILE]\n",
         stderr);
  exit (2);
}

int
main (int argc, char **argv)
{
  const char *mode, *expect = NULL, *expect_not = NULL;
  const char *ours = NULL, *sys = NULL, *json = NULL;
  int with_direct = 1;

  if (argc < 2)
    usage ();
  mode = argv[1];
  for (int i = 2; i < argc; i++)
    {
      if (strcmp (argv[i], "--no-direct") == 0)
        with_direct = 0;
      else if (i + 1 < argc && strcmp (argv[i], "--expect") == 0)
        expect = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--expect-not") == 0)
        expect_not = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--ours") == 0)
        ours = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--system") == 0)
        sys = argv[++i];
      else if (i + 1 < argc && strcmp (argv[i], "--json") == 0)
        json = argv[++i];
      else
        usage ();
    }
  init_cases ();
  if (strcmp (mode, "report") == 0)
    {
      if (ours == NULL)
        usage ();
      return mode_report (ours, sys, json);
    }

  prove_library (expect, expect_not);
  if (strcmp (mode, "whoami") == 0)
    return 0;
  setup ();
  fflush (stdout);
  if (strcmp (mode, "time") == 0)
    mode_time (with_direct);
  else if (strcmp (mode, "count") == 0)
    mode_segments (with_direct, 0);
  else if (strcmp (mode, "syscalls") == 0)
    mode_segments (with_direct, 1);
  else
    usage ();
  if (fflush (stdout) != 0 || ferror (stdout))
    die ("write error");
  return 0;
}
