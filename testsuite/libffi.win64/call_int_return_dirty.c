/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "FFI_WIN64: ok\nFFI_GNUW64: ok" } */
/* The Microsoft convention leaves the bits of %rax above a narrow result
   undefined.  Hand-written callees return narrow values with garbage
   above them; ffi_call must still deliver each one widened by its type
   to a whole ffi_arg, and store exactly 1, 2 or 4 bytes for small
   structs.  */

#include "win64test.h"

__asm__ (".text\n"
         ".p2align 4\n"
         "w64_dirty_80:\n\t"          /* low byte 0x80, low word 0x8080 ... */
         "movabsq $0x5a5a5a5a80808080, %rax\n\t"
         "ret\n"
         ".p2align 4\n"
         "w64_dirty_7f:\n\t"
         "movabsq $0xa5a5a5a57fff7f7f, %rax\n\t"
         "ret\n");

extern MS uint64_t w64_dirty_80 (void) __attribute__ ((visibility ("hidden")));
extern MS uint64_t w64_dirty_7f (void) __attribute__ ((visibility ("hidden")));

static ffi_arg
call0 (void (*f) (void), ffi_type *rt)
{
  ffi_cif cif;
  w64_buf r;
  W64_PREP (&cif, 0, rt, NULL);
  w64_junk_fill (r.b, sizeof r.b);
  ffi_call (&cif, f, r.b, NULL);
  CHECK (w64_junk_intact (r.b, sizeof (ffi_arg), 16));
  return *(ffi_arg *) r.b;
}

W64_STRUCT (s1_type, &ffi_type_uint8);
W64_STRUCT (s2_type, &ffi_type_uint16);
W64_STRUCT (s4_type, &ffi_type_uint8, &ffi_type_uint8, &ffi_type_uint16);

/* A small struct result: exactly size bytes are written.  */
static void
call_small_struct (void (*f) (void), ffi_type *st, size_t size, uint64_t bits)
{
  ffi_cif cif;
  w64_buf r;
  W64_PREP (&cif, 0, st, NULL);
  CHECK_EQ_UINT (st->size, size);
  w64_junk_fill (r.b, sizeof r.b);
  ffi_call (&cif, f, r.b, NULL);
  CHECK (memcmp (r.b, &bits, size) == 0);
  CHECK (w64_junk_intact (r.b, size, sizeof r.b - size));
}

static void
run (void)
{
  void (*f80) (void) = FFI_FN (w64_dirty_80);
  void (*f7f) (void) = FFI_FN (w64_dirty_7f);

  CHECK_EQ_UINT (call0 (f80, &ffi_type_uint8), 0x80);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_sint8), (ffi_arg) (ffi_sarg) -0x80);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_uint16), 0x8080);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_sint16),
                 (ffi_arg) (ffi_sarg) (int16_t) 0x8080);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_uint32), 0x80808080u);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_sint32),
                 (ffi_arg) (ffi_sarg) (int32_t) 0x80808080u);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_sint),
                 (ffi_arg) (ffi_sarg) (int32_t) 0x80808080u);
  CHECK_EQ_UINT (call0 (f80, &ffi_type_uint64), 0x5a5a5a5a80808080ull);

  CHECK_EQ_UINT (call0 (f7f, &ffi_type_uint8), 0x7f);
  CHECK_EQ_UINT (call0 (f7f, &ffi_type_sint8), 0x7f);
  CHECK_EQ_UINT (call0 (f7f, &ffi_type_uint16), 0x7f7f);
  CHECK_EQ_UINT (call0 (f7f, &ffi_type_sint16), 0x7f7f);
  CHECK_EQ_UINT (call0 (f7f, &ffi_type_uint32), 0x7fff7f7fu);
  CHECK_EQ_UINT (call0 (f7f, &ffi_type_sint32), 0x7fff7f7f);

  call_small_struct (f80, &s1_type, 1, 0x5a5a5a5a80808080ull);
  call_small_struct (f80, &s2_type, 2, 0x5a5a5a5a80808080ull);
  call_small_struct (f7f, &s4_type, 4, 0xa5a5a5a57fff7f7full);
}

int
main (void)
{
  w64_run_all (run);
  return 0;
}
