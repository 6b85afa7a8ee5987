/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_get_struct_offsets: lays out a struct type (filling in its size and
   alignment, and those of nested struct types) and reports the offset of
   each top-level element, matching the C compiler's offsetof.  offsets
   may be NULL.  Odd layouts: padding before a wide member, tail padding,
   nested structs, a long double member, char runs.  */

#include "calltest.h"

typedef struct { char a; double b; short c; } cds;
typedef struct { short s; char c; } sc;
typedef struct { float f; } f1;
typedef struct { char a; sc b; int64_t c; f1 d; char e; } nest;
typedef struct { char a, b, c; short d; } c3s;
typedef struct { long double x; char c; } ldc;
typedef struct { char c; nest n; } outer;

STRUCT_TYPE (cds_type, &ffi_type_schar, &ffi_type_double, &ffi_type_sshort);
STRUCT_TYPE (sc_type, &ffi_type_sshort, &ffi_type_schar);
STRUCT_TYPE (f1_type, &ffi_type_float);
STRUCT_TYPE (nest_type, &ffi_type_schar, &sc_type, &ffi_type_sint64, &f1_type,
             &ffi_type_schar);
STRUCT_TYPE (c3s_type, &ffi_type_schar, &ffi_type_schar, &ffi_type_schar,
             &ffi_type_sshort);
STRUCT_TYPE (ldc_type, &ffi_type_longdouble, &ffi_type_schar);
STRUCT_TYPE (outer_type, &ffi_type_schar, &nest_type);

static void
check_offsets (ffi_type *t, const size_t *want, size_t n, size_t size,
               size_t align)
{
  size_t got[16];
  size_t k;
  memset (got, 0xff, sizeof got);
  CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, t, got));
  for (k = 0; k < n; k++)
    CHECK_EQ_UINT (got[k], want[k]);
  /* Only n offsets are written.  */
  CHECK_EQ_UINT (got[n], (size_t) -1);
  CHECK_EQ_UINT (t->size, size);
  CHECK_EQ_UINT (t->alignment, align);
  CHECK_EQ_UINT (t->type, FFI_TYPE_STRUCT);
}

int
main (void)
{
  {
    size_t w[3] = { offsetof (cds, a), offsetof (cds, b), offsetof (cds, c) };
    CHECK_EQ_UINT (cds_type.size, 0);
    check_offsets (&cds_type, w, 3, sizeof (cds), _Alignof (cds));
#if defined(__x86_64__)
    CHECK_EQ_UINT (w[1], 8);
    CHECK_EQ_UINT (w[2], 16);
    CHECK_EQ_UINT (cds_type.size, 24);
#endif
  }
  {
    size_t w[5] = { offsetof (nest, a), offsetof (nest, b), offsetof (nest, c),
                    offsetof (nest, d), offsetof (nest, e) };
    CHECK_EQ_UINT (sc_type.size, 0);
    check_offsets (&nest_type, w, 5, sizeof (nest), _Alignof (nest));
    /* The nested types were laid out on the way.  */
    CHECK_EQ_UINT (sc_type.size, sizeof (sc));
    CHECK_EQ_UINT (sc_type.alignment, _Alignof (sc));
    CHECK_EQ_UINT (f1_type.size, sizeof (f1));
  }
  {
    size_t w[4] = { 0, 1, 2, offsetof (c3s, d) };
    check_offsets (&c3s_type, w, 4, sizeof (c3s), _Alignof (c3s));
    CHECK_EQ_UINT (w[3], 4);
    CHECK_EQ_UINT (c3s_type.size, 6);
  }
  {
    size_t w[2] = { offsetof (ldc, x), offsetof (ldc, c) };
    check_offsets (&ldc_type, w, 2, sizeof (ldc), _Alignof (ldc));
#if defined(__x86_64__)
    CHECK_EQ_UINT (ldc_type.size, 32);
    CHECK_EQ_UINT (ldc_type.alignment, 16);
#endif
  }
  {
    /* An already laid out nested type inside a new one.  */
    size_t w[2] = { offsetof (outer, c), offsetof (outer, n) };
    check_offsets (&outer_type, w, 2, sizeof (outer), _Alignof (outer));
  }
  {
    /* offsets may be NULL: only the layout is done.  */
    ffi_type *el[4] = { &ffi_type_sint8, &ffi_type_double, &ffi_type_sint8,
                        NULL };
    ffi_type fresh = { 0, 0, FFI_TYPE_STRUCT, el };
    CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &fresh, NULL));
    CHECK_EQ_UINT (fresh.size, sizeof (cds));
    CHECK_EQ_UINT (fresh.alignment, _Alignof (double));
    /* Asking again for an already laid out type gives the same answer.  */
    {
      size_t got[3];
      CHECK_OK (ffi_get_struct_offsets (FFI_DEFAULT_ABI, &fresh, got));
      CHECK_EQ_UINT (got[0], 0);
      CHECK_EQ_UINT (got[1], offsetof (cds, b));
      CHECK_EQ_UINT (got[2], offsetof (cds, c));
      CHECK_EQ_UINT (fresh.size, sizeof (cds));
    }
  }
  return 0;
}
