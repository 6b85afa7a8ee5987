#!/bin/sh
# SPDX-License-Identifier: MIT
# make check calls DejaGnu's runtest through this script (RUNTEST in
# Makefile.am).  It runs the real runtest, writes its exit status to
# runtest.status and exits 0, so that make goes on to summarize.sh, which
# prints the totals and decides whether make check fails.
#
# REAL_RUNTEST (in the environment) overrides the runtest program.

real=${REAL_RUNTEST:-runtest}

case $1 in
  --version) exec "$real" --version ;;
esac

"$real" "$@"
echo $? > runtest.status
exit 0
