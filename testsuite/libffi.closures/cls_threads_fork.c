/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "2 threads, 40 forks: ok\n" } */
/* { dg-output "a parked thread's cache: reused in the child" } */
/* fork() while two threads churn the closure pool.

   Two threads allocate, prepare, call and free closures without pause,
   alternately one at a time (the cycle) and in batches of 32, so that
   each moves cells between its own cache and the shared list.  Forty
   times meanwhile the main thread forks.  Each child, which has only the
   forking thread and whatever state the pool was in, must find a
   consistent pool: its closures made before the fork still work, and
   it allocates 2,000 closures (past tier 1, so through the shared list,
   tier 1's mark and a new tier-2 block), calls and frees them all and
   does it again, within a time limit (a lock held forever would hang
   it, a broken list would crash it or abort).  The threads check every
   closure they call, and run on after each fork.

   Then a thread frees 48 closures into its cache and waits; a child
   forked now has no such thread, and must get those closures back: among
   its next 600 allocations are all 48 of them.  */

#include "closuretest.h"
#include <pthread.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define THREADS 2
#define BATCH 32
#define FORKS 40
#define CHILD_N 2000
#define MINE 16

typedef long (*fn) (long);

static ffi_cif cif;
static ffi_type *arg_types[1] = { &ffi_type_slong };
static volatile int stop;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(long *) args[0] * 7 + (long) (intptr_t) user_data);
}

static void *
make (long tag, void **code)
{
  void *cl = ffi_closure_alloc (sizeof (ffi_closure), code);
  CHECK (cl != NULL);
  CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, (void *) (intptr_t) tag,
                                  *code));
  return cl;
}

static void *
churn (void *arg)
{
  long id = (long) (intptr_t) arg, round = 0;
  void *cl[BATCH], *code[BATCH];
  int i;

  while (!__atomic_load_n (&stop, __ATOMIC_RELAXED))
    {
      long tag = id * 1000000 + (round++ % 100000);
      /* The cycle.  */
      for (i = 0; i < BATCH; i++)
        {
          void *c, *p = make (tag + i, &c);
          CHECK_EQ_INT (((fn) c) (3), 21 + tag + i);
          ffi_closure_free (p);
        }
      /* A batch.  */
      for (i = 0; i < BATCH; i++)
        cl[i] = make (tag + i, &code[i]);
      for (i = 0; i < BATCH; i++)
        CHECK_EQ_INT (((fn) code[i]) (i), 7 * i + tag + i);
      for (i = 0; i < BATCH; i++)
        ffi_closure_free (cl[i]);
    }
  return NULL;
}

static void
in_child (void **mine, void **mine_code)
{
  static void *cl[CHILD_N], *code[CHILD_N];
  int i, round;

  alarm (60);
  for (i = 0; i < MINE; i++)
    CHECK_EQ_INT (((fn) mine_code[i]) (1), 7 + 500 + i);
  for (round = 0; round < 2; round++)
    {
      for (i = 0; i < CHILD_N; i++)
        cl[i] = make (i, &code[i]);
      for (i = 0; i < CHILD_N; i++)
        CHECK_EQ_INT (((fn) code[i]) (2), 14 + i);
      for (i = 0; i < CHILD_N; i++)
        ffi_closure_free (cl[i]);
    }
  for (i = 0; i < MINE; i++)
    ffi_closure_free (mine[i]);
  _exit (0);
}

#define PARKED 48

static void *parked[PARKED];
static pthread_mutex_t park_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t park_cond = PTHREAD_COND_INITIALIZER;
static int park_state;          /* 1: freed, waiting; 2: may go */

static void *
park (void *arg)
{
  void *code;
  int i;

  (void) arg;
  for (i = 0; i < PARKED; i++)
    parked[i] = make (i, &code);
  for (i = 0; i < PARKED; i++)
    ffi_closure_free (parked[i]);
  pthread_mutex_lock (&park_lock);
  park_state = 1;
  pthread_cond_broadcast (&park_cond);
  while (park_state != 2)
    pthread_cond_wait (&park_cond, &park_lock);
  pthread_mutex_unlock (&park_lock);
  return NULL;
}

static void
parked_cache (void)
{
  pthread_t thread;
  pid_t pid;
  int status;

  CHECK (pthread_create (&thread, NULL, park, NULL) == 0);
  pthread_mutex_lock (&park_lock);
  while (park_state != 1)
    pthread_cond_wait (&park_cond, &park_lock);
  pthread_mutex_unlock (&park_lock);
  fflush (stdout);
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    {
      static void *cl[600];
      void *code;
      int i, j, found = 0;
      alarm (60);
      for (i = 0; i < 600; i++)
        cl[i] = make (i, &code);
      for (j = 0; j < PARKED; j++)
        for (i = 0; i < 600; i++)
          if (cl[i] == parked[j])
            {
              found++;
              break;
            }
      if (found != PARKED)
        {
          printf ("child: %d of the parked thread's %d closures back\n",
                  found, PARKED);
          fflush (stdout);
          _exit (1);
        }
      _exit (0);
    }
  CHECK (waitpid (pid, &status, 0) == pid);
  pthread_mutex_lock (&park_lock);
  park_state = 2;
  pthread_cond_broadcast (&park_cond);
  pthread_mutex_unlock (&park_lock);
  CHECK (pthread_join (thread, NULL) == 0);
  CHECK (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  printf ("a parked thread's cache: reused in the child\n");
}

int
main (void)
{
  pthread_t threads[THREADS];
  void *mine[MINE], *mine_code[MINE];
  int i, status;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                          arg_types));
  for (i = 0; i < MINE; i++)
    mine[i] = make (500 + i, &mine_code[i]);
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_create (&threads[i], NULL, churn,
                           (void *) (intptr_t) (i + 1)) == 0);
  for (i = 0; i < FORKS; i++)
    {
      pid_t pid;
      usleep (2000);
      fflush (stdout);
      pid = fork ();
      CHECK (pid >= 0);
      if (pid == 0)
        in_child (mine, mine_code);
      CHECK (waitpid (pid, &status, 0) == pid);
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          printf ("fork %d: child %s %d\n", i,
                  WIFEXITED (status) ? "exited with" : "killed by signal",
                  WIFEXITED (status) ? WEXITSTATUS (status)
                                     : WTERMSIG (status));
          return 1;
        }
    }
  __atomic_store_n (&stop, 1, __ATOMIC_RELAXED);
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_join (threads[i], NULL) == 0);
  for (i = 0; i < MINE; i++)
    CHECK_EQ_INT (((fn) mine_code[i]) (1), 7 + 500 + i);
  for (i = 0; i < MINE; i++)
    ffi_closure_free (mine[i]);
  printf ("%d threads, %d forks: ok\n", THREADS, FORKS);
  parked_cache ();
  return 0;
}
