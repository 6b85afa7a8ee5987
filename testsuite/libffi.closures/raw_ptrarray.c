/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_ptrarray_to_raw and ffi_raw_to_ptrarray round trips.

   Packing: integers narrower than a cell are widened into it (zero- or
   sign-extended: readable as raw.uint / raw.sint), a float is readable
   as raw.flt, a pointer as raw.ptr, wider scalars (64-bit integers,
   double, long double) are copied into as many cells as they need, and
   a struct is represented by a pointer to it (the caller's own
   object).  Unpacking points each argument into the raw block (a
   struct at the object the cell points to), so the values read back
   are the originals.  */

#include "closuretest.h"

struct s3 { int16_t a; int8_t b; };
CT_STRUCT (s3_type, &ffi_type_sint16, &ffi_type_sint8);

#define NARGS 13

int
main (void)
{
  ffi_type *types[NARGS] = { &ffi_type_uint8, &ffi_type_sint8,
                             &ffi_type_uint16, &ffi_type_sint16,
                             &ffi_type_uint32, &ffi_type_sint32,
                             &ffi_type_uint64, &ffi_type_sint64,
                             &ffi_type_float, &ffi_type_double,
                             &ffi_type_pointer, &ffi_type_longdouble,
                             &s3_type };
  uint8_t u8 = 0xF1;
  int8_t s8 = -2;
  uint16_t u16 = 0xFFF3;
  int16_t s16 = -4;
  uint32_t u32 = 0xFFFFFFF5u;
  int32_t s32 = -6;
  uint64_t u64 = 0xFEDCBA9876543210ull;
  int64_t s64 = -0x0123456789ABCDEFll;
  float f = -0.15625f;
  double d = 6.02e23;
  void *p = &d;
  long double ld = -1.0L / 3;
  struct s3 st = { -300, 100 };
  void *avalues[NARGS] = { &u8, &s8, &u16, &s16, &u32, &s32, &u64, &s64, &f,
                           &d, &p, &ld, &st };
  void *back[NARGS];
  ffi_raw *raw;
  ffi_cif cif;
  size_t size;
  int round;

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, NARGS, &ffi_type_void,
                          types));
  size = ffi_raw_size (&cif);
  CHECK (size % sizeof (ffi_raw) == 0);
  raw = malloc (size + sizeof (ffi_raw));
  CHECK (raw != NULL);

  for (round = 0; round < 2; round++)
    {
      /* Poison, including one cell past the end.  */
      memset (raw, round ? 0x00 : 0xA5, size + sizeof (ffi_raw));
      ffi_ptrarray_to_raw (&cif, avalues, raw);

      CHECK_EQ_UINT (raw[0].uint, 0xF1);
      CHECK_EQ_INT (raw[1].sint, -2);
      CHECK_EQ_UINT (raw[2].uint, 0xFFF3);
      CHECK_EQ_INT (raw[3].sint, -4);
      CHECK_EQ_UINT (raw[4].uint, 0xFFFFFFF5u);
      CHECK_EQ_INT (raw[5].sint, -6);
#if defined(__x86_64__) && !defined(_WIN64)
      CHECK_EQ_UINT (raw[6].uint, u64);
      CHECK_EQ_INT (raw[7].sint, s64);
      CHECK_EQ_FLT (raw[8].flt, f);
      CHECK (memcmp (raw[9].data, &d, sizeof d) == 0);
      CHECK (raw[10].ptr == p);
      CHECK (memcmp (raw[11].data, &ld, 10) == 0);
      CHECK (raw[13].ptr == &st);
      /* Nothing written past the block.  */
      CHECK_EQ_UINT (((unsigned char *) raw)[size], round ? 0x00 : 0xA5);
#endif

      memset (back, 0, sizeof back);
      ffi_raw_to_ptrarray (&cif, raw, back);
      CHECK_EQ_UINT (*(uint8_t *) back[0], u8);
      CHECK_EQ_INT (*(int8_t *) back[1], s8);
      CHECK_EQ_UINT (*(uint16_t *) back[2], u16);
      CHECK_EQ_INT (*(int16_t *) back[3], s16);
      CHECK_EQ_UINT (*(uint32_t *) back[4], u32);
      CHECK_EQ_INT (*(int32_t *) back[5], s32);
      CHECK_EQ_UINT (*(uint64_t *) back[6], u64);
      CHECK_EQ_INT (*(int64_t *) back[7], s64);
      CHECK_EQ_FLT (*(float *) back[8], f);
      CHECK_EQ_FLT (*(double *) back[9], d);
      CHECK (*(void **) back[10] == p);
      /* Only 8-byte aligned in the raw block (cells, as in libffi):
         copied out, not read as a long double lvalue.  */
      {
        long double got;
        memcpy (&got, back[11], sizeof got);
        CHECK_EQ_FLT (got, ld);
      }
      CHECK (back[12] == &st);
      /* Scalars are read in place from the raw block.  */
      CHECK ((char *) back[0] >= (char *) raw
             && (char *) back[11] < (char *) raw + size);
    }
  free (raw);
  return 0;
}
