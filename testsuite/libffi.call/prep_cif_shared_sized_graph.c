/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* Regression: a graph of structs declared with a nonzero size whose
   elements share subgraphs (each level holds the level below eight
   times) made the x86-64 classification walk every path, 8^40 of them:
   ffi_prep_cif never returned.  ffi_prep_cif does not lay out such
   structs, so their members may be anything; the walk now has a budget
   and such a type is FFI_BAD_TYPEDEF on x86-64, at once (other ports
   may accept it, but must answer at once too).  A well-formed struct
   with shared members, whose sizes add up, still works.  */

#include "testffi.h"
#include <signal.h>
#include <unistd.h>

#define DEPTH 40
#define FAN 8

static ffi_type node[DEPTH];
static ffi_type *elements[DEPTH][FAN + 1];

static void
on_alarm (int sig)
{
  (void) sig;
  static const char msg[] = "ffi_prep_cif hung on a shared type graph\n";
  if (write (2, msg, sizeof msg - 1) < 0)
    _exit (2);
  _exit (1);
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *args[1];
  /* struct { struct { char a, b; } x[2]; } laid out by hand: 4 bytes.  */
  static ffi_type *pair_elements[] = { &ffi_type_uint8, &ffi_type_uint8, NULL };
  static ffi_type pair = { 2, 1, FFI_TYPE_STRUCT, pair_elements };
  static ffi_type *quad_elements[] = { &pair, &pair, NULL };
  static ffi_type quad = { 4, 1, FFI_TYPE_STRUCT, quad_elements };
  ffi_status st[2];
  int k, j;

  signal (SIGALRM, on_alarm);
  alarm (20);

  for (k = 0; k < DEPTH; k++)
    {
      for (j = 0; j < FAN; j++)
        elements[k][j] = k == 0 ? &ffi_type_sint8 : &node[k - 1];
      elements[k][FAN] = NULL;
      node[k].size = 1;            /* declared, and far too small */
      node[k].alignment = 1;
      node[k].type = FFI_TYPE_STRUCT;
      node[k].elements = elements[k];
    }
  args[0] = &node[DEPTH - 1];
  st[0] = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &ffi_type_void, args);
  st[1] = ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 0, &node[DEPTH - 1], NULL);
  for (j = 0; j < 2; j++)
    {
#if defined(__x86_64__) && !defined(_WIN32)
      CHECK_EQ_INT (st[j], FFI_BAD_TYPEDEF);
#else
      CHECK (st[j] == FFI_OK || st[j] == FFI_BAD_TYPEDEF);
#endif
    }

  args[0] = &quad;
  CHECK_OK (ffi_prep_cif (&cif, FFI_DEFAULT_ABI, 1, &quad, args));
  alarm (0);
  return 0;
}
