/* SPDX-License-Identifier: MIT */
/* The tier-2 source survives a package upgrade (cls_tier2_*.c).

   Tier-2 trampolines are mapped from the library's own file.  A package
   upgrade replaces that file while programs that loaded it keep running.
   Each test copies the library under test into a scratch directory of
   its own (never touching the build's or an installed one), and a child
   process dlopens the copy, takes all 512 tier-1 closures, has the copy
   replaced in one way (REPLACE), then asks for 2,000 more, which need
   tier-2 blocks.  stubffi keeps the descriptor it opened when the
   library was loaded, so every one of them must be a working closure
   (stubffi(7) promises it; NULL would be the lesser outcome, a crash or a
   hang a failure), and the first 512 must keep working.  The child runs
   under alarm(): a hang (an open() of a FIFO) is a failure, not a stuck
   testsuite.  */

#ifndef STUBFFI_TIER2_REPLACE_H
#define STUBFFI_TIER2_REPLACE_H

/* dladdr; before any system header.  */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "closuretest.h"
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define T2_TIER1 512
#define T2_MORE 2000
#define T2_TOTAL (T2_TIER1 + T2_MORE)

enum t2_replacement {
  T2_SMALLER,                   /* a smaller file renamed over it */
  T2_LARGER,                    /* a larger, unrelated file renamed over it */
  T2_DELETED,                   /* unlinked */
  T2_FIFO,                      /* unlinked, a FIFO made in its place */
  T2_DIRECTORY                  /* unlinked, a directory made in its place */
};

struct t2_api {
  ffi_status (*prep_cif) (ffi_cif *, ffi_abi, unsigned, ffi_type *,
                          ffi_type **);
  void *(*alloc) (size_t, void **);
  void (*free) (void *);
  ffi_status (*prep_loc) (ffi_closure *, ffi_cif *,
                          void (*) (ffi_cif *, void *, void **, void *),
                          void *, void *);
  ffi_type *sint;               /* int is 32 bits on every target here */
};

static char t2_dir[] = "/tmp/stubffi-tier2.XXXXXX";
/* The library's bytes, in a global (not static: a store to it cannot be
   optimized away) so that a leak checker in the child, which ends with
   _exit and never frees its copy, sees them reachable.  */
unsigned char *t2_orig;
static char t2_lib[sizeof t2_dir + 32];

static void
t2_handler (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  (void) cif;
  CT_RET_SINT (ret, *(int *) args[0] * 3 + (int) (intptr_t) user_data);
}

/* Writes LEN bytes of BUF to PATH, created fresh.  */
static void
t2_write_file (const char *path, const void *buf, size_t len)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_EXCL, 0755);
  const char *p = buf;
  CHECK (fd >= 0);
  while (len > 0)
    {
      ssize_t n = write (fd, p, len);
      CHECK (n > 0);
      p += n;
      len -= (size_t) n;
    }
  CHECK (close (fd) == 0);
}

/* The whole of PATH, in malloc'd memory.  */
static unsigned char *
t2_read_file (const char *path, size_t *len)
{
  struct stat st;
  unsigned char *buf;
  size_t done = 0;
  int fd = open (path, O_RDONLY);
  CHECK (fd >= 0);
  CHECK (fstat (fd, &st) == 0);
  buf = malloc ((size_t) st.st_size);
  CHECK (buf != NULL);
  while (done < (size_t) st.st_size)
    {
      ssize_t n = read (fd, buf + done, (size_t) st.st_size - done);
      CHECK (n > 0);
      done += (size_t) n;
    }
  close (fd);
  *len = done;
  return buf;
}

static void
t2_replace (enum t2_replacement how, const unsigned char *orig, size_t len)
{
  char tmp[sizeof t2_lib + 8];
  unsigned char *other;
  size_t n;

  snprintf (tmp, sizeof tmp, "%s/new", t2_dir);
  switch (how)
    {
    case T2_SMALLER:
      /* The start of the library, as another, smaller version would
         have: an ELF header, ending well before the trampoline table.  */
      t2_write_file (tmp, orig, 4096);
      CHECK (rename (tmp, t2_lib) == 0);
      break;
    case T2_LARGER:
      n = 2 * len + 65536;
      other = malloc (n);
      CHECK (other != NULL);
      memset (other, 0xcc, n);
      memcpy (other, orig, 64);
      t2_write_file (tmp, other, n);
      free (other);
      CHECK (rename (tmp, t2_lib) == 0);
      break;
    case T2_DELETED:
      CHECK (unlink (t2_lib) == 0);
      break;
    case T2_FIFO:
      CHECK (unlink (t2_lib) == 0);
      CHECK (mkfifo (t2_lib, 0600) == 0);
      break;
    case T2_DIRECTORY:
      CHECK (unlink (t2_lib) == 0);
      CHECK (mkdir (t2_lib, 0700) == 0);
      break;
    }
}

