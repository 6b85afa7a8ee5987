/* SPDX-License-Identifier: MIT */
/* The test signatures of libffi.x86abi and, for each of the seven
   conventions, where their arguments go.  Offsets are bytes from the
   first stack argument (4(%esp) at the callee's entry).

   The rules behind the tables (see src/x86/ffi.c for the long version):
   System V pushes right to left in 4-byte units and the callee pops the
   hidden pointer; stdcall pops everything; ms_cdecl pops nothing;
   fastcall puts integers of at most 4 bytes in ecx, edx and thiscall in
   ecx, where a stack argument uses up its words' worth of registers
   unless GCC gives it a floating mode (float, double, long double,
   struct {double}); pascal pushes left to right and pops; register puts
   the first three integers in eax, edx, ecx, pushes the rest left to
   right and pops.  */

#ifndef STUBFFI_X86ABI_SIGS_H
#define STUBFFI_X86ABI_SIGS_H

#include "x86abi.h"

typedef struct { int x; } I1;
typedef struct { double d; } D1;
typedef struct { char c[3]; } C3;
typedef struct { int a, b, c; } S12;

static ffi_type *i1_el[] = { &ffi_type_sint, NULL };
static ffi_type i1_type = { 0, 0, FFI_TYPE_STRUCT, i1_el };
static ffi_type *d1_el[] = { &ffi_type_double, NULL };
static ffi_type d1_type = { 0, 0, FFI_TYPE_STRUCT, d1_el };
static ffi_type *c3_el[] = { &ffi_type_schar, &ffi_type_schar,
                             &ffi_type_schar, NULL };
static ffi_type c3_type = { 0, 0, FFI_TYPE_STRUCT, c3_el };
static ffi_type *s12_el[] = { &ffi_type_sint, &ffi_type_sint,
                              &ffi_type_sint, NULL };
static ffi_type s12_type = { 0, 0, FFI_TYPE_STRUCT, s12_el };

/* s1: int (int, int, int, int) */
static int s1_a = -0x1234567, s1_b = 0x7654321, s1_c = -3, s1_d = 0x5a5a5a5a;
static const int s1_ret = 0x13572468;
/* s2: int64_t (int8_t, int64_t, int16_t, int32_t) */
static int8_t s2_a = -0x55;
static int64_t s2_b = 0x0123456789abcdefLL;
static int16_t s2_c = -0x1234;
static int32_t s2_d = 0x76543210;
static const int64_t s2_ret = -0x123456789abcdefLL;
/* s3: double (float, double, int, I1, int) */
static float s3_a = 1.5f;
static double s3_b = -0x1.23456789abcdep+10;
static int s3_c = 77;
static I1 s3_d = { -99 };
static int s3_e = 0x31415926;
static const double s3_ret = 0x1.fffp+3;
/* s4: S12 (int, D1, int) */
static int s4_a = 5;
static D1 s4_b = { 0x1.5p-3 };
static int s4_c = -6;
static const S12 s4_ret = { 7, -8, 9 };
/* s5: float (D1, int, int) */
static D1 s5_a = { -2.75 };
static int s5_b = 0x12345678, s5_c = -0x789;
static const float s5_ret = -0.375f;
/* s6: long double (long double, uint8_t, C3, uint16_t, int) */
static long double s6_a = -0x1.23456789abcdef12p+100L;
static uint8_t s6_b = 0xfe;
static C3 s6_c = { { 1, (char) 0x82, 3 } };
static uint16_t s6_d = 0xfedc;
static int s6_e = -1;
static const long double s6_ret = 0x1.8p-1000L;

