/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Every argument shape crossed with every return kind.

   Shapes: 0 to 6 arguments that all take integer registers (integers
   of each width and signedness, and a pointer), 1 to 8 that all take
   vector registers (floats and doubles alternating), and mixes of both
   files: 4 arguments, and all 14 registers.  Return kinds: void, every
   integer width signed and unsigned, pointer, float, double, long
   double, complex float/double/long double, the four two-eightbyte
   struct classes, a struct smaller than its registers and one returned
   in memory.  Each of the 17 x 22
   signatures is called natively through a closure from
   ffi_closure_alloc and, where W+X memory can be had (not under MDWE),
   through a legacy closure in the caller's memory, and as a Go closure
   (through the static-chain thunk of closuretest.h).  The handler
   checks every argument, the cif and user_data; the caller checks the
   result.

   On x86-64 the handler also writes narrow integer results as an
   ffi_arg whose upper bytes are garbage, and the caller reads the full
   %rax through a pointer typed as returning uint64_t: the value comes
   back extended from its own width, zero or sign as its type says,
   never with the handler's garbage.  And the handler notes where it
   returns to: each all-integer and all-vector shape gets an entry of
   its own there (ffi_prep_closure_loc chooses it), the mixed shapes
   share another, each used by every return kind that needs no
   copying, while the struct results that do go through the generic
   entry; Go closures have one entry of their own for all those.  */

#include "closuretest.h"
#include <signal.h>
#include <sys/mman.h>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

/* ---- Arguments ------------------------------------------------------ */

static int pointee;

/* Integer-register arguments by position.  */
#define GT0 int8_t
#define GT1 uint16_t
#define GT2 int32_t
#define GT3 uint64_t
#define GT4 uint8_t
#define GT5 void *
#define GV0 ((int8_t) -100)
#define GV1 ((uint16_t) 0xfedc)
#define GV2 ((int32_t) -2000000000)
#define GV3 ((uint64_t) 0xfedcba9876543210ull)
#define GV4 ((uint8_t) 0xa5)
#define GV5 ((void *) &pointee)
static ffi_type *const gpr_types[6] = {
  &ffi_type_sint8, &ffi_type_uint16, &ffi_type_sint32, &ffi_type_uint64,
  &ffi_type_uint8, &ffi_type_pointer
};

/* Vector-register arguments by position.  */
#define ST0 double
#define ST1 float
#define ST2 double
#define ST3 float
#define ST4 double
#define ST5 float
#define ST6 double
#define ST7 float
#define SV0 1.5
#define SV1 -2.25f
#define SV2 1e300
#define SV3 3.0e38f
#define SV4 -0.125
#define SV5 1.0f / 3
#define SV6 -4e-310             /* subnormal */
#define SV7 7.0f
static ffi_type *const sse_types[8] = {
  &ffi_type_double, &ffi_type_float, &ffi_type_double, &ffi_type_float,
  &ffi_type_double, &ffi_type_float, &ffi_type_double, &ffi_type_float
};

/* The shapes, named g<n> (all integer), s<n> (all vector) and mix;
   <name>_params and <name>_args below are their C signatures.  */
#define SHAPES(X)                                                        \
  X (g0) X (g1) X (g2) X (g3) X (g4) X (g5) X (g6)                       \
  X (s1) X (s2) X (s3) X (s4) X (s5) X (s6) X (s7) X (s8)                \
  X (mix) X (mix14)
/* The mixed shapes' arguments: 'g' the next integer position, 's' the
   next vector position.  */
static const char *const mix_order[2] = { "gsgs", "sgsgsgsgsgsgss" };

enum { NGPR_SHAPES = 7, NSSE_SHAPES = 8, MIX_SHAPE = 15, NSHAPES = 17 };

/* ---- Results -------------------------------------------------------- */

