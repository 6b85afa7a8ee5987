#!/bin/sh
# SPDX-License-Identifier: MIT
# stubffi: make bench.  Runs bench/bench on our libffi.so.8 and on the
# system's, then prints the table and writes the JSON (bench/README.md).
#
#   run-bench.sh BENCH LIBDIR OUTDIR
#
# BENCH   the benchmark program (linked without an rpath)
# LIBDIR  the directory holding our libffi.so.8 (the build tree's .libs)
# OUTDIR  where results.json, results.md and raw/ go
#
# Each library is measured by three processes of the same program, chosen
# by LD_LIBRARY_PATH (LIBDIR for ours, an empty directory for the system's),
# each proving through dladdr (ffi_call) which library it runs on:
#   callgrind   instructions per call (both libraries at once: deterministic)
#   time        ns per call (one library after the other)
#   strace -f   system calls in steady state
#
# Environment: BENCH_SYSTEM=0 skips the system libffi; BENCH_CALLGRIND=0,
# BENCH_STRACE=0 skip those measurements; BENCH_TIME_MS, BENCH_REPS,
# BENCH_CG_N, BENCH_SYS_N tune them (bench.c).  A wrong answer or a failed
# proof fails; a missed goal does not (benchmarks are not tests).

set -eu

if [ $# -ne 3 ]; then
  echo "usage: $0 BENCH LIBDIR OUTDIR" >&2
  exit 2
fi
bench=$1
libdir=$2
out=$3

fail() {
  echo "bench: $*" >&2
  exit 1
}

[ -x "$bench" ] || fail "$bench: not built"
ours_lib=$(readlink -f "$libdir/libffi.so.8") || fail "no $libdir/libffi.so.8"
[ -f "$ours_lib" ] || fail "no $libdir/libffi.so.8"
case $bench in
  /*) ;;
  *) bench=$(pwd)/$bench ;;
esac

raw=$out/raw
rm -rf "$raw"
mkdir -p "$raw/ours/cg" "$raw/system/cg" "$raw/empty"
empty=$(cd "$raw/empty" && pwd)
start=$(date +%s)

# run SIDE CMD...: CMD with the LD_LIBRARY_PATH of that side.
run() {
  side=$1
  shift
  if [ "$side" = ours ]; then
    LD_LIBRARY_PATH=$libdir "$@"
  else
    LD_LIBRARY_PATH=$empty "$@"
  fi
}

# The proof, and the arguments that make every later process repeat it.
expect_ours="--expect $ours_lib"
expect_system="--expect-not $ours_lib --no-direct"
run ours "$bench" whoami $expect_ours > "$raw/ours/lib.txt" \
  || fail "the proof failed for our library ($ours_lib)"
sides=ours
if [ "${BENCH_SYSTEM:-1}" = 0 ]; then
  echo "bench: BENCH_SYSTEM=0: our library only" >&2
  rm -rf "$raw/system"
elif run system "$bench" whoami $expect_system \
       > "$raw/system/lib.txt" 2> "$raw/system/whoami.err"; then
  sides="ours system"
elif grep -q 'libffi\.so\.8: cannot open shared object' \
       "$raw/system/whoami.err"; then
  echo "bench: no system libffi.so.8: our library only" >&2
  rm -rf "$raw/system"
else
  cat "$raw/system/whoami.err" >&2
  fail "the proof failed for the system libffi"
fi
for side in $sides; do
  echo "bench: $side: $(sed -n 's/^library //p' "$raw/$side/lib.txt")" >&2
done

expect_of() {
  if [ "$1" = ours ]; then echo "$expect_ours"; else echo "$expect_system"; fi
}

# 1. callgrind: both sides in parallel (instruction counts do not care).
if [ "${BENCH_CALLGRIND:-1}" = 0 ]; then
  echo "bench: BENCH_CALLGRIND=0: no instruction counts" >&2
elif ! command -v valgrind > /dev/null 2>&1; then
  echo "bench: valgrind not found: no instruction counts" >&2
else
  pids=
  for side in $sides; do
    run "$side" valgrind --tool=callgrind --collect-atstart=no \
      --toggle-collect=bench_segment --dump-after=bench_segment \
      --dump-instr=no --callgrind-out-file="$raw/$side/cg/cg.out" \
      --log-file="$raw/$side/cg/valgrind.log" \
      "$bench" count $(expect_of "$side") \
      > "$raw/$side/segs-cg.txt" 2> "$raw/$side/count.err" &
    pids="$pids $!"
  done
  for pid in $pids; do
    wait "$pid" || { cat "$raw"/*/count.err "$raw"/*/cg/valgrind.log >&2;
                     fail "the callgrind run failed"; }
  done
fi

# 2. ns per call: one side after the other, nothing else of ours running.
for side in $sides; do
  run "$side" "$bench" time $(expect_of "$side") > "$raw/$side/time.txt" \
    || fail "$side: the timing run failed"
done

# 3. System calls in steady state.
if [ "${BENCH_STRACE:-1}" = 0 ]; then
  echo "bench: BENCH_STRACE=0: no system call counts" >&2
elif ! command -v strace > /dev/null 2>&1; then
  echo "bench: strace not found: no system call counts" >&2
else
  for side in $sides; do
    if ! run "$side" strace -f -qq -o "$raw/$side/strace.txt" \
         "$bench" syscalls $(expect_of "$side") \
         > "$raw/$side/segs-sys.txt" 2> "$raw/$side/strace.err"; then
      if grep -q 'ptrace' "$raw/$side/strace.err"; then
        echo "bench: strace cannot trace here: no system call counts" >&2
        rm -f "$raw/$side/strace.txt"
      else
        cat "$raw/$side/strace.err" >&2
        fail "$side: the system call run failed"
      fi
    fi
  done
fi

# 4. The table and the JSON.
system_arg=
[ -d "$raw/system" ] && system_arg="--system $raw/system"
run ours "$bench" report --ours "$raw/ours" $system_arg \
  --json "$out/results.json" > "$out/results.md" \
  || fail "the report failed"
cat "$out/results.md"
echo

# 5. Threads and memory (bench/threads.c, built beside bench): ops/s of
# closure alloc+free by 1 and 2 threads, system calls per 1,000 such
# operations with 2 threads in batches of 32 (strace -f, between the
# program's markers), bytes per closure and closures under a 256 MiB
# RLIMIT_AS.  Both sides, one after the other.
threads=$(dirname "$bench")/bench-threads
if [ -x "$threads" ]; then
  for side in $sides; do
    run "$side" "$threads" run $(expect_of "$side" | sed 's/ --no-direct//') \
      > "$raw/$side/threads.txt" || fail "$side: the threads run failed"
    run "$side" "$threads" memory $(expect_of "$side" | sed 's/ --no-direct//') \
      > "$raw/$side/memory.txt" || fail "$side: the memory run failed"
    rm -f "$raw/$side/threads-sys.txt"
    if [ "${BENCH_STRACE:-1}" != 0 ] && command -v strace > /dev/null 2>&1 \
       && run "$side" strace -f -qq -o "$raw/$side/strace-threads.txt" \
            "$threads" syscalls $(expect_of "$side" | sed 's/ --no-direct//') \
            > "$raw/$side/threads-ops.txt" 2> /dev/null; then
      # Calls between the markers, per 1,000 operations (an alloc or a
      # free is one operation; the program reports pairs).
      awk -v pairs="$(sed -n 's/^syscalls-ops //p' "$raw/$side/threads-ops.txt")" '
        /BENCHTHR begin/ { on = 1; next }
        /BENCHTHR end/ { on = 0 }
        on { n++ }
        END { printf "%d %.4f\n", n, n * 1000 / (2 * pairs) }' \
        "$raw/$side/strace-threads.txt" > "$raw/$side/threads-sys.txt"
    fi
  done
  {
    echo "| threads | pattern | ours pairs/s | ours pairs/CPU-s | CPUs | system pairs/s | system pairs/CPU-s | CPUs |"
    echo "|---|---|---|---|---|---|---|---|"
    for pat in cycle batch32; do
      for n in 1 2; do
        o=$(awk -v p=$pat -v n=$n '$1 == "threads" && $2 == p && $3 == n { printf "%.1f M | %.1f M | %s", $4 / 1e6, $5 / 1e6, $6 }' "$raw/ours/threads.txt")
        y="— | — | —"
        [ -f "$raw/system/threads.txt" ] && \
          y=$(awk -v p=$pat -v n=$n '$1 == "threads" && $2 == p && $3 == n { printf "%.1f M | %.1f M | %s", $4 / 1e6, $5 / 1e6, $6 }' "$raw/system/threads.txt")
        echo "| $n | $pat | $o | $y |"
      done
    done
    echo
    echo "| 2 threads, batch32 | ours | system |"
    echo "|---|---|---|"
    # A side without strace, or without a system libffi, has no file.
    o=$(awk '{ printf "%s (%s per 1,000 ops)", $1, $2 }' "$raw/ours/threads-sys.txt" 2>/dev/null || true)
    y=$(awk '{ printf "%s (%s per 1,000 ops)", $1, $2 }' "$raw/system/threads-sys.txt" 2>/dev/null || true)
    echo "| system calls | ${o:-—} | ${y:-—} |"
    for key in vm rss fit256; do
      o=$(awk -v k=$key '$1 == "memory" && $2 == k { print $3 }' "$raw/ours/memory.txt")
      y=$(awk -v k=$key '$1 == "memory" && $2 == k { print $3 }' "$raw/system/memory.txt" 2>/dev/null || true)
      case $key in
        vm) label="address space per closure (bytes)" ;;
        rss) label="resident memory per closure (bytes)" ;;
        fit256) label="closures under RLIMIT_AS 256 MiB" ;;
      esac
      echo "| $label | ${o:-—} | ${y:-—} |"
    done
  } > "$out/results-threads.md"
  cat "$out/results-threads.md"
  echo
fi
echo "bench: $out/results.json written ($(( $(date +%s) - start )) s)" >&2
