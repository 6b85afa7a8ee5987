/* SPDX-License-Identifier: MIT */
/* stubffi — the raw and java-raw APIs: the layouts, and where the raw
   API is not native (FFI_NATIVE_RAW_API 0), the calls and closures,
   translated through the generic void *avalue[] path.  Where it is
   native (i386), the port provides ffi_raw_call and the raw closures,
   and there is no java-raw call or closure.

   Raw layout: each argument takes ceil(size / FFI_SIZEOF_ARG) ffi_raw
   cells, integers narrower than a cell are widened into it, and a struct
   takes one cell holding a pointer to it.
   Java layout: each argument takes one cell, except 64-bit integers and
   doubles, which take two; there are no structs or complex values.

   configure --disable-raw-api (FFI_NO_RAW_API) leaves all of this out, as
   libffi does; --disable-structs (FFI_NO_STRUCTS) makes a struct take its
   own bytes in cells, like any other argument, instead of a pointer cell
   (libffi's only use of that option).  */

#include "ffi_common.h"

#if !FFI_NO_RAW_API

/* The java entry points are deprecated for clients, not for us.  */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#include <alloca.h>
#include <stdlib.h>
#include <string.h>

#define CELLS(size) (FFI_ALIGN ((size), FFI_SIZEOF_ARG) / FFI_SIZEOF_ARG)

FFI_API size_t
ffi_raw_size (ffi_cif *cif)
{
  size_t cells = 0;
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
#if !FFI_NO_STRUCTS
      if (t->type == FFI_TYPE_STRUCT)
        {
          cells++;
          continue;
        }
#endif
      cells += CELLS (t->size);
    }
  return cells * sizeof (ffi_raw);
}

/* Where a value lies in its cell: an integer narrower than the cell is
   stored widened to it, so on a big-endian target (s390x) its bytes are
   the cell's last ones; on a little-endian one its first.  Other values
   (float) are stored from the cell's first byte.  */
static void *
in_cell (const ffi_type *t, void *cell, size_t cell_size)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  switch (t->type)
    {
    case FFI_TYPE_UINT8: case FFI_TYPE_SINT8:
    case FFI_TYPE_UINT16: case FFI_TYPE_SINT16:
    case FFI_TYPE_UINT32: case FFI_TYPE_SINT32: case FFI_TYPE_INT:
      if (t->size < cell_size)
        return (char *) cell + cell_size - t->size;
      break;
    default:
      break;
    }
#else
  (void) t;
  (void) cell_size;
#endif
  return cell;
}

FFI_API void
ffi_raw_to_ptrarray (ffi_cif *cif, ffi_raw *raw, void **args)
{
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
#if !FFI_NO_STRUCTS
      if (t->type == FFI_TYPE_STRUCT)
        {
          args[i] = (raw++)->ptr;
          continue;
        }
#endif
      args[i] = in_cell (t, raw, sizeof *raw);
      raw += CELLS (t->size);
    }
}

FFI_API void
ffi_ptrarray_to_raw (ffi_cif *cif, void **args, ffi_raw *raw)
{
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = args[i];
      switch (t->type)
        {
        case FFI_TYPE_UINT8:  (raw++)->uint = *(const uint8_t *) v; break;
        case FFI_TYPE_SINT8:  (raw++)->sint = *(const int8_t *) v; break;
        case FFI_TYPE_UINT16: (raw++)->uint = *(const uint16_t *) v; break;
        case FFI_TYPE_SINT16: (raw++)->sint = *(const int16_t *) v; break;
        case FFI_TYPE_UINT32: (raw++)->uint = *(const uint32_t *) v; break;
        case FFI_TYPE_INT:
        case FFI_TYPE_SINT32: (raw++)->sint = *(const int32_t *) v; break;
        case FFI_TYPE_POINTER: (raw++)->ptr = *(void *const *) v; break;
#if !FFI_NO_STRUCTS
        case FFI_TYPE_STRUCT: (raw++)->ptr = (void *) v; break;
#endif
        default:
          memcpy (raw->data, v, t->size);
          raw += CELLS (t->size);
          break;
        }
    }
}

#if !FFI_NATIVE_RAW_API
FFI_API void
ffi_raw_call (ffi_cif *cif, void (*fn) (void), void *rvalue, ffi_raw *raw)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  ffi_raw_to_ptrarray (cif, raw, avalue);
  ffi_call (cif, fn, rvalue, avalue);
}
#endif

/* ---- Java layout ---------------------------------------------------------- */

static int
java_cells (const ffi_type *t)
{
  switch (t->type)
    {
    case FFI_TYPE_UINT64:
    case FFI_TYPE_SINT64:
    case FFI_TYPE_DOUBLE:
      return 2;
    case FFI_TYPE_STRUCT:
    case FFI_TYPE_COMPLEX:
      abort ();         /* Java has neither; libffi aborts too */
    default:
      return 1;
    }
}

FFI_API size_t
ffi_java_raw_size (ffi_cif *cif)
{
  size_t cells = 0;
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    cells += java_cells (cif->arg_types[i]);
  return cells * sizeof (ffi_java_raw);
}

