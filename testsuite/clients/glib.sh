#!/bin/sh
# SPDX-License-Identifier: MIT
# A real client of libffi.so.8: GLib's own GObject tests, as Debian ships
# them installed (package libglib2.0-tests), once on the system's libffi
# and once on ours, in the same way.
#
#     glib.sh LIBDIR
#
# libgobject-2.0.so.0 calls libffi (ffi_prep_cif, then ffi_call) in
# g_cclosure_marshal_generic and g_cclosure_marshal_generic_va: every
# signal or closure that has no marshaller of its own is invoked through
# ffi_call.  GLib 2.74 uses no libffi closures.  Of the installed tests
# that link libgobject but not libgio, these four call ffi_call (counted
# with a breakpoint on ffi_call under gdb, and with a counting
# LD_PRELOAD; Debian 12, GLib 2.74.6), and the others call it 0 times:
#
#     signals             43 calls (the generic marshaller on every
#                         argument and return type: generic-marshaller-*,
#                         all-types, variant, accumulator, ...)
#     closure              3 calls (/closure/signal, /closure/child, ...)
#     binding              1 call  (/binding/transform-closure)
#     signals-refcount4   about 19 million calls in 5 seconds, from
#                         several threads emitting at once
#
# LIBDIR is the directory holding our libffi.so.8 (the build tree's .libs);
# it goes first on LD_LIBRARY_PATH for our run.  Every process of every
# run (the tests fork and re-execute themselves) runs with
# LD_DEBUG=bindings, which records where each of libgobject's references
# to libffi was bound: in our run, libgobject's ffi_call and ffi_prep_cif
# must be bound to our libffi.so.8 in every process that loaded
# libgobject, and no symbol may come from any other libffi; in the
# reference run, from the system's.  Each program's TAP output gives its
# results: on ours, it must exit with status 0, report as many results as
# it planned, and none of them "not ok"; and each result (passed,
# skipped, failed, by test path), the plan and the exit status must be
# the same as on the system's libffi.  Prints, for each run,
#
#     glib on <which> (<library file>): P programs (F failed): N passed,
#       M failed, S skipped, U not run
#
# and then PASS:/FAIL: lines.  Exits 0 when all pass, 1 otherwise, 2 when
# the installed tests are missing.
#
# GLIB_TESTS (the tests to run, by the name of their .test file),
# GLIB_TESTDIR (default /usr/share/installed-tests/glib) and GLIB_TIMEOUT
# (seconds per program, default 120; they take 5 s at most) may be set.

set -u

libdir=${1:?usage: glib.sh LIBDIR}
tests=${GLIB_TESTS:-closure signals binding signals-refcount4}
testdir=${GLIB_TESTDIR:-/usr/share/installed-tests/glib}
timeout_s=${GLIB_TIMEOUT:-120}

if ! test -f "$libdir/libffi.so.8"; then
  echo "FAIL: glib: $libdir/libffi.so.8 does not exist (build the library first)"
  exit 1
fi
libdir=$(cd "$libdir" && pwd)
ours=$(readlink -f "$libdir/libffi.so.8")

# Each test's program, from the Exec= line of its .test file (what
# gnome-desktop-testing-runner runs).  A missing one is a failure: the
# check must not pass by running nothing.
missing=
for t in $tests; do
  exe=$(sed -n 's/^Exec=//p' "$testdir/$t.test" 2>/dev/null)
  if test -z "$exe" || ! test -x "${exe%% *}"; then
    missing="$missing $t"
  fi
