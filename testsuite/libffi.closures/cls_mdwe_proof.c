/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* In MDWE mode, first prove that the restriction is really in force:
   PR_GET_MDWE reports PR_MDWE_REFUSE_EXEC_GAIN, a W+X mapping is
   refused and an anonymous writable page cannot be made executable.
   Then closures of several signatures (1000 of them) are allocated,
   prepared and called all the same: the library never needs to create
   executable memory at run time.  Outside MDWE mode only the closure
   part runs.  */

#include "closuretest.h"
#include <sys/mman.h>
#include <unistd.h>

#ifndef PR_GET_MDWE
# define PR_GET_MDWE 66
#endif

#define N 1000

struct pair_s { int64_t a; float b; };
CT_STRUCT (pair_type, &ffi_type_sint64, &ffi_type_float);

typedef double (*fn) (int, double, struct pair_s);

static ffi_cif cif;
static ffi_closure *cls[N];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  const struct pair_s *p = args[2];
  CHECK (cif_ == &cif);
  *(double *) ret = (double) (intptr_t) user_data + *(int *) args[0]
                    + *(double *) args[1] + (double) p->a + p->b;
}

static void
check_mdwe_active (void)
{
  long page = sysconf (_SC_PAGESIZE);
  int flags = prctl (PR_GET_MDWE, 0L, 0L, 0L, 0L);
  void *p;

  CHECK (flags >= 0);
  CHECK (flags & PR_MDWE_REFUSE_EXEC_GAIN);
  p = mmap (NULL, page, PROT_READ | PROT_WRITE | PROT_EXEC,
            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK (p == MAP_FAILED);
  p = mmap (NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
            -1, 0);
  CHECK (p != MAP_FAILED);
  CHECK (mprotect (p, page, PROT_READ | PROT_EXEC) != 0);
  munmap (p, page);
}

int
main (void)
{
  ffi_type *types[3] = { &ffi_type_sint, &ffi_type_double, &pair_type };
  struct pair_s p = { -40, 0.5f };
  int i;

  if (test_mdwe_mode ())
    check_mdwe_active ();

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 3, &ffi_type_double, types));
  for (i = 0; i < N; i++)
    {
      fn f = (fn) ct_make_closure (&cls[i], &cif, handler,
                                   (void *) (intptr_t) (i * 10));
      CHECK_EQ_FLT (f (i, 0.25, p), i * 10.0 + i + 0.25 - 40 + 0.5);
    }
  if (test_mdwe_mode ())
    check_mdwe_active ();
  for (i = 0; i < N; i++)
    ffi_closure_free (cls[i]);
  return 0;
}
