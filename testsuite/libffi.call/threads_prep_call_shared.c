/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 8 threads prepare and call at the same time, sharing what programs
   share: cifs prepared once and used by every thread, and struct types.

   Each round starts all threads together (a barrier) on a fresh set of
   struct types whose size is still 0, so that they race to lay the same
   types out in ffi_prep_cif, ffi_prep_cif_var and ffi_get_struct_offsets;
   then each thread calls through the shared cifs and its own, checking
   every result, and checks the layouts against the compiler's.  The
   ThreadSanitizer build (make check-tsan) runs this test; it must find
   no data race.  STUBFFI_TEST_SCALE scales the number of rounds.  */

#include "testffi.h"
#include <pthread.h>
#include <stddef.h>

#define THREADS 8
#define CALLS 20

struct pair { int a; double b; };
struct big { long x[5]; struct pair p; };

static struct pair
add_pair (struct pair p, int k)
{
  struct pair r = { p.a + k, p.b * 2 };
  return r;
}

static long
sum_big (struct big b)
{
  return b.x[0] + b.x[1] + b.x[2] + b.x[3] + b.x[4] + b.p.a + (long) b.p.b;
}

static int
sum_ints (int n, ...)
{
  return n;
}

/* One set of struct types, laid out by whichever thread comes first.  */
struct types {
  ffi_type pair;
  ffi_type *pair_elements[3];
  ffi_type big;
  ffi_type *big_elements[7];
};

static void
init_types (struct types *t)
{
  int i;
  t->pair_elements[0] = &ffi_type_sint;
  t->pair_elements[1] = &ffi_type_double;
  t->pair_elements[2] = NULL;
  t->pair.size = 0;
  t->pair.alignment = 0;
  t->pair.type = FFI_TYPE_STRUCT;
  t->pair.elements = t->pair_elements;
  for (i = 0; i < 5; i++)
    t->big_elements[i] = &ffi_type_slong;
  t->big_elements[5] = &t->pair;
  t->big_elements[6] = NULL;
  t->big.size = 0;
  t->big.alignment = 0;
  t->big.type = FFI_TYPE_STRUCT;
  t->big.elements = t->big_elements;
}

static long rounds;
static struct types *round_types;
static struct types shared_types;
static ffi_cif shared_add, shared_sum;
static ffi_type *shared_add_args[2], *shared_sum_args[1];
static pthread_barrier_t barrier;

static void
call_add (ffi_cif *cif, int id, int i)
{
  struct pair p = { id * 1000 + i, i + 0.5 }, r;
  int k = id;
  void *avalue[2] = { &p, &k };
  ffi_call (cif, FFI_FN (add_pair), &r, avalue);
  CHECK_EQ_INT (r.a, id * 1000 + i + id);
  CHECK_EQ_FLT (r.b, (i + 0.5) * 2);
}

static void
call_sum (ffi_cif *cif, int id, int i)
{
  struct big b = { { id, i, 1, 2, 3 }, { 4, 5.0 } };
  void *avalue[1] = { &b };
  ffi_arg r;
  ffi_call (cif, FFI_FN (sum_big), &r, avalue);
  CHECK_EQ_INT ((long) r, id + i + 15L);
}

static void
check_layout (struct types *t)
{
  size_t offsets[6];
  CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t->big, offsets));
  CHECK_EQ_UINT (t->big.size, sizeof (struct big));
  CHECK_EQ_UINT (t->big.alignment, _Alignof (struct big));
  CHECK_EQ_UINT (offsets[4], offsetof (struct big, x[4]));
  CHECK_EQ_UINT (offsets[5], offsetof (struct big, p));
  CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &t->pair, offsets));
  CHECK_EQ_UINT (t->pair.size, sizeof (struct pair));
  CHECK_EQ_UINT (offsets[1], offsetof (struct pair, b));
}

static void *
worker (void *arg)
{
  int id = (int) (intptr_t) arg, i;
  long r;

  for (r = 0; r < rounds; r++)
    {
      struct types *t = &round_types[r];
      ffi_type *add_args[2] = { &t->pair, &ffi_type_sint };
      ffi_type *sum_args[1] = { &t->big };
      ffi_type *var_args[3] = { &ffi_type_sint, &t->pair, &ffi_type_sint };
      ffi_cif add, sum, var;

      pthread_barrier_wait (&barrier);
      /* Everyone at once on types nobody has laid out.  */
      switch ((id + r) % 3)
        {
        case 0:
          CHECK_OK (ffi_prep_cif (&sum, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                                  sum_args));
          CHECK_OK (ffi_prep_cif (&add, FFI_DEFAULT_ABI, 2, &t->pair,
                                  add_args));
          break;
        case 1:
          CHECK_OK (ffi_prep_cif (&add, FFI_DEFAULT_ABI, 2, &t->pair,
                                  add_args));
          CHECK_OK (ffi_prep_cif (&sum, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                                  sum_args));
          break;
        default:
          check_layout (t);
          CHECK_OK (ffi_prep_cif (&sum, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                                  sum_args));
          CHECK_OK (ffi_prep_cif (&add, FFI_DEFAULT_ABI, 2, &t->pair,
                                  add_args));
          break;
        }
      CHECK_OK (ffi_prep_cif_var (&var, FFI_DEFAULT_ABI, 1, 3, &ffi_type_sint,
                                  var_args));

      for (i = 0; i < CALLS; i++)
        {
          call_add (&add, id, i);
          call_sum (&sum, id, i);
          call_add (&shared_add, id, i);
          call_sum (&shared_sum, id, i);
          if (i % 4 == 0)
            {
              /* Preparing on the shared, laid-out types writes nothing.  */
              ffi_cif again;
              CHECK_OK (ffi_prep_cif (&again, FFI_DEFAULT_ABI, 1,
                                      &ffi_type_slong, shared_sum_args));
              call_sum (&again, id, i);
              check_layout (&shared_types);
            }
        }
      {
        struct pair p = { 1, 2.0 };
        int n = 3, tail = 4;
        void *avalue[3] = { &n, &p, &tail };
        ffi_arg res;
        ffi_call (&var, FFI_FN (sum_ints), &res, avalue);
        CHECK_EQ_INT ((int) res, 3);
      }
      check_layout (t);
    }
  return NULL;
}

int
main (void)
{
  pthread_t threads[THREADS];
  long r;
  int i;

  rounds = test_scaled (300, 5);
  round_types = calloc ((size_t) rounds, sizeof *round_types);
  CHECK (round_types != NULL);
  for (r = 0; r < rounds; r++)
    init_types (&round_types[r]);

  init_types (&shared_types);
  shared_add_args[0] = &shared_types.pair;
  shared_add_args[1] = &ffi_type_sint;
  shared_sum_args[0] = &shared_types.big;
  CHECK_OK (ffi_prep_cif (&shared_add, FFI_DEFAULT_ABI, 2, &shared_types.pair,
                          shared_add_args));
  CHECK_OK (ffi_prep_cif (&shared_sum, FFI_DEFAULT_ABI, 1, &ffi_type_slong,
                          shared_sum_args));

  CHECK (pthread_barrier_init (&barrier, NULL, THREADS) == 0);
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_create (&threads[i], NULL, worker,
                           (void *) (intptr_t) i) == 0);
  for (i = 0; i < THREADS; i++)
    CHECK (pthread_join (threads[i], NULL) == 0);
  pthread_barrier_destroy (&barrier);
  free (round_types);
  printf ("%d threads, %ld rounds\n", THREADS, rounds);
  return 0;
}

/* { dg-output "8 threads, \[0-9\]+ rounds" } */
