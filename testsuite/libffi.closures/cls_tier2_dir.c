/* SPDX-License-Identifier: MIT */
/* { dg-do run } */
/* { dg-output "ok" } */
/* Tier 2 after the library's file changes: it is deleted and a directory made in its place
   once the process has its 512 tier-1 closures; 2,000 more must still
   be working closures (tier2_replace.h).  */

#include "tier2_replace.h"

int
main (void)
{
  return t2_main (T2_DIRECTORY);
}