#define NSIGS 6
static struct sig sigs[NSIGS] = {
  { "s1", &ffi_type_sint, 4,
    { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint, &ffi_type_sint },
    { &s1_a, &s1_b, &s1_c, &s1_d },
    { /* sysv */     { 16, 0, NONE, { AT (0), AT (4), AT (8), AT (12) } },
      /* stdcall */  { 16, 16, NONE, { AT (0), AT (4), AT (8), AT (12) } },
      /* fastcall */ { 8, 8, NONE, { ECX, EDX, AT (0), AT (4) } },
      /* thiscall */ { 12, 12, NONE, { ECX, AT (0), AT (4), AT (8) } },
      /* ms_cdecl */ { 16, 0, NONE, { AT (0), AT (4), AT (8), AT (12) } },
      /* pascal */   { 16, 16, NONE, { AT (12), AT (8), AT (4), AT (0) } },
      /* register */ { 4, 4, NONE, { EAX, EDX, ECX, AT (0) } } } },
  { "s2", &ffi_type_sint64, 4,
    { &ffi_type_sint8, &ffi_type_sint64, &ffi_type_sint16, &ffi_type_sint32 },
    { &s2_a, &s2_b, &s2_c, &s2_d },
    { /* sysv */     { 20, 0, NONE, { AT (0), AT (4), AT (12), AT (16) } },
      /* stdcall */  { 20, 20, NONE, { AT (0), AT (4), AT (12), AT (16) } },
      /* fastcall: the int64_t uses up edx */
                     { 16, 16, NONE, { ECX, AT (0), AT (8), AT (12) } },
      /* thiscall */ { 16, 16, NONE, { ECX, AT (0), AT (8), AT (12) } },
      /* ms_cdecl */ { 20, 0, NONE, { AT (0), AT (4), AT (12), AT (16) } },
      /* pascal */   { 20, 20, NONE, { AT (16), AT (8), AT (4), AT (0) } },
      /* register */ { 8, 8, NONE, { EAX, AT (0), EDX, ECX } } } },
  { "s3", &ffi_type_double, 5,
    { &ffi_type_float, &ffi_type_double, &ffi_type_sint, &i1_type,
      &ffi_type_sint },
    { &s3_a, &s3_b, &s3_c, &s3_d, &s3_e },
    { /* sysv */     { 24, 0, NONE,
                       { AT (0), AT (4), AT (12), AT (16), AT (20) } },
      /* stdcall */  { 24, 24, NONE,
                       { AT (0), AT (4), AT (12), AT (16), AT (20) } },
      /* fastcall: floats use up nothing, struct {int} uses up edx */
                     { 20, 20, NONE,
                       { AT (0), AT (4), ECX, AT (12), AT (16) } },
      /* thiscall */ { 20, 20, NONE,
                       { AT (0), AT (4), ECX, AT (12), AT (16) } },
      /* ms_cdecl */ { 24, 0, NONE,
                       { AT (0), AT (4), AT (12), AT (16), AT (20) } },
      /* pascal */   { 24, 24, NONE,
                       { AT (20), AT (12), AT (8), AT (4), AT (0) } },
      /* register */ { 16, 16, NONE,
                       { AT (12), AT (4), EAX, AT (0), EDX } } } },
  { "s4", &s12_type, 3,
    { &ffi_type_sint, &d1_type, &ffi_type_sint },
    { &s4_a, &s4_b, &s4_c },
    { /* sysv */     { 20, 4, AT (0), { AT (4), AT (8), AT (16) } },
      /* stdcall */  { 20, 20, AT (0), { AT (4), AT (8), AT (16) } },
      /* fastcall: the hidden pointer first */
                     { 12, 12, ECX, { EDX, AT (0), AT (8) } },
      /* thiscall */ { 16, 16, ECX, { AT (0), AT (4), AT (12) } },
      /* ms_cdecl */ { 20, 0, AT (0), { AT (4), AT (8), AT (16) } },
      /* pascal: the hidden pointer last, so lowest */
                     { 20, 20, AT (0), { AT (16), AT (8), AT (4) } },
      /* register: the hidden pointer last, in the next free register */
                     { 8, 8, ECX, { EAX, AT (0), EDX } } } },
  { "s5", &ffi_type_float, 3,
    { &d1_type, &ffi_type_sint, &ffi_type_sint },
    { &s5_a, &s5_b, &s5_c },
    { /* sysv */     { 16, 0, NONE, { AT (0), AT (8), AT (12) } },
      /* stdcall */  { 16, 16, NONE, { AT (0), AT (8), AT (12) } },
      /* fastcall: struct {double} has a floating mode: uses up nothing */
                     { 8, 8, NONE, { AT (0), ECX, EDX } },
      /* thiscall */ { 12, 12, NONE, { AT (0), ECX, AT (8) } },
      /* ms_cdecl */ { 16, 0, NONE, { AT (0), AT (8), AT (12) } },
      /* pascal */   { 16, 16, NONE, { AT (8), AT (4), AT (0) } },
      /* register */ { 8, 8, NONE, { AT (0), EAX, EDX } } } },
  { "s6", &ffi_type_longdouble, 5,
    { &ffi_type_longdouble, &ffi_type_uint8, &c3_type, &ffi_type_uint16,
      &ffi_type_sint },
    { &s6_a, &s6_b, &s6_c, &s6_d, &s6_e },
    { /* sysv */     { 28, 0, NONE,
                       { AT (0), AT (12), AT (16), AT (20), AT (24) } },
      /* stdcall */  { 28, 28, NONE,
                       { AT (0), AT (12), AT (16), AT (20), AT (24) } },
      /* fastcall: the 3-byte struct uses up edx */
                     { 24, 24, NONE,
                       { AT (0), ECX, AT (12), AT (16), AT (20) } },
      /* thiscall */ { 24, 24, NONE,
                       { AT (0), ECX, AT (12), AT (16), AT (20) } },
      /* ms_cdecl */ { 28, 0, NONE,
                       { AT (0), AT (12), AT (16), AT (20), AT (24) } },
      /* pascal */   { 28, 28, NONE,
                       { AT (16), AT (12), AT (8), AT (4), AT (0) } },
      /* register */ { 16, 16, NONE,
                       { AT (4), EAX, AT (0), EDX, ECX } } } },
};

