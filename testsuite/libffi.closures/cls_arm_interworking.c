/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 32-bit Arm: closures called from Arm-state and from Thumb code.

   The trampolines and the closure entries are Arm-state code at even
   addresses: a caller in either state calls them through a register
   (blx), which switches to Arm state on an even address, and they return
   with bx lr, which goes back to the caller's state.  Here the same
   closures (a plain one, one with floating-point arguments and a struct
   result, and a tier-2 trampoline) are called from a function
   compiled for Arm state and from one compiled for Thumb (Thumb-2 on
   armhf, Thumb-1 on armel's Armv5TE); the tier-2 trampolines as well.  */

#include "closuretest.h"

#if defined(__arm__)

typedef struct { short a; char b; } small;      /* 4 bytes: in r0 */
typedef int (*int_fn) (int, int);
typedef small (*mix_fn) (float, double, int, float);

static ffi_cif int_cif, mix_cif;
static int tag = 100;
static unsigned calls;

static void
int_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &int_cif);
  CT_RET_SINT (ret, *(int *) args[0] * 10 + *(int *) args[1]
                    + *(int *) user_data);
  calls++;
}

static void
mix_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  small r;
  CHECK (cif == &mix_cif);
  CHECK (user_data == &tag);
  CHECK_EQ_FLT (*(float *) args[0], 1.5f);
  CHECK_EQ_FLT (*(double *) args[1], -2.25);
  CHECK_EQ_INT (*(int *) args[2], 7);
  CHECK_EQ_FLT (*(float *) args[3], 0.125f);
  r.a = -1234;
  r.b = 'z';
  *(small *) ret = r;
  calls++;
}

#define CALLERS(state)                                                   \
  __attribute__((target (#state), noinline)) static int                  \
  call_int_##state (void *code, int a, int b)                            \
  {                                                                      \
    int_fn volatile f = (int_fn) (uintptr_t) code;                      \
    return f (a, b) + 1;                                                 \
  }                                                                      \
  __attribute__((target (#state), noinline)) static small                \
  call_mix_##state (void *code)                                          \
  {                                                                      \
    mix_fn volatile f = (mix_fn) (uintptr_t) code;                      \
    return f (1.5f, -2.25, 7, 0.125f);                                   \
  }

CALLERS (arm)
CALLERS (thumb)

static void
check_code (void *code)
{
  CHECK_EQ_INT (call_int_arm (code, 3, 4), 3 * 10 + 4 + 100 + 1);
  CHECK_EQ_INT (call_int_thumb (code, 5, 6), 5 * 10 + 6 + 100 + 1);
}

static void
check_mix (void *code)
{
  small s = call_mix_arm (code);
  CHECK_EQ_INT (s.a, -1234);
  CHECK_EQ_INT (s.b, 'z');
  s = call_mix_thumb (code);
  CHECK_EQ_INT (s.a, -1234);
  CHECK_EQ_INT (s.b, 'z');
}

int
main (void)
{
  static ffi_type *small_elems[] = { &ffi_type_sshort, &ffi_type_schar,
                                     NULL };
  static ffi_type small_type = { 0, 0, FFI_TYPE_STRUCT, small_elems };
  ffi_type *int_args[2] = { &ffi_type_sint, &ffi_type_sint };
  ffi_type *mix_args[4] = { &ffi_type_float, &ffi_type_double,
                            &ffi_type_sint, &ffi_type_float };
  static void *codes[20000];
  static ffi_closure *cls[20000];
  ffi_closure *cl;
  void *code;
  int n;

  CHECK_OK (ffi_prep_cif (&int_cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                          int_args));
  CHECK_OK (ffi_prep_cif (&mix_cif, FFI_DEFAULT_ABI, 4, &small_type,
                          mix_args));

  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);
  /* Arm state: bit 0 clear.  */
  CHECK_EQ_UINT ((uintptr_t) code & 1, 0);
  CHECK_OK (ffi_prep_closure_loc (cl, &int_cif, int_handler, &tag, code));
  check_code (code);
  CHECK_OK (ffi_prep_closure_loc (cl, &mix_cif, mix_handler, &tag, code));
  check_mix (code);
  ffi_closure_free (cl);

  /* Past tier 1 (512 trampolines in .text): a tier-2 trampoline mapped
     from the library file.  */
  for (n = 0; n < 2000; n++)
    {
      cls[n] = ffi_closure_alloc (sizeof (ffi_closure), &codes[n]);
      CHECK (cls[n] != NULL);
    }
  CHECK_EQ_UINT ((uintptr_t) codes[n - 1] & 1, 0);
  CHECK_OK (ffi_prep_closure_loc (cls[n - 1], &int_cif, int_handler, &tag,
                                  codes[n - 1]));
  check_code (codes[n - 1]);
  CHECK_OK (ffi_prep_closure_loc (cls[n - 1], &mix_cif, mix_handler, &tag,
                                  codes[n - 1]));
  check_mix (codes[n - 1]);
  while (n-- > 0)
    ffi_closure_free (cls[n]);

  CHECK_EQ_UINT (calls, 8);
  printf ("arm and thumb callers ok\n");
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
