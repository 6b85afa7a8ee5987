#!/bin/sh
# SPDX-License-Identifier: MIT
# Lint the manual pages.
#
#     check-man.sh MANDIR PAGE...
#
# Every PAGE (a file name in MANDIR) is either a page, which must format
# without a single message from "mandoc -Tlint" and from
# "groff -man -ww -z" (each that is installed; at least one must be), or a
# link page, which must be exactly one line ".so manN/TARGET" naming a
# page of the list in the matching section.  Prints a PASS: or FAIL: line
# per page, the messages of the failures, and exits 1 if any failed; with
# neither mandoc nor groff installed, prints an UNSUPPORTED: line and exits
# 77.  Run by "make check-man" and by testsuite/libffi.docs/docs.exp.

set -u

mandir=${1:?usage: check-man.sh MANDIR PAGE...}
shift

have_mandoc=no
have_groff=no
command -v mandoc > /dev/null 2>&1 && have_mandoc=yes
command -v groff > /dev/null 2>&1 && have_groff=yes
if test $have_mandoc = no && test $have_groff = no; then
  echo "UNSUPPORTED: man: neither mandoc nor groff is installed (apt-get install mandoc)"
  exit 77
fi
if test $have_mandoc = no; then
  echo "check-man.sh: mandoc is not installed; linting with groff only" >&2
fi

failures=0
for page in "$@"; do
  file=$mandir/$page
  if ! test -f "$file"; then
    echo "FAIL: man: $page is missing"
    failures=$((failures + 1))
    continue
  fi

  if head -n 1 "$file" | grep -q '^\.so '; then
    # A link page: ".so man3/ffi_closure_alloc.3" and nothing else.
    target=$(sed -n '1s|^\.so man\([1-9]\)/\([A-Za-z0-9_.-]*\.\1\)$|\2|p' "$file")
    if test "$(wc -l < "$file")" -eq 1 && test -n "$target" &&
       test -f "$mandir/$target" && ! head -n 1 "$mandir/$target" | grep -q '^\.so ' &&
       test "${page##*.}" = "${target##*.}"; then
      echo "PASS: man: $page links to $target"
    else
      echo "FAIL: man: $page is not one line \".so manN/PAGE\" naming a page here"
      failures=$((failures + 1))
    fi
    continue
  fi

  messages=
  if test $have_mandoc = yes; then
    messages=$(mandoc -Tlint "$file" 2>&1)
  fi
  if test $have_groff = yes; then
    messages="$messages$(groff -man -ww -z "$file" 2>&1)"
  fi
  if test -z "$messages"; then
    echo "PASS: man: $page lints clean"
  else
    echo "FAIL: man: $page:"
    printf '%s\n' "$messages"
    failures=$((failures + 1))
  fi
done

# Every exported function (a FUNC line of any libffi.meta/symbols-*.txt)
# has a page or a link page of its own name.
here=$(cd "$(dirname "$0")" && pwd)
missing=
for name in $(sed -n 's/^\([a-z_0-9]*\)@.* FUNC$/\1/p' \
                "$here"/../libffi.meta/symbols-*.txt | sort -u); do
  case " $* " in
    *" $name.3 "*) ;;
    *) missing="$missing $name" ;;
  esac
done
if test -z "$missing"; then
  echo "PASS: man: every exported function has a page"
else
  echo "FAIL: man: exported functions without a page:$missing"
  failures=$((failures + 1))
fi

# One date: every page's .TH date is the info manual's (doc/dates.texi).
texi_date=$(sed -n 's/^@set UPDATED \(.*\)$/\1/p' "$here/../../doc/dates.texi")
texi_date=$(LC_ALL=C date -d "$texi_date" +%Y-%m-%d 2>/dev/null)
bad_dates=
for page in "$@"; do
  file=$mandir/$page
  head -n 1 "$file" | grep -q '^\.so ' && continue
  page_date=$(sed -n 's/^\.TH [^ ]* [0-9] \([0-9-]*\) .*/\1/p' "$file")
  test "$page_date" = "$texi_date" || bad_dates="$bad_dates $page($page_date)"
done
if test -n "$texi_date" && test -z "$bad_dates"; then
  echo "PASS: man: every page is dated $texi_date, as the info manual"
else
  echo "FAIL: man: dates differ from the info manual's ($texi_date):$bad_dates"
  failures=$((failures + 1))
fi

test $failures -eq 0
