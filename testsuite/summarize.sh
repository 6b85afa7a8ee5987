#!/bin/sh
# SPDX-License-Identifier: MIT
# Print the totals of a DejaGnu run as its last line of output:
#
#     N passed, M failed
#
# N counts PASS results; M counts FAIL, UNRESOLVED, UNTESTED, XPASS and
# KPASS results and ERROR lines (a broken .exp file) of all the .sum files
# given.  UNSUPPORTED, XFAIL and KFAIL count as neither.  Exits 1 when
# M > 0, when nothing passed, when a .sum file is missing, or when runtest
# (per runtest.status next to the first .sum file, written by
# run-dejagnu.sh) stopped on an error that left no result line.
#
# Usage: summarize.sh FILE.sum...

passed=0
failed=0
problem=

for sum; do
  if test ! -f "$sum"; then
    echo "summarize.sh: $sum: no such file (did runtest run?)" >&2
    problem=yes
    continue
  fi
  set -- $(awk '
    /^PASS: /                                          { p++ }
    /^(FAIL|UNRESOLVED|UNTESTED|XPASS|KPASS|ERROR): / { f++; print > "/dev/stderr" }
    END { print p + 0, f + 0 }' "$sum")
  passed=$((passed + $1))
  failed=$((failed + $2))
  status_file=$(dirname "$sum")/runtest.status
  if test -f "$status_file"; then
    status=$(cat "$status_file")
    if test "$status" != 0 && test "$status" != 1; then
      echo "summarize.sh: runtest exited with status $status" >&2
      problem=yes
    fi
  fi
done

if test "$passed" -eq 0; then
  echo "summarize.sh: no test passed" >&2
  problem=yes
fi

echo "$passed passed, $failed failed"
test "$failed" -eq 0 && test -z "$problem"
