/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Closures handed to libc as callbacks: a pthread start routine, a
   signal handler (run on the signal frame, between two arbitrary
   instructions of the interrupted code) and an atexit handler, which
   runs after main returns while the closure is still allocated.  The
   atexit closure ends the process with status 0; if it never runs,
   main's own status 3 fails the test.  */

#include "closuretest.h"
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

typedef void *(*start_fn) (void *);
typedef void (*sig_fn) (int);
typedef void (*exit_fn) (void);

static ffi_cif start_cif, sig_cif, exit_cif;
static int start_tag, sig_tag, exit_tag;
static volatile sig_atomic_t got_signal;
static int exit_expected;

static void
start_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK (cif == &start_cif);
  CHECK (user_data == &start_tag);
  CHECK (*(void **) args[0] == &start_cif);
  *(void **) ret = &start_tag;
}

static void
sig_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) ret;
  if (cif == &sig_cif && user_data == &sig_tag && *(int *) args[0] == SIGUSR1)
    got_signal = 1;
  else
    got_signal = -1;
}

static void
exit_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) ret;
  (void) args;
  CHECK (cif == &exit_cif);
  CHECK (user_data == &exit_tag);
  CHECK_EQ_INT (exit_expected, 1);
  fflush (stdout);
  _exit (0);
}

int
main (void)
{
  ffi_type *start_types[1] = { &ffi_type_pointer };
  ffi_type *sig_types[1] = { &ffi_type_sint };
  ffi_closure *c1, *c2, *c3;
  start_fn start;
  sig_fn on_signal;
  exit_fn on_exit_;
  pthread_t th;
  void *result = NULL;
  struct sigaction sa;

  CHECK_OK (ffi_prep_cif (&start_cif, FFI_DEFAULT_ABI, 1, &ffi_type_pointer,
                          start_types));
  CHECK_OK (ffi_prep_cif (&sig_cif, FFI_DEFAULT_ABI, 1, &ffi_type_void,
                          sig_types));
  CHECK_OK (ffi_prep_cif (&exit_cif, FFI_DEFAULT_ABI, 0, &ffi_type_void,
                          NULL));
  start = (start_fn) ct_make_closure (&c1, &start_cif, start_handler,
                                      &start_tag);
  on_signal = (sig_fn) ct_make_closure (&c2, &sig_cif, sig_handler,
                                        &sig_tag);
  on_exit_ = (exit_fn) ct_make_closure (&c3, &exit_cif, exit_handler,
                                        &exit_tag);

  CHECK (pthread_create (&th, NULL, start, &start_cif) == 0);
  CHECK (pthread_join (th, &result) == 0);
  CHECK (result == &start_tag);

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset (&sa.sa_mask);
  CHECK (sigaction (SIGUSR1, &sa, NULL) == 0);
  CHECK (raise (SIGUSR1) == 0);
  CHECK_EQ_INT (got_signal, 1);
  got_signal = 0;
  CHECK (kill (getpid (), SIGUSR1) == 0);
  CHECK_EQ_INT (got_signal, 1);

  CHECK (atexit (on_exit_) == 0);
  ffi_closure_free (c1);
  exit_expected = 1;
  return 3;
}
