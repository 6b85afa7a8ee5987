/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* The closure pool recycles closure memory with its trampoline.

   ffi_closure_alloc takes a closure's memory from a cell that goes with
   its trampoline, and ffi_closure_free puts both back; closures bigger
   than a cell are malloc'd.  Checked here:

   1. 100,000 alloc/prep/call/free cycles of one closure at a time use
      one or two addresses and trampolines, not a fresh pair each time;
   2. with 2000 closures live (past the 512 of tier 1), freeing them all
      and allocating 2000 again gives back only addresses and
      trampolines seen before;
   3. every size from 1 to 400 bytes (across the cell's payload, whatever
      its size) is writable to its last byte, keeps its contents while
      closures of other sizes come and go, and is aligned as malloc's
      memory; each of them, prepared at its start, calls its handler;
   4. a closure freed and allocated again works with its new cif,
      handler and user_data, and not with the old ones;
   5. closures that fit a cell take nothing from malloc (glibc's
      mallinfo2 counts the bytes in use), a big one does.  */

#include "closuretest.h"
#include <malloc.h>
#include <stdalign.h>

#define LIVE 2000
#define MAXSIZE 400

typedef int (*fn) (int);

static ffi_cif cif;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, *(int *) args[0] * 3 + (int) (intptr_t) user_data);
}

static void
other_handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  (void) cif_;
  CT_RET_SINT (ret, *(int *) args[0] - (int) (intptr_t) user_data);
}

static unsigned char
pattern (size_t i, size_t size)
{
  return (unsigned char) (i * 29 + size * 13 + 5);
}

static int
contains (void *const *set, int n, void *p)
{
  int i;
  for (i = 0; i < n; i++)
    if (set[i] == p)
      return 1;
  return 0;
}

static void
one_at_a_time (void)
{
  void *seen_cl[2] = { NULL, NULL }, *seen_code[2] = { NULL, NULL };
  int ncl = 0, ncode = 0;
  long i;

  for (i = 0; i < 100000; i++)
    {
      ffi_closure *cl;
      fn f = (fn) ct_make_closure (&cl, &cif, handler, (void *) (intptr_t) i);
      CHECK_EQ_INT (f (5), 15 + (int) i);
      if (!contains (seen_cl, ncl, cl))
        {
          CHECK (ncl < 2);
          seen_cl[ncl++] = cl;
        }
      if (!contains (seen_code, ncode, (void *) f))
        {
          CHECK (ncode < 2);
          seen_code[ncode++] = (void *) f;
        }
      ffi_closure_free (cl);
    }
  printf ("one at a time: %d address(es), %d trampoline(s)\n", ncl, ncode);
}

static void
many_live (void)
{
  static ffi_closure *cl[LIVE], *first[LIVE];
  static void *code[LIVE], *first_code[LIVE];
  int i, round;

  for (round = 0; round < 2; round++)
    {
      for (i = 0; i < LIVE; i++)
        {
          code[i] = ct_make_closure (&cl[i], &cif, handler,
                                     (void *) (intptr_t) (i + round));
          if (round == 0)
            {
              first[i] = cl[i];
              first_code[i] = code[i];
            }
        }
      for (i = 0; i < LIVE; i++)
        CHECK_EQ_INT (((fn) code[i]) (1), 3 + i + round);
      if (round == 1)
        for (i = 0; i < LIVE; i++)
          {
            CHECK (contains ((void *const *) first, LIVE, cl[i]));
            CHECK (contains (first_code, LIVE, code[i]));
          }
      for (i = 0; i < LIVE; i++)
        ffi_closure_free (cl[i]);
    }
  printf ("%d live, freed and allocated again: recycled\n", LIVE);
}

