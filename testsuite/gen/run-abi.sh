#!/bin/sh
# SPDX-License-Identifier: MIT
# run-abi.sh -- build and run abigen.py's ABI tests outside DejaGnu.
#
#   run-abi.sh [options]
#     --seed S          generator seed (default 1)
#     --count N         random signatures (default 500)
#     --start I         index of the first one (default 0)
#     --per-file K      signatures per C file (default 25)
#     --edge FILE       edge-case list (default edge-cases.txt beside this
#                       script); --no-edge leaves it out
#     --only NAME       just one signature (an index, or E<k> for an edge case)
#     --sig TEXT        just this signature text (repeatable)
#     --abi NAME        abigen --abi preset (default sysv)
#     --opt "LEVELS"    optimization levels (default "-O0 -O2")
#     --jobs J          parallel compiles (default: number of CPUs)
#     --out DIR         work directory (default ./abi-run); emptied first
#     --keep            keep the programs and sources of passing files too
#   Which libffi (one of):
#     --build DIR       a stubffi build tree: DIR/include, DIR/.libs
#                       (the default is the build tree this script is in,
#                       ../.. from here, when it has a library)
#     --system          the installed libffi (cc ... -lffi)
#     --ffi-cflags STR --ffi-libs STR   anything else, for example
#                       --ffi-cflags -I/tmp/qb/include
#                       --ffi-libs '-L/tmp/qb -Wl,-rpath,/tmp/qb -l:libffi.so.8'
#   Extra compiler flags (e.g. -DABIGEN_NO_VARIADIC_CLOSURES, or
#   -DABI_ATTR=... -DABI_FFI=...) go in --cflags STR or $CFLAGS.
#
# Environment: CC (default cc), CFLAGS, PYTHON (default python3),
# STUBFFI_TEST_WRAPPER (runs each program, e.g. "qemu-aarch64 -L ..."),
# STUBFFI_TEST_TIMEOUT (seconds per program, default 300).
#
# Prints one line per failure and then "N passed, M failed" counting
# signatures (a signature fails if it fails at any level) and the failing
# names; exits 1 if any failed.  A failing program is run again once per
# signature, so every failing signature of a file is named.

set -u

here=$(cd "$(dirname "$0")" && pwd)

# ---- worker: build and run one file at one level ----------------------------
if test "${1-}" = __worker; then
  src=$2 opt=$3
  stem=$(basename "$src" .c)
  tag=$(printf '%s' "$opt" | tr -c 'A-Za-z0-9\n' '_')
  exe=$AG_WORK/$stem$tag.exe
  res=$AG_WORK/res/$stem$tag.res
  log=$AG_WORK/log/$stem$tag.log
  names=$(sed -n 's/^  { "\([^"]*\)", .*/\1/p' "$src")
  to=
  if command -v timeout >/dev/null 2>&1; then
    to="timeout -k 10 ${STUBFFI_TEST_TIMEOUT:-300}"
  fi
  # shellcheck disable=SC2086
  if ! $AG_CC $AG_CFLAGS $opt $AG_FFI_CFLAGS "$src" -o "$exe" \
         $AG_FFI_LIBS -lm >"$log" 2>&1; then
    msg=$(grep -m1 -i 'error' "$log")
    for n in $names; do
      echo "FAIL $n $opt compile error: $msg"
    done >"$res"
    exit 0
  fi
  if test -s "$log"; then
    echo "WARN $stem $opt: compiler output in $log" >"$res.warn"
  fi
  # shellcheck disable=SC2086
  if $to $STUBFFI_TEST_WRAPPER "$exe" >/dev/null 2>>"$log"; then
    for n in $names; do echo "PASS $n"; done >"$res"
    test "$AG_KEEP" = 1 || rm -f "$exe" "$log"
    exit 0
  fi
  : >"$res"
  for n in $names; do
    # shellcheck disable=SC2086
    if $to $STUBFFI_TEST_WRAPPER "$exe" "$n" >/dev/null 2>"$log.one"; then
      echo "PASS $n" >>"$res"
    else
      msg=$(grep -A1 -m1 '^abigen: \(FAIL\|CRASH\)' "$log.one" | tr '\n' ' ')
      test -n "$msg" || msg="died: $(head -c 300 "$log.one" | tr '\n' ' ')"
      echo "FAIL $n $opt $msg" >>"$res"
      cat "$log.one" >>"$log"
    fi
  done
  rm -f "$log.one"
  exit 0
fi

# ---- options -----------------------------------------------------------------
seed=1 count=500 start=0 perfile=25 edge=$here/edge-cases.txt only='' abi=sysv
opts="-O0 -O2" jobs='' out=abi-run keep=0 build='' system=0
ffi_cflags='' ffi_libs='' xcflags='' sigs=''
usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit "$1"; }
while test $# -gt 0; do
  case $1 in
    --seed) seed=$2; shift ;;
    --count) count=$2; shift ;;
    --start) start=$2; shift ;;
    --per-file) perfile=$2; shift ;;
    --edge) edge=$2; shift ;;
    --no-edge) edge= ;;
    --only) only=$2; shift ;;
    --sig) sigs="$sigs
