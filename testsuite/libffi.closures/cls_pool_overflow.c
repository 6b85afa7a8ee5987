/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "buffer: aborted: closure pool\n" } */
/* { dg-output "free closure: aborted: closure pool\n" } */
/* A heap overflow past a closure cannot steer the pool.

   The pool keeps a word behind each closure's memory; for a free closure
   on its shared list that word links to the next free one.  A program
   that writes past the end of its closure reaches the free neighbour's
   link.  Here a child process takes 600 closures, frees every other one
   of each adjacent pair (the freed ones end up in the thread's cache and
   on the shared list), then overflows every live closure into its freed
   neighbour with an address of its choosing, as an attack would: that
   of a buffer of its own, or (second run) that of a closure freed
   first, whose own link is intact: a free cell of the pool, which
   passes the address check, leads to a well-formed list, and is stopped
   only by the links' mangling.  It then allocates again: no allocation may
   return that address (or code in the buffer), and the pool must abort
   with a message naming the closure pool when it meets the first
   overwritten link.  Without the protection the overwritten link is
   followed and an allocation returns the address.  */

#include "closuretest.h"
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define N 600

static _Alignas (4096) unsigned char evil[8192];
static void *cl[N], *code[N];

static int
by_address (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) *(void *const *) a;
  uintptr_t y = (uintptr_t) *(void *const *) b;
  return x < y ? -1 : x > y;
}

static int
in_evil (const void *p)
{
  return (uintptr_t) p >= (uintptr_t) evil
         && (uintptr_t) p < (uintptr_t) evil + sizeof evil;
}

static void
child (int at_free)
{
  uintptr_t stride = 0, target = (uintptr_t) evil + 4096;
  int i, freed = 0;

  for (i = 0; i < N; i++)
    {
      cl[i] = ffi_closure_alloc (sizeof (ffi_closure), &code[i]);
      CHECK (cl[i] != NULL);
    }
  qsort (cl, N, sizeof cl[0], by_address);
  for (i = 0; i + 1 < N; i++)
    {
      uintptr_t d = (uintptr_t) cl[i + 1] - (uintptr_t) cl[i];
      if (stride == 0 || d < stride)
        stride = d;
    }
  CHECK (stride >= sizeof (ffi_closure) && stride <= 4096);

  /* The second run's target: the lowest closure, freed before all the
     others (so its cell goes deepest into the shared list).  */
  if (at_free)
    {
      target = (uintptr_t) cl[0];
      ffi_closure_free (cl[0]);
      cl[0] = NULL;
    }
  /* Free the upper closure of each adjacent pair, then overflow the
     lower one through all of the freed one's memory and what follows
     it, a pointer-sized copy of the target at every aligned place.  */
  for (i = 0; i + 1 < N; i += 2)
    if ((uintptr_t) cl[i + 1] - (uintptr_t) cl[i] == stride)
      {
        ffi_closure_free (cl[i + 1]);
        cl[i + 1] = NULL;
        freed++;
      }
  CHECK (freed >= 200);
  for (i = 0; i + 1 < N; i += 2)
    if (cl[i] != NULL && cl[i + 1] == NULL)
      {
        uintptr_t *p = (uintptr_t *) ((char *) cl[i] + sizeof (ffi_closure));
        uintptr_t *end = (uintptr_t *) ((char *) cl[i] + 2 * stride);
        while (p < end)
          *p++ = target;
      }

  for (i = 0; i < N; i++)
    {
      void *c, *p = ffi_closure_alloc (sizeof (ffi_closure), &c);
      if (p == NULL)
        {
          printf ("allocation %d: NULL\n", i);
          exit (4);
        }
      if (in_evil (p) || in_evil (c) || (uintptr_t) p == target)
        {
          printf ("allocation %d steered to %p (code %p)\n", i, p, c);
          exit (3);
        }
    }
  printf ("no abort after %d allocations\n", N);
  exit (5);
}

static void
run (int at_free)
{
  FILE *err = tmpfile ();
  char msg[512] = "";
  size_t n;
  pid_t pid;
  int status;

  CHECK (err != NULL);
  fflush (stdout);
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    {
      dup2 (fileno (err), STDERR_FILENO);
      alarm (60);
      child (at_free);
    }
  CHECK (waitpid (pid, &status, 0) == pid);
  rewind (err);
  n = fread (msg, 1, sizeof msg - 1, err);
  msg[n] = '\0';
  fclose (err);
  fprintf (stderr, "child's stderr: %s", msg);
  CHECK (WIFSIGNALED (status) && WTERMSIG (status) == SIGABRT);
  CHECK (strstr (msg, "closure pool") != NULL);
  printf ("%s: aborted: closure pool\n", at_free ? "free closure" : "buffer");
}

int
main (void)
{
  run (0);
  run (1);
  return 0;
}
