/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "ffi printf: 42 -7 hello 3.125 x 1234567890123 ff\n" } */
/* { dg-output "no variadic arguments\n" } */
/* { dg-output "doubles: 0.5 -1.25 2.75 -4 8.5 16 -32.25 64 128.5 -256\n" } */
/* Calls to the C library's own variadic functions through
   ffi_prep_cif_var: printf (checked by dg-output and by its return
   value), a printf with no variadic arguments at all, printf with ten
   doubles (more than the SSE registers) and snprintf into a buffer
   (checked here).  */

#include "calltest.h"

int
main (void)
{
  ffi_cif cif;
  ffi_arg r;

  {
    const char *fmt = "ffi printf: %d %d %s %.3f %c %lld %x\n";
    const char *word = "hello";
    int a = 42, b = -7, c = 'x';
    double d = 3.125;
    long long q = 1234567890123LL;
    unsigned x = 0xff;
    ffi_type *t[8] = { &ffi_type_pointer, &ffi_type_sint, &ffi_type_sint,
                       &ffi_type_pointer, &ffi_type_double, &ffi_type_sint,
                       &ffi_type_sint64, &ffi_type_uint };
    void *v[8] = { &fmt, &a, &b, &word, &d, &c, &q, &x };
    PREP_CIF_VAR (&cif, 1, 8, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (printf), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (strlen ("ffi printf: 42 -7 hello 3.125 x "
                                        "1234567890123 ff\n")));
  }
  {
    const char *fmt = "no variadic arguments\n";
    ffi_type *t[1] = { &ffi_type_pointer };
    void *v[1] = { &fmt };
    PREP_CIF_VAR (&cif, 1, 1, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (printf), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (strlen (fmt)));
  }
  {
    const char *fmt = "doubles: %g %g %g %g %g %g %g %g %g %g\n";
    double d[10] = { 0.5, -1.25, 2.75, -4, 8.5, 16, -32.25, 64, 128.5, -256 };
    ffi_type *t[11];
    void *v[11];
    int k;
    t[0] = &ffi_type_pointer;
    v[0] = &fmt;
    for (k = 0; k < 10; k++)
      {
        t[k + 1] = &ffi_type_double;
        v[k + 1] = &d[k];
      }
    PREP_CIF_VAR (&cif, 1, 11, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (printf), &r, v);
    CHECK ((ffi_sarg) r > 0);
  }
  fflush (stdout);
  {
    char buf[64];
    char *bp = buf;
    size_t size = sizeof buf;
    const char *fmt = "%s|%5d|%-4u|%.2e|%p|%lu";
    const char *s = "ab";
    int i = -12;
    unsigned u = 7;
    double d = -1.5e-10;
    void *p = NULL;
    unsigned long ul = 4000000000UL;
    char want[64];
    ffi_type *t[9] = { &ffi_type_pointer, &ffi_type_ulong, &ffi_type_pointer,
                       &ffi_type_pointer, &ffi_type_sint, &ffi_type_uint,
                       &ffi_type_double, &ffi_type_pointer, &ffi_type_ulong };
    void *v[9] = { &bp, &size, &fmt, &s, &i, &u, &d, &p, &ul };
    memset (buf, 'Z', sizeof buf);
    PREP_CIF_VAR (&cif, 3, 9, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (snprintf), &r, v);
    snprintf (want, sizeof want, fmt, s, i, u, d, p, ul);
    CHECK (strcmp (buf, want) == 0);
    CHECK_EQ_UINT (r, SEXT_ARG (strlen (want)));
  }
  return 0;
}
