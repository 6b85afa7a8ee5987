/* SPDX-License-Identifier: MIT */
/* fuzz_call — libFuzzer target: random scalar signatures through
   ffi_call, checked by the callee.

   The input picks a return type and up to MAX_ARGS arguments (every
   integer width signed and unsigned, pointer, float, double, long
   double) and their values.  ffi_call then calls one of a small family
   of precompiled callees, the one for that return type.  All of them
   take the same "register dump" parameter list: the six integer
   argument registers, the eight vector registers and NSTACK eightbytes
   of stack arguments, and record what they received.  Whatever the
   signature, the System V AMD64 rules for scalars put each argument in
   the next free register of its class or in the next stack slot (a long
   double: two slots, 16-byte aligned), so a model of those rules, kept
   here apart from the library's (src/x86/ffi64.c), says where each value
   must have arrived.  The callee returns a value passed to it out of
   band, which must come back in rvalue (integers widened to ffi_arg).

   The callees are not variadic, and a callee reads only argument
   registers and stack slots, so calling it with any scalar signature is
   well defined at the machine level.

   This model is the x86-64 System V one; on other targets the target
   does nothing (a port would add its own model here).  */

#include <ffi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) && !defined(_WIN32)

#define NGPR 6
#define NSSE 8
#define NSTACK 48
#define MAX_ARGS 40

/* What the callee received.  */
static struct {
  uint64_t gpr[NGPR];
  uint64_t sse[NSSE];
  uint64_t stack[NSTACK];
  int called;
} seen;

/* What the callee returns.  */
static uint64_t ret_bits;
static long double ret_ld;

static uint64_t
bits_of_double (double d)
{
  uint64_t u;
  memcpy (&u, &d, sizeof u);
  return u;
}

/* The register-dump parameter list and the code that records it.  */
#define STACK8(p) long p##0, long p##1, long p##2, long p##3, long p##4, \
                  long p##5, long p##6, long p##7
#define PARAMS                                                          \
  long g0, long g1, long g2, long g3, long g4, long g5,                 \
  double x0, double x1, double x2, double x3, double x4, double x5,     \
  double x6, double x7,                                                 \
  STACK8 (a), STACK8 (b), STACK8 (c), STACK8 (d), STACK8 (e), STACK8 (f)
#define SAVE8(p, k)                                                     \
  seen.stack[k] = (uint64_t) p##0; seen.stack[k + 1] = (uint64_t) p##1; \
  seen.stack[k + 2] = (uint64_t) p##2; seen.stack[k + 3] = (uint64_t) p##3; \
  seen.stack[k + 4] = (uint64_t) p##4; seen.stack[k + 5] = (uint64_t) p##5; \
  seen.stack[k + 6] = (uint64_t) p##6; seen.stack[k + 7] = (uint64_t) p##7
#define RECORD                                                          \
  do {                                                                  \
    seen.gpr[0] = (uint64_t) g0; seen.gpr[1] = (uint64_t) g1;           \
    seen.gpr[2] = (uint64_t) g2; seen.gpr[3] = (uint64_t) g3;           \
    seen.gpr[4] = (uint64_t) g4; seen.gpr[5] = (uint64_t) g5;           \
    seen.sse[0] = bits_of_double (x0); seen.sse[1] = bits_of_double (x1); \
    seen.sse[2] = bits_of_double (x2); seen.sse[3] = bits_of_double (x3); \
    seen.sse[4] = bits_of_double (x4); seen.sse[5] = bits_of_double (x5); \
    seen.sse[6] = bits_of_double (x6); seen.sse[7] = bits_of_double (x7); \
    SAVE8 (a, 0); SAVE8 (b, 8); SAVE8 (c, 16); SAVE8 (d, 24);           \
    SAVE8 (e, 32); SAVE8 (f, 40);                                       \
    seen.called = 1;                                                    \
  } while (0)

/* One callee per return type.  */
#define CALLEE(name, T)                                                 \
  static T name (PARAMS)                                                \
  {                                                                     \
    T r;                                                                \
    RECORD;                                                             \
    memcpy (&r, &ret_bits, sizeof r);                                   \
    return r;                                                           \
  }
