#!/bin/sh
# SPDX-License-Identifier: MIT
# stubffi: make bench-sweeps.  Runs bench/sweeps on our libffi.so.8 and on
# the system's, then prints the tables (bench/sweeps.md explains them).
#
#   run-sweeps.sh SWEEPS LIBDIR OUTDIR
#
# SWEEPS  the program (linked without an rpath)
# LIBDIR  the directory holding our libffi.so.8 (the build tree's .libs)
# OUTDIR  where sweeps.md (the tables) and raw/ go (make: bench/sweeps-out)
#
# Native build: instructions by callgrind, ns by timed runs, and the same
# counts once more under qemu-user (qemu-$(uname -m)), which checks the
# qemu counter against callgrind.  Cross build (SWEEPS_WRAPPER set, e.g.
# "qemu-aarch64 -L /usr/aarch64-linux-gnu"): instructions by the qemu
# counter only; emulated time means nothing, so no ns.
#
# Environment: SWEEPS_SYSTEM_LIBDIR (the directory of the system's
# libffi.so.8; default: wherever the loader finds one), SWEEPS_SYSTEM=0
# (ours only), SWEEPS_QEMU=0 (no qemu count on a native build), SWEEPS_CG_N
# (default 100), SWEEPS_QEMU_N (default 10), SWEEPS_MS (one timed run,
# default 0.2), SWEEPS_REPS (timed runs per loop, default 11; the minimum
# counts).  A wrong answer or a
# failed proof of the library fails the run; a missed goal does not.

set -eu

if [ $# -ne 3 ]; then
  echo "usage: $0 SWEEPS LIBDIR OUTDIR" >&2
  exit 2
fi
prog=$1
libdir=$(cd "$2" && pwd)
out=$3
here=$(cd "$(dirname "$0")" && pwd)
py="${PYTHON3:-python3} $here/sweeps.py"
wrapper=${SWEEPS_WRAPPER:-}
cg_n=${SWEEPS_CG_N:-100}
q_n=${SWEEPS_QEMU_N:-10}

fail() {
  echo "sweeps: $*" >&2
  exit 1
}

[ -x "$prog" ] || fail "$prog: not built"
case $prog in
  /*) ;;
  *) prog=$(pwd)/$prog ;;
esac
ours_lib=$(readlink -f "$libdir/libffi.so.8") || fail "no $libdir/libffi.so.8"
raw=$out/raw
rm -rf "$raw"
mkdir -p "$raw/ours" "$raw/system" "$raw/empty"
sys_dir=${SWEEPS_SYSTEM_LIBDIR:-$(cd "$raw/empty" && pwd)}
start=$(date +%s)

dir_of() {
  if [ "$1" = ours ]; then echo "$libdir"; else echo "$sys_dir"; fi
}
expect_of() {
  if [ "$1" = ours ]; then echo "--expect $ours_lib"
  else echo "--expect-not $ours_lib"; fi
}

# run SIDE CMD...: CMD (under the wrapper, if any) on that side's library.
run() {
  side=$1
  shift
  if [ -n "$wrapper" ]; then
    $wrapper -E LD_LIBRARY_PATH="$(dir_of "$side")" "$@"
  else
    LD_LIBRARY_PATH=$(dir_of "$side") "$@"
  fi
}

# qemu_count SIDE QEMU...: the qemu-user counts of SIDE into raw/SIDE/QDIR.
qemu_count() {
  side=$1
  qdir=$2
  shift 2
  d=$raw/$side/$qdir
  mkdir -p "$d"
  cp "$raw/$side/lib.txt" "$raw/points.txt" "$d/"
  "$@" -E LD_LIBRARY_PATH="$(dir_of "$side")" -d in_asm,exec,nochain \
    -D "$d/qemu.log" "$prog" count --n "$q_n" $(expect_of "$side") \
    > "$d/segs.txt" || fail "$side: the qemu-user run failed"
  $py qemu-count "$d/segs.txt" < "$d/qemu.log" > "$d/counts.txt" \
    || fail "$side: counting the qemu-user log failed"
  rm -f "$d/qemu.log"
}

run ours "$prog" whoami --expect "$ours_lib" > "$raw/ours/lib.txt" \
  || fail "the proof failed for our library ($ours_lib)"
run ours "$prog" points > "$raw/points.txt" || fail "points failed"
sides=ours
if [ "${SWEEPS_SYSTEM:-1}" = 0 ]; then
  rm -rf "$raw/system"
elif run system "$prog" whoami --expect-not "$ours_lib" \
       > "$raw/system/lib.txt" 2> "$raw/system/whoami.err"; then
  sides="ours system"
elif grep -q 'libffi\.so\.8: cannot open shared object' \
       "$raw/system/whoami.err"; then
  echo "sweeps: no system libffi.so.8: ours only" >&2
  rm -rf "$raw/system"
else
  cat "$raw/system/whoami.err" >&2
  fail "the proof failed for the system libffi"
fi
for side in $sides; do
  cp "$raw/points.txt" "$raw/$side/"
  echo "sweeps: $side: $(sed -n 's/^library //p' "$raw/$side/lib.txt")" >&2
done

report_args=
if [ -n "$wrapper" ]; then
  # Cross: the qemu-user counter is the only instruction count.
  pids=
  for side in $sides; do
    qemu_count "$side" q $wrapper &
    pids="$pids $!"
  done
  for pid in $pids; do wait "$pid" || fail "a qemu-user count failed"; done
  report_args="--ours $raw/ours/q --counter qemu-user,N=$q_n"
  [ -d "$raw/system" ] && report_args="$report_args --system $raw/system/q"
else
  command -v valgrind > /dev/null 2>&1 || fail "valgrind is needed"
  pids=
  for side in $sides; do
    mkdir -p "$raw/$side/cg"
    run "$side" valgrind --tool=callgrind --collect-atstart=no \
      --toggle-collect=bench_segment --dump-after=bench_segment \
      --dump-instr=no --callgrind-out-file="$raw/$side/cg/cg.out" \
      --log-file="$raw/$side/cg/valgrind.log" \
      "$prog" count --n "$cg_n" $(expect_of "$side") \
      > "$raw/$side/segs.txt" &
    pids="$pids $!"
  done
  for pid in $pids; do wait "$pid" || fail "the callgrind run failed"; done
  # ns: one side after the other, nothing else of ours running.
  for side in $sides; do
    run "$side" "$prog" time --ms "${SWEEPS_MS:-0.2}" \
      --reps "${SWEEPS_REPS:-11}" $(expect_of "$side") \
      > "$raw/$side/time.txt" || fail "$side: the timing run failed"
  done
  report_args="--ours $raw/ours --counter callgrind,N=$cg_n --reps ${SWEEPS_REPS:-11}"
  [ -d "$raw/system" ] && report_args="$report_args --system $raw/system"
  qemu=qemu-$(uname -m)
  if [ "${SWEEPS_QEMU:-1}" != 0 ] && command -v "$qemu" > /dev/null 2>&1; then
    for side in $sides; do
      qemu_count "$side" q "$qemu"
    done
    report_args="$report_args --validate $raw/ours/q"
    [ -d "$raw/system" ] && report_args="$report_args --validate-system $raw/system/q"
  fi
fi

if [ -n "$wrapper" ]; then arch=${SWEEPS_ARCH:-cross}; else arch=$(uname -m); fi
$py report $report_args --arch "$arch" > "$out/sweeps.md" \
  || fail "the report failed"
cat "$out/sweeps.md"
echo "sweeps: $out/sweeps.md written ($(( $(date +%s) - start )) s)" >&2
