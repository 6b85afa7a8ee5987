/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* i386's x87 computes doubles in long double unless told to round every
   assignment and cast (no effect where doubles live in SSE registers).  */
/* { dg-options "-fexcess-precision=standard" } */
/* Variadic calls with double arguments.  The psABI says a caller of a
   variadic function puts in %al an upper bound (0..8) on the number of
   vector registers used for arguments; a callee's va_start uses it to
   decide whether to save %xmm0-7, so a wrong %al loses the doubles.  The
   test's variadic function reads every double with va_arg (that alone
   fails with %al too small), and on x86-64 an assembly entry stub
   records %al on the way in, which must be >= the number of SSE registers
   the arguments use (fixed ones included) and <= 8.  */

#include "calltest.h"

static int calls;
static int want_sse;

/* n doubles, each k-th one worth want_d (k); ints interleaved after
   every third double.  */
#define want_d(k) (((k) % 2 ? -1.0 : 1.0) * (1.0 + (k) * 0x1.0000001p-3))

double vdoubles (int n, ...);
double
vdoubles (int n, ...)
{
  va_list ap;
  double sum = 0;
  int k;
  va_start (ap, n);
  for (k = 0; k < n; k++)
    {
      double d = va_arg (ap, double);
      CHECK_EQ_FLT (d, want_d (k));
      sum += d;
      if (k % 3 == 2)
        CHECK_EQ_INT (va_arg (ap, int), -k);
    }
  va_end (ap);
  calls++;
  return sum;
}

double vfixed (double first, int n, ...);
double
vfixed (double first, int n, ...)
{
  va_list ap;
  double d;
  CHECK_EQ_FLT (first, -0x1.23456789abcdep+3);
  CHECK_EQ_INT (n, 1);
  va_start (ap, n);
  d = va_arg (ap, double);
  va_end (ap);
  CHECK_EQ_FLT (d, 0x1.fedcba9876543p-3);
  calls++;
  return first + d;
}

#if defined(__x86_64__) && defined(__ELF__)
unsigned char captured_al;
void al_vdoubles (void);
void al_vfixed (void);
__asm__ (".text\n"
         ".p2align 4\n"
         ".globl al_vdoubles\n"
         ".type al_vdoubles, @function\n"
         "al_vdoubles:\n"
         "  movb %al, captured_al(%rip)\n"
         "  jmp vdoubles\n"
         ".size al_vdoubles, .-al_vdoubles\n"
         ".p2align 4\n"
         ".globl al_vfixed\n"
         ".type al_vfixed, @function\n"
         "al_vfixed:\n"
         "  movb %al, captured_al(%rip)\n"
         "  jmp vfixed\n"
         ".size al_vfixed, .-al_vfixed\n");
# define ENTRY_VDOUBLES FFI_FN (al_vdoubles)
# define ENTRY_VFIXED FFI_FN (al_vfixed)
static void
check_al (void)
{
  CHECK (captured_al <= 8);
  CHECK (captured_al >= want_sse);
}
#else
# define ENTRY_VDOUBLES FFI_FN (vdoubles)
# define ENTRY_VFIXED FFI_FN (vfixed)
static void check_al (void) { (void) want_sse; }
#endif

static void
run (int n)
{
  ffi_cif cif;
  ffi_type *t[40];
  void *v[40];
  double dv[20], want = 0, r;
  int iv[20], nargs = 1, k;

  t[0] = &ffi_type_sint;
  v[0] = &n;
  for (k = 0; k < n; k++)
    {
      dv[k] = want_d (k);
      want += dv[k];
      t[nargs] = &ffi_type_double;
      v[nargs++] = &dv[k];
      if (k % 3 == 2)
        {
          iv[k] = -k;
          t[nargs] = &ffi_type_sint;
          v[nargs++] = &iv[k];
        }
    }
  PREP_CIF_VAR (&cif, 1, nargs, &ffi_type_double, t);
  want_sse = n < 8 ? n : 8;
  junk_fill (&r, sizeof r);
  ffi_call (&cif, ENTRY_VDOUBLES, &r, v);
  CHECK_EQ_FLT (r, want);
  check_al ();
}

int
main (void)
{
  run (0);
  run (1);
  run (3);
  run (8);
  run (11);
  CHECK_EQ_INT (calls, 5);
  {
    ffi_cif cif;
    ffi_type *t[3] = { &ffi_type_double, &ffi_type_sint, &ffi_type_double };
    double first = -0x1.23456789abcdep+3, d = 0x1.fedcba9876543p-3, r;
    int n = 1;
    void *v[3] = { &first, &n, &d };
    PREP_CIF_VAR (&cif, 2, 3, &ffi_type_double, t);
    want_sse = 2;
    junk_fill (&r, sizeof r);
    ffi_call (&cif, ENTRY_VFIXED, &r, v);
    CHECK_EQ_FLT (r, (double) (first + d));
    check_al ();
  }
  CHECK_EQ_INT (calls, 6);
  return 0;
}
