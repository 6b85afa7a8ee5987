#!/bin/sh
# SPDX-License-Identifier: MIT
# Build and run the libFuzzer targets (fuzz/README.md).
#
# Usage: fuzz.sh SRCDIR BUILDDIR TARGETDIR MODE ARG SOURCE...
#   SRCDIR, BUILDDIR  the source tree and a configured build tree (for the
#                     generated include/ffi.h and ffitarget.h)
#   TARGETDIR         the port's directory under src/ (x86, aarch64)
#   MODE ARG          smoke SECONDS: run each target for SECONDS
#                     runs N: run each target for N executions
#                     build -: only build
#   SOURCE...         the library's sources (libffi_la_SOURCES); the .c and
#                     .S files are compiled into each fuzzer
#
# The targets are built with clang -fsanitize=fuzzer,address,undefined into
# BUILDDIR/fuzz/build/.  Each run starts from a copy of the committed seed
# corpus (fuzz/corpus/<target>/), so the tree is never written to; the
# grown corpus is left in BUILDDIR/fuzz/build/corpus-<target>/.  Exits
# non-zero if a target fails to build or finds anything.

set -eu
srcdir=$1 builddir=$2 targetdir=$3 mode=$4 arg=$5
shift 5

CLANG=${CLANG:-clang}
targets="fuzz_types fuzz_call"
out=$builddir/fuzz/build
mkdir -p "$out/obj"

flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
includes="-I$builddir/include -I$srcdir/include -I$srcdir/src -I$srcdir/src/$targetdir"

# The library, instrumented (coverage guides the fuzzer into it too).
objs=
for src; do
  case $src in
    *.c) obj=$out/obj/$(echo "$src" | tr / _).o
         # FFI_DEBUG: the library's internal assertions (FFI_ASSERT) too.
         $CLANG $flags -DFFI_BUILDING -DFFI_DEBUG $includes \
           -c "$srcdir/$src" -o "$obj" ;;
    *.S) obj=$out/obj/$(echo "$src" | tr / _).o
         $CLANG -DFFI_BUILDING $includes -c "$srcdir/$src" -o "$obj" ;;
    *) continue ;;
  esac
  objs="$objs $obj"
done

for t in $targets; do
  # shellcheck disable=SC2086 # word lists
  $CLANG $flags $includes "$srcdir/fuzz/$t.c" $objs -o "$out/$t" -lpthread -ldl
done
echo "fuzz.sh: built $targets in $out"
test "$mode" = build && exit 0

case $mode in
  smoke) limit=-max_total_time=$arg ;;
  runs) limit=-runs=$arg ;;
  *) echo "fuzz.sh: unknown mode $mode" >&2; exit 2 ;;
esac

# The targets run side by side (one core each).
for t in $targets; do
  corpus=$out/corpus-$t
  rm -rf "$corpus" "$out/$t.status"
  mkdir -p "$corpus"
  if test -d "$srcdir/fuzz/corpus/$t"; then
    cp "$srcdir/fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null || :
  fi
  echo "fuzz.sh: $t $limit"
  (cd "$out" || exit 1
   if ./"$t" "$limit" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "$corpus" > "$out/$t.log" 2>&1; then
     echo 0
   else
     echo $?
   fi > "$out/$t.status") &
done
wait

status=0
for t in $targets; do
  if test "$(cat "$out/$t.status" 2>/dev/null)" = 0; then
    echo "fuzz.sh: $t: ok, $(grep -h '^stat::number_of_executed_units' \
      "$out/$t.log" | sed 's/.*: *//') runs, $(ls "$out/corpus-$t" | wc -l)" \
      "inputs in the corpus"
  else
    echo "fuzz.sh: $t FAILED; the end of $out/$t.log:" >&2
    tail -n 40 "$out/$t.log" >&2
    status=1
  fi
done
exit $status
