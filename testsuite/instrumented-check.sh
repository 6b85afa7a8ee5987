#!/bin/sh
# SPDX-License-Identifier: MIT
# Build a pristine copy of the source tree with extra configure options
# and run its make check, optionally on a part of the testsuite: the
# sanitizer builds (make check-sanitizers, make check-tsan).  .ci/run
# also runs make check-valgrind this way, apart from the main build.
#
# Usage: instrumented-check.sh SRCDIR WORKDIR [--target=TARGET]
#            CONFIGURE-OPTION... -- [RUNTESTFLAGS...]
#
# TARGET is the make target to run (default: check).
# The sources (what git tracks or would track, or else the whole tree but
# .git and WORKDIR) are copied to WORKDIR/src and built in WORKDIR/build,
# so the tree they come from may be configured in place.  The results are
# WORKDIR/build/testsuite/libffi.sum and libffi.log; the exit status is
# that of make TARGET, whose last line is summarize.sh's "N passed, M
# failed".

set -eu
srcdir=$1
workdir=$2
shift 2
target=check
case ${1-} in
  --target=*) target=${1#--target=}; shift ;;
esac
configure_options=
while test $# -gt 0 && test "$1" != --; do
  configure_options="$configure_options $1"
  shift
done
test $# -gt 0 && shift
runtestflags=$*

rm -rf "$workdir"
mkdir -p "$workdir/src" "$workdir/build"

if (cd "$srcdir" && git rev-parse --is-inside-work-tree) >/dev/null 2>&1; then
  (cd "$srcdir" && git ls-files -z --cached --others --exclude-standard |
     tar --null -T - -cf -) | tar -xf - -C "$workdir/src"
else
  case $workdir in
    "$srcdir"/*) inside="./${workdir#"$srcdir"/}" ;;
    *) inside=./.git ;;
  esac
  (cd "$srcdir" && tar -cf - --exclude=./.git --exclude="$inside" .) |
    tar -xf - -C "$workdir/src"
  # A tree configured in place would make configure refuse to build
  # elsewhere: forget that build in the copy.
  if test -f "$workdir/src/config.status"; then
    (cd "$workdir/src" && make distclean) >/dev/null 2>&1 ||
      rm -f "$workdir/src/config.status"
  fi
fi
if test ! -x "$workdir/src/configure"; then
  (cd "$workdir/src" && ./autogen.sh)
fi

cd "$workdir/build"
# shellcheck disable=SC2086 # the options are words
"$workdir/src/configure" $configure_options
make
if test -n "$runtestflags"; then
  make "$target" RUNTESTFLAGS="$runtestflags"
else
  make "$target"
fi
