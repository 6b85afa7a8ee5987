/* SPDX-License-Identifier: MIT */
/* fuzz_types — libFuzzer target: arbitrary type graphs through
   ffi_prep_cif, ffi_prep_cif_var and ffi_get_struct_offsets.

   The input describes up to MAX_NODES ffi_type objects and a few
   operations on them.  A node gets a type code (mostly FFI_TYPE_STRUCT,
   also complex, every scalar code, void and codes past FFI_TYPE_LAST), a
   size (mostly 0 for structs, so that the library lays them out; also
   odd and huge ones), an alignment (powers of two, 0, non-powers of two,
   0xffff) and an element list (none, empty, up to MAX_ELEMS entries, each
   a predefined type, any node -- so subgraphs are shared and cycles are
   common -- or NULL, which ends the list early).  Argument lists have up
   to 1024 entries.

   The library must only ever return a status: never crash, hang, leak
   or touch memory it should not (the target runs under ASan and UBSan).
   And a differential check: after every call, every type must have the
   size and alignment that the model below gives its copy, a libffi-style
   layout in place with stubffi's refusals, and ffi_get_struct_offsets
   must report the model's status and offsets.  Any mismatch aborts.  */

#include <ffi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NODES 48
#define MAX_ELEMS 16
#define MAX_ARGS 1024
#define MAX_OPS 6

struct input {
  const uint8_t *p;
  size_t n;
};

/* The next input byte; 0 once the input is used up.  */
static unsigned
byte (struct input *in)
{
  if (in->n == 0)
    return 0;
  in->n--;
  return *in->p++;
}

static ffi_type nodes[MAX_NODES];
static ffi_type *node_elements[MAX_NODES][MAX_ELEMS + 1];
/* The nodes as they were made: their type codes and element lists never
   change.  */
static ffi_type saved[MAX_NODES];
static unsigned nnodes;
static ffi_type *args[MAX_ARGS];

static ffi_type *const predefined[] = {
  &ffi_type_void, &ffi_type_uint8, &ffi_type_sint8, &ffi_type_uint16,
  &ffi_type_sint16, &ffi_type_uint32, &ffi_type_sint32, &ffi_type_uint64,
  &ffi_type_sint64, &ffi_type_float, &ffi_type_double, &ffi_type_pointer,
  &ffi_type_longdouble,
#ifdef FFI_TARGET_HAS_COMPLEX_TYPE
  &ffi_type_complex_float, &ffi_type_complex_double,
  &ffi_type_complex_longdouble,
#endif
};
#define NPREDEFINED (sizeof predefined / sizeof predefined[0])
static ffi_type saved_predefined[NPREDEFINED];

static const size_t odd_sizes[] = {
  1, 2, 3, 4, 5, 7, 8, 12, 15, 16, 17, 24, 32, 33, 4096, 65536,
  0x7fffffff, 0x80000000u, (size_t) -1 / 2, (size_t) -1 / 2 + 1,
  (size_t) -1 - 7, (size_t) -1, (size_t) 1 << (sizeof (size_t) * 8 - 2),
};
static const unsigned short odd_alignments[] = {
  0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64, 4096, 0x8000, 0xffff,
};
/* Sizes of the scalar type codes 0..FFI_TYPE_POINTER, as ffi_type_*.  */
static const unsigned char natural_size[] = {
  1, 4, 4, 8, 16, 1, 1, 2, 2, 4, 4, 8, 8, 0, sizeof (void *),
};

/* A type reference: a predefined type, a node (any node, so shared
   subgraphs and cycles), or NULL.  */
static ffi_type *
pick_type (struct input *in)
{
  unsigned b = byte (in);
  if (b == 0xff)
    return NULL;
  if (b < 0x40 || nnodes == 0)
    return predefined[b % NPREDEFINED];
  return &nodes[b % nnodes];
}