typedef struct { int64_t a, b; } ret_ii;
typedef struct { int64_t a; double b; } ret_id;
typedef struct { double a; int64_t b; } ret_di;
typedef struct { double a, b; } ret_dd;
typedef struct { int32_t a, b, c; } ret_partial;  /* 12 of 16 bytes */
typedef struct { int64_t a, b, c; } ret_mem;
CT_STRUCT (ii_type, &ffi_type_sint64, &ffi_type_sint64);
CT_STRUCT (id_type, &ffi_type_sint64, &ffi_type_double);
CT_STRUCT (di_type, &ffi_type_double, &ffi_type_sint64);
CT_STRUCT (dd_type, &ffi_type_double, &ffi_type_double);
CT_STRUCT (partial_type, &ffi_type_sint32, &ffi_type_sint32,
           &ffi_type_sint32);
CT_STRUCT (mem_type, &ffi_type_sint64, &ffi_type_sint64, &ffi_type_sint64);

/* A long double value, or one that a double holds where long doubles
   lose bits (valgrind).  */
static long double
ld (long double x)
{
  return test_long_double_exact () ? x : (long double) (float) x;
}

#define EQ(x, y) ((x) == (y))
#define EQ2(x, y) ((x).a == (y).a && (x).b == (y).b)
#define EQ3(x, y) (EQ2 (x, y) && (x).c == (y).c)

/* X (name, C type, ffi_type, value, equality, narrow integer: 1 unsigned,
      -1 signed, 0 not, generic entry expected).  */
#define KINDS(X, S)                                                      \
  X (S, u8, uint8_t, &ffi_type_uint8, 0xf1, EQ, 1, 0)                    \
  X (S, s8, int8_t, &ffi_type_sint8, -0x71, EQ, -1, 0)                   \
  X (S, u16, uint16_t, &ffi_type_uint16, 0xf234, EQ, 1, 0)               \
  X (S, s16, int16_t, &ffi_type_sint16, -0x7234, EQ, -1, 0)              \
  X (S, u32, uint32_t, &ffi_type_uint32, 0xf2345678u, EQ, 1, 0)          \
  X (S, s32, int32_t, &ffi_type_sint32, -0x72345678, EQ, -1, 0)          \
  X (S, u64, uint64_t, &ffi_type_uint64, 0xf23456789abcdef0ull, EQ, 0, 0) \
  X (S, s64, int64_t, &ffi_type_sint64, -0x723456789abcdef0ll, EQ, 0, 0) \
  X (S, ptr, void *, &ffi_type_pointer, (void *) &pointee, EQ, 0, 0)     \
  X (S, flt, float, &ffi_type_float, -1.5e-3f, EQ, 0, 0)                 \
  X (S, dbl, double, &ffi_type_double, 6.02e23, EQ, 0, 0)                \
  X (S, ldbl, long double, &ffi_type_longdouble, ld (1.0L / 3), EQ, 0, 0) \
  X (S, cflt, _Complex float, &ffi_type_complex_float,                   \
     ct_cmplxf (1.5f, -2.5f), EQ, 0, 0)                                  \
  X (S, cdbl, _Complex double, &ffi_type_complex_double,                 \
     ct_cmplx (1e10, -1e-10), EQ, 0, 0)                                  \
  X (S, cldbl, _Complex long double, &ffi_type_complex_longdouble,       \
     ct_cmplxl (ld (-1.0L / 7), ld (2.0L / 3)), EQ, 0, 0)                \
  X (S, ii, ret_ii, &ii_type, ((ret_ii) { -1, 0x7fffffffffffll }), EQ2, 0, 0) \
  X (S, id, ret_id, &id_type, ((ret_id) { 42, -0.5 }), EQ2, 0, 0)        \
  X (S, di, ret_di, &di_type, ((ret_di) { 1e-5, -42 }), EQ2, 0, 0)       \
  X (S, dd, ret_dd, &dd_type, ((ret_dd) { 3.5, -7.25 }), EQ2, 0, 0)      \
  X (S, partial, ret_partial, &partial_type,                             \
     ((ret_partial) { -9, 321, 7 }), EQ3, 0, 1)                          \
  X (S, mem, ret_mem, &mem_type, ((ret_mem) { 1, -2, 3 }), EQ3, 0, 1)

/* The void kind is separate: no value.  */
#define NKINDS 22
#define VOID_KIND 21

