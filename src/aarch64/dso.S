/* SPDX-License-Identifier: MIT */
/* stubffi — aarch64: what libffi.so.8 needs from the toolchain's start
   files, for the link that leaves them out.

   The linker gives the library the BTI and PAC property (so the dynamic
   loader maps its code as guarded pages) only if every object it links
   says BTI and PAC.  Some toolchains' start files (Debian 12's crti.o,
   crtn.o, crtbeginS.o and crtendS.o) carry no property note, so
   configure.ac ("aarch64 branch protection") links the library with
   -nostartfiles when that is what keeps the property, and links this
   file and eh_frame_end.S in their place (Makefile.am).  Of what the
   start files hold, a shared library like ours needs:
     __dso_handle      the library's identity for __cxa_atexit and
                       __register_atfork (include/ffi_common.h,
                       ffi_atfork): here;
     __cxa_finalize    called with it when the library is unloaded, which
                       runs its __cxa_atexit handlers and unregisters its
                       fork handlers, so that a fork() after dlclose does
                       not call into unmapped code: here;
     the .eh_frame terminator   eh_frame_end.S.
   and does not need:
     _init, _fini      (crti.o, crtn.o: DT_INIT and DT_FINI) constructors
                       and destructors are in .init_array and .fini_array;
     TM clone tables   (crtbeginS.o's frame_dummy and
                       __do_global_dtors_aux) only for -fgnu-tm code;
     __register_frame_info   only where there is no PT_GNU_EH_FRAME.
   Linked only into the shared library: a static program has its own
   start files, and its own __dso_handle.  */

#include "internal.h"

	.section .data.rel.ro, "aw"
	.balign	8
	.globl	__dso_handle
	.hidden	__dso_handle
	.type	__dso_handle, %object
	.size	__dso_handle, 8
/* Only the address matters; the value is the one crtbeginS.o gives it.  */
__dso_handle:
	.quad	__dso_handle

	/* Weak, as a static link (none here) may lack it.  */
	.weak	__cxa_finalize

/* Called by the loader through .fini_array, so it starts with a landing
   pad; tail-calls __cxa_finalize (&__dso_handle), without a frame.  */
	.text
	.balign	4
	.type	stubffi_dso_fini, %function
stubffi_dso_fini:
	.cfi_startproc
	BTI_C
	adrp	x16, :got:__cxa_finalize
	ldr	x16, [x16, :got_lo12:__cxa_finalize]
	cbz	x16, 1f
	adrp	x0, __dso_handle
	add	x0, x0, :lo12:__dso_handle
	br	x16
1:	ret
	.cfi_endproc
	.size	stubffi_dso_fini, .-stubffi_dso_fini

/* Priority 0 sorts before every other destructor in .fini_array, which
   runs backwards: __cxa_finalize comes after the library's own
   destructors, as crtbeginS.o's call does by being linked first.  */
	.section .fini_array.00000, "aw"
	.balign	8
	.quad	stubffi_dso_fini

	GNU_PROPERTY_NOTE
	NO_EXEC_STACK
