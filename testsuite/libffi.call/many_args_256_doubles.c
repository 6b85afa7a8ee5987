/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* 256 double arguments: eight in %xmm0-7 on x86-64, 248 on the stack.
   Each value is distinct and exactly representable; the callee checks
   each one and returns a double that depends on the last ones.  */

#include "calltest.h"

#define N 256
#define DVAL(k) (((k) % 2 ? -1.0 : 1.0) * ((k) + 1.0 + (k) * 0x1p-30))

static int calls;

static double
take256 (double d0, double d1, double d2, double d3, double d4, double d5,
     double d6, double d7, double d8, double d9, double d10, double d11,
     double d12, double d13, double d14, double d15, double d16, double d17,
     double d18, double d19, double d20, double d21, double d22, double d23,
     double d24, double d25, double d26, double d27, double d28, double d29,
     double d30, double d31, double d32, double d33, double d34, double d35,
     double d36, double d37, double d38, double d39, double d40, double d41,
     double d42, double d43, double d44, double d45, double d46, double d47,
     double d48, double d49, double d50, double d51, double d52, double d53,
     double d54, double d55, double d56, double d57, double d58, double d59,
     double d60, double d61, double d62, double d63, double d64, double d65,
     double d66, double d67, double d68, double d69, double d70, double d71,
     double d72, double d73, double d74, double d75, double d76, double d77,
     double d78, double d79, double d80, double d81, double d82, double d83,
     double d84, double d85, double d86, double d87, double d88, double d89,
     double d90, double d91, double d92, double d93, double d94, double d95,
     double d96, double d97, double d98, double d99, double d100, double d101,
     double d102, double d103, double d104, double d105, double d106,
     double d107, double d108, double d109, double d110, double d111,
     double d112, double d113, double d114, double d115, double d116,
     double d117, double d118, double d119, double d120, double d121,
     double d122, double d123, double d124, double d125, double d126,
     double d127, double d128, double d129, double d130, double d131,
     double d132, double d133, double d134, double d135, double d136,
     double d137, double d138, double d139, double d140, double d141,
     double d142, double d143, double d144, double d145, double d146,
     double d147, double d148, double d149, double d150, double d151,
     double d152, double d153, double d154, double d155, double d156,
     double d157, double d158, double d159, double d160, double d161,
     double d162, double d163, double d164, double d165, double d166,
     double d167, double d168, double d169, double d170, double d171,
     double d172, double d173, double d174, double d175, double d176,
     double d177, double d178, double d179, double d180, double d181,
     double d182, double d183, double d184, double d185, double d186,
     double d187, double d188, double d189, double d190, double d191,
     double d192, double d193, double d194, double d195, double d196,
     double d197, double d198, double d199, double d200, double d201,
     double d202, double d203, double d204, double d205, double d206,
     double d207, double d208, double d209, double d210, double d211,
     double d212, double d213, double d214, double d215, double d216,
     double d217, double d218, double d219, double d220, double d221,
     double d222, double d223, double d224, double d225, double d226,
     double d227, double d228, double d229, double d230, double d231,
     double d232, double d233, double d234, double d235, double d236,
     double d237, double d238, double d239, double d240, double d241,
     double d242, double d243, double d244, double d245, double d246,
     double d247, double d248, double d249, double d250, double d251,
     double d252, double d253, double d254, double d255)
{
  double got[N] = {
    d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16,
    d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31,
    d32, d33, d34, d35, d36, d37, d38, d39, d40, d41, d42, d43, d44, d45, d46,
    d47, d48, d49, d50, d51, d52, d53, d54, d55, d56, d57, d58, d59, d60, d61,
    d62, d63, d64, d65, d66, d67, d68, d69, d70, d71, d72, d73, d74, d75, d76,
    d77, d78, d79, d80, d81, d82, d83, d84, d85, d86, d87, d88, d89, d90, d91,
    d92, d93, d94, d95, d96, d97, d98, d99, d100, d101, d102, d103, d104,
    d105, d106, d107, d108, d109, d110, d111, d112, d113, d114, d115, d116,
    d117, d118, d119, d120, d121, d122, d123, d124, d125, d126, d127, d128,
    d129, d130, d131, d132, d133, d134, d135, d136, d137, d138, d139, d140,
    d141, d142, d143, d144, d145, d146, d147, d148, d149, d150, d151, d152,
    d153, d154, d155, d156, d157, d158, d159, d160, d161, d162, d163, d164,
    d165, d166, d167, d168, d169, d170, d171, d172, d173, d174, d175, d176,
    d177, d178, d179, d180, d181, d182, d183, d184, d185, d186, d187, d188,
    d189, d190, d191, d192, d193, d194, d195, d196, d197, d198, d199, d200,
    d201, d202, d203, d204, d205, d206, d207, d208, d209, d210, d211, d212,
    d213, d214, d215, d216, d217, d218, d219, d220, d221, d222, d223, d224,
    d225, d226, d227, d228, d229, d230, d231, d232, d233, d234, d235, d236,
    d237, d238, d239, d240, d241, d242, d243, d244, d245, d246, d247, d248,
    d249, d250, d251, d252, d253, d254, d255
  };
  int k;
  for (k = 0; k < N; k++)
    CHECK_EQ_FLT (got[k], DVAL (k));
  calls++;
  return got[N - 1] - got[7] + got[8];
}

int
main (void)
{
  ffi_cif cif;
  ffi_type *t[N];
  void *v[N];
  double vals[N], r;
  int k;

  for (k = 0; k < N; k++)
    {
      vals[k] = DVAL (k);
      t[k] = &ffi_type_double;
      v[k] = &vals[k];
    }
  PREP_CIF (&cif, N, &ffi_type_double, t);
  junk_fill (&r, sizeof r);
  ffi_call (&cif, FFI_FN (take256), &r, v);
  CHECK_EQ_INT (calls, 1);
  CHECK_EQ_FLT (r, DVAL (N - 1) - DVAL (7) + DVAL (8));
  return 0;
}