struct kind {
  const char *name;
  ffi_type *type;
  int narrow;                   /* 1 unsigned, -1 signed, 0 not */
  int generic;                  /* needs the generic entry */
  void (*store) (void *ret);    /* writes the result as the handler does */
  uint64_t (*wide) (void);      /* narrow kinds: the full %rax expected */
};

/* A narrow integer's bytes as a 64-bit value, zero- or sign-extended.  */
static uint64_t
widen (const void *p, size_t size, int narrow)
{
  uint64_t u = 0;
  if (!narrow || size >= 8)
    return 0;
  /* By the value's own width, so that big-endian targets (s390x) read
     it right too.  */
  switch (size)
    {
    case 1: u = *(const uint8_t *) p; break;
    case 2: { uint16_t h; memcpy (&h, p, 2); u = h; break; }
    default: { uint32_t w; memcpy (&w, p, 4); u = w; break; }
    }
  if (narrow < 0 && (u >> (size * 8 - 1)) & 1)
    u |= ~0ull << (size * 8);
  return u;
}

/* x86-64 loads a narrow result from the ffi_arg by its own width: make
   sure the bytes above it are ignored.  Other ports get a clean
   ffi_arg, as libffi asks of handlers.  */
static ffi_arg
dirty_upper (ffi_arg a, size_t size)
{
#if defined(__x86_64__)
  ffi_arg keep = ((ffi_arg) 1 << (size * 8)) - 1;
  return (a & keep) | (0x5a5a5a5a5a5a5a5aull & ~keep);
#else
  (void) size;
  return a;
#endif
}

/* store_<kind> writes the result as a handler must; wide_<kind> is
   the full %rax a narrow kind's caller gets.  */
#define DEFINE_STORE(S, name, T, ftype, value, eq, narrow, generic)      \
  static void                                                            \
  store_##name (void *ret)                                               \
  {                                                                      \
    T v = value;                                                         \
    if (narrow)                                                          \
      {                                                                  \
        ffi_arg a = dirty_upper ((ffi_arg) widen (&v, sizeof v, narrow), \
                                 sizeof v);                              \
        memcpy (ret, &a, sizeof a);                                      \
      }                                                                  \
    else                                                                 \
      memcpy (ret, &v, sizeof v);                                        \
  }                                                                      \
  static uint64_t                                                        \
  wide_##name (void)                                                     \
  {                                                                      \
    T v = value;                                                         \
    return widen (&v, sizeof v, narrow);                                 \
  }

KINDS (DEFINE_STORE, _)

static void
store_void (void *ret)
{
  (void) ret;
}

static uint64_t
wide_void (void)
{
  return 0;
}

