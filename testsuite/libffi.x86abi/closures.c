/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* Closures in the convention under test (x86abi.exp builds this once
   per convention): for every signature of sigs.h a caller that knows
   nothing of libffi puts the arguments where the hand-written layout
   says and calls the closure, which must find them, return the result
   where the convention wants it and pop exactly what the callee pops.
   The same for raw closures (whose handler gets an ffi_raw array), Go
   closures (the closure in the static chain register: ecx, or eax for
   fastcall and thiscall; none for register), classic trampolines in
   caller-allocated executable memory when the process may have some,
   and, where GCC has an attribute for the convention, GCC's own calls
   through typed pointers.  */

#include "sigs.h"
#include <sys/mman.h>

static unsigned handler_calls;

static void
check_args (const struct sig *s, void **args)
{
  unsigned i;
  for (i = 0; i < s->nargs; i++)
    check_arg (s, i, args[i]);
}

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  const struct sig *s = user_data;
  CHECK (cif->nargs == s->nargs && cif->rtype == s->rtype);
  check_args (s, args);
  store_expected_result (s, ret);
  handler_calls++;
}

static const struct sig *raw_sig;

static void
raw_handler (ffi_cif *cif, void *ret, ffi_raw *raw, void *user_data)
{
  void *args[8];
  CHECK (user_data == raw_sig);
  ffi_raw_to_ptrarray (cif, raw, args);
  check_args (raw_sig, args);
  store_expected_result (raw_sig, ret);
  handler_calls++;
}

static ffi_go_closure go;

static void
go_handler (ffi_cif *cif, void *ret, void **args, void *closure)
{
  const struct sig *s = raw_sig;
  CHECK (closure == &go);
  CHECK (cif == go.cif);
  check_args (s, args);
  store_expected_result (s, ret);
  handler_calls++;
}

/* Calls code as signature s through rec_caller, with chain (if not 0)
   in the static chain register, and checks the result and the pops.  */
static void
call_through (const struct sig *s, void *code, uint32_t chain)
{
  const struct layout *l = LAYOUT (s);
  union { S12 st; unsigned char b[16]; } sret, want;
  struct image im;
  unsigned before = handler_calls;

  memset (&sret, 0, sizeof sret);
  build_image (s, &sret, &im);
  memcpy (call_regs, im.regs, sizeof call_regs);
  memcpy (call_stack, im.stack, sizeof call_stack);
  if (chain != 0)
    call_regs[X86ABI == FFI_FASTCALL || X86ABI == FFI_THISCALL
              ? R_EAX : R_ECX] = chain;
  call_x87 = ret_kind (s) == RET_X87;
  got_pop = 0xdead;
  rec_caller ((void (*) (void)) code);

  CHECK_EQ_UINT (handler_calls, before + 1);
  if (got_pop != l->pop)
    {
      fprintf (stderr, "%s: the closure popped %u bytes, expected %u\n",
               s->name, (unsigned) got_pop, l->pop);
      abort ();
    }
  store_expected_result (s, &want);
  switch (ret_kind (s))
    {
    case RET_INT32:
      CHECK_EQ_UINT (got_eax, *(ffi_arg *) &want);
      break;
    case RET_INT64:
      CHECK_EQ_UINT (got_eax | (uint64_t) got_edx << 32, *(uint64_t *) &want);
      break;
    case RET_X87:
      if (s->rtype->type == FFI_TYPE_FLOAT)
        CHECK_EQ_FLT (got_st0, *(float *) &want);
      else if (s->rtype->type == FFI_TYPE_DOUBLE)
        CHECK_EQ_FLT (got_st0, *(double *) &want);
      else
        CHECK_EQ_FLT (got_st0, *(long double *) &want);
      break;
    case RET_STRUCT:
      /* Written through the hidden pointer, which comes back in eax.  */
      CHECK_EQ_UINT (got_eax, (uintptr_t) &sret);
      CHECK (memcmp (&sret, &want, s->rtype->size) == 0);
      break;
    }
}

static void
run (struct sig *s)
{
  ffi_cif cif;
  ffi_closure *cl;
  ffi_raw_closure *rcl;
  void *code;

  check_layout_sane (s);
  CHECK_OK (ffi_prep_cif (&cif, X86ABI, s->nargs, s->rtype, s->atypes));

  /* A closure from ffi_closure_alloc.  */
  cl = ffi_closure_alloc (sizeof *cl, &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, s, code));
  call_through (s, code, 0);
#if X86ABI_HAS_ATTR
  handler_calls = 0;
  native_call (s, (void (*) (void)) code, 1);
  CHECK_EQ_UINT (handler_calls, 1);
#endif
  ffi_closure_free (cl);

  /* A raw closure.  */
  raw_sig = s;
  rcl = ffi_closure_alloc (sizeof *rcl, &code);
  CHECK (rcl != NULL);
  CHECK_OK (ffi_prep_raw_closure_loc (rcl, &cif, raw_handler, s, code));
  call_through (s, code, 0);
  ffi_closure_free (rcl);

  /* A Go closure.  */
  if (X86ABI == FFI_REGISTER)
    CHECK_EQ_INT (ffi_prep_go_closure (&go, &cif, go_handler), FFI_BAD_ABI);
  else
    {
      CHECK_OK (ffi_prep_go_closure (&go, &cif, go_handler));
      call_through (s, go.tramp, (uint32_t) (uintptr_t) &go);
    }

  /* Classic trampolines in memory the caller made executable; a process
     under MDWE cannot have such memory.  */
  {
    char *page = mmap (NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page != MAP_FAILED)
      {
        ffi_closure *lc = (ffi_closure *) page;
        ffi_raw_closure *lr = (ffi_raw_closure *) (page + 64);
        CHECK_OK (ffi_prep_closure_loc (lc, &cif, handler, s, lc));
        call_through (s, lc, 0);
        CHECK_OK (ffi_prep_raw_closure_loc (lr, &cif, raw_handler, s, lr));
        call_through (s, lr, 0);
        munmap (page, 4096);
      }
    else
      CHECK (test_mdwe_mode ());
  }
}

#if X86ABI_HAS_ATTR
/* A variadic closure: GCC's variadic calls never pop and never use
   registers, whatever the attribute.  */
static void
var_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  int n = *(int *) args[0], i, r = 0;
  CHECK (user_data == NULL);
  CHECK_EQ_UINT (cif->nargs, (unsigned) n + 1);
  for (i = 1; i <= n; i++)
    r += *(int *) args[i] * i;
  *(ffi_sarg *) ret = r - n;
  handler_calls++;
}

typedef int (X86ABI_ATTR *var_fn) (int, ...);

static void
run_variadic (void)
{
  ffi_cif cif;
  ffi_type *t[4] = { &ffi_type_sint, &ffi_type_sint, &ffi_type_sint,
                     &ffi_type_sint };
  ffi_closure *cl;
  void *code;

  CHECK_OK (ffi_prep_cif_var (&cif, X86ABI, 1, 4, &ffi_type_sint, t));
  cl = ffi_closure_alloc (sizeof *cl, &code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &cif, var_handler, NULL, code));
  handler_calls = 0;
  CHECK_EQ_INT (((var_fn) code) (3, 10, -20, 30), 10 - 40 + 90 - 3);
  CHECK_EQ_UINT (handler_calls, 1);
  ffi_closure_free (cl);
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
