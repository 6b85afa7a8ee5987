/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* ffi_call, ffi_call_go and ffi_raw_call in the convention under test
   (x86abi.exp builds this once per convention): for every signature of
   sigs.h, the registers and stack words the callee receives are exactly
   the hand-written layout's, and the result comes back.  Where GCC has
   an attribute for the convention, the layout is first checked against
   GCC's own call of the same recording callee.  Variadic calls of a
   callee-pop convention follow GCC too: stdcall becomes System V,
   fastcall and thiscall become MS cdecl (no registers, nothing
   popped).  */

#include "sigs.h"

static void
check_result (const struct sig *s, const void *got)
{
  unsigned char want[16];
  store_expected_result (s, want);
  if (ret_kind (s) == RET_INT32)
    CHECK_EQ_UINT (*(const ffi_arg *) got, *(const ffi_arg *) want);
  else
    CHECK (memcmp (got, want, s->rtype->type == FFI_TYPE_LONGDOUBLE
                              ? 10 : s->rtype->size) == 0);
}

static int chain_register (void)
{
  return X86ABI == FFI_FASTCALL || X86ABI == FFI_THISCALL ? R_EAX : R_ECX;
}

static void
run (struct sig *s)
{
  ffi_cif cif;
  struct image im;
  union { long double ld; S12 st; int64_t i; unsigned char b[16]; } rv, sret;
  ffi_raw raw[32];

  check_layout_sane (s);
  CHECK_OK (ffi_prep_cif (&cif, X86ABI, s->nargs, s->rtype, s->atypes));

#if X86ABI_HAS_ATTR
  /* The table against GCC: the hidden pointer is GCC's own buffer, so
     only its place is checked.  */
  arm_rec_callee_result (s, &sret);
  rec_calls = 0;
  native_call (s, rec_callee, 0);
  CHECK_EQ_UINT (rec_calls, 1);
  build_image (s, NULL, &im);
  if (ret_kind (s) == RET_STRUCT)
    {
      const struct layout *l = LAYOUT (s);
      if (l->sret.reg != ON_STACK)
        im.regs[l->sret.reg] = rec_regs[l->sret.reg];
      else
        memcpy (im.stack + l->sret.off,
                (unsigned char *) rec_stack + l->sret.off, 4);
    }
  check_record ("GCC's call", s, &im);
#endif

  /* ffi_call.  */
  void *rvalue = ret_kind (s) == RET_STRUCT ? (void *) &sret : (void *) &rv;
  arm_rec_callee_result (s, rvalue);
  if (ret_kind (s) == RET_STRUCT)
    /* The callee does not write the struct: ffi_call must leave it to
       the callee, so it is whatever was there.  */
    store_expected_result (s, &sret);
  memset (&rv, 0x5a, sizeof rv);
  rec_calls = 0;
  ffi_call (&cif, rec_callee, rvalue, s->values);
  CHECK_EQ_UINT (rec_calls, 1);
  build_image (s, rvalue, &im);
  check_record ("ffi_call", s, &im);
  check_result (s, rvalue);

  /* ffi_raw_call: the same call from the raw array.  */
  CHECK (ffi_raw_size (&cif) <= sizeof raw);
  ffi_ptrarray_to_raw (&cif, s->values, raw);
  memset (&rv, 0x5a, sizeof rv);
  rec_calls = 0;
  ffi_raw_call (&cif, rec_callee, rvalue, raw);
  CHECK_EQ_UINT (rec_calls, 1);
  check_record ("ffi_raw_call", s, &im);
  check_result (s, rvalue);

  /* ffi_call_go: the static chain arrives in its register.  */
  memset (&rv, 0x5a, sizeof rv);
  rec_calls = 0;
  ffi_call_go (&cif, rec_callee, rvalue, s->values, (void *) 0xC0FFEE42);
  CHECK_EQ_UINT (rec_calls, 1);
  check_record ("ffi_call_go", s, &im);
  check_result (s, rvalue);
  if (!(im.reg_mask >> chain_register () & 1))
    CHECK_EQ_UINT (rec_regs[chain_register ()], 0xC0FFEE42);
}

#if X86ABI_HAS_ATTR
static int var_calls;

/* GCC ignores stdcall, fastcall and thiscall on a variadic function: it
   takes everything on the stack and pops nothing (System V's hidden
   pointer pop aside).  */
static X86ABI_ATTR S12
var_callee (int n, ...)
{
  va_list ap;
  S12 r = { 0, 0, 0 };
  int i;
  va_start (ap, n);
  for (i = 0; i < n; i++)
    r.a += va_arg (ap, int) * (i + 1);
  r.b = va_arg (ap, int);
  va_end (ap);
  r.c = n;
  var_calls++;
  return r;
}

static X86ABI_ATTR int
var_int_callee (int n, ...)
{
  va_list ap;
  int r = 0, i;
  va_start (ap, n);
  for (i = 0; i < n; i++)
    r += va_arg (ap, int) * (i + 1);
  va_end (ap);
  var_calls++;
  return r - n;
}

static void
run_variadic (void)
{
  ffi_cif cif;
  ffi_type *t[5] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint,
                     &ffi_type_sint, &ffi_type_sint };
  int n = 3, a = 10, b = -20, c = 30, d = 0x5eed;
  void *v[5] = { &n, &a, &b, &c, &d };
  ffi_arg r;
  S12 s;

  CHECK_OK (ffi_prep_cif_var (&cif, X86ABI, 1, 4, &ffi_type_sint, t));
  ffi_call (&cif, FFI_FN (var_int_callee), &r, v);
  CHECK_EQ_INT ((int) r, 10 - 40 + 90 - 3);
  CHECK_OK (ffi_prep_cif_var (&cif, X86ABI, 1, 5, &s12_type, t));
  memset (&s, 0, sizeof s);
  ffi_call (&cif, FFI_FN (var_callee), &s, v);
  CHECK_EQ_INT (s.a, 60);
  CHECK_EQ_INT (s.b, 0x5eed);
  CHECK_EQ_INT (s.c, 3);
  CHECK_EQ_INT (var_calls, 2);
}
#endif

int
main (void)
{
  int i;
  for (i = 0; i < NSIGS; i++)
    run (&sigs[i]);
#if X86ABI_HAS_ATTR
  run_variadic ();
#endif
  printf ("%d signatures\n", NSIGS);
  return 0;
}

/* { dg-output "6 signatures" } */