#define KIND_ENTRY(S, name, T, ftype, value, eq, narrow, generic)        \
  { #name, ftype, narrow, generic, store_##name, wide_##name },
static const struct kind kinds[NKINDS] = {
  KINDS (KIND_ENTRY, _)
  { "void", &ffi_type_void, 0, 0, store_void, wide_void }
};

/* ---- The handler ------------------------------------------------------ */

struct combo {
  unsigned shape, kind;
  ffi_cif cif;
  ffi_type *args[14];
};

static struct combo combos[NSHAPES][NKINDS];
static unsigned calls;
#if defined(__x86_64__)
/* Where the handler returned to, per combination; a copy of what the
   closures from ffi_closure_alloc saw.  */
static void *returns_to[NSHAPES][NKINDS];
static void *closure_returns_to[NSHAPES][NKINDS];
#endif

static void
check_gpr_arg (unsigned i, void *p)
{
  switch (i)
    {
    case 0: CHECK (*(GT0 *) p == GV0); break;
    case 1: CHECK (*(GT1 *) p == GV1); break;
    case 2: CHECK (*(GT2 *) p == GV2); break;
    case 3: CHECK (*(GT3 *) p == GV3); break;
    case 4: CHECK (*(GT4 *) p == GV4); break;
    case 5: CHECK (*(GT5 *) p == GV5); break;
    default: CHECK (0);
    }
}

static void
check_sse_arg (unsigned i, void *p)
{
  switch (i)
    {
    case 0: CHECK (*(ST0 *) p == SV0); break;
    case 1: CHECK (*(ST1 *) p == SV1); break;
    case 2: CHECK (*(ST2 *) p == SV2); break;
    case 3: CHECK (*(ST3 *) p == SV3); break;
    case 4: CHECK (*(ST4 *) p == SV4); break;
    case 5: CHECK (*(ST5 *) p == SV5); break;
    case 6: CHECK (*(ST6 *) p == SV6); break;
    case 7: CHECK (*(ST7 *) p == SV7); break;
    default: CHECK (0);
    }
}

/* What both handlers do; RETURNS_TO is where the handler returns.  */
static void
check_and_store (struct combo *c, ffi_cif *cif, void *ret, void **args,
                 void *returns_to_here)
{
  unsigned i, g = 0, s = 0;
  /* The entry keeps the stack aligned as the ABI says: the compiler
     puts this at a 16-byte boundary by trusting it.  */
  volatile char probe[16] __attribute__((aligned (16)));

  probe[0] = 0;
  CHECK (((uintptr_t) probe & 15) == 0);
  CHECK (cif == &c->cif);
#if defined(__x86_64__)
  returns_to[c->shape][c->kind] = returns_to_here;
#else
  (void) returns_to_here;
#endif
  for (i = 0; i < cif->nargs; i++)
    {
      int sse = c->shape >= MIX_SHAPE
                ? mix_order[c->shape - MIX_SHAPE][i] == 's'
                : c->shape >= NGPR_SHAPES;
      if (sse)
        check_sse_arg (s++, args[i]);
      else
        check_gpr_arg (g++, args[i]);
    }
  kinds[c->kind].store (ret);
  calls++;
}

__attribute__((noinline)) static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  check_and_store (user_data, cif, ret, args, __builtin_return_address (0));
}

/* A Go closure is its handler's fourth argument: the combination is
   found next to it.  */
struct go_combo {
  ffi_go_closure gc;
  struct combo *combo;
};

__attribute__((noinline)) static void
go_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  struct go_combo *g = closure;
  check_and_store (g->combo, cif, ret, args, __builtin_return_address (0));
}

/* ---- The native calls -------------------------------------------------- */

/* call_<shape>_<kind> (code): calls code as the C function of that
   signature and checks the result.  */