static void
make_node (struct input *in, ffi_type *t, ffi_type **elements)
{
  unsigned kind = byte (in), s = byte (in), a = byte (in), count = byte (in);
  unsigned i;

  if (kind < 160)
    t->type = FFI_TYPE_STRUCT;
  else if (kind < 176)
    t->type = FFI_TYPE_COMPLEX;
  else if (kind < 240)
    t->type = (unsigned short) (kind % 15);        /* void, the scalars */
  else
    t->type = (unsigned short) (FFI_TYPE_LAST + 1 + (kind & 7) * 37);

  if (t->type == FFI_TYPE_STRUCT && s < 192)
    t->size = 0;                        /* laid out by the library */
  else if (t->type < 15 && t->type != FFI_TYPE_STRUCT && s < 160)
    t->size = natural_size[t->type];
  else if (s < 230)
    t->size = odd_sizes[s % (sizeof odd_sizes / sizeof odd_sizes[0])];
  else
    t->size = 0;

  if (a < 128)
    t->alignment = (unsigned short) (1u << (a % 5));
  else
    t->alignment = odd_alignments[a % (sizeof odd_alignments
                                       / sizeof odd_alignments[0])];

  if (count == 0xff)
    t->elements = NULL;
  else
    {
      count %= MAX_ELEMS + 1;
      for (i = 0; i < count; i++)
        elements[i] = pick_type (in);   /* a NULL ends the list early */
      elements[count] = NULL;
      t->elements = elements;
    }
}

/* ---- The layout model ------------------------------------------------------

   A shadow copy of the node graph, laid out the way libffi itself lays
   types out: recursively and in place, writing the size and alignment
   into the type as it goes (libffi's initialize_aggregate), so that a
   struct that meets itself among its members reads its own partial
   size, and a layout that fails leaves its partial size behind.  To that
   the model adds stubffi's documented refusals, where libffi would crash
   or wrap around: nesting past MODEL_MAX_DEPTH, a size past SIZE_MAX / 2
   (then nothing of the layouts still under way is written: each restores
   its type), a type code past FFI_TYPE_LAST, a complex type without its
   part.  The library computes the same
   thing another way (a record per type under way, written when its
   layout ends); after every call every node must have the size and
   alignment of its shadow.  */

#define MODEL_MAX_DEPTH 10000   /* FFI_MAX_TYPE_DEPTH */

static ffi_type shadow[MAX_NODES];
static ffi_type *shadow_elements[MAX_NODES][MAX_ELEMS + 1];

static ffi_type *
to_shadow (ffi_type *t)
{
  return t >= nodes && t < nodes + MAX_NODES ? &shadow[t - nodes] : t;
}

static void
fail (const char *what, unsigned node)
{
  fprintf (stderr, "fuzz_types: node %u: %s\n", node, what);
  abort ();
}

/* libffi's rounding, which the library shares for a malformed alignment
   (0, or not a power of two).  */
static size_t
libffi_align (size_t v, size_t a)
{
  return ((v - 1) | (a - 1)) + 1;
}

static int model_overflow;

/* initialize_aggregate, in place on the shadow graph.  */
static ffi_status
model_init (ffi_type *t, size_t *offsets, unsigned depth)
{
  size_t old_size = t->size;
  unsigned short old_align = t->alignment;
  ffi_status st = FFI_OK;
  ffi_type **e;

  if (t->elements == NULL)
    return FFI_BAD_TYPEDEF;
  t->size = 0;
  t->alignment = 0;
  for (e = t->elements; *e != NULL; e++)
    {
      ffi_type *m = *e;
      if (m->size == 0)
        {
          if (depth >= MODEL_MAX_DEPTH)
            {
              st = FFI_BAD_TYPEDEF;
              break;
            }
          st = model_init (m, NULL, depth + 1);
          if (st != FFI_OK)
            break;
        }
      t->size = libffi_align (t->size, m->alignment);
      if (offsets != NULL)
        *offsets++ = t->size;
      if (t->size > SIZE_MAX / 2 || m->size > SIZE_MAX / 2 - t->size)
        {
          model_overflow = 1;
          st = FFI_BAD_TYPEDEF;
          break;
        }
      t->size += m->size;
      if (m->alignment > t->alignment)
        t->alignment = m->alignment;
    }
  if (st == FFI_OK)
    {
      t->size = libffi_align (t->size, t->alignment);
      if (t->size == 0)
        st = FFI_BAD_TYPEDEF;
    }
  if (model_overflow)
    {
      t->size = old_size;
      t->alignment = old_align;
    }
  return st;
}

