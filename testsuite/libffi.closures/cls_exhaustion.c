/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Running out of address space: ffi_closure_alloc returns NULL instead
   of crashing, the closures made so far keep working, and after they are
   freed allocation succeeds again.

   RLIMIT_AS is set to the current VmSize plus 64 MiB.  Closures are
   allocated (up to 50 million, which would need far more than 64 MiB)
   until ffi_closure_alloc returns NULL.  The closures are chained
   through their user_data (each points to the previous closure), so the
   test itself needs no memory that grows with their number; a fixed
   array holds a sample for calling.  The stack is grown before the
   limit is set, since growing it later would count against the limit.  */

#include "closuretest.h"
#include <sys/mman.h>
#include <sys/resource.h>

#define CAP 50000000L
#define SAMPLE_EVERY 64
#define SAMPLES (1L << 20)

typedef intptr_t (*fn) (intptr_t);

struct sample
{
  void *code;
  void *user_data;
};

static ffi_cif cif;
static struct sample *samples;
static ffi_closure *again[1000];

static void
handler (ffi_cif *cif_, void *ret, void **args, void *user_data)
{
  CHECK (cif_ == &cif);
  *(intptr_t *) ret = (intptr_t) user_data ^ *(intptr_t *) args[0];
}

static void __attribute__ ((noinline))
grow_stack (void)
{
  volatile char buf[512 * 1024];
  memset ((char *) buf, 1, sizeof buf);
}

int
main (void)
{
  ffi_type *types[1] = { &ffi_type_slong };
  struct rlimit rl;
  ffi_closure *last = NULL, *cl;
  long vm_kib, n = 0, nsamples = 0, i;
  void *code;

  /* ASan reserves terabytes of shadow memory at startup and needs fresh
     mappings for its own bookkeeping, which RLIMIT_AS refuses: it aborts
     before ffi_closure_alloc can return NULL.  valgrind keeps freed
     blocks from reuse (--freelist-vol), so the memory freed after running
     out cannot serve the allocations that follow.  */
  if (TEST_ASAN || test_under_valgrind ())
    {
      printf ("RLIMIT_AS does not mix with ASan or valgrind\n");
      return TEST_UNSUPPORTED;
    }
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_slong, types));
  samples = calloc (SAMPLES, sizeof samples[0]);
  CHECK (samples != NULL);
  /* Touch the sample array and the stack, and make stdio allocate its
     buffers, while memory is still plentiful.  */
  memset (samples, 0, SAMPLES * sizeof samples[0]);
  grow_stack ();
  printf ("start\n");
  fflush (stdout);
  /* One closure before the limit, so the allocator is initialised.  */
  cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
  CHECK (cl != NULL);
  ffi_closure_free (cl);

  vm_kib = ct_status_kib ("VmSize:");
  CHECK (vm_kib > 0);
  rl.rlim_cur = rl.rlim_max = ((rlim_t) vm_kib + 64 * 1024) * 1024;
  if (setrlimit (RLIMIT_AS, &rl) != 0)
    {
      perror ("setrlimit");
      return TEST_UNSUPPORTED;
    }
  /* Some environments accept the limit without enforcing it (qemu-user
     does not pass RLIMIT_AS on to its guest): then nothing would ever
     run out.  128 MiB of address space must now be refused.  */
  code = mmap (NULL, 128u << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
               -1, 0);
  if (code != MAP_FAILED)
    {
      printf ("RLIMIT_AS is not enforced here\n");
      munmap (code, 128u << 20);
      return TEST_UNSUPPORTED;
    }

  for (n = 0; n < CAP; n++)
    {
      cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
      if (cl == NULL)
        break;
      CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler, last, code));
      if (n % SAMPLE_EVERY == 0 && nsamples < SAMPLES)
        {
          samples[nsamples].code = code;
          samples[nsamples].user_data = last;
          nsamples++;
        }
      last = cl;
    }
  printf ("ffi_closure_alloc returned NULL after %ld closures\n", n);
  CHECK (n < CAP);
  CHECK (n > 1000);
  /* Still NULL, not a crash, when asked again.  */
  CHECK (ffi_closure_alloc (sizeof (ffi_closure), &code) == NULL);

  for (i = 0; i < nsamples; i++)
    CHECK_EQ_INT (((fn) samples[i].code) (0x5A5A),
                  (intptr_t) samples[i].user_data ^ 0x5A5A);

  /* Free the chain, newest first.  */
  while (last != NULL)
    {
      ffi_closure *prev = last->user_data;
      ffi_closure_free (last);
      last = prev;
    }

  /* Allocation works again.  */
  for (i = 0; i < 1000; i++)
    {
      fn f = (fn) ct_make_closure (&again[i], &cif, handler,
                                   (void *) (intptr_t) i);
      CHECK_EQ_INT (f (1), i ^ 1);
    }
  for (i = 0; i < 1000; i++)
    ffi_closure_free (again[i]);
  free (samples);
  return 0;
}
