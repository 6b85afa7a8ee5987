/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Unwind information for the test's own frames too: some targets'
   compilers emit none by default (riscv64's GCC 12; C on 32-bit Arm).  */
/* { dg-options "-funwind-tables -fasynchronous-unwind-tables" } */
/* Unwinding from a closure handler through libffi's frames.

   The handler walks the stack with _Unwind_Backtrace, which reads the
   call frame information of every frame from .eh_frame (through
   .eh_frame_hdr): the handler's, libffi's C and assembly frames (the
   closure entry, whose CFI must describe its frame and, on aarch64 with
   PAC, the signed return address), and on to call_closure, the
   function that called the closure, and main.  Each of those must be
   found: a frame in libffi.so.8, then call_closure, then main.  */

#define _GNU_SOURCE 1
#include "closuretest.h"
#include <dlfcn.h>
#include <unwind.h>

#define MAX_FRAMES 64

static void *frames[MAX_FRAMES];
#if defined(__arm__)
/* Arm's EHABI unwinder has no _Unwind_FindEnclosingFunction: the
   unwinder's own record of each frame's function start instead (Arm
   state: even; a Thumb function's pointer has bit 0 set).  */
static void *starts[MAX_FRAMES];
#endif
static int nframes;

static _Unwind_Reason_Code
record (struct _Unwind_Context *context, void *data)
{
  (void) data;
  if (nframes == MAX_FRAMES)
    return _URC_END_OF_STACK;
#if defined(__arm__)
  starts[nframes] = (void *) (_Unwind_GetRegionStart (context) & ~1ul);
#endif
  frames[nframes++] = (void *) _Unwind_GetIP (context);
  return _URC_NO_REASON;
}

static void
handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  (void) user_data;
  nframes = 0;
  _Unwind_Backtrace (record, NULL);
  CT_RET_SINT (ret, *(int *) args[0] + 1);
}

/* The function a frame's return address is in (the address before it:
   a call may be a function's last instruction).  */
static void *
function_of (int i)
{
  void *ip = frames[i];
  /* The outermost frame may have no return address at all.  */
  if (ip == NULL)
    return NULL;
#if defined(__arm__)
  return starts[i];
#else
  return _Unwind_FindEnclosingFunction ((char *) ip - 1);
#endif
}

/* A function's address as the unwinder gives it.  */
static void *
code_of (void *fn)
{
#if defined(__arm__)
  return (void *) ((uintptr_t) fn & ~(uintptr_t) 1);
#else
  return fn;
#endif
}

static int
in_libffi (void *ip)
{
  Dl_info info;
  return ip != NULL && dladdr ((char *) ip - 1, &info)
         && info.dli_fname != NULL
         && strstr (info.dli_fname, "libffi.so") != NULL;
}

/* Not inlined, and it does something after the call, so that its frame
   is on the stack while the closure runs.  */
__attribute__((noinline)) static int
call_closure (void *code, int x)
{
  int (*volatile fn) (int) = (int (*) (int)) (uintptr_t) code;
  return fn (x) * 2;
}

int
main (void)
{
  ffi_type *arg_types[1] = { &ffi_type_sint };
  ffi_closure *cl;
  ffi_cif cif;
  void *code;
  int i, at_libffi = -1, at_caller = -1, at_main = -1;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          arg_types));
  code = ct_make_closure (&cl, &cif, handler, NULL);
  CHECK_EQ_INT (call_closure (code, 20), 42);

  for (i = 0; i < nframes; i++)
    {
      void *fn = function_of (i);
      printf ("frame %d: %p in %p%s\n", i, frames[i], fn,
              in_libffi (frames[i]) ? " (libffi)" : "");
      if (at_libffi < 0 && in_libffi (frames[i]))
        at_libffi = i;
      if (at_caller < 0 && fn == code_of ((void *) (uintptr_t) call_closure))
        at_caller = i;
      if (at_main < 0 && fn == code_of ((void *) (uintptr_t) main))
        at_main = i;
    }
  CHECK (at_libffi > 0);
  CHECK (at_caller > at_libffi);
  CHECK (at_main > at_caller);
  ffi_closure_free (cl);
  return 0;
}
