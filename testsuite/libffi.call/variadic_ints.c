/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* ffi_prep_cif_var with integer variadic arguments: the test's own
   variadic function reads each one with va_arg of the right type (int,
   unsigned, long, int64_t, uint64_t) and checks it; negative values and
   top-bit patterns catch a wrong width.  Variadic counts from 0 up to
   past the six integer registers, and different numbers of fixed
   arguments.  */

#include "calltest.h"

static int calls;

/* Each letter of kinds says the type of the next variadic argument.  */
/* Sums wrap (unsigned), so no test value can overflow.  */
static uint64_t
vsum (const char *kinds, ...)
{
  va_list ap;
  uint64_t sum = 0;
  int k;
  va_start (ap, kinds);
  for (k = 0; kinds[k]; k++)
    {
      int64_t x;
      switch (kinds[k])
        {
        case 'i': x = va_arg (ap, int); CHECK_EQ_INT (x, -1000 - k); break;
        case 'u':
          x = va_arg (ap, unsigned);
          CHECK_EQ_UINT (x, 0x80000000u + k);
          break;
        case 'l': x = va_arg (ap, long); CHECK_EQ_INT (x, -100000L * k); break;
        case 'q':
          x = va_arg (ap, int64_t);
          CHECK_EQ_INT (x, INT64_MIN + k);
          break;
        default:
          x = (int64_t) va_arg (ap, uint64_t);
          CHECK_EQ_UINT (x, 0xfedcba9876543210ull - k);
          break;
        }
      sum += (uint64_t) x;
    }
  va_end (ap);
  calls++;
  return sum;
}

static int
two_fixed (int a, int64_t b, ...)
{
  va_list ap;
  int c, d;
  CHECK_EQ_INT (a, -77);
  CHECK_EQ_INT (b, 0x1234567890LL);
  va_start (ap, b);
  c = va_arg (ap, int);
  d = va_arg (ap, int);
  va_end (ap);
  CHECK_EQ_INT (c, INT32_MIN);
  CHECK_EQ_INT (d, INT32_MAX);
  calls++;
  return c + d;
}

static void
run (const char *kinds)
{
  ffi_cif cif;
  ffi_type *t[20];
  void *v[20];
  int iv[20];
  unsigned uv[20];
  long lv[20];
  int64_t qv[20];
  uint64_t Qv[20], want = 0, r;
  int n = (int) strlen (kinds), k;

  t[0] = &ffi_type_pointer;
  v[0] = &kinds;
  for (k = 0; k < n; k++)
    {
      switch (kinds[k])
        {
        case 'i': iv[k] = -1000 - k; t[k + 1] = &ffi_type_sint;
          v[k + 1] = &iv[k]; want += (uint64_t) iv[k]; break;
        case 'u': uv[k] = 0x80000000u + k; t[k + 1] = &ffi_type_uint;
          v[k + 1] = &uv[k]; want += uv[k]; break;
        case 'l': lv[k] = -100000L * k; t[k + 1] = &ffi_type_slong;
          v[k + 1] = &lv[k]; want += (uint64_t) lv[k]; break;
        case 'q': qv[k] = INT64_MIN + k; t[k + 1] = &ffi_type_sint64;
          v[k + 1] = &qv[k]; want += (uint64_t) qv[k]; break;
        default: Qv[k] = 0xfedcba9876543210ull - k;
          t[k + 1] = &ffi_type_uint64;
          v[k + 1] = &Qv[k]; want += Qv[k]; break;
        }
    }
  PREP_CIF_VAR (&cif, 1, n + 1, &ffi_type_uint64, t);
  CHECK_EQ_UINT (cif.nargs, n + 1);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (vsum), &r, v);
  CHECK_EQ_UINT (r, want);
}

int
main (void)
{
  run ("");
  run ("i");
  run ("iu");
  run ("iulqQ");
  run ("iiiiiii");                  /* past the registers */
  run ("QqluiQqluiQqlui");
  CHECK_EQ_INT (calls, 6);

  {
    ffi_cif cif;
    ffi_type *t[4] = { &ffi_type_sint, &ffi_type_sint64, &ffi_type_sint,
                       &ffi_type_sint };
    int a = -77, c = INT32_MIN, d = INT32_MAX;
    int64_t b = 0x1234567890LL;
    void *v[4] = { &a, &b, &c, &d };
    ffi_arg r;
    PREP_CIF_VAR (&cif, 2, 4, &ffi_type_sint, t);
    junk_fill (&r, sizeof r);
    ffi_call (&cif, FFI_FN (two_fixed), &r, v);
    CHECK_EQ_UINT (r, SEXT_ARG (-1));
  }
  CHECK_EQ_INT (calls, 7);
  return 0;
}
