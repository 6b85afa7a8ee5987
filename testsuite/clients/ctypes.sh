#!/bin/sh
# SPDX-License-Identifier: MIT
# A real client of libffi.so.8: Debian's CPython 3.11 running its own
# ctypes testsuite (package libpython3.11-testsuite), once on the
# system's libffi and once on ours, in the same way.
#
#     ctypes.sh LIBDIR
#
# LIBDIR is the directory holding our libffi.so.8 (the build tree's .libs);
# it goes first on LD_LIBRARY_PATH for our run.  Each run reads, from
# inside the interpreter that runs the tests, /proc/self/maps: the
# libffi.so.8 mapped there must be ours in our run and the system's in
# the other.  Prints, for each run,
#
#     ctypes on <which> (<library file>): N passed, M failed, S skipped
#
# and then PASS:/FAIL: lines for: the library loaded is ours, no test
# failed on ours, ours skipped exactly what the system's skipped.  Exits
# 0 when all pass, 1 otherwise, 2 when the interpreter or the testsuite
# is missing.
#
# PYTHON (default /usr/bin/python3.11: Debian's interpreter, whose _ctypes
# links libffi.so.8 dynamically; not whatever python3.11 is on PATH) and
# CTYPES_TIMEOUT (seconds per run, default 600) may be set.

set -u

libdir=${1:?usage: ctypes.sh LIBDIR}
python=${PYTHON:-/usr/bin/python3.11}
timeout_s=${CTYPES_TIMEOUT:-600}

if ! test -f "$libdir/libffi.so.8"; then
  echo "FAIL: ctypes: $libdir/libffi.so.8 does not exist (build the library first)"
  exit 1
fi
libdir=$(cd "$libdir" && pwd)
ours=$(readlink -f "$libdir/libffi.so.8")

if ! test -x "$python"; then
  echo "ctypes.sh: $python is missing: apt-get install python3.11 libpython3.11-testsuite" >&2
  echo "FAIL: ctypes: no $python"
  exit 2
fi
if ! "$python" -I -c 'import ctypes.test' 2>/dev/null; then
  echo "ctypes.sh: $python has no ctypes.test: apt-get install libpython3.11-testsuite" >&2
  echo "FAIL: ctypes: no ctypes testsuite for $python"
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/stubffi-ctypes.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# The driver runs inside the interpreter under test: it records which
# libffi is mapped, runs ctypes.test (what "python3 -m test test_ctypes"
# runs) and writes the counts.  Output of the tests goes to the log.
cat > "$work/driver.py" <<'EOF'
import os, sys, unittest

result_file = sys.argv[1]

import ctypes, _ctypes          # maps _ctypes' libffi.so.8 now
loaded = set()
with open("/proc/self/maps") as maps:
    for line in maps:
        fields = line.split(None, 5)
        if len(fields) == 6:
            path = fields[5].strip()
            if os.path.basename(path).startswith("libffi.so"):
                loaded.add(os.path.realpath(path))

suite = unittest.defaultTestLoader.loadTestsFromName("ctypes.test")
result = unittest.TextTestRunner(stream=sys.stderr, verbosity=1).run(suite)
failed = (len(result.failures) + len(result.errors)
          + len(result.unexpectedSuccesses))
skipped = len(result.skipped)
passed = result.testsRun - failed - skipped
with open(result_file, "w") as out:
    out.write("loaded=%s\n" % " ".join(sorted(loaded)))
    out.write("run=%d\npassed=%d\nfailed=%d\nskipped=%d\n"
              % (result.testsRun, passed, failed, skipped))
EOF

# run_ctypes NAME LD_LIBRARY_PATH: runs the driver in a scratch directory,
# leaving $work/NAME.result and $work/NAME.log.
run_ctypes() {
  mkdir -p "$work/$1.cwd"
  (cd "$work/$1.cwd" &&
   env -u PYTHONPATH -u PYTHONHOME LD_LIBRARY_PATH="$2" \
     timeout "$timeout_s" "$python" -I "$work/driver.py" "$work/$1.result") \
    > "$work/$1.log" 2>&1
  status=$?
  if test $status -ne 0 || ! test -s "$work/$1.result"; then
    echo "ctypes.sh: the $1 run exited with status $status; its output:" >&2
    tail -n 40 "$work/$1.log" >&2
  fi
}

# value NAME KEY: a value from NAME's result file (empty if none).
value() {
  sed -n "s/^$2=//p" "$work/$1.result" 2>/dev/null
}

report() {
  if test -s "$work/$1.result"; then
    echo "ctypes on $2 ($(value "$1" loaded)): $(value "$1" passed) passed, $(value "$1" failed) failed, $(value "$1" skipped) skipped"
  else
    echo "ctypes on $2: did not finish"
  fi
}

# The system's libffi: whatever the loader finds without us.
system_path=$(printf '%s' "${LD_LIBRARY_PATH:-}" | tr ':' '\n' |
              grep -vxF "$libdir" | paste -sd: -)
run_ctypes system "$system_path"
run_ctypes ours "$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

report system "the system libffi"
report ours "stubffi"

failures=0
pass() { echo "PASS: ctypes: $*"; }
fail() { echo "FAIL: ctypes: $*"; failures=$((failures + 1)); }

loaded=$(value ours loaded)
if test "$loaded" = "$ours"; then
  pass "the interpreter loaded our libffi.so.8 ($ours)"
else
  fail "the interpreter loaded '${loaded:-no libffi}', not our $ours"
fi

system_loaded=$(value system loaded)
if test -n "$system_loaded" && test "$system_loaded" != "$ours"; then
  pass "the reference run loaded the system libffi ($system_loaded)"
else
  fail "the reference run loaded '${system_loaded:-no libffi}', not a system libffi"
fi

if test -s "$work/ours.result" && test "$(value ours failed)" = 0 &&
   test "$(value ours run)" -gt 0; then
  pass "test_ctypes on stubffi: $(value ours passed) passed, 0 failed"
else
  fail "test_ctypes on stubffi: $(value ours failed) failed (see above)"
  if test -s "$work/ours.log"; then
    grep -E '^(FAIL|ERROR):' "$work/ours.log" | head -n 20 >&2
  fi
fi

if test -s "$work/system.result" && test -s "$work/ours.result" &&
   test "$(value ours skipped)" = "$(value system skipped)" &&
   test "$(value ours run)" = "$(value system run)"; then
  pass "test_ctypes on stubffi skipped $(value ours skipped) of $(value ours run), as on the system libffi"
else
  fail "test_ctypes skipped $(value ours skipped) of $(value ours run) on stubffi but $(value system skipped) of $(value system run) on the system libffi"
fi

test $failures -eq 0
