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
   And a differential check: whenever the library has laid out a struct
   (one whose size was 0, or one passed to ffi_get_struct_offsets), its
   size, alignment and member offsets must be what the simple layout
   model below computes from its members, and the library must not have
   written to any type it did not lay out.  Any mismatch aborts.  */

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
/* What the library may not change unless it lays the node out.  */
static ffi_type saved[MAX_NODES];
/* Nonzero once the library has laid the node out (and so took over its
   size and alignment).  */
static unsigned char laid_out[MAX_NODES];
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

   C's rule for a struct of the members' current sizes and alignments:
   each member at the next multiple of its alignment, the alignment of
   the struct that of its most aligned member, its size the end of the
   last member rounded up to that.  Written without the library's
   bit tricks.  A struct that is its own member (only possible when it
   was declared with a size) is laid out with the size and alignment it
   had before, self_size and self_align.  Returns the number of members,
   or -1 when the layout cannot exist (an alignment that is not a power
   of two, an overflow).  */
static int
model_layout (const ffi_type *t, size_t self_size, size_t self_align,
              size_t *size, size_t *align, size_t *offsets)
{
  size_t end = 0, max_align = 1;
  int n = 0;
  ffi_type **e;

  if (t->elements == NULL)
    return -1;
  for (e = t->elements; *e != NULL; e++)
    {
      size_t a = *e == t ? self_align : (*e)->alignment;
      size_t s = *e == t ? self_size : (*e)->size, start;
      if (a == 0 || (a & (a - 1)) != 0)
        return -1;
      start = (end + a - 1) / a * a;
      if (start < end || __builtin_add_overflow (start, s, &end))
        return -1;
      offsets[n++] = start;
      if (a > max_align)
        max_align = a;
    }
  *size = (end + max_align - 1) / max_align * max_align;
  if (*size < end)
    return -1;
  *align = max_align;
  return n;
}

static void
fail (const char *what, unsigned node)
{
  fprintf (stderr, "fuzz_types: node %u: %s\n", node, what);
  abort ();
}

/* Compares node i, just laid out, with the model; it had self_size and
   self_align before.  */
static void
check_layout (unsigned i, size_t self_size, size_t self_align)
{
  size_t offsets[MAX_ELEMS], size, align;
  ffi_type *t = &nodes[i];

  if (t->type != FFI_TYPE_STRUCT)
    fail ("laid out but not a struct", i);
  if (model_layout (t, self_size, self_align, &size, &align, offsets) < 0)
    fail ("laid out although the model finds no layout", i);
  if (t->size != size || t->alignment != align)
    {
      fprintf (stderr, "fuzz_types: node %u: size %zu alignment %u, "
               "model %zu %zu\n", i, t->size, t->alignment, size, align);
      abort ();
    }
}

static void
check_offsets (ffi_type *t, size_t self_size, size_t self_align,
               const size_t *got, unsigned node)
{
  size_t want[MAX_ELEMS], size, align;
  int n = model_layout (t, self_size, self_align, &size, &align, want), k;

  if (n < 0)
    fail ("ffi_get_struct_offsets succeeded where the model fails", node);
  for (k = 0; k < n; k++)
    if (got[k] != want[k])
      {
        fprintf (stderr, "fuzz_types: node %u: member %d at %zu, model %zu\n",
                 node, k, got[k], want[k]);
        abort ();
      }
  if (got[n] != (size_t) 0x5a5a5a5a)
    fail ("ffi_get_struct_offsets wrote past the last member", node);
}

/* Checks every node after a library call.  A struct laid out by this
   call is compared with the model (from its members' sizes now, which
   is sound unless the call also laid out again a struct that was sized
   already: resized says so), and so are its member offsets, which
   ffi_get_struct_offsets must now report without changing it.  A type
   the library never laid out must be as it was made, and so must every
   predefined type.  */
