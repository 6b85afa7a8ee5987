/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* A void argument type, which libffi takes (Ruby's fiddle spells
   "int f(void)" with one), and a struct with a void member.  On x86-64
   and aarch64 libffi passes nothing for a void argument and never reads
   its avalue entry; on i386 its ffi_call aborts, and stubffi passes
   nothing there too.  A void member is one byte of the struct.  Both
   sides of each call are checked: ffi_call into native functions, and
   native calls into closures.  */

#include "testffi.h"

struct iv { int a; char b; };

static ffi_type *iv_elements[] = { &ffi_type_sint, &ffi_type_void, NULL };
static ffi_type iv_type = { 0, 0, FFI_TYPE_STRUCT, iv_elements };

static int
native_dvi (double d, int i)
{
  CHECK (d == 2.5);
  CHECK_EQ_INT (i, -7);
  return 41;
}

static int native_none (void) { return 77; }

static int
native_iv (struct iv s, int i)
{
  CHECK_EQ_INT (s.a, 1234);
  CHECK_EQ_INT (s.b, 'q');
  CHECK_EQ_INT (i, 9);
  return 5;
}

static void
handler_dvi (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  CHECK_EQ_UINT (cif->nargs, 4);
  CHECK (*(double *) args[0] == 2.5);
  (void) *(volatile char *) args[1];    /* readable, whatever it holds */
  CHECK_EQ_INT (*(int *) args[2], -7);
  (void) *(volatile char *) args[3];
  *(ffi_arg *) ret = (ffi_arg) (intptr_t) user_data;
}

static void
handler_iv (ffi_cif *cif, void *ret, void **args, void *user_data)
{
  struct iv *s = args[0];
  (void) cif, (void) user_data;
  CHECK_EQ_INT (s->a, 1234);
  CHECK_EQ_INT (s->b, 'q');
  CHECK_EQ_INT (*(int *) args[1], 9);
  *(ffi_arg *) ret = 6;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *dvi[4] = { &ffi_type_double, &ffi_type_void, &ffi_type_sint,
                       &ffi_type_void };
  ffi_type *only_void[1] = { &ffi_type_void };
  ffi_type *ivi[2] = { &iv_type, &ffi_type_sint };
  double d = 2.5;
  int i = -7, nine = 9;
  struct iv s = { 1234, 'q' };
  void *args[4] = { &d, NULL, &i, NULL };
  ffi_arg r = 0;


  /* ffi_call: the void arguments' avalue entries are NULL.  */
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 4, &ffi_type_sint, dvi));
  ffi_call (&cif, FFI_FN (native_dvi), &r, args);
  CHECK_EQ_INT ((int) r, 41);

  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_sint,
                          only_void));
  r = 0;
  ffi_call (&cif, FFI_FN (native_none), &r, args + 1);
  CHECK_EQ_INT ((int) r, 77);

  /* The struct with a void member is laid out as struct iv.  */
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint, ivi));
  CHECK_EQ_UINT (iv_type.size, sizeof (struct iv));
  CHECK_EQ_UINT (iv_type.alignment, _Alignof (struct iv));
  {
    void *ivargs[2] = { &s, &nine };
    r = 0;
    ffi_call (&cif, FFI_FN (native_iv), &r, ivargs);
    CHECK_EQ_INT ((int) r, 5);
  }

#if FFI_CLOSURES
  {
    void *code;
    ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), &code);
    CHECK (cl != NULL);
    CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 4, &ffi_type_sint, dvi));
    CHECK_OK (ffi_prep_closure_loc (cl, &cif, handler_dvi,
                                    (void *) (intptr_t) 33, code));
    CHECK_EQ_INT (((int (*) (double, int)) code) (2.5, -7), 33);

    {
      ffi_cif cif2;
      CHECK_OK (ffi_prep_cif (&cif2, FFI_DEFAULT_ABI, 2, &ffi_type_sint,
                              ivi));
      CHECK_OK (ffi_prep_closure_loc (cl, &cif2, handler_iv, NULL, code));
      CHECK_EQ_INT (((int (*) (struct iv, int)) code) (s, 9), 6);
    }
    ffi_closure_free (cl);
  }
#endif
  printf ("ok\n");
  return 0;
}
/* { dg-output "ok" } */