CALLEE (callee_u8, uint8_t)
CALLEE (callee_s8, int8_t)
CALLEE (callee_u16, uint16_t)
CALLEE (callee_s16, int16_t)
CALLEE (callee_u32, uint32_t)
CALLEE (callee_s32, int32_t)
CALLEE (callee_u64, uint64_t)
CALLEE (callee_s64, int64_t)
CALLEE (callee_ptr, void *)
CALLEE (callee_float, float)
CALLEE (callee_double, double)

static void
callee_void (PARAMS)
{
  RECORD;
}

static long double
callee_ldouble (PARAMS)
{
  RECORD;
  return ret_ld;
}

/* ---- Argument kinds ------------------------------------------------------ */

enum kind { K_U8, K_S8, K_U16, K_S16, K_U32, K_S32, K_U64, K_S64, K_PTR,
            K_FLOAT, K_DOUBLE, K_LDOUBLE, K_VOID, NKINDS };

static const struct {
  ffi_type *type;
  unsigned size;
  int is_signed;
  void (*callee) (void);
} kinds[NKINDS] = {
  [K_U8] = { &ffi_type_uint8, 1, 0, FFI_FN (callee_u8) },
  [K_S8] = { &ffi_type_sint8, 1, 1, FFI_FN (callee_s8) },
  [K_U16] = { &ffi_type_uint16, 2, 0, FFI_FN (callee_u16) },
  [K_S16] = { &ffi_type_sint16, 2, 1, FFI_FN (callee_s16) },
  [K_U32] = { &ffi_type_uint32, 4, 0, FFI_FN (callee_u32) },
  [K_S32] = { &ffi_type_sint32, 4, 1, FFI_FN (callee_s32) },
  [K_U64] = { &ffi_type_uint64, 8, 0, FFI_FN (callee_u64) },
  [K_S64] = { &ffi_type_sint64, 8, 1, FFI_FN (callee_s64) },
  [K_PTR] = { &ffi_type_pointer, 8, 0, FFI_FN (callee_ptr) },
  [K_FLOAT] = { &ffi_type_float, 4, 0, FFI_FN (callee_float) },
  [K_DOUBLE] = { &ffi_type_double, 8, 0, FFI_FN (callee_double) },
  [K_LDOUBLE] = { &ffi_type_longdouble, 10, 0, FFI_FN (callee_ldouble) },
  [K_VOID] = { &ffi_type_void, 0, 0, FFI_FN (callee_void) },
};

struct input {
  const uint8_t *p;
  size_t n;
};

static unsigned
byte (struct input *in)
{
  if (in->n == 0)
    return 0;
  in->n--;
  return *in->p++;
}

static uint64_t
bytes (struct input *in, unsigned n)
{
  uint64_t v = 0;
  unsigned i;
  for (i = 0; i < n; i++)
    v |= (uint64_t) byte (in) << (8 * i);
  return v;
}

/* v (the low size bytes are the value) extended to 64 bits.  */
static uint64_t
extend (uint64_t v, unsigned size, int is_signed)
{
  unsigned shift = 64 - 8 * size;
  if (size >= 8)
    return v;
  v = v << shift;
  return is_signed ? (uint64_t) ((int64_t) v >> shift) : v >> shift;
}

/* A long double made from the input by arithmetic, so it is a valid x87
   value (random 80-bit patterns include encodings x87 refuses).  */
static long double
make_ldouble (struct input *in)
{
  int64_t m = (int64_t) bytes (in, 8);
  int e = (int) (byte (in) % 64) - 32;
  long double x = (long double) m;
  while (e > 0)
    x *= 1024.0L, e--;
  while (e < 0)
    x /= 1024.0L, e++;
  return x;
}

static void
fail (const char *what, unsigned i, uint64_t got, uint64_t want)
{
  fprintf (stderr, "fuzz_call: %s %u: got 0x%llx, expected 0x%llx\n", what, i,
           (unsigned long long) got, (unsigned long long) want);
  abort ();
}

/* Checks where one argument arrived: in the model's register or slot,
   the low size bytes are the value; an integer narrower than 32 bits is
   extended to 32 at least, as compilers expect of callers.  */