static void
every_size (void)
{
  static unsigned char *mem[MAXSIZE + 1];
  static void *code[MAXSIZE + 1];
  size_t size, i;

  for (size = 1; size <= MAXSIZE; size++)
    {
      mem[size] = ffi_closure_alloc (size, &code[size]);
      CHECK (mem[size] != NULL && code[size] != NULL);
      CHECK ((uintptr_t) mem[size] % alignof (max_align_t) == 0);
      for (i = 0; i < size; i++)
        mem[size][i] = pattern (i, size);
    }
  /* Free every third, make closures of other sizes in their place.  */
  for (size = 3; size <= MAXSIZE; size += 3)
    ffi_closure_free (mem[size]);
  for (size = 3; size <= MAXSIZE; size += 3)
    {
      mem[size] = ffi_closure_alloc (MAXSIZE + 1 - size, &code[size]);
      CHECK (mem[size] != NULL);
      memset (mem[size], 0xee, MAXSIZE + 1 - size);
    }
  for (size = 1; size <= MAXSIZE; size++)
    if (size % 3 != 0)
      for (i = 0; i < size; i++)
        CHECK_EQ_UINT (mem[size][i], pattern (i, size));

  /* Those big enough for a closure work as closures.  */
  for (size = sizeof (ffi_closure); size <= MAXSIZE; size++)
    if (size % 3 != 0)
      {
        CHECK_OK (ffi_prep_closure_loc ((ffi_closure *) mem[size], &cif,
                                        handler, (void *) (intptr_t) size,
                                        code[size]));
        CHECK_EQ_INT (((fn) code[size]) (2), 6 + (int) size);
      }
  for (size = 1; size <= MAXSIZE; size++)
    ffi_closure_free (mem[size]);
  printf ("sizes 1 to %d: ok\n", MAXSIZE);
}

static void
reused_with_new_handler (void)
{
  ffi_closure *a, *b;
  ffi_cif cif2;
  ffi_type *types[1] = { &ffi_type_sint };
  fn fa, fb;

  CHECK_OK (ffi_prep_cif (&cif2, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  fa = (fn) ct_make_closure (&a, &cif, handler, (void *) 100);
  CHECK_EQ_INT (fa (1), 103);
  ffi_closure_free (a);
  fb = (fn) ct_make_closure (&b, &cif2, other_handler, (void *) 7);
  CHECK_EQ_INT (fb (1), -6);
  if (fb == fa)
    CHECK_EQ_INT (fa (10), 3);
  ffi_closure_free (b);
  printf ("reused with a new handler: ok\n");
}

static void
no_malloc (void)
{
  ffi_closure *cl[300];
  void *code;
  size_t before, after;
  int i;

  if (TEST_ASAN || test_under_valgrind ())
    {
      /* Their allocators keep their own books.  */
      printf ("heap: not measured here\n");
      return;
    }
  before = mallinfo2 ().uordblks;
  for (i = 0; i < 300; i++)
    {
      cl[i] = ffi_closure_alloc (sizeof (ffi_closure), &code);
      CHECK (cl[i] != NULL);
    }
  after = mallinfo2 ().uordblks;
  CHECK_EQ_UINT (after, before);
  for (i = 0; i < 300; i++)
    ffi_closure_free (cl[i]);
  cl[0] = ffi_closure_alloc (4096, &code);
  CHECK (cl[0] != NULL);
  CHECK (mallinfo2 ().uordblks >= before + 4096);
  ffi_closure_free (cl[0]);
  CHECK_EQ_UINT (mallinfo2 ().uordblks, before);
  printf ("heap: untouched by small closures\n");
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_sint };

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  one_at_a_time ();
  many_live ();
  every_size ();
  reused_with_new_handler ();
  no_malloc ();
  return 0;
}

/* { dg-output "one at a time: \[12\] address\\(es\\), \[12\] trampoline\\(s\\)\n" } */
/* { dg-output "2000 live, freed and allocated again: recycled\n" } */
/* { dg-output "sizes 1 to 400: ok\n" } */
/* { dg-output "reused with a new handler: ok\n" } */
/* { dg-output "heap: (untouched by small closures|not measured here)" } */
