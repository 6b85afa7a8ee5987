/* stubffi — target-independent half of cif preparation: ABI and type
   validation, struct layout, ffi_prep_cif(_var), ffi_get_struct_offsets.  */

#include "ffi_common.h"

static int
is_power_of_two (size_t v)
{
  return v != 0 && (v & (v - 1)) == 0;
}

/* Lays out a struct from its elements with natural alignment and tail
   padding, storing each member's offset when offsets is not NULL.  The
   type is written only once everything checked out.  */
static ffi_status
layout_struct (ffi_type *t, size_t *offsets, unsigned depth)
{
  size_t size = 0, align = 1;
  ffi_type **e;

  if (t->elements == NULL || t->elements[0] == NULL)
    return FFI_BAD_TYPEDEF;

  for (e = t->elements; *e != NULL; e++)
    {
      ffi_type *m = *e;
      ffi_status st = ffi_check_type (m, depth + 1);

      if (st != FFI_OK)
        return st;
      if (m->type == FFI_TYPE_VOID)
        return FFI_BAD_TYPEDEF;
      if (m->alignment > align)
        align = m->alignment;
      size = FFI_ALIGN (size, m->alignment);
      if (offsets != NULL)
        *offsets++ = size;
      if (m->size > SIZE_MAX / 2 - size)
        return FFI_BAD_TYPEDEF;
      size += m->size;
    }

  size = FFI_ALIGN (size, align);
  if (align > 0xffff)
    return FFI_BAD_TYPEDEF;
  t->size = size;
  t->alignment = (unsigned short) align;
  return FFI_OK;
}

ffi_status
ffi_check_type (ffi_type *t, unsigned depth)
{
  if (UNLIKELY (t == NULL || depth > FFI_MAX_TYPE_DEPTH))
    return FFI_BAD_TYPEDEF;

  if (t->size == 0)
    {
      /* Only a struct may arrive unsized: it is laid out on first use.  */
      if (t->type != FFI_TYPE_STRUCT)
        return FFI_BAD_TYPEDEF;
      return layout_struct (t, NULL, depth);
    }

  if (UNLIKELY (t->type > FFI_TYPE_LAST || !is_power_of_two (t->alignment)))
    return FFI_BAD_TYPEDEF;
  if ((t->type == FFI_TYPE_STRUCT || t->type == FFI_TYPE_COMPLEX)
      && (t->elements == NULL || t->elements[0] == NULL))
    return FFI_BAD_TYPEDEF;
  return FFI_OK;
}

static ffi_status
prep_cif_common (ffi_cif *cif, ffi_abi abi, unsigned nfixed, unsigned nargs,
                 ffi_type *rtype, ffi_type **atypes)
{
  unsigned i;
  ffi_status st;

  if (UNLIKELY (cif == NULL))
    return FFI_BAD_TYPEDEF;
  if (UNLIKELY (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI))
    return FFI_BAD_ABI;
  if (UNLIKELY (nargs > 0 && atypes == NULL))
    return FFI_BAD_TYPEDEF;

  cif->abi = abi;
  cif->nargs = nargs;
  cif->arg_types = atypes;
  cif->rtype = rtype;
  cif->bytes = 0;
  cif->flags = 0;

  st = ffi_check_type (rtype, 0);
  if (st != FFI_OK)
    return st;
  for (i = 0; i < nargs; i++)
    {
      ffi_type *t = atypes[i];
      /* The common case, a predefined scalar, costs two loads here.  */
      if (LIKELY (t != NULL && t->size != 0 && t->type < FFI_TYPE_STRUCT
                  && t->type != FFI_TYPE_VOID))
        continue;
      st = ffi_check_type (t, 0);
      if (st != FFI_OK)
        return st;
      if (t->type == FFI_TYPE_VOID)
        return FFI_BAD_TYPEDEF;
    }

  return ffi_prep_cif_machdep (cif, nfixed);
}

FFI_API ffi_status
ffi_prep_cif (ffi_cif *cif, ffi_abi abi, unsigned int nargs, ffi_type *rtype,
              ffi_type **atypes)
{
  return prep_cif_common (cif, abi, nargs, nargs, rtype, atypes);
}

FFI_API ffi_status
ffi_prep_cif_var (ffi_cif *cif, ffi_abi abi, unsigned int nfixedargs,
                  unsigned int ntotalargs, ffi_type *rtype, ffi_type **atypes)
{
  ffi_status st;
  unsigned i;

  if (nfixedargs > ntotalargs)
    return FFI_BAD_ARGTYPE;

  st = prep_cif_common (cif, abi, nfixedargs, ntotalargs, rtype, atypes);
  if (st != FFI_OK)
    return st;

  /* A variadic argument arrives after the default argument promotions:
     never a float, never an integer narrower than int.  */
  for (i = nfixedargs; i < ntotalargs; i++)
    {
      ffi_type *t = atypes[i];
      if (t->type == FFI_TYPE_FLOAT
          || (t->type != FFI_TYPE_STRUCT && t->type != FFI_TYPE_COMPLEX
              && t->size < sizeof (int)))
        return FFI_BAD_ARGTYPE;
    }
  return FFI_OK;
}

FFI_API ffi_status
ffi_get_struct_offsets (ffi_abi abi, ffi_type *struct_type, size_t *offsets)
{
  if (abi <= FFI_FIRST_ABI || abi >= FFI_LAST_ABI)
    return FFI_BAD_ABI;
  if (struct_type == NULL || struct_type->type != FFI_TYPE_STRUCT)
    return FFI_BAD_TYPEDEF;
  /* Laid out afresh, as libffi does, so that offsets can be reported even
     for a type that was already sized.  */
  return layout_struct (struct_type, offsets, 0);
}
