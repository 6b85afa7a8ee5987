/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Every ABI strictly between FFI_FIRST_ABI and FFI_LAST_ABI is accepted
   by ffi_prep_cif, and FFI_DEFAULT_ABI is one of them.  On x86-64 Unix
   that means FFI_UNIX64 (the default) and also FFI_WIN64 (= FFI_EFI64)
   and FFI_GNUW64, which call Microsoft-convention (ms_abi) functions;
   such a call is made here too: first four arguments in %rcx, %rdx, %r8,
   %r9 / %xmm0-3 by position, the rest on the stack above 32 bytes of
   shadow space.  On aarch64 Linux FFI_WIN64 (the Windows-on-Arm
   convention) is taken too, as libffi 3.4.4 takes it there (measured:
   libffi.call/bad_input_table.c), and calls as FFI_SYSV.  The exception:
   i386, whose enum has a gap at 2 (FFI_SYSV is 1, FFI_THISCALL 3) that
   is no ABI there and gets FFI_BAD_ABI.  */

#include "calltest.h"

static int calls;

#if defined(__x86_64__) && !defined(_WIN32) && defined(__GNUC__)
# define HAVE_MS_ABI 1
static int64_t __attribute__ ((ms_abi))
ms_callee (int a, double b, int64_t c, float d, int e, double f)
{
  CHECK_EQ_INT (a, -0x1234567);
  CHECK_EQ_FLT (b, 0x1.23456789abcdep+3);
  CHECK_EQ_INT (c, INT64_MIN + 11);
  CHECK_EQ_FLT (d, -0x1.abcdeep-2f);
  CHECK_EQ_INT (e, 0x7654321);          /* on the stack */
  CHECK_EQ_FLT (f, -0.75);              /* on the stack */
  calls++;
  return c - a;
}
#else
# define HAVE_MS_ABI 0
#endif

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[6] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint64,
                     &ffi_type_float, &ffi_type_sint, &ffi_type_double };
  int a;

  CHECK (FFI_DEFAULT_ABI > FFI_FIRST_ABI && FFI_DEFAULT_ABI < FFI_LAST_ABI);
  for (a = FFI_FIRST_ABI + 1; a < FFI_LAST_ABI; a++)
    {
#if defined(__powerpc64__)
      /* linux64 takes FFI_LINUX (8) with any of its flag bits; the
         values below are libffi's old ones, which ELFv2 refuses.  */
      if (a < FFI_LINUX)
        {
          CHECK_EQ_INT (ffi_prep_cif (&cif, (ffi_abi) a, 6, &ffi_type_sint64,
                                      t), FFI_BAD_ABI);
          continue;
        }
#endif
#if defined(__i386__) && !defined(_WIN32)
      if (a == 2)
        {
          CHECK_EQ_INT (ffi_prep_cif (&cif, (ffi_abi) a, 6, &ffi_type_sint64,
                                      t), FFI_BAD_ABI);
          continue;
        }
#endif
      CHECK_OK (ffi_prep_cif (&cif, (ffi_abi) a, 6, &ffi_type_sint64, t));
      CHECK_EQ_INT (cif.abi, a);
    }

#if defined(__x86_64__) && !defined(_WIN32)
  CHECK_EQ_INT (FFI_FIRST_ABI, 1);
  CHECK_EQ_INT (FFI_UNIX64, 2);
  CHECK_EQ_INT (FFI_WIN64, 3);
  CHECK_EQ_INT (FFI_EFI64, FFI_WIN64);
  CHECK_EQ_INT (FFI_GNUW64, 4);
  CHECK_EQ_INT (FFI_LAST_ABI, 5);
  CHECK_EQ_INT (FFI_DEFAULT_ABI, FFI_UNIX64);
#endif
#if defined(__i386__) && !defined(_WIN32)
  CHECK_EQ_INT (FFI_FIRST_ABI, 0);
  CHECK_EQ_INT (FFI_SYSV, 1);
  CHECK_EQ_INT (FFI_THISCALL, 3);
  CHECK_EQ_INT (FFI_FASTCALL, 4);
  CHECK_EQ_INT (FFI_STDCALL, 5);
  CHECK_EQ_INT (FFI_PASCAL, 6);
  CHECK_EQ_INT (FFI_REGISTER, 7);
  CHECK_EQ_INT (FFI_MS_CDECL, 8);
  CHECK_EQ_INT (FFI_LAST_ABI, 9);
  CHECK_EQ_INT (FFI_DEFAULT_ABI, FFI_SYSV);
#endif

#if HAVE_MS_ABI
  {
    ffi_abi ms[2] = { FFI_WIN64, FFI_GNUW64 };
    int a1 = -0x1234567, e = 0x7654321, k;
    double b = 0x1.23456789abcdep+3, f = -0.75;
    int64_t c = INT64_MIN + 11, r;
    float d = -0x1.abcdeep-2f;
    void *v[6] = { &a1, &b, &c, &d, &e, &f };
    for (k = 0; k < 2; k++)
      {
        CHECK_OK (ffi_prep_cif (&cif, ms[k], 6, &ffi_type_sint64, t));
        junk_fill (&r, sizeof r);
        ffi_call (&cif, FFI_FN (ms_callee), &r, v);
        CHECK_EQ_INT (r, INT64_MIN + 11 + 0x1234567);
      }
    CHECK_EQ_INT (calls, 2);
  }
#else
  (void) calls;
#endif
  return 0;
}
