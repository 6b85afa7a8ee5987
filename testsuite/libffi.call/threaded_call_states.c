/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_call's threaded path (src/x86/call64.S) has one handler per state
   (integer registers left, vector registers left) and type class, and a
   second loop for signatures whose last arguments go to the stack.  This
   drives every handler: all interleavings of up to 6 integer-class and 8
   vector-class arguments, with the classes rotated so that each
   (state, class) pair occurs, then signatures that fill the registers
   and go on on the stack with every type.

   Because integer and vector arguments travel in separate register
   files, one callee declared with 6 integer, 8 double and 10 stack
   parameters sees any such signature: the n-th integer argument in its
   n-th integer parameter, and so on.  It records the full registers, so
   the test checks the widening of narrow types too (signed types are
   sign-extended and unsigned ones zero-extended to 64 bits, as libffi
   does; a float's 4 bytes are checked alone).  System V x86-64 only:
   elsewhere the interleaving matters or the register counts differ.  */

#include "calltest.h"

#if defined(__x86_64__) && !defined(_WIN32)

#define NGPR 6
#define NSSE 8
#define NSTACK 10

static uint64_t got_gpr[NGPR], got_sse[NSSE], got_stack[NSTACK];
static int calls;

static uint64_t
bits_of (double d)
{
  uint64_t u;
  memcpy (&u, &d, sizeof u);
  return u;
}

static uint64_t
callee (uint64_t g0, uint64_t g1, uint64_t g2, uint64_t g3, uint64_t g4,
        uint64_t g5, double x0, double x1, double x2, double x3, double x4,
        double x5, double x6, double x7, uint64_t s0, uint64_t s1,
        uint64_t s2, uint64_t s3, uint64_t s4, uint64_t s5, uint64_t s6,
        uint64_t s7, uint64_t s8, uint64_t s9)
{
  got_gpr[0] = g0; got_gpr[1] = g1; got_gpr[2] = g2;
  got_gpr[3] = g3; got_gpr[4] = g4; got_gpr[5] = g5;
  got_sse[0] = bits_of (x0); got_sse[1] = bits_of (x1);
  got_sse[2] = bits_of (x2); got_sse[3] = bits_of (x3);
  got_sse[4] = bits_of (x4); got_sse[5] = bits_of (x5);
  got_sse[6] = bits_of (x6); got_sse[7] = bits_of (x7);
  got_stack[0] = s0; got_stack[1] = s1; got_stack[2] = s2;
  got_stack[3] = s3; got_stack[4] = s4; got_stack[5] = s5;
  got_stack[6] = s6; got_stack[7] = s7; got_stack[8] = s8;
  got_stack[9] = s9;
  calls++;
  return 0x8899aabbccddeeffull;
}

/* Type classes: 7 integer ones, then float and double.  */
enum { C_U8, C_S8, C_U16, C_S16, C_U32, C_S32, C_I64, C_F32, C_F64,
       NCLASS };
#define NINT_CLASS 7

static ffi_type *
type_of (int cls, int variant)
{
  /* Each class has every type code that maps to it.  */
  switch (cls)
    {
    case C_U8:  return &ffi_type_uint8;
    case C_S8:  return &ffi_type_sint8;
    case C_U16: return &ffi_type_uint16;
    case C_S16: return &ffi_type_sint16;
    case C_U32: return &ffi_type_uint32;
    case C_S32: return variant % 2 ? &ffi_type_sint32 : &ffi_type_sint;
    case C_I64:
      return variant % 3 == 0 ? &ffi_type_uint64
             : variant % 3 == 1 ? &ffi_type_sint64 : &ffi_type_pointer;
    case C_F32: return &ffi_type_float;
    default:    return &ffi_type_double;
    }
}

/* What a register or stack slot must hold for a value whose 8 bytes in
   memory are `raw`, and which bits of it are checked.  */
static uint64_t
expected (int cls, uint64_t raw, uint64_t *mask)
{
  *mask = ~0ull;
  switch (cls)
    {
    case C_U8:  return (uint8_t) raw;
    case C_S8:  return (uint64_t) (int64_t) (int8_t) raw;
    case C_U16: return (uint16_t) raw;
    case C_S16: return (uint64_t) (int64_t) (int16_t) raw;
    case C_U32: return (uint32_t) raw;
    case C_S32: return (uint64_t) (int64_t) (int32_t) raw;
    case C_F32: *mask = 0xffffffffull; return (uint32_t) raw;
    default:    return raw;
    }
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t
next_random (void)
{
  uint64_t z = (rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

#define MAXARGS (NGPR + NSSE + NSTACK)

/* (g, s, class) of the register handlers visited: an integer argument
   is handled in state (integer args up to and including it, vector args
   before it), a vector one in (integer args before it, vector args up to
   and including it).  */
static unsigned char seen[NGPR + 1][NSSE + 1][NCLASS];
static unsigned char seen_stack[NCLASS];

/* Calls the callee with a signature of n arguments of the given
   classes, returning rtype, and checks every register and stack slot
   the signature uses.  */
static void
run (int n, const int *cls, ffi_type *rtype, int variant)
{
  ffi_cif cif;
  ffi_type *types[MAXARGS];
  uint64_t raw[MAXARGS], want, mask;
  void *values[MAXARGS];
  ffi_arg result;
  int i, g = 0, s = 0, st = 0, before = calls;

  for (i = 0; i < n; i++)
    {
      types[i] = type_of (cls[i], variant + i);
      raw[i] = next_random ();
      values[i] = &raw[i];
    }
  PREP_CIF (&cif, (unsigned) n, rtype, types);
  memset (got_gpr, 0x5a, sizeof got_gpr);
  memset (got_sse, 0x5a, sizeof got_sse);
  memset (got_stack, 0x5a, sizeof got_stack);
  result = 0;
  ffi_call (&cif, FFI_FN (callee), &result, values);
  CHECK_EQ_INT (calls, before + 1);

  for (i = 0; i < n; i++)
    {
      uint64_t got;
      int is_sse = cls[i] >= C_F32;
      want = expected (cls[i], raw[i], &mask);
      if (is_sse && s < NSSE)
        {
          got = got_sse[s++];
          seen[g][s][cls[i]] = 1;
        }
      else if (!is_sse && g < NGPR)
        {
          got = got_gpr[g++];
          seen[g][s][cls[i]] = 1;
        }
      else
        {
          CHECK (st < NSTACK);
          got = got_stack[st++];
          seen_stack[cls[i]] = 1;
        }
      if ((got & mask) != want)
        {
          fprintf (stderr, "signature of %d args, arg %d (class %d): "
                   "got %#llx, want %#llx\n", n, i, cls[i],
                   (unsigned long long) (got & mask),
                   (unsigned long long) want);
          abort ();
        }
    }

  if (rtype == &ffi_type_uint8)
    CHECK_EQ_UINT (result, 0xff);
  else if (rtype == &ffi_type_sint8)
    CHECK_EQ_UINT (result, SEXT_ARG ((int8_t) -1));
  else if (rtype == &ffi_type_uint16)
    CHECK_EQ_UINT (result, 0xeeff);
  else if (rtype == &ffi_type_sint16)
    CHECK_EQ_UINT (result, SEXT_ARG ((int16_t) -0x1101));
  else if (rtype == &ffi_type_uint32)
    CHECK_EQ_UINT (result, 0xccddeeffu);
  else if (rtype == &ffi_type_sint32)
    CHECK_EQ_UINT (result, SEXT_ARG ((int32_t) 0xccddeeffu));
  else if (rtype == &ffi_type_uint64)
    CHECK_EQ_UINT (result, 0x8899aabbccddeeffull);
}

static ffi_type *const rtypes[] = {
  &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16, &ffi_type_sint16,
  &ffi_type_uint32, &ffi_type_sint32, &ffi_type_uint64, &ffi_type_void
};
#define NRTYPES (sizeof rtypes / sizeof rtypes[0])

int
main (void)
{
  int cls[MAXARGS];
  unsigned long signatures = 0;
  int G, S, i, g, s, c, k;

  /* Every interleaving of G integer and S vector arguments: bit i of
     mask set = argument i is a vector one.  */
  for (G = 0; G <= NGPR; G++)
    for (S = 0; S <= NSSE; S++)
      for (unsigned mask = 0; mask < (1u << (G + S)); mask++)
        {
          if (__builtin_popcount (mask) != S)
            continue;
          /* Rotated so that each position sees every class.  */
          for (k = 0; k < NINT_CLASS; k++)
            {
              for (i = 0; i < G + S; i++)
                cls[i] = mask >> i & 1 ? C_F32 + (k + i) % 2
                                       : (k + i * 3) % NINT_CLASS;
              run (G + S, cls, rtypes[signatures % NRTYPES],
                   (int) signatures);
              signatures++;
            }
        }

  /* The registers full, then every class on the stack, in several
     orders; and integer arguments going to the stack while vector
     registers are left (the stack loop, then the register handlers).  */
  for (k = 0; k < 40; k++)
    {
      int n = 0;
      for (i = 0; i < NGPR + NSSE; i++)
        cls[n++] = (i + k) % 3 == 0 && i / 3 < NSSE
                   ? C_F32 + (i + k) % 2 : (i * 5 + k) % NINT_CLASS;
      /* Count what went where and top up so both files are full.  */
      g = s = 0;
      for (i = 0; i < n; i++)
        cls[i] >= C_F32 ? s++ : g++;
      while (g > NGPR)
        {
          for (i = n - 1; cls[i] >= C_F32; i--)
            ;
          cls[i] = C_F64, g--, s++;
        }
      while (s > NSSE)
        {
          for (i = n - 1; cls[i] < C_F32; i--)
            ;
          cls[i] = C_I64, s--, g++;
        }
      for (i = 0; i < 1 + k % NSTACK; i++)
        cls[n++] = (k + i) % NCLASS;
      run (n, cls, rtypes[k % NRTYPES], k);
      signatures++;
    }
  for (k = 0; k < 8; k++)
    {
      int n = 0;
      for (i = 0; i < k; i++)
        cls[n++] = C_F64;
      for (i = 0; i < NGPR + 1 + k; i++)
        cls[n++] = (i + k) % NINT_CLASS;
      run (n, cls, rtypes[k % NRTYPES], k);
      signatures++;
    }

  for (g = 0; g <= NGPR; g++)
    for (s = 0; s <= NSSE; s++)
      for (c = 0; c < NCLASS; c++)
        {
          int reachable = c < C_F32 ? g > 0 : s > 0;
          if (reachable && !seen[g][s][c])
            {
              fprintf (stderr, "state (%d, %d) class %d never driven\n",
                       g, s, c);
              abort ();
            }
        }
  for (c = 0; c < NCLASS; c++)
    CHECK (seen_stack[c]);
  printf ("%lu signatures, %d calls\n", signatures, calls);
  return 0;
}

#else
int
main (void)
{
  return 77;   /* UNSUPPORTED: the register files of System V x86-64 */
}
#endif