static void
check_nodes (int resized)
{
  unsigned i;

  for (i = 0; i < nnodes; i++)
    {
      ffi_type *t = &nodes[i];
      if (t->type != saved[i].type || t->elements != saved[i].elements)
        fail ("type code or elements changed", i);
      if (!laid_out[i] && saved[i].size == 0 && t->size != 0)
        {
          laid_out[i] = 1;      /* laid out lazily by this call */
          if (!resized)
            {
              size_t offsets[MAX_ELEMS + 1], size = t->size;
              unsigned k;
              check_layout (i, 0, 0);
              for (k = 0; k <= MAX_ELEMS; k++)
                offsets[k] = 0x5a5a5a5a;
              if (ffi_get_struct_offsets (FFI_DEFAULT_ABI, t, offsets) != FFI_OK
                  || t->size != size)
                fail ("ffi_get_struct_offsets refuses or changes a struct "
                      "laid out by ffi_prep_cif", i);
              check_offsets (t, 0, 0, offsets, i);
            }
        }
      if (!laid_out[i]
          && (t->size != saved[i].size || t->alignment != saved[i].alignment))
        fail ("size or alignment of a type not laid out changed", i);
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
  if (rtype == NULL
      || (rtype->size == 0 && rtype->type != FFI_TYPE_VOID))
    fail ("accepted cif with an unsized return type", 0);
  for (i = 0; i < nargs; i++)
    {
      if (args[i] == NULL || args[i]->size == 0
          || args[i]->type == FFI_TYPE_VOID)
        fail ("accepted cif with a NULL, unsized or void argument", i);
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
  unsigned i, nops;

  for (i = 0; i < NPREDEFINED; i++)
    saved_predefined[i] = *predefined[i];
  memset (nodes, 0, sizeof nodes);
  memset (laid_out, 0, sizeof laid_out);
  nnodes = 1 + byte (&in) % MAX_NODES;
  for (i = 0; i < nnodes; i++)
    make_node (&in, &nodes[i], node_elements[i]);
  memcpy (saved, nodes, sizeof nodes);

  nops = 1 + byte (&in) % MAX_OPS;
  while (nops-- > 0)
    {
      unsigned op = byte (&in) % 4, nargs, nfixed, n;
      ffi_abi abi = pick_abi (&in);
      ffi_type *rtype = pick_type (&in);
      ffi_status st = FFI_OK;
      int resized = 0;
      ffi_cif cif;

      switch (op)
        {
        case 0:
          nargs = pick_args (&in);
          st = ffi_prep_cif (&cif, abi, nargs, rtype, args);
          if (st == FFI_OK)
            check_cif (&cif, abi, nargs, rtype);
          break;
        case 1:
          nfixed = byte (&in);
          nargs = pick_args (&in);
          if (nfixed < 200)
            nfixed = nargs ? nfixed % (nargs + 1) : 0;
          st = ffi_prep_cif_var (&cif, abi, nfixed, nargs, rtype, args);
          if (st == FFI_OK)
            {
              if (nfixed > nargs)
                fail ("ffi_prep_cif_var accepted nfixed > nargs", nfixed);
              check_cif (&cif, abi, nargs, rtype);
            }
          break;
        case 2:
          {
            /* On a node, with or without offsets; on rtype (a predefined
               type or NULL) when the node number is out of range.  */
            size_t offsets[MAX_ELEMS + 1], old_size, old_align;
            unsigned b = byte (&in);
            ffi_type *t;
            n = b & 0x7f;
            t = n < nnodes ? &nodes[n] : rtype;
            if (t != NULL && t >= nodes && t < nodes + MAX_NODES)
              n = (unsigned) (t - nodes);
            else
              n = MAX_NODES;
            for (i = 0; i <= MAX_ELEMS; i++)
              offsets[i] = 0x5a5a5a5a;
            old_size = t ? t->size : 0;
            old_align = t ? t->alignment : 0;
            st = ffi_get_struct_offsets (abi, t, b & 0x80 ? NULL : offsets);
            if (st == FFI_OK)
              {
                if (n == MAX_NODES)
                  fail ("ffi_get_struct_offsets succeeded on a predefined "
                        "type", 0);
                resized = old_size != 0 && (t->size != old_size
                                            || t->alignment != old_align);
                laid_out[n] = 1;
                check_layout (n, old_size, old_align);
                if (!(b & 0x80))
                  check_offsets (t, old_size, old_align, offsets, n);
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
      check_nodes (resized);
    }
  return 0;
}
