/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Freed and reused closures.

   Allocates 300 closures with distinct user_data, frees every third
   one, allocates 150 more, and checks that every live closure (old and
   new) still calls its own handler with its own user_data, and that the
   code addresses of live closures are pairwise distinct.  Repeats the
   free/allocate round a few times with different strides.  */

#include "closuretest.h"

#define N 300
#define EXTRA 150

typedef int (*fn) (int);

struct slot
{
  ffi_closure *cl;
  void *code;
  int id;
};

static ffi_cif cif;
static struct slot slots[N + EXTRA];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  const struct slot *s = user_data;
  CHECK (cif_ == &cif);
  CT_RET_SINT (ret, s->id * 1000 + *(int *) args[0]);
}

static void
make (struct slot *s, int id)
{
  s->id = id;
  s->code = ct_make_closure (&s->cl, &cif, handler, s);
}

static int
cmp_ptr (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) *(void *const *) a;
  uintptr_t y = (uintptr_t) *(void *const *) b;
  return (x > y) - (x < y);
}

static void
check_all (int n)
{
  static void *codes[N + EXTRA];
  int i, live = 0;
  for (i = 0; i < n; i++)
    if (slots[i].cl != NULL)
      {
        CHECK_EQ_INT (((fn) slots[i].code) (i % 7),
                      slots[i].id * 1000 + i % 7);
        CHECK (slots[i].cl->user_data == &slots[i]);
        codes[live++] = slots[i].code;
      }
  qsort (codes, live, sizeof codes[0], cmp_ptr);
  for (i = 1; i < live; i++)
    CHECK (codes[i - 1] != codes[i]);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_sint };
  int round, i, id = 1;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint, types));
  for (i = 0; i < N; i++)
    make (&slots[i], id++);
  check_all (N);

  for (round = 2; round <= 5; round++)
    {
      int freed = 0;
      for (i = round % 3; i < N; i += round)
        {
          ffi_closure_free (slots[i].cl);
          slots[i].cl = NULL;
          freed++;
        }
      check_all (N);
      for (i = 0; i < N; i++)
        if (slots[i].cl == NULL)
          make (&slots[i], id++);
      for (i = N; i < N + EXTRA; i++)
        {
          if (slots[i].cl != NULL)
            ffi_closure_free (slots[i].cl);
          make (&slots[i], id++);
        }
      CHECK (freed > 0);
      check_all (N + EXTRA);
    }

  for (i = 0; i < N + EXTRA; i++)
    ffi_closure_free (slots[i].cl);
  return 0;
}
