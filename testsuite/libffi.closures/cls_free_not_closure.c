/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_closure_free of a pointer that is not a live closure from
   ffi_closure_alloc aborts with a message naming the pointer, instead of
   corrupting the heap or the trampoline pool.  Each case runs in a child
   process, which must die of SIGABRT with "not a live closure" on its
   standard error:

     - memory from malloc;
     - a closure freed already (a double free);
     - a pointer into the middle of a live closure;
     - the first byte of a page from mmap, with nothing mapped before it
       (a check that read the memory before the pointer would crash);
     - a static object;
     - a closure bigger than a pool cell (malloc'd), freed twice;
     - a closure from a mapped (tier-2) block, freed twice, and a pointer
       into the middle of one;
     - a closure's code address (its trampoline) instead of the closure;
     - the address 16 bytes before a live closure (inside the pool's
       bookkeeping, not a closure).

   Regression: ffi_closure_free used to read a header just before the
   pointer: a foreign pointer at the start of a mapping crashed with
   SIGSEGV, and a double free read freed memory.  The parent, which does
   none of this, keeps allocating, calling and freeing closures.  */

#include "closuretest.h"
#include <sys/mman.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

typedef int (*fn) (int);

static ffi_cif cif;
static long static_object[4];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  (void) cif_;
  CT_RET_SINT (ret, *(int *) args[0] + (int) (intptr_t) user_data);
}

/* Allocates, prepares and calls a closure; returns it (live).  */
static ffi_closure *
live_closure (int k)
{
  ffi_closure *cl;
  fn f = (fn) ct_make_closure (&cl, &cif, handler, (void *) (intptr_t) k);
  CHECK_EQ_INT (f (1), 1 + k);
  return cl;
}

static void
free_malloced (void)
{
  ffi_closure_free (malloc (sizeof (ffi_closure)));
}

static void
free_twice (void)
{
  ffi_closure *cl = live_closure (2);
  ffi_closure_free (cl);
  ffi_closure_free (cl);
}

static void
free_interior (void)
{
  ffi_closure *cl = live_closure (3);
  ffi_closure_free ((char *) cl + 8);
}

static void
free_page_start (void)
{
  long page = sysconf (_SC_PAGESIZE);
  /* Two pages; the first is unmapped again, so nothing precedes the
     pointer.  */
  char *p = mmap (NULL, 2 * page, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK (p != MAP_FAILED);
  CHECK (munmap (p, page) == 0);
  ffi_closure_free (p + page);
}

static void
free_static (void)
{
  ffi_closure_free (static_object);
}

static void
free_big_twice (void)
{
  void *code;
  ffi_closure *cl = ffi_closure_alloc (5000, &code);
  CHECK (cl != NULL);
  ffi_closure_free (cl);
  ffi_closure_free (cl);
}

/* A live closure from a mapped block: the parent keeps 100 live and tier
   1 holds 512, so the 1000th is past it.  */
static ffi_closure *
tier2_closure (void)
{
  static ffi_closure *many[1000];
  int i;
  for (i = 0; i < 1000; i++)
    many[i] = live_closure (i);
  return many[999];
}

static void
free_tier2_twice (void)
{
  ffi_closure *cl = tier2_closure ();
  ffi_closure_free (cl);
  ffi_closure_free (cl);
}

static void
free_tier2_interior (void)
{
  ffi_closure_free ((char *) tier2_closure () + 16);
}

static void
free_code (void)
{
  ffi_closure *cl;
  void *code = ct_make_closure (&cl, &cif, handler, NULL);
  ffi_closure_free (code);
}

static void
free_before (void)
{
  ffi_closure_free ((char *) live_closure (4) - 16);
}

/* Runs CASE_FN in a child with its standard error in a pipe; the child
   must be killed by SIGABRT after printing the message.  */
static void
expect_abort (const char *name, void (*case_fn) (void))
{
  char err[8192];
  size_t len = 0;
  ssize_t n;
  int fds[2], status;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  CHECK (pipe (fds) == 0);
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    {
      close (fds[0]);
      dup2 (fds[1], 2);
      case_fn ();
      /* Not reached if ffi_closure_free aborts.  */
      _exit (0);
    }
  close (fds[1]);
  while (len < sizeof err - 1
         && (n = read (fds[0], err + len, sizeof err - 1 - len)) > 0)
    len += (size_t) n;
  err[len] = '\0';
  close (fds[0]);
  CHECK (waitpid (pid, &status, 0) == pid);
  printf ("%s: %s\n", name, WIFSIGNALED (status) && WTERMSIG (status) == SIGABRT
                              ? "SIGABRT" : "no SIGABRT");
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGABRT
      || strstr (err, "ffi_closure_free") == NULL
      || strstr (err, "not a live closure") == NULL)
    {
      fprintf (stderr, "%s: status 0x%x, stderr:\n%s\n", name, status, err);
      abort ();
    }
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_sint };
  ffi_closure *keep[100];
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  /* Some live closures around the children's frees.  */
  for (i = 0; i < 100; i++)
    keep[i] = live_closure (i);

  expect_abort ("malloc'd pointer", free_malloced);
  expect_abort ("double free", free_twice);
  expect_abort ("interior pointer", free_interior);
  expect_abort ("start of a mapping", free_page_start);
  expect_abort ("static object", free_static);
  expect_abort ("big closure, double free", free_big_twice);
  expect_abort ("tier-2 closure, double free", free_tier2_twice);
  expect_abort ("tier-2 interior pointer", free_tier2_interior);
  expect_abort ("code address", free_code);
  expect_abort ("16 bytes before a closure", free_before);

  /* The parent's pool is intact.  */
  for (i = 0; i < 100; i++)
    ffi_closure_free (keep[i]);
  for (i = 0; i < 1000; i++)
    ffi_closure_free (live_closure (i));
  return 0;
}

/* { dg-output "malloc'd pointer: SIGABRT\n" } */
/* { dg-output "double free: SIGABRT\n" } */
/* { dg-output "interior pointer: SIGABRT\n" } */
/* { dg-output "start of a mapping: SIGABRT\n" } */
/* { dg-output "static object: SIGABRT\n" } */
/* { dg-output "big closure, double free: SIGABRT\n" } */
/* { dg-output "tier-2 closure, double free: SIGABRT\n" } */
/* { dg-output "tier-2 interior pointer: SIGABRT\n" } */
/* { dg-output "code address: SIGABRT\n" } */
/* { dg-output "16 bytes before a closure: SIGABRT\n" } */
