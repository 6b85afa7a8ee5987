/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Unwind information for the test's own frames too: some targets'
   compilers emit none by default (riscv64's GCC 12; C on 32-bit Arm).  */
/* { dg-options "-funwind-tables -fasynchronous-unwind-tables" } */
/* Unwinding through the closure entries.

   A handler's backtrace() (the DWARF unwinder, reading the entries'
   CFI) must walk through whichever entry called it, and through the
   native caller, out to the frames outside main: the outermost
   entries equal those of a backtrace taken in main.  The signatures
   cover each kind of entry a port may choose: no arguments, integer
   arguments, vector arguments, both, a struct argument, and results in
   registers, on the x87 stack and in memory; on x86-64 also a Go
   closure.  Two closures (and on x86-64 a Go closure) get another cif
   stored into them after ffi_prep_closure_loc, of another shape, so
   that their calls take the way from the entry chosen for the first
   cif to the one that serves the second (cls_cif_follow.c).

   On x86-64 the calls are then made again one instruction at a time
   (the trap flag): at every instruction of the trampoline, the entry,
   the handler and the code that loads the result, a SIGTRAP handler's
   backtrace must still reach main's callers, which holds only if the
   CFI is right at each of them, the entry's prologue and epilogue
   included.  The handlers themselves are stepped through too, but
   leave their own backtrace to the SIGTRAP handler then.  Not under
   valgrind, which does not single-step.  */

#include "closuretest.h"
#include <execinfo.h>
#include <signal.h>

#define DEPTH 64

static void *outer[DEPTH];
static int outer_n;

/* Does a backtrace from here reach the frames outside main?  */
static int
reaches_main (void)
{
  void *here[DEPTH];
  int n = backtrace (here, DEPTH), k;
  if (n <= outer_n || n == DEPTH)
    return 0;
  for (k = 1; k < outer_n && k <= 3; k++)       /* all but main's own */
    if (here[n - k] != outer[outer_n - k])
      return 0;
  return 1;
}

typedef struct { int64_t a, b; } pair;
typedef struct { int64_t a, b, c; } triple;
typedef struct { int32_t x, y; } small;
CT_STRUCT (pair_type, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (triple_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (small_type, &ffi_type_sint32, &ffi_type_sint32);

static unsigned calls, lost;
/* While single-stepping, the SIGTRAP handler checks every instruction;
   the handlers leave the unwinder (thousands of steps) alone.  */
static volatile int stepping;
#define CHECK_WAY_OUT() (lost += !stepping && !reaches_main ())

static void
h_void (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) ret; (void) args; (void) data;
  CHECK_WAY_OUT ();
  calls++;
}

static void
h_int2 (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  CT_RET_SINT (ret, *(int *) args[0] - *(int *) args[1]);
  calls++;
}

static void
h_dbl4 (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  *(double *) ret = *(double *) args[0] + *(double *) args[1]
                    + *(double *) args[2] + *(double *) args[3];
  calls++;
}

static void
h_pair6 (ffi_cif *cif, void *ret, void **args, void *data)
{
  pair p;
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  p.a = *(long *) args[0] + *(long *) args[5];
  p.b = -p.a;
  memcpy (ret, &p, sizeof p);
  calls++;
}

static void
h_ld8 (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  *(long double *) ret = (long double) *(float *) args[0]
                         + *(float *) args[7];
  calls++;
}

static void
h_mixed (ffi_cif *cif, void *ret, void **args, void *data)
{
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  CT_RET_SINT (ret, (long) *(double *) args[1] + *(int *) args[0]);
  calls++;
}

static void
h_struct (ffi_cif *cif, void *ret, void **args, void *data)
{
  small s;
  triple t;
  (void) cif; (void) data;
  CHECK_WAY_OUT ();
  memcpy (&s, args[0], sizeof s);
  t.a = s.x;
  t.b = s.y;
  t.c = s.x * s.y;
  memcpy (ret, &t, sizeof t);
  calls++;
}

#if defined(__x86_64__)
/* A Go closure, entered through go_call: a thunk like closuretest.h's
   ct_chain_call that loads the static chain (%r10) and jumps, but with
   CFI, so that single-stepping can unwind from it too.  */
# define HAVE_GO_CALL 1
__attribute__((visibility ("hidden"))) void *go_target, *go_chain;
__attribute__((visibility ("hidden"))) void go_call (void);
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".type go_call, @function\n"
         "go_call:\n"
         "  .cfi_startproc\n"
         "  endbr64\n"
         "  movq go_chain(%rip), %r10\n"
         "  jmpq *go_target(%rip)\n"
         "  .cfi_endproc\n"
         ".size go_call, .-go_call\n"
         ".popsection\n");

static ffi_go_closure go_closure, go_moved;

/* go_call through a void *, as closuretest.h's CT_CHAIN_CALL does, so
   that compilers accept the call through another type.  */
static inline void *
go_call_ptr (void)
{
  return (void *) go_call;
}

static void
h_go (ffi_cif *cif, void *ret, void **args, void *closure)
{
  (void) cif;
  CHECK (closure == &go_closure);
  CHECK_WAY_OUT ();
  CT_RET_SINT (ret, *(int *) args[0] * (long) *(double *) args[1]);
  calls++;
}
#else
# define HAVE_GO_CALL 0
#endif

static ffi_cif cif_void, cif_int2, cif_dbl4, cif_pair6, cif_ld8, cif_mixed,
  cif_struct;
static void *code_void, *code_int2, *code_dbl4, *code_pair6, *code_ld8,
  *code_mixed, *code_struct, *code_moved_int2, *code_moved_dbl4;

static void
make_closures (void)
{
  static ffi_type *int2[2] = { &ffi_type_sint, &ffi_type_sint };
  static ffi_type *dbl4[4] = { &ffi_type_double, &ffi_type_double,
                               &ffi_type_double, &ffi_type_double };
  static ffi_type *long6[6] = { &ffi_type_slong, &ffi_type_slong,
                                &ffi_type_slong, &ffi_type_slong,
                                &ffi_type_slong, &ffi_type_slong };
  static ffi_type *flt8[8] = { &ffi_type_float, &ffi_type_float,
                               &ffi_type_float, &ffi_type_float,
                               &ffi_type_float, &ffi_type_float,
                               &ffi_type_float, &ffi_type_float };
  static ffi_type *mixed[2] = { &ffi_type_sint, &ffi_type_double };
  static ffi_type *st[1] = { &small_type };
  ffi_closure *cl;

  CHECK_OK (ffi_prep_cif (&cif_void, FFI_DEFAULT_ABI, 0, &ffi_type_void,
                          NULL));
  CHECK_OK (ffi_prep_cif (&cif_int2, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                          int2));
  CHECK_OK (ffi_prep_cif (&cif_dbl4, FFI_DEFAULT_ABI, 4, &ffi_type_double,
                          dbl4));
  CHECK_OK (ffi_prep_cif (&cif_pair6, FFI_DEFAULT_ABI, 6, &pair_type,
                          long6));
  CHECK_OK (ffi_prep_cif (&cif_ld8, FFI_DEFAULT_ABI, 8,
                          &ffi_type_longdouble, flt8));
  CHECK_OK (ffi_prep_cif (&cif_mixed, FFI_DEFAULT_ABI, 2, &ffi_type_slong,
                          mixed));
  CHECK_OK (ffi_prep_cif (&cif_struct, FFI_DEFAULT_ABI, 1, &triple_type,
                          st));
  code_void = ct_make_closure (&cl, &cif_void, h_void, NULL);
  code_int2 = ct_make_closure (&cl, &cif_int2, h_int2, NULL);
  code_dbl4 = ct_make_closure (&cl, &cif_dbl4, h_dbl4, NULL);
  code_pair6 = ct_make_closure (&cl, &cif_pair6, h_pair6, NULL);
  code_ld8 = ct_make_closure (&cl, &cif_ld8, h_ld8, NULL);
  code_mixed = ct_make_closure (&cl, &cif_mixed, h_mixed, NULL);
  code_struct = ct_make_closure (&cl, &cif_struct, h_struct, NULL);
  /* Prepared for one cif, called with another.  */
  code_moved_int2 = ct_make_closure (&cl, &cif_int2, h_mixed, NULL);
  cl->cif = &cif_mixed;
  code_moved_dbl4 = ct_make_closure (&cl, &cif_dbl4, h_struct, NULL);
  cl->cif = &cif_struct;
#if HAVE_GO_CALL
  CHECK_OK (ffi_prep_go_closure (&go_closure, &cif_mixed, h_go));
  CHECK_OK (ffi_prep_go_closure (&go_moved, &cif_mixed, h_struct));
  go_moved.cif = &cif_struct;
  go_target = (void *) go_closure.tramp;
  go_chain = &go_closure;
#endif
}

/* Each closure once, from native code.  */
static void
call_all (void)
{
  small s = { 6, -7 };
  triple t;
  pair p;

  ((void (*) (void)) code_void) ();
  CHECK_EQ_INT (((int (*) (int, int)) code_int2) (5, 8), -3);
  CHECK_EQ_FLT (((double (*) (double, double, double, double)) code_dbl4)
                (0.5, 0.25, 2.0, 4.0), 6.75);
  p = ((pair (*) (long, long, long, long, long, long)) code_pair6)
      (1, 2, 3, 4, 5, 6);
  CHECK_EQ_INT (p.a, 7);
  CHECK_EQ_INT (p.b, -7);
  CHECK_EQ_FLT (((long double (*) (float, float, float, float, float, float,
                                   float, float)) code_ld8)
                (1.5f, 0, 0, 0, 0, 0, 0, 0.25f), 1.75L);
  CHECK_EQ_INT (((long (*) (int, double)) code_mixed) (3, 4.0), 7);
  t = ((triple (*) (small)) code_struct) (s);
  CHECK_EQ_INT (t.a, 6);
  CHECK_EQ_INT (t.b, -7);
  CHECK_EQ_INT (t.c, -42);
  CHECK_EQ_INT (((long (*) (int, double)) code_moved_int2) (-3, 4.0), 1);
  t = ((triple (*) (small)) code_moved_dbl4) (s);
  CHECK_EQ_INT (t.c, -42);
#if HAVE_GO_CALL
  CHECK_EQ_INT (((long (*) (int, double)) go_call_ptr ()) (-3, 5.0), -15);
  go_target = (void *) go_moved.tramp;
  go_chain = &go_moved;
  t = ((triple (*) (small)) go_call_ptr ()) (s);
  CHECK_EQ_INT (t.c, -42);
  go_target = (void *) go_closure.tramp;
  go_chain = &go_closure;
#endif
}

#if defined(__x86_64__)
static volatile sig_atomic_t steps, steps_lost;

static void
on_trap (int sig, siginfo_t *info, void *context)
{
  (void) sig; (void) info; (void) context;
  steps++;
  steps_lost += !reaches_main ();
}

/* step_call (fn) calls fn with the trap flag set: a SIGTRAP after
   every instruction until fn returns.  In assembly, so that its pushes
   have CFI of their own.  */
__attribute__((visibility ("hidden"))) void step_call (void (*fn) (void));
__asm__ (".pushsection .text\n"
         ".p2align 4\n"
         ".type step_call, @function\n"
         "step_call:\n"
         "  .cfi_startproc\n"
         "  endbr64\n"
         "  subq $8, %rsp\n"              /* aligned for the call */
         "  .cfi_adjust_cfa_offset 8\n"
         "  pushfq\n"
         "  .cfi_adjust_cfa_offset 8\n"
         "  orq $0x100, (%rsp)\n"         /* EFLAGS.TF */
         "  popfq\n"
         "  .cfi_adjust_cfa_offset -8\n"
         "  call *%rdi\n"
         "  pushfq\n"
         "  .cfi_adjust_cfa_offset 8\n"
         "  andq $-0x101, (%rsp)\n"
         "  popfq\n"
         "  .cfi_adjust_cfa_offset -8\n"
         "  addq $8, %rsp\n"
         "  .cfi_adjust_cfa_offset -8\n"
         "  ret\n"
         "  .cfi_endproc\n"
         ".size step_call, .-step_call\n"
         ".popsection\n");

static void
single_step (void)
{
  struct sigaction sa;

  memset (&sa, 0, sizeof sa);
  sa.sa_sigaction = on_trap;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset (&sa.sa_mask);
  CHECK (sigaction (SIGTRAP, &sa, NULL) == 0);
  stepping = 1;
  step_call (call_all);
  stepping = 0;
  signal (SIGTRAP, SIG_DFL);
  printf ("single-stepped %d instructions, %d without a way out\n",
          (int) steps, (int) steps_lost);
  CHECK (steps > 100);
  CHECK_EQ_INT (steps_lost, 0);
}
#endif

int
main (void)
{
  outer_n = backtrace (outer, DEPTH);
  CHECK (outer_n >= 2);              /* main and what called it */
  make_closures ();

  call_all ();
  CHECK_EQ_UINT (calls, 9 + 2 * HAVE_GO_CALL);
  CHECK_EQ_UINT (lost, 0);

#if defined(__x86_64__)
  if (!test_under_valgrind ())
    {
      single_step ();
      CHECK_EQ_UINT (calls, 2 * (9 + 2 * HAVE_GO_CALL));
      CHECK_EQ_UINT (lost, 0);
    }
#endif
  return 0;
}
