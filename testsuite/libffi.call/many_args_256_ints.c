/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 256 integer arguments: six in registers on x86-64, 250 on the stack.
   Every argument has its own value (including the sign bit and all bytes
   set), so a slot read twice or skipped shows.  The callee copies them
   into an array and checks each one; the result depends on all of them.  */

#include "calltest.h"

#define N 256
#define IVAL(k) ((int64_t) (0x0101010101010101ull * (uint64_t) ((k) + 1)) \
                 ^ (int64_t) ((uint64_t) (k) << 56))

static int calls;
static int64_t seen[N];

static uint64_t
take256 (int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
     int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10, int64_t a11,
     int64_t a12, int64_t a13, int64_t a14, int64_t a15, int64_t a16,
     int64_t a17, int64_t a18, int64_t a19, int64_t a20, int64_t a21,
     int64_t a22, int64_t a23, int64_t a24, int64_t a25, int64_t a26,
     int64_t a27, int64_t a28, int64_t a29, int64_t a30, int64_t a31,
     int64_t a32, int64_t a33, int64_t a34, int64_t a35, int64_t a36,
     int64_t a37, int64_t a38, int64_t a39, int64_t a40, int64_t a41,
     int64_t a42, int64_t a43, int64_t a44, int64_t a45, int64_t a46,
     int64_t a47, int64_t a48, int64_t a49, int64_t a50, int64_t a51,
     int64_t a52, int64_t a53, int64_t a54, int64_t a55, int64_t a56,
     int64_t a57, int64_t a58, int64_t a59, int64_t a60, int64_t a61,
     int64_t a62, int64_t a63, int64_t a64, int64_t a65, int64_t a66,
     int64_t a67, int64_t a68, int64_t a69, int64_t a70, int64_t a71,
     int64_t a72, int64_t a73, int64_t a74, int64_t a75, int64_t a76,
     int64_t a77, int64_t a78, int64_t a79, int64_t a80, int64_t a81,
     int64_t a82, int64_t a83, int64_t a84, int64_t a85, int64_t a86,
     int64_t a87, int64_t a88, int64_t a89, int64_t a90, int64_t a91,
     int64_t a92, int64_t a93, int64_t a94, int64_t a95, int64_t a96,
     int64_t a97, int64_t a98, int64_t a99, int64_t a100, int64_t a101,
     int64_t a102, int64_t a103, int64_t a104, int64_t a105, int64_t a106,
     int64_t a107, int64_t a108, int64_t a109, int64_t a110, int64_t a111,
     int64_t a112, int64_t a113, int64_t a114, int64_t a115, int64_t a116,
     int64_t a117, int64_t a118, int64_t a119, int64_t a120, int64_t a121,
     int64_t a122, int64_t a123, int64_t a124, int64_t a125, int64_t a126,
     int64_t a127, int64_t a128, int64_t a129, int64_t a130, int64_t a131,
     int64_t a132, int64_t a133, int64_t a134, int64_t a135, int64_t a136,
     int64_t a137, int64_t a138, int64_t a139, int64_t a140, int64_t a141,
     int64_t a142, int64_t a143, int64_t a144, int64_t a145, int64_t a146,
     int64_t a147, int64_t a148, int64_t a149, int64_t a150, int64_t a151,
     int64_t a152, int64_t a153, int64_t a154, int64_t a155, int64_t a156,
     int64_t a157, int64_t a158, int64_t a159, int64_t a160, int64_t a161,
     int64_t a162, int64_t a163, int64_t a164, int64_t a165, int64_t a166,
     int64_t a167, int64_t a168, int64_t a169, int64_t a170, int64_t a171,
     int64_t a172, int64_t a173, int64_t a174, int64_t a175, int64_t a176,
     int64_t a177, int64_t a178, int64_t a179, int64_t a180, int64_t a181,
     int64_t a182, int64_t a183, int64_t a184, int64_t a185, int64_t a186,
     int64_t a187, int64_t a188, int64_t a189, int64_t a190, int64_t a191,
     int64_t a192, int64_t a193, int64_t a194, int64_t a195, int64_t a196,
     int64_t a197, int64_t a198, int64_t a199, int64_t a200, int64_t a201,
     int64_t a202, int64_t a203, int64_t a204, int64_t a205, int64_t a206,
     int64_t a207, int64_t a208, int64_t a209, int64_t a210, int64_t a211,
     int64_t a212, int64_t a213, int64_t a214, int64_t a215, int64_t a216,
     int64_t a217, int64_t a218, int64_t a219, int64_t a220, int64_t a221,
     int64_t a222, int64_t a223, int64_t a224, int64_t a225, int64_t a226,
     int64_t a227, int64_t a228, int64_t a229, int64_t a230, int64_t a231,
     int64_t a232, int64_t a233, int64_t a234, int64_t a235, int64_t a236,
     int64_t a237, int64_t a238, int64_t a239, int64_t a240, int64_t a241,
     int64_t a242, int64_t a243, int64_t a244, int64_t a245, int64_t a246,
     int64_t a247, int64_t a248, int64_t a249, int64_t a250, int64_t a251,
     int64_t a252, int64_t a253, int64_t a254, int64_t a255)
{
  int64_t got[N] = {
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16,
    a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31,
    a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46,
    a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61,
    a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76,
    a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91,
    a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104,
    a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116,
    a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128,
    a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140,
    a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152,
    a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164,
    a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176,
    a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188,
    a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200,
    a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212,
    a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224,
    a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236,
    a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248,
    a249, a250, a251, a252, a253, a254, a255
  };
  uint64_t mix = 0;
  int k;
  for (k = 0; k < N; k++)
    {
      CHECK_EQ_INT (got[k], IVAL (k));
      seen[k] = got[k];
      mix = mix * 31 + (uint64_t) got[k];
    }
  calls++;
  return mix;
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[N];
  void *v[N];
  int64_t vals[N];
  uint64_t want = 0, r;
  int k;

  for (k = 0; k < N; k++)
    {
      vals[k] = IVAL (k);
      t[k] = &ffi_type_sint64;
      v[k] = &vals[k];
      want = want * 31 + (uint64_t) vals[k];
    }
  PREP_CIF (&cif, N, &ffi_type_uint64, t);
  CHECK_EQ_UINT (cif.nargs, N);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take256), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_UINT (r, want);
  CHECK_EQ_INT (seen[0], IVAL (0));
  CHECK_EQ_INT (seen[N - 1], IVAL (N - 1));

  /* The same cif and argument array once more.  */
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take256), &r, v);
  CHECK_EQ_UINT (r, want);
  CHECK_EQ_INT (calls, 2);
  return 0;
}
