/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Go-style closure values: the ffi_go_closure is the first member of a
   larger object holding captured variables, and the handler reaches
   them through the closure pointer it receives.  Several such objects
   share one cif and handler; they live on the heap, on the stack and in
   a page that is made read-only after preparation (Go keeps static
   closures in read-only data; calling one only reads it).  No
   executable memory is involved, so this works under MDWE too.  */

#include "../libffi.closures/closuretest.h"
#include <sys/mman.h>
#include <unistd.h>

#if CT_HAVE_CHAIN_THUNKS

struct counter
{
  ffi_go_closure gc;
  long step;
  long total;
  const char *name;
};

struct frozen
{
  ffi_go_closure gc;
  long step;
};

typedef long (*fn) (long);

static ffi_cif cif, frozen_cif;

static void
handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  struct counter *c = closure;
  CHECK (cif_ == &cif);
  CHECK (strncmp (c->name, "counter", 7) == 0);
  c->total += c->step * *(long *) args[0];
  CT_RET_SINT (ret, c->total);
}

static void
frozen_handler (ffi_cif *cif_, void *ret, void **args, void *closure)
{
  const struct frozen *f = closure;
  CHECK (cif_ == &frozen_cif);
  CT_RET_SINT (ret, f->step * *(long *) args[0]);
}

static long
call (void *closure_obj, long x)
{
  ffi_go_closure *gc = closure_obj;
  ct_chain_target = gc->tramp;
  ct_chain_value = gc;
  return CT_CHAIN_CALL (fn) (x);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_slong };
  struct counter *heap[4];
  struct counter on_stack;
  struct frozen *ro;
  long page = sysconf (_SC_PAGESIZE);
  int i;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, types));
  CHECK_OK (ffi_prep_cif (&frozen_cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                          types));
  for (i = 0; i < 4; i++)
    {
      heap[i] = malloc (sizeof *heap[i]);
      CHECK (heap[i] != NULL);
      CHECK_OK (ffi_prep_go_closure (&heap[i]->gc, &cif, handler));
      heap[i]->step = i + 1;
      heap[i]->total = 0;
      heap[i]->name = "counter-heap";
    }
  CHECK_OK (ffi_prep_go_closure (&on_stack.gc, &cif, handler));
  on_stack.step = -100;
  on_stack.total = 5;
  on_stack.name = "counter-stack";

  for (i = 0; i < 4; i++)
    {
      CHECK_EQ_INT (call (heap[i], 10), (i + 1) * 10);
      CHECK_EQ_INT (call (heap[i], 1), (i + 1) * 11);
    }
  CHECK_EQ_INT (call (&on_stack, 2), 5 - 200);
  CHECK_EQ_INT (call (heap[2], 0), 33);
  CHECK_EQ_INT (on_stack.total, -195);

  ro = mmap (NULL, page, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK (ro != MAP_FAILED);
  CHECK_OK (ffi_prep_go_closure (&ro->gc, &frozen_cif, frozen_handler));
  ro->step = 7;
  CHECK (mprotect (ro, page, PROT_READ) == 0);
  CHECK_EQ_INT (call (ro, 6), 42);
  CHECK_EQ_INT (call (ro, -1), -7);
  munmap (ro, page);

  for (i = 0; i < 4; i++)
    free (heap[i]);
  return 0;
}

#else
int
main (void)
{
  return TEST_UNSUPPORTED;
}
#endif