/* The child: the scenario itself, exit status 0 when all went well.  */
static void
t2_child (enum t2_replacement how, const unsigned char *orig, size_t len)
{
  static void *cls[T2_TOTAL];
  static void *codes[T2_TOTAL];
  ffi_type *args[1];
  struct t2_api api;
  ffi_cif cif;
  void *lib;
  int i;

  /* A hang is a failure (SIGALRM's default action ends the child).  */
  alarm (60);
  lib = dlopen (t2_lib, RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL)
    {
      fprintf (stderr, "dlopen %s: %s\n", t2_lib, dlerror ());
      _exit (1);
    }
  *(void **) &api.prep_cif = dlsym (lib, "ffi_prep_cif");
  *(void **) &api.alloc = dlsym (lib, "ffi_closure_alloc");
  *(void **) &api.free = dlsym (lib, "ffi_closure_free");
  *(void **) &api.prep_loc = dlsym (lib, "ffi_prep_closure_loc");
  api.sint = dlsym (lib, "ffi_type_sint32");
  CHECK (api.prep_cif && api.alloc && api.free && api.prep_loc && api.sint);
  /* The copy, not the library the test program was linked with.  */
  CHECK (api.alloc != (void *) ffi_closure_alloc);

  args[0] = api.sint;
  CHECK_OK (api.prep_cif (&cif, FFI_DEFAULT_ABI, 1, api.sint, args));

  for (i = 0; i < T2_TOTAL; i++)
    {
      if (i == T2_TIER1)
        t2_replace (how, orig, len);
      cls[i] = api.alloc (sizeof (ffi_closure), &codes[i]);
      if (cls[i] == NULL)
        {
          printf ("closure %d: NULL\n", i);
          fflush (stdout);
          _exit (2);
        }
      CHECK_OK (api.prep_loc (cls[i], &cif, t2_handler,
                              (void *) (intptr_t) i, codes[i]));
      CHECK_EQ_INT (((int (*) (int)) codes[i]) (7), 21 + i);
    }
  /* Every closure, tier 1 and tier 2, still works.  */
  for (i = 0; i < T2_TOTAL; i++)
    CHECK_EQ_INT (((int (*) (int)) codes[i]) (i), 3 * i + i);
  for (i = 0; i < T2_TOTAL; i++)
    api.free (cls[i]);
  /* Freed cells are reused, as working closures.  */
  for (i = 0; i < T2_TOTAL; i++)
    {
      cls[i] = api.alloc (sizeof (ffi_closure), &codes[i]);
      CHECK (cls[i] != NULL);
      CHECK_OK (api.prep_loc (cls[i], &cif, t2_handler,
                              (void *) (intptr_t) -i, codes[i]));
      CHECK_EQ_INT (((int (*) (int)) codes[i]) (i), 2 * i);
    }
  /* _exit: the child shares the parent's heap, whose blocks a leak
     checker at exit would count as its own.  */
  _exit (0);
}

static void
t2_cleanup (void)
{
  struct stat st;
  char tmp[sizeof t2_lib + 8];

  snprintf (tmp, sizeof tmp, "%s/new", t2_dir);
  unlink (tmp);
  if (lstat (t2_lib, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        rmdir (t2_lib);
      else
        unlink (t2_lib);
    }
  rmdir (t2_dir);
}

static int
t2_main (enum t2_replacement how)
{
  void *sym = dlsym (RTLD_DEFAULT, "ffi_closure_alloc");
  unsigned char *orig;
  Dl_info info;
  size_t len;
  pid_t pid;
  int status;

  /* The library under test: the one this program was linked with.  */
  CHECK (sym != NULL && dladdr (sym, &info) != 0 && info.dli_fname != NULL);
  orig = t2_orig = t2_read_file (info.dli_fname, &len);
  CHECK (mkdtemp (t2_dir) != NULL);
  snprintf (t2_lib, sizeof t2_lib, "%s/libffi.so.8", t2_dir);
  t2_write_file (t2_lib, orig, len);

  fflush (stdout);
  pid = fork ();
  CHECK (pid >= 0);
  if (pid == 0)
    t2_child (how, orig, len);
  CHECK (waitpid (pid, &status, 0) == pid);
  t2_cleanup ();
  free (orig);
  t2_orig = NULL;
  if (WIFSIGNALED (status))
    {
      printf ("child killed by signal %d%s\n", WTERMSIG (status),
              WTERMSIG (status) == SIGALRM ? " (hung)" : "");
      return 1;
    }
  CHECK (WIFEXITED (status));
  if (WEXITSTATUS (status) != 0)
    {
      printf ("child exited with status %d\n", WEXITSTATUS (status));
      return 1;
    }
  printf ("ok\n");
  return 0;
}

#endif
