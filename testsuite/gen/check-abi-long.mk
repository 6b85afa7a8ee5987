# SPDX-License-Identifier: MIT
## check-abi-long: the compiler-as-oracle ABI tests (gen/abigen.py) at
## scale, outside DejaGnu, through gen/run-abi.sh:
##
##   make check-abi-long [ABI_SEED=n] [ABI_COUNT=n] [ABI_OPT='-O0 -O2']
##                       [ABI_JOBS=n] [ABI_CONV=sysv] [ABI_CFLAGS=...]
##
## It builds every generated file against the uninstalled library
## ($(top_builddir)/.libs), runs it (through $STUBFFI_TEST_WRAPPER when set),
## prints a line per failing signature and "N passed, M failed", and fails
## if any signature failed.  The work files go to abi-long/ (kept when
## something fails).  make check runs the same generator with 500
## signatures through libffi.abi/abi.exp.
##
## Included from testsuite/Makefile.am (after its EXTRA_DIST line):
##   include $(srcdir)/gen/check-abi-long.mk

ABI_SEED = 1
ABI_COUNT = 20000
ABI_OPT = -O0 -O2
ABI_JOBS =
ABI_CONV = sysv
ABI_CFLAGS =

check-abi-long:
	CC='$(CC)' CFLAGS='$(CFLAGS)' $(SHELL) $(srcdir)/gen/run-abi.sh \
	  --build '$(top_builddir)' --seed '$(ABI_SEED)' \
	  --count '$(ABI_COUNT)' --opt '$(ABI_OPT)' --abi '$(ABI_CONV)' \
	  --cflags '$(CPPFLAGS) $(ABI_CFLAGS)' --jobs '$(ABI_JOBS)' \
	  --out abi-long

.PHONY: check-abi-long

EXTRA_DIST += gen/abigen.py gen/run-abi.sh gen/minimize.py \
	gen/edge-cases.txt gen/check-abi-long.mk

# For Makefile.am's clean-local: abi.exp generates into abi-gen*/.
clean-abi:
	-rm -rf abi-long abi-gen abi-gen-*
.PHONY: clean-abi