/* What the library does with one argument or result type.  */
static ffi_status
model_check (ffi_type *t)
{
  if (t == NULL)
    return FFI_BAD_TYPEDEF;
  if (t->size == 0)
    {
      ffi_status st;
      model_overflow = 0;
      st = model_init (t, NULL, 0);
      if (st != FFI_OK)
        return st;
    }
  if (t->type > FFI_TYPE_LAST
      || (t->type == FFI_TYPE_COMPLEX
          && (t->elements == NULL || t->elements[0] == NULL)))
    return FFI_BAD_TYPEDEF;
  return FFI_OK;
}

/* ffi_prep_cif's layouts: the result, then the arguments, up to the
   first refusal.  Returns what the types allow (the library may still
   refuse the signature).  */
static ffi_status
model_prep (ffi_abi abi, unsigned nargs, ffi_type *rtype, ffi_type **atypes)
{
  unsigned i;
  ffi_status st;

  if (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI)
    return FFI_BAD_ABI;
  if (nargs > 0 && atypes == NULL)
    return FFI_BAD_TYPEDEF;
  st = model_check (to_shadow (rtype));
  for (i = 0; st == FFI_OK && i < nargs; i++)
    st = model_check (to_shadow (atypes[i]));
  return st;
}

/* Every node has its shadow's size and alignment, and every predefined
   type is as it was.  */
static void
check_nodes (void)
{
  unsigned i;

  for (i = 0; i < nnodes; i++)
    {
      if (nodes[i].type != shadow[i].type
          || nodes[i].elements != saved[i].elements)
        fail ("type code or elements changed", i);
      if (nodes[i].size != shadow[i].size
          || nodes[i].alignment != shadow[i].alignment)
        {
          fprintf (stderr, "fuzz_types: node %u: size %zu alignment %u, "
                   "model %zu %u\n", i, nodes[i].size, nodes[i].alignment,
                   shadow[i].size, shadow[i].alignment);
          abort ();
        }
    }
  for (i = 0; i < NPREDEFINED; i++)
    if (memcmp (predefined[i], &saved_predefined[i], sizeof (ffi_type)) != 0)
      fail ("a predefined type changed", i);
}

static ffi_abi
pick_abi (struct input *in)
{
  unsigned b = byte (in);
  return b < 224 ? FFI_DEFAULT_ABI : (ffi_abi) (b - 224);
}

/* An argument count, mostly small, up to MAX_ARGS.  Past the first 16
   the types repeat, so long lists need no long input.  */
static unsigned
pick_args (struct input *in)
{
  unsigned b = byte (in), nargs, i, distinct;
  nargs = b < 240 ? b % 20 : ((b << 8) | byte (in)) % (MAX_ARGS + 1);
  distinct = nargs < 16 ? nargs : 16;
  for (i = 0; i < distinct; i++)
    args[i] = pick_type (in);
  for (; i < nargs; i++)
    args[i] = args[i % distinct];
  return nargs;
}