/* The return kinds the tests tell apart.  */
enum { RET_INT32, RET_INT64, RET_X87, RET_STRUCT };

static inline int
ret_kind (const struct sig *s)
{
  switch (s->rtype->type)
    {
    case FFI_TYPE_SINT64: return RET_INT64;
    case FFI_TYPE_FLOAT:
    case FFI_TYPE_DOUBLE:
    case FFI_TYPE_LONGDOUBLE: return RET_X87;
    case FFI_TYPE_STRUCT: return RET_STRUCT;
    default: return RET_INT32;
    }
}

/* The value each signature's closure returns (and rec_callee, for the
   calls), written to a result buffer the way libffi's rvalue holds it.  */
static inline void
store_expected_result (const struct sig *s, void *ret)
{
  switch (s->name[1])
    {
    case '1': *(ffi_arg *) ret = (ffi_arg) s1_ret; break;
    case '2': *(int64_t *) ret = s2_ret; break;
    case '3': *(double *) ret = s3_ret; break;
    case '4': *(S12 *) ret = s4_ret; break;
    case '5': *(float *) ret = s5_ret; break;
    case '6': *(long double *) ret = s6_ret; break;
    default: abort ();
    }
}

/* The same value as it leaves a callee: eax, edx:eax or st0.  */
static inline void
arm_rec_callee_result (const struct sig *s, void *sret)
{
  rec_ret_x87 = 0;
  rec_ret_eax = rec_ret_edx = 0;
  switch (s->name[1])
    {
    case '1': rec_ret_eax = (uint32_t) s1_ret; break;
    case '2':
      rec_ret_eax = (uint32_t) (uint64_t) s2_ret;
      rec_ret_edx = (uint32_t) ((uint64_t) s2_ret >> 32);
      break;
    case '3': rec_ret_x87 = 1; rec_ret_st0 = s3_ret; break;
    case '4': rec_ret_eax = (uint32_t) (uintptr_t) sret; break;
    case '5': rec_ret_x87 = 1; rec_ret_st0 = s5_ret; break;
    case '6': rec_ret_x87 = 1; rec_ret_st0 = s6_ret; break;
    default: abort ();
    }
  rec_pop = LAYOUT (s)->pop;
}

/* Checks an argument against the signature's value.  */
static inline void
check_arg (const struct sig *s, unsigned i, const void *got)
{
  const ffi_type *t = s->atypes[i];
  size_t n = t->type == FFI_TYPE_LONGDOUBLE ? 10 : t->size;
  if (memcmp (got, s->values[i], n) != 0)
    {
      fprintf (stderr, "%s: argument %u differs\n", s->name, i);
      abort ();
    }
}

#if X86ABI_HAS_ATTR
/* GCC's own calls, through pointers of the convention under test.  */
typedef int (X86ABI_ATTR *s1_fn) (int, int, int, int);
typedef int64_t (X86ABI_ATTR *s2_fn) (int8_t, int64_t, int16_t, int32_t);
typedef double (X86ABI_ATTR *s3_fn) (float, double, int, I1, int);
typedef S12 (X86ABI_ATTR *s4_fn) (int, D1, int);
typedef float (X86ABI_ATTR *s5_fn) (D1, int, int);
typedef long double (X86ABI_ATTR *s6_fn) (long double, uint8_t, C3,
                                          uint16_t, int);

/* Calls fn natively as signature s, and checks what it returns when
   check_result.  */
static __attribute__ ((noinline)) void
native_call (const struct sig *s, void (*fn) (void), int check_result)
{
  switch (s->name[1])
    {
    case '1':
      {
        int r = ((s1_fn) fn) (s1_a, s1_b, s1_c, s1_d);
        if (check_result)
          CHECK_EQ_INT (r, s1_ret);
        break;
      }
    case '2':
      {
        int64_t r = ((s2_fn) fn) (s2_a, s2_b, s2_c, s2_d);
        if (check_result)
          CHECK_EQ_INT (r, s2_ret);
        break;
      }
    case '3':
      {
        double r = ((s3_fn) fn) (s3_a, s3_b, s3_c, s3_d, s3_e);
        if (check_result)
          CHECK_EQ_FLT (r, s3_ret);
        break;
      }
    case '4':
      {
        S12 r = ((s4_fn) fn) (s4_a, s4_b, s4_c);
        if (check_result)
          CHECK (r.a == s4_ret.a && r.b == s4_ret.b && r.c == s4_ret.c);
        break;
      }
    case '5':
      {
        float r = ((s5_fn) fn) (s5_a, s5_b, s5_c);
        if (check_result)
          CHECK_EQ_FLT (r, s5_ret);
        break;
      }
    case '6':
      {
        long double r = ((s6_fn) fn) (s6_a, s6_b, s6_c, s6_d, s6_e);
        if (check_result)
          CHECK_EQ_FLT (r, s6_ret);
        break;
      }
    default:
      abort ();
    }
}
#endif

#endif /* STUBFFI_X86ABI_SIGS_H */