done
if test -n "$missing"; then
  echo "glib.sh: missing from $testdir:$missing (apt-get install libglib2.0-tests)" >&2
  echo "FAIL: glib: GLib's installed tests are missing:$missing"
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/stubffi-glib.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# run_test RUN TEST LD_LIBRARY_PATH: runs TEST's program in a scratch
# directory, leaving in $work/RUN/TEST: out (its output), status (its exit
# status), results (its TAP results, one "outcome path" a line, then its
# plan and exit status) and ld.PID (LD_DEBUG's output, a file a process).
run_test() {
  d=$work/$1/$2
  mkdir -p "$d/cwd"
  exe=$(sed -n 's/^Exec=//p' "$testdir/$2.test")
  # The subshell waits for the program (it is not the last command), so
  # that its "Aborted" or "Segmentation fault" goes to out too.  $exe is
  # split into words as the runner splits Exec= lines.
  # shellcheck disable=SC2086
  (cd "$d/cwd" || exit
   timeout "$timeout_s" env LD_LIBRARY_PATH="$3" LD_DEBUG=bindings \
     LD_DEBUG_OUTPUT="$d/ld" $exe
   echo $? > "$d/status") > "$d/out" 2>&1
  test -s "$d/status" || echo 1 > "$d/status"
  awk '
    /^1\.\.[0-9]+/       { sub(/^1\.\./, ""); plan = $1; next }
    /^ok [0-9]+/         { print (/# [Ss][Kk][Ii][Pp]/ ? "skip" : /# TODO/ ? "todo" : "pass"), $3; next }
    /^not ok [0-9]+/     { print (/# TODO/ ? "todo" : "fail"), $4; next }
    /^Bail out!/         { print "bail-out", "-" }
    END                  { print "plan", plan + 0 }
  ' "$d/out" > "$d/results"
  echo "exit $(cat "$d/status")" >> "$d/results"
}

# count RUN TEST OUTCOME: how many of TEST's results in RUN are OUTCOME
# (pass, fail, skip, todo, bail-out).
count() {
  grep -c "^$3 " "$work/$1/$2/results"
}

# tally RUN TEST: sets passed, failed (not ok, and a bail-out), skipped
# (skip and todo), notrun (planned but never reported: the program
# crashed or exited early), planned and status.
tally() {
  planned=$(sed -n 's/^plan //p' "$work/$1/$2/results")
  status=$(cat "$work/$1/$2/status")
  passed=$(count "$1" "$2" pass)
  failed=$(($(count "$1" "$2" fail) + $(count "$1" "$2" bail-out)))
  skipped=$(($(count "$1" "$2" skip) + $(count "$1" "$2" todo)))
  notrun=$((planned - passed - $(count "$1" "$2" fail) - skipped))
  test $notrun -ge 0 || notrun=0
}

# bound RUN TEST SYMBOL: one line a process that bound libgobject's
# reference to SYMBOL: the file it was bound to.
bound() {
  for f in "$work/$1/$2"/ld.*; do
    test -f "$f" || continue
    sed -n "s/^.*binding file .*libgobject-2\.0\.so[^ ]* \[[0-9]*\] to \(.*\) \[[0-9]*\]: normal symbol \`$3'.*\$/\1/p" "$f" |
      head -n 1 | while read -r lib; do readlink -f "$lib"; done
  done
}

# libffis RUN: every libffi file any process of RUN bound a symbol to.
libffis() {
  cat "$work/$1"/*/ld.* 2>/dev/null |
    sed -n 's/^.*binding file .* \[[0-9]*\] to \(.*libffi\.so[^ ]*\) \[[0-9]*\]: .*$/\1/p' |
    sort -u | while read -r lib; do readlink -f "$lib"; done | sort -u
}

# The system's libffi: whatever the loader finds without us.
system_path=$(printf '%s' "${LD_LIBRARY_PATH:-}" | tr ':' '\n' |
              grep -vxF "$libdir" | paste -sd: -)
our_path="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
for t in $tests; do
  run_test system "$t" "$system_path"
  run_test ours "$t" "$our_path"
done

report() {
  n=0 bad=0 p=0 f=0 s=0 u=0
  for t in $tests; do
    tally "$1" "$t"
    n=$((n + 1))
    if test "$status" != 0 || test $failed != 0 || test $notrun != 0; then
      bad=$((bad + 1))
    fi
    p=$((p + passed)) f=$((f + failed)) s=$((s + skipped)) u=$((u + notrun))
  done
  echo "glib on $2 ($(libffis "$1" | paste -sd' ' -)): $n programs ($bad failed): $p passed, $f failed, $s skipped, $u not run"
}
report system "the system libffi"
report ours "stubffi"

failures=0
pass() { echo "PASS: glib: $*"; }
fail() { echo "FAIL: glib: $*"; failures=$((failures + 1)); }

system_libs=$(libffis system)
if test -n "$system_libs" && ! printf '%s\n' "$system_libs" | grep -qxF "$ours"; then
  pass "the reference runs bound libffi symbols only to the system libffi ($system_libs)"
else
  fail "the reference runs bound libffi symbols to '${system_libs:-no libffi}', not only to a system libffi"
fi
our_libs=$(libffis ours)
if test "$our_libs" = "$ours"; then
  pass "our runs bound libffi symbols only to our libffi.so.8 ($ours)"
else
  fail "our runs bound libffi symbols to '${our_libs:-no libffi}', not only to our $ours"
fi

for t in $tests; do
  d=$work/ours/$t
  # Every process that loaded libgobject bound its ffi_call and
  # ffi_prep_cif to our file.
  procs=$(bound ours "$t" ffi_call | wc -l)
  ours_call=$(bound ours "$t" ffi_call | grep -cxF "$ours")
  ours_prep=$(bound ours "$t" ffi_prep_cif | grep -cxF "$ours")
  if test "$procs" -gt 0 && test "$ours_call" = "$procs" &&
     test "$ours_prep" = "$procs"; then
    pass "$t: libgobject's ffi_call and ffi_prep_cif bound to our libffi.so.8 in each of its $procs processes"
  else
    fail "$t: libgobject's ffi_call bound to our libffi.so.8 in $ours_call and ffi_prep_cif in $ours_prep of $procs processes"
  fi

  tally ours "$t"
  if test "$status" = 0 && test "$failed" = 0 && test "$planned" -gt 0 &&
     test $((passed + skipped)) = "$planned"; then
    pass "$t on stubffi: $passed passed, 0 failed, $skipped skipped of $planned"
  else
    fail "$t on stubffi: exit status $status, $passed passed, $failed failed, $skipped skipped, $notrun not run of $planned planned; its output ends:"
    tail -n 20 "$d/out" | sed 's/^/    /'
  fi

  if cmp -s "$work/system/$t/results" "$d/results"; then
    pass "$t on stubffi: each result, the plan and the exit status as on the system libffi"
  else
    fail "$t on stubffi: results differ from the system libffi's (< system, > stubffi):"
    diff "$work/system/$t/results" "$d/results" | grep '^[<>]' | sed 's/^/    /'
  fi
done

test $failures -eq 0
