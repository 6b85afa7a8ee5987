/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* The closure entry follows the cif: one closure (one trampoline),
   prepared again and again alternately with a FFI_UNIX64 cif and a cif
   of the Microsoft ABI under test, is called each time through a
   function pointer of the matching convention.  Two closures of the two
   conventions also live side by side.  */

#include "win64test.h"

static int calls;

static void
handler (ffi_cif *cif, void *ret, void **args, void *data)
{
  CHECK (data == &calls);
  CHECK_EQ_INT (*(int *) args[0], 1);
  CHECK_EQ_FLT (*(double *) args[1], 2.5);
  CHECK_EQ_INT (*(int *) args[2], 3);
  CHECK_EQ_FLT (*(double *) args[3], 4.5);
  CHECK_EQ_INT (*(int *) args[4], 5);
  *(int64_t *) ret = cif->abi * 1000 + *(int *) args[4];
  calls++;
}

typedef int64_t (*sysv_fn) (int, double, int, double, int);
typedef int64_t (MS *ms_fn) (int, double, int, double, int);

static void
run (void)
{
  ffi_cif ucif, wcif;
  ffi_type *t[5] = { &ffi_type_sint, &ffi_type_double, &ffi_type_sint,
                     &ffi_type_double, &ffi_type_sint };
  ffi_closure *cl, *other;
  void *code, *other_code;
  int i, before = calls;

  CHECK_OK (ffi_prep_cif (&ucif, FFI_UNIX64, 5, &ffi_type_sint64, t));
  W64_PREP (&wcif, 5, &ffi_type_sint64, t);
  code = w64_closure (&cl, &wcif, handler, &calls);
  for (i = 0; i < 6; i++)
    {
      if (i % 2)
        {
          CHECK_OK (ffi_prep_closure_loc (cl, &ucif, handler, &calls, code));
          CHECK_EQ_INT (((sysv_fn) code) (1, 2.5, 3, 4.5, 5),
                        FFI_UNIX64 * 1000 + 5);
        }
      else
        {
          CHECK_OK (ffi_prep_closure_loc (cl, &wcif, handler, &calls, code));
          CHECK_EQ_INT (((ms_fn) code) (1, 2.5, 3, 4.5, 5),
                        w64_abi * 1000 + 5);
        }
    }

  other_code = w64_closure (&other, &ucif, handler, &calls);
  CHECK_OK (ffi_prep_closure_loc (cl, &wcif, handler, &calls, code));
  CHECK_EQ_INT (((sysv_fn) other_code) (1, 2.5, 3, 4.5, 5),
                FFI_UNIX64 * 1000 + 5);
  CHECK_EQ_INT (((ms_fn) code) (1, 2.5, 3, 4.5, 5), w64_abi * 1000 + 5);
  CHECK_EQ_INT (calls, before + 8);
  ffi_closure_free (cl);
  ffi_closure_free (other);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
