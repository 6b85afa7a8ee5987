/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures across fork().

   The parent prepares 32 closures and forks.  Both processes then call
   the existing closures, prepare one of them again with a different
   user_data, free a few and allocate, prepare, call and free many new
   ones.  Each process must see only its own changes: closure memory
   after fork is private to each side, like the rest of the heap.  The
   child reports success with exit status 42, which the parent checks,
   after which the parent checks its closures once more.  */

#include "closuretest.h"
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define N 32
#define NEW 2000

typedef long (*fn) (long);

static ffi_cif cif;
static ffi_closure *cls[N];
static fn codes[N];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(long *) args[0] * 1000 + (long) (intptr_t) user_data);
}

static void
check_existing (long who)
{
  int i;
  for (i = 0; i < N; i++)
    if (cls[i] != NULL)
      CHECK_EQ_INT (codes[i] (who), who * 1000 + (long) (intptr_t)
                                                 cls[i]->user_data);
}

/* The work both sides do after the fork; BASE keeps their user_data
   values apart.  */
static void
work (long who, long base)
{
  int i;
  check_existing (who);
  CHECK_EQ_INT (codes[0] (who), who * 1000 + 0);

  /* Retarget closure 0 and drop closures 1..4 on this side only.  */
  CHECK_OK (ffi_prep_closure_loc (cls[0], &cif, handler,
                                  (void *) (intptr_t) base, codes[0]));
  CHECK_EQ_INT (codes[0] (who), who * 1000 + base);
  for (i = 1; i < 5; i++)
    {
      ffi_closure_free (cls[i]);
      cls[i] = NULL;
    }

  for (i = 0; i < NEW; i++)
    {
      ffi_closure *cl;
      fn f = (fn) ct_make_closure (&cl, &cif, handler,
                                   (void *) (intptr_t) (base + i));
      CHECK_EQ_INT (f (who), who * 1000 + base + i);
      if (i % 3 != 0)
        ffi_closure_free (cl);
    }
  check_existing (who);
  CHECK_EQ_INT (codes[0] (who), who * 1000 + base);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_slong };
  pid_t pid;
  int i, status;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, types));
  for (i = 0; i < N; i++)
    codes[i] = (fn) ct_make_closure (&cls[i], &cif, handler,
                                     (void *) (intptr_t) i);
  check_existing (1);
  fflush (stdout);
  fflush (stderr);

  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    {
      work (2, 500000);
      _exit (42);
    }

  work (3, 700000);
  CHECK (waitpid (pid, &status, 0) == pid);
  if (WIFSIGNALED (status))
    fprintf (stderr, "child killed by signal %d\n", WTERMSIG (status));
  CHECK (WIFEXITED (status));
  CHECK_EQ_INT (WEXITSTATUS (status), 42);

  /* The child's changes must not have reached the parent.  */
  CHECK_EQ_INT (codes[0] (4), 4000 + 700000);
  for (i = 5; i < N; i++)
    CHECK_EQ_INT (codes[i] (4), 4000 + i);
  CHECK (cls[1] == NULL);

  for (i = 0; i < N; i++)
    ffi_closure_free (cls[i]);
  return 0;
}