$2"; shift ;;
    --abi) abi=$2; shift ;;
    --opt) opts=$2; shift ;;
    --jobs|-j) jobs=$2; shift ;;
    --out) out=$2; shift ;;
    --keep) keep=1 ;;
    --build) build=$2; shift ;;
    --system) system=1 ;;
    --ffi-cflags) ffi_cflags=$2; shift ;;
    --ffi-libs) ffi_libs=$2; shift ;;
    --cflags) xcflags=$2; shift ;;
    -h|--help) usage 0 ;;
    *) echo "run-abi.sh: unknown option $1" >&2; usage 2 >&2 ;;
  esac
  shift
done

if test -z "$jobs"; then
  jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
fi
CC=${CC:-cc}
PYTHON=${PYTHON:-python3}

if test "$system" = 1; then
  what="system libffi (-lffi)"
  ffi_libs="$ffi_libs -lffi"
elif test -n "$ffi_libs"; then
  what="$ffi_cflags $ffi_libs"
else
  if test -z "$build"; then
    build=$(cd "$here/../.." && pwd)
  fi
  build=$(cd "$build" && pwd) || exit 2
  top_srcdir=$(cd "$here/../.." && pwd)
  libdir=$build/.libs
  if test -f "$libdir/libffi.so"; then
    ffi_libs="-L$libdir -Wl,-rpath,$libdir -lffi"
  elif test -f "$libdir/libffi.a"; then
    ffi_libs="$libdir/libffi.a -lpthread -ldl"
  else
    echo "run-abi.sh: no libffi.so or libffi.a in $libdir: build first," \
         "or use --system / --ffi-libs" >&2
    exit 2
  fi
  ffi_cflags="-I$build/include -I$top_srcdir/include $ffi_cflags"
  what="build tree $build"
fi

# ---- generate ----------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out/src" "$out/res" "$out/log" || exit 2
out=$(cd "$out" && pwd)

set -- --seed "$seed" --abi "$abi" --per-file "$perfile" --out "$out/src"
if test -n "$sigs"; then
  old_ifs=$IFS; IFS='
'
  for s in $sigs; do set -- "$@" --sig "$s"; done
  IFS=$old_ifs
  set -- "$@" --count 0
elif test -n "$only"; then
  set -- "$@" --only "$only"
  case $only in E*) set -- "$@" --edge "$edge" ;; esac
else
  set -- "$@" --count "$count" --start "$start"
  test -n "$edge" && set -- "$@" --edge "$edge"
fi
"$PYTHON" "$here/abigen.py" "$@" >/dev/null || exit 2
nsrc=$(find "$out/src" -name "*.c" | wc -l)
nsig=$(cat "$out"/src/*.c | grep -c '^  { "')

echo "run-abi: $nsig signatures in $nsrc files (seed $seed, abi $abi)," \
     "levels $opts, $CC, $what, $jobs jobs"

# ---- build and run -----------------------------------------------------------
AG_CC=$CC
AG_CFLAGS="-W -Wall -Wno-psabi ${CFLAGS-} $xcflags"
AG_FFI_CFLAGS=$ffi_cflags
AG_FFI_LIBS=$ffi_libs
AG_WORK=$out
AG_KEEP=$keep
STUBFFI_TEST_WRAPPER=${STUBFFI_TEST_WRAPPER-}
export AG_CC AG_CFLAGS AG_FFI_CFLAGS AG_FFI_LIBS AG_WORK AG_KEEP
export STUBFFI_TEST_WRAPPER

t0=$(date +%s)
for f in "$out"/src/*.c; do
  for o in $opts; do
    printf '%s\n%s\n' "$f" "$o"
  done
done | xargs -n 2 -P "$jobs" sh "$here/run-abi.sh" __worker
t1=$(date +%s)

# ---- report ------------------------------------------------------------------
cat "$out"/res/*.warn 2>/dev/null
cat "$out"/res/*.res | grep '^FAIL' | sort -t' ' -k2,2n -k2,2 -k3,3
failed=$(cat "$out"/res/*.res | awk '$1 == "FAIL" { print $2 }' | sort -u)
nfail=$(printf '%s' "$failed" | grep -c .)
nres=$(cat "$out"/res/*.res | awk '{ print $2 }' | sort -u | wc -l)
nlevels=$(echo "$opts" | wc -w)
if test "$nres" -ne "$nsig"; then
  echo "run-abi: only $nres of $nsig signatures reported a result" >&2
  nfail=$((nfail + nsig - nres))
fi
echo "$((nsig - nfail)) passed, $nfail failed" \
     "($nsig signatures x $nlevels levels, $((t1 - t0)) s)"
if test "$nfail" -gt 0; then
  # shellcheck disable=SC2046,SC2086
  echo "failing:" $(printf '%s ' $failed)
  echo "logs and programs: $out/log, $out"
  exit 1
fi
test "$keep" = 1 || rm -rf "$out"
exit 0