FFI_API void
ffi_java_raw_to_ptrarray (ffi_cif *cif, ffi_java_raw *raw, void **args)
{
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    {
      args[i] = in_cell (cif->arg_types[i], raw, sizeof *raw);
      raw += java_cells (cif->arg_types[i]);
    }
}

FFI_API void
ffi_java_ptrarray_to_raw (ffi_cif *cif, void **args, ffi_java_raw *raw)
{
  unsigned i;

  for (i = 0; i < cif->nargs; i++)
    {
      ffi_type *t = cif->arg_types[i];
      const void *v = args[i];
      int cells = java_cells (t);
      switch (t->type)
        {
        case FFI_TYPE_UINT8:  raw->uint = *(const uint8_t *) v; break;
        case FFI_TYPE_SINT8:  raw->sint = *(const int8_t *) v; break;
        case FFI_TYPE_UINT16: raw->uint = *(const uint16_t *) v; break;
        case FFI_TYPE_SINT16: raw->sint = *(const int16_t *) v; break;
        case FFI_TYPE_UINT32: raw->uint = *(const uint32_t *) v; break;
        case FFI_TYPE_INT:
        case FFI_TYPE_SINT32: raw->sint = *(const int32_t *) v; break;
        case FFI_TYPE_POINTER: raw->ptr = *(void *const *) v; break;
        default:        /* float; 64-bit and double over one or two cells */
          memcpy (raw->data, v,
                  t->size < cells * sizeof *raw ? t->size
                                                : cells * sizeof *raw);
          break;
        }
      raw += cells;
    }
}

#if !FFI_NATIVE_RAW_API
FFI_API void
ffi_java_raw_call (ffi_cif *cif, void (*fn) (void), void *rvalue,
                   ffi_java_raw *raw)
{
  void **avalue = alloca (cif->nargs * sizeof (void *));
  ffi_java_raw_to_ptrarray (cif, raw, avalue);
  ffi_call (cif, fn, rvalue, avalue);
}

/* ---- Raw closures --------------------------------------------------------- */

/* A raw closure shares ffi_closure's layout up to user_data: the generic
   entry calls translate_args (in fun's place) with this_closure (in
   user_data's place), which repacks the arguments and calls the user's
   raw handler.  */
_Static_assert (offsetof (ffi_raw_closure, translate_args)
                == offsetof (ffi_closure, fun), "raw closure layout");
_Static_assert (offsetof (ffi_raw_closure, this_closure)
                == offsetof (ffi_closure, user_data), "raw closure layout");

static void
raw_translate (ffi_cif *cif, void *rvalue, void **avalue, void *user_data)
{
  ffi_raw_closure *cl = user_data;
  ffi_raw *raw = alloca (ffi_raw_size (cif));
  ffi_ptrarray_to_raw (cif, avalue, raw);
  cl->fun (cif, rvalue, raw, cl->user_data);
}

static void
java_raw_translate (ffi_cif *cif, void *rvalue, void **avalue, void *user_data)
{
  ffi_java_raw_closure *cl = user_data;
  ffi_java_raw *raw = alloca (ffi_java_raw_size (cif));
  ffi_java_ptrarray_to_raw (cif, avalue, raw);
  cl->fun (cif, rvalue, raw, cl->user_data);
}

FFI_API ffi_status
ffi_prep_raw_closure_loc (ffi_raw_closure *cl, ffi_cif *cif,
                          void (*fun) (ffi_cif *, void *, ffi_raw *, void *),
                          void *user_data, void *codeloc)
{
  if (cl == NULL)
    return FFI_BAD_TYPEDEF;
  cl->fun = fun;
  cl->user_data = user_data;
  return ffi_prep_closure_loc ((ffi_closure *) cl, cif, raw_translate, cl,
                               codeloc);
}

FFI_API ffi_status
ffi_prep_raw_closure (ffi_raw_closure *cl, ffi_cif *cif,
                      void (*fun) (ffi_cif *, void *, ffi_raw *, void *),
                      void *user_data)
{
  return ffi_prep_raw_closure_loc (cl, cif, fun, user_data, cl);
}

FFI_API ffi_status
ffi_prep_java_raw_closure_loc (ffi_java_raw_closure *cl, ffi_cif *cif,
                               void (*fun) (ffi_cif *, void *, ffi_java_raw *,
                                            void *),
                               void *user_data, void *codeloc)
{
  if (cl == NULL)
    return FFI_BAD_TYPEDEF;
  cl->fun = fun;
  cl->user_data = user_data;
  return ffi_prep_closure_loc ((ffi_closure *) cl, cif, java_raw_translate,
                               cl, codeloc);
}

FFI_API ffi_status
ffi_prep_java_raw_closure (ffi_java_raw_closure *cl, ffi_cif *cif,
                           void (*fun) (ffi_cif *, void *, ffi_java_raw *,
                                        void *),
                           void *user_data)
{
  return ffi_prep_java_raw_closure_loc (cl, cif, fun, user_data, cl);
}

#endif /* !FFI_NATIVE_RAW_API */

#endif /* !FFI_NO_RAW_API */