static void
check_arrival (unsigned i, enum kind k, uint64_t got, uint64_t want)
{
  uint64_t mask;

  if (k <= K_PTR)
    {
      unsigned size = kinds[k].size < 4 ? 4 : kinds[k].size;
      want = extend (want, kinds[k].size, kinds[k].is_signed);
      mask = size == 8 ? ~(uint64_t) 0 : ((uint64_t) 1 << (8 * size)) - 1;
    }
  else
    mask = kinds[k].size == 8 ? ~(uint64_t) 0 : 0xffffffffu;
  if ((got & mask) != (want & mask))
    fail ("argument", i, got, want);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct input in = { data, size };
  ffi_type *types[MAX_ARGS];
  enum kind kind_of[MAX_ARGS];
  union {
    uint64_t u;
    long double ld;
    unsigned char b[16];
  } values[MAX_ARGS], result;
  void *avalue[MAX_ARGS];
  unsigned nargs, i, ngpr = 0, nsse = 0, slot = 0;
  enum kind rkind = (enum kind) (byte (&in) % NKINDS);
  unsigned flags = byte (&in);
  ffi_cif cif;

  /* The signature and the values, while the model says they fit.  */
  nargs = byte (&in) % (MAX_ARGS + 1);
  for (i = 0; i < nargs; i++)
    {
      enum kind k = (enum kind) (byte (&in) % K_VOID);
      unsigned need = k == K_LDOUBLE ? ((slot + 1) & ~1u) + 2 : slot + 1;
      if (need > NSTACK)
        break;
      memset (&values[i], 0, sizeof values[i]);
      if (k == K_LDOUBLE)
        values[i].ld = make_ldouble (&in);
      else
        values[i].u = bytes (&in, kinds[k].size);
      kind_of[i] = k;
      types[i] = kinds[k].type;
      avalue[i] = &values[i];
      if (k == K_LDOUBLE)
        slot = need;
      else if (k >= K_FLOAT ? nsse < NSSE : ngpr < NGPR)
        k >= K_FLOAT ? nsse++ : ngpr++;
      else
        slot++;
    }
  nargs = i;
  if (rkind == K_LDOUBLE)
    ret_ld = make_ldouble (&in);
  else
    ret_bits = bytes (&in, 8);

  if (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, nargs, kinds[rkind].type, types)
      != FFI_OK)
    {
      fprintf (stderr, "fuzz_call: ffi_prep_cif refused a scalar signature\n");
      abort ();
    }

  /* One or two calls with the same cif, with or without a result.  */
  for (unsigned call = 0; call < 1 + (flags & 1); call++)
    {
      int discard = (flags >> 1) & 1;
      memset (&seen, 0, sizeof seen);
      memset (&result, 0xa5, sizeof result);
      ffi_call (&cif, kinds[rkind].callee, discard ? NULL : &result,
                nargs ? avalue : NULL);
      if (!seen.called)
        fail ("callee not called", 0, 0, 1);

      ngpr = nsse = slot = 0;
      for (i = 0; i < nargs; i++)
        {
          enum kind k = kind_of[i];
          if (k == K_LDOUBLE)
            {
              slot = (slot + 1) & ~1u;
              if (memcmp (&seen.stack[slot], values[i].b, 10) != 0)
                fail ("long double argument", i, seen.stack[slot],
                      values[i].u);
              slot += 2;
            }
          else if (k >= K_FLOAT && nsse < NSSE)
            check_arrival (i, k, seen.sse[nsse++], values[i].u);
          else if (k < K_FLOAT && ngpr < NGPR)
            check_arrival (i, k, seen.gpr[ngpr++], values[i].u);
          else
            check_arrival (i, k, seen.stack[slot++], values[i].u);
        }

      if (discard || rkind == K_VOID)
        continue;
      if (rkind == K_LDOUBLE)
        {
          if (memcmp (result.b, &ret_ld, 10) != 0)
            fail ("long double result", 0, result.u, 0);
        }
      else if (rkind == K_FLOAT || rkind == K_DOUBLE)
        {
          if (memcmp (result.b, &ret_bits, kinds[rkind].size) != 0)
            fail ("floating result", 0, result.u, ret_bits);
        }
      else
        {
          /* Integral results are widened to a whole ffi_arg.  */
          ffi_arg want = (ffi_arg) extend (ret_bits, kinds[rkind].size,
                                           kinds[rkind].is_signed);
          if (*(ffi_arg *) result.b != want)
            fail ("integer result", 0, *(ffi_arg *) result.b, want);
        }
    }
  return 0;
}

#else /* not x86-64 System V */

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  (void) data;
  (void) size;
  return 0;
}

#endif
