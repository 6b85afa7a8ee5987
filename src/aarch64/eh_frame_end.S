/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64: the zero-length entry that ends .eh_frame, for the
   link without the toolchain's start files (dso.S says why), where
   crtendS.o would put it.  Unwinders that find no binary search table in
   .eh_frame_hdr walk .eh_frame until this entry.  The linker places
   input .eh_frame sections in command-line order, so Makefile.am links
   this object after every other (and none of libgcc's or libc's archive
   members, which would follow it, is linked: configure.ac).  No code,
   so it says BTI and PAC like every other object of the library.  */

#include "internal.h"

	.section .eh_frame, "a", %progbits
	.balign	4
	.long	0

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