#define DEFINE_CALL(S, name, T, ftype, value, eq, narrow, generic)       \
  static void                                                            \
  call_##S##_##name (void *code)                                         \
  {                                                                      \
    T expect = value;                                                    \
    T got = ((T (*) (S##_params)) code) (S##_args);                      \
    CHECK (eq (got, expect));                                            \
  }
#define DEFINE_SHAPE_CALLS(S)                                            \
  KINDS (DEFINE_CALL, S)                                                 \
  static void                                                            \
  call_##S##_void (void *code)                                           \
  {                                                                      \
    ((void (*) (S##_params)) code) (S##_args);                           \
  }                                                                      \
  /* The whole %rax of a narrow result.  */                              \
  static uint64_t                                                        \
  call_##S##_wide (void *code)                                           \
  {                                                                      \
    return ((uint64_t (*) (S##_params)) code) (S##_args);                \
  }

/* Parameter and argument lists by shape name, for the macros above.  */
#define g0_params void
#define g0_args
#define g1_params GT0
#define g1_args GV0
#define g2_params GT0, GT1
#define g2_args GV0, GV1
#define g3_params GT0, GT1, GT2
#define g3_args GV0, GV1, GV2
#define g4_params GT0, GT1, GT2, GT3
#define g4_args GV0, GV1, GV2, GV3
#define g5_params GT0, GT1, GT2, GT3, GT4
#define g5_args GV0, GV1, GV2, GV3, GV4
#define g6_params GT0, GT1, GT2, GT3, GT4, GT5
#define g6_args GV0, GV1, GV2, GV3, GV4, GV5
#define s1_params ST0
#define s1_args SV0
#define s2_params ST0, ST1
#define s2_args SV0, SV1
#define s3_params ST0, ST1, ST2
#define s3_args SV0, SV1, SV2
#define s4_params ST0, ST1, ST2, ST3
#define s4_args SV0, SV1, SV2, SV3
#define s5_params ST0, ST1, ST2, ST3, ST4
#define s5_args SV0, SV1, SV2, SV3, SV4
#define s6_params ST0, ST1, ST2, ST3, ST4, ST5
#define s6_args SV0, SV1, SV2, SV3, SV4, SV5
#define s7_params ST0, ST1, ST2, ST3, ST4, ST5, ST6
#define s7_args SV0, SV1, SV2, SV3, SV4, SV5, SV6
#define s8_params ST0, ST1, ST2, ST3, ST4, ST5, ST6, ST7
#define s8_args SV0, SV1, SV2, SV3, SV4, SV5, SV6, SV7
#define mix_params GT0, ST0, GT1, ST1
#define mix_args GV0, SV0, GV1, SV1
#define mix14_params ST0, GT0, ST1, GT1, ST2, GT2, ST3, GT3, ST4, GT4, ST5, \
  GT5, ST6, ST7
#define mix14_args SV0, GV0, SV1, GV1, SV2, GV2, SV3, GV3, SV4, GV4, SV5,   \
  GV5, SV6, SV7

SHAPES (DEFINE_SHAPE_CALLS)

typedef void (*call_fn) (void *);
typedef uint64_t (*wide_fn) (void *);

#define CALL_ENTRY(S, name, T, ftype, value, eq, narrow, generic)        \
  call_##S##_##name,
#define SHAPE_CALLS(S)                                                   \
  { KINDS (CALL_ENTRY, S) call_##S##_void },
static const call_fn calls_by[NSHAPES][NKINDS] = { SHAPES (SHAPE_CALLS) };

#define SHAPE_WIDE(S) call_##S##_wide,
static const wide_fn wide_by[NSHAPES] = { SHAPES (SHAPE_WIDE) };

/* ---- Running the matrix ------------------------------------------------- */

static void
prep_combo (struct combo *c, unsigned shape, unsigned kind)
{
  unsigned n, i;

  c->shape = shape;
  c->kind = kind;
  if (shape < NGPR_SHAPES)
    for (n = shape, i = 0; i < n; i++)
      c->args[i] = gpr_types[i];
  else if (shape < MIX_SHAPE)
    for (n = shape - NGPR_SHAPES + 1, i = 0; i < n; i++)
      c->args[i] = sse_types[i];
  else
    {
      const char *order = mix_order[shape - MIX_SHAPE];
      unsigned g = 0, s = 0;
      for (n = (unsigned) strlen (order), i = 0; i < n; i++)
        c->args[i] = order[i] == 's' ? sse_types[s++] : gpr_types[g++];
    }
  CHECK_OK (ffi_prep_cif (&c->cif, FFI_DEFAULT_ABI, n, kinds[kind].type,
                          c->args));
}

/* The combination being run, named when a check fails.  */
static const char *const shape_names[NSHAPES] = {
#define SHAPE_NAME(S) #S,
  SHAPES (SHAPE_NAME)
};
static unsigned current_shape, current_kind;
static const char *current_closure;

static void
name_combo (int sig)
{
  fprintf (stderr, "while calling the %s closure of shape %s, kind %s\n",
           current_closure, shape_names[current_shape],
           kinds[current_kind].name);
  signal (sig, SIG_DFL);
  raise (sig);
}

/* Calls code as combination (shape, kind), which it must implement.  */
static void
run_combo (void *code, unsigned shape, unsigned kind)
{
  const struct kind *k = &kinds[kind];
  unsigned before = calls;

  current_shape = shape;
  current_kind = kind;
  calls_by[shape][kind] (code);
  CHECK_EQ_UINT (calls, before + 1);
  if (k->narrow)
    {
      uint64_t got = wide_by[shape] (code), want = k->wide ();
      CHECK_EQ_UINT (calls, before + 2);
#if defined(__x86_64__)
      if (got != want)
        {
          fprintf (stderr, "%s result of shape %u: %%rax 0x%llx, expected "
                   "0x%llx\n", k->name, shape, (unsigned long long) got,
                   (unsigned long long) want);
          abort ();
        }
#else
      /* Other ports widen as their ABI has it.  */
      (void) got;
      (void) want;
#endif
    }
}

static void
run_alloc (void)
{
  unsigned shape, kind;

  current_closure = "ffi_closure_alloc";
  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      {
        ffi_closure *cl;
        void *code = ct_make_closure (&cl, &combos[shape][kind].cif, handler,
                                      &combos[shape][kind]);
        run_combo (code, shape, kind);
        ffi_closure_free (cl);
      }
}

/* Legacy closures: in W+X memory of the caller's, as old clients make
   them.  Returns 0 if there is no such memory (MDWE).  */
static int
run_legacy (void)
{
  size_t len = 4096;
  unsigned shape, kind;
  ffi_closure *cl;
  void *mem;

  if (test_mdwe_mode ())
    return 0;
  mem = mmap (NULL, len, PROT_READ | PROT_WRITE | PROT_EXEC,
              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    return 0;
  cl = mem;
  current_closure = "legacy";
  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      {
        CHECK_OK (ffi_prep_closure (cl, &combos[shape][kind].cif, handler,
                                    &combos[shape][kind]));
        run_combo ((void *) cl, shape, kind);
      }
  munmap (mem, len);
  return 1;
}

#if defined(__x86_64__)
/* Each shape has an entry of its own (the mixed ones share one), used by
   all the return kinds that need no copying; the rest return into the
   generic entry's C half, whatever the shape.  */
static void
check_entries (void)
{
  unsigned shape, other, kind;

  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      {
        void *seen = returns_to[shape][kind];
        int fast = !kinds[kind].generic;
        CHECK (seen != NULL);
        if (fast)
          CHECK (seen == returns_to[shape][0]);
        for (other = 0; other < NSHAPES; other++)
          if (!fast || (other != shape && (other < MIX_SHAPE
                                           || shape < MIX_SHAPE)))
            CHECK (seen != returns_to[other][0]);
        if (fast && shape > MIX_SHAPE)
          CHECK (seen == returns_to[MIX_SHAPE][0]);
      }
}
#endif

/* Go closures: through the static-chain thunk of closuretest.h, with
   the same calls.  */
static int
run_go (void)
{
#if CT_HAVE_CHAIN_THUNKS
  unsigned shape, kind;
  struct go_combo g;

  current_closure = "Go";
  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      {
        g.combo = &combos[shape][kind];
        CHECK_OK (ffi_prep_go_closure (&g.gc, &g.combo->cif, go_handler));
        CT_ARM_GO_CLOSURE (g.gc);
        run_combo (CT_CHAIN_CALL (void *), shape, kind);
      }
  return 1;
#else
  return 0;
#endif
}

#if defined(__x86_64__)
/* Go closures of every shape share one entry, apart from the closures'
   entries, for the return kinds that need no copying.  */
static void
check_go_entries (void)
{
  void *go = returns_to[0][0];
  unsigned shape, other, kind;

  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      {
        void *seen = returns_to[shape][kind];
        CHECK (seen != NULL);
        if (!kinds[kind].generic)
          CHECK (seen == go);
        else
          CHECK (seen != go);
        for (other = 0; other < NSHAPES; other++)
          CHECK (seen != closure_returns_to[other][0]);
      }
}
#endif

int
main (void)
{
  unsigned shape, kind;
  int legacy, go;

  signal (SIGABRT, name_combo);
  for (shape = 0; shape < NSHAPES; shape++)
    for (kind = 0; kind < NKINDS; kind++)
      prep_combo (&combos[shape][kind], shape, kind);

  run_alloc ();
#if defined(__x86_64__)
  check_entries ();
  memcpy (closure_returns_to, returns_to, sizeof returns_to);
  memset (returns_to, 0, sizeof returns_to);
#endif
  legacy = run_legacy ();
#if defined(__x86_64__)
  if (legacy)
    check_entries ();
  memset (returns_to, 0, sizeof returns_to);
#endif
  go = run_go ();
#if defined(__x86_64__)
  if (go)
    check_go_entries ();
#endif
  printf ("%u calls, legacy closures %s, Go closures %s\n", calls,
          legacy ? "too" : "skipped (no W+X memory)",
          go ? "too" : "skipped (no static-chain thunk)");
  return 0;
}