/* Invariants of an accepted cif.  */
static void
check_cif (const ffi_cif *cif, ffi_abi abi, unsigned nargs, ffi_type *rtype)
{
  unsigned i;

  if (cif->abi != abi || cif->nargs != nargs || cif->rtype != rtype
      || (nargs > 0 && cif->arg_types != args))
    fail ("accepted cif does not record its signature", 0);
  if (rtype == NULL || rtype->size == 0)
    fail ("accepted cif with an unsized return type", 0);
  for (i = 0; i < nargs; i++)
    {
      if (args[i] == NULL || args[i]->size == 0)
        fail ("accepted cif with a NULL or unsized argument", i);
#if defined(__x86_64__) && !defined(_WIN32)
      /* A struct of more than 16 bytes travels on the stack.  */
      if (abi == FFI_UNIX64 && args[i]->type == FFI_TYPE_STRUCT
          && args[i]->size > 16 && cif->bytes < args[i]->size)
        fail ("accepted cif whose stack is smaller than an argument", i);
#endif
    }
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct input in = { data, size };
  unsigned i, k, nops;

  for (i = 0; i < NPREDEFINED; i++)
    saved_predefined[i] = *predefined[i];
  memset (nodes, 0, sizeof nodes);
  nnodes = 1 + byte (&in) % MAX_NODES;
  for (i = 0; i < nnodes; i++)
    make_node (&in, &nodes[i], node_elements[i]);
  memcpy (saved, nodes, sizeof nodes);
  /* The shadow graph: the same nodes, their members the shadow nodes.  */
  memcpy (shadow, nodes, sizeof nodes);
  for (i = 0; i < nnodes; i++)
    if (nodes[i].elements != NULL)
      {
        for (k = 0; nodes[i].elements[k] != NULL; k++)
          shadow_elements[i][k] = to_shadow (nodes[i].elements[k]);
        shadow_elements[i][k] = NULL;
        shadow[i].elements = shadow_elements[i];
      }

  nops = 1 + byte (&in) % MAX_OPS;
  while (nops-- > 0)
    {
      unsigned op = byte (&in) % 4, nargs, nfixed, n;
      ffi_abi abi = pick_abi (&in);
      ffi_type *rtype = pick_type (&in);
      ffi_status st = FFI_OK, model;
      ffi_cif cif;

      switch (op)
        {
        case 0:
        case 1:
          nfixed = op == 1 ? byte (&in) : 0;
          nargs = pick_args (&in);
          if (op == 0)
            st = ffi_prep_cif (&cif, abi, nargs, rtype, args);
          else
            {
              if (nfixed < 200)
                nfixed = nargs ? nfixed % (nargs + 1) : 0;
              st = ffi_prep_cif_var (&cif, abi, nfixed, nargs, rtype, args);
            }
          model = model_prep (abi, nargs, rtype, args);
          if (model != FFI_OK && st == FFI_OK)
            fail ("ffi_prep_cif accepted a signature the model refuses",
                  (unsigned) model);
          if (st == FFI_OK)
            check_cif (&cif, abi, nargs, rtype);
          break;
        case 2:
          {
            /* On a node, with or without offsets; on rtype (a predefined
               type or NULL) when the node number is out of range.  */
            size_t offsets[MAX_ELEMS + 1], want[MAX_ELEMS + 1];
            unsigned b = byte (&in);
            ffi_type *t;
            n = b & 0x7f;
            t = n < nnodes ? &nodes[n] : rtype;
            for (i = 0; i <= MAX_ELEMS; i++)
              offsets[i] = want[i] = 0x5a5a5a5a;
            st = ffi_get_struct_offsets (abi, t, b & 0x80 ? NULL : offsets);
            if (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI)
              model = FFI_BAD_ABI;
            else if (t == NULL || t->type != FFI_TYPE_STRUCT)
              model = FFI_BAD_TYPEDEF;
            else
              {
                model_overflow = 0;
                model = model_init (to_shadow (t), want, 0);
              }
            if (st != model)
              {
                fprintf (stderr, "fuzz_types: ffi_get_struct_offsets: "
                         "status %d, model %d\n", (int) st, (int) model);
                abort ();
              }
            if (st == FFI_OK && !(b & 0x80))
              for (i = 0; i <= MAX_ELEMS; i++)
                if (offsets[i] != want[i])
                  {
                    fprintf (stderr, "fuzz_types: member %u at %zu, "
                             "model %zu\n", i, offsets[i], want[i]);
                    abort ();
                  }
            break;
          }
        default:
          /* The calls' NULL pointers: cif, argument array.  */
          nargs = pick_args (&in);
          st = ffi_prep_cif (NULL, abi, nargs, rtype, args);
          if (st == FFI_OK)
            fail ("ffi_prep_cif accepted a NULL cif", 0);
          st = ffi_prep_cif (&cif, abi, nargs ? nargs : 1, rtype, NULL);
          if (st == FFI_OK)
            fail ("ffi_prep_cif accepted NULL argument types", 0);
          break;
        }
      if (st != FFI_OK && st != FFI_BAD_TYPEDEF && st != FFI_BAD_ABI
          && st != FFI_BAD_ARGTYPE)
        fail ("status is not an ffi_status", (unsigned) st);
      check_nodes ();
    }
  return 0;
}
