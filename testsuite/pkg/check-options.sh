#!/bin/sh
# SPDX-License-Identifier: MIT
# libffi's configure options, each built and checked quickly.
#
#     check-options.sh TARBALL
#
# Unpacks the distribution TARBALL (so that a configured source tree does
# not get in the way) and, for each option below, configures it out of
# tree (sharing one config cache), builds it with $MAKE $JOBS (default
# -j2), checks what the option promises, and runs a small part of the
# testsuite.  Prints PASS:/FAIL: lines; exits 1 if any failed.
#
#   --disable-docs     no info manual is built or installed; man pages are
#   --enable-debug     fficonfig.h defines FFI_DEBUG and the library holds
#                      the assertion code (FFI_ASSERT is live)
#   --disable-raw-api  no raw or java-raw symbol is exported, the rest is
#                      (the symbols test of libffi.meta knows the option)
#   --disable-structs  FFI_NO_STRUCTS: a raw structure argument takes its
#                      own bytes in cells instead of a pointer cell
#                      (testsuite/pkg/raw-struct-cells.c)

set -u

tarball=${1:?usage: check-options.sh TARBALL}
: "${MAKE:=make}" "${JOBS:=-j2}" "${CC:=cc}"
case $tarball in /*) ;; *) tarball=$(pwd)/$tarball ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/stubffi-options.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

failures=0
pass() { echo "PASS: options: $*"; }
fail() { echo "FAIL: options: $*"; failures=$((failures + 1)); }

if ! tar -xzf "$tarball" -C "$work"; then
  fail "cannot unpack $tarball"
  exit 1
fi
src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)

# build OPTION: configure and build in $work/build-OPTION, reporting on
# failure.  Sets $b.  Returns non-zero if either step failed.
build() {
  b=$work/build$1
  mkdir -p "$b"
  if ! (cd "$b" && "$src/configure" -q --cache-file="$work/config.cache" "$1") \
       > "$b/configure.out" 2>&1; then
    tail -n 20 "$b/configure.out"
    fail "$1: configure failed"
    return 1
  fi
  if ! $MAKE -C "$b" $JOBS > "$b/make.out" 2>&1; then
    tail -n 30 "$b/make.out"
    fail "$1: make failed"
    return 1
  fi
  pass "$1: configure and make"
}

# small_check OPTION RUNTESTFLAGS: part of the testsuite.
small_check() {
  $MAKE -C "$b" check RUNTESTFLAGS="$2" > "$b/check.out" 2>&1
  status=$?
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$b/check.out" | tail -n 1)
  if test $status -eq 0; then
    pass "$1: make check RUNTESTFLAGS=\"$2\": $summary"
  else
    grep -E '^(FAIL|UNRESOLVED|ERROR)' "$b/testsuite/libffi.sum" 2>/dev/null | head -n 20
    tail -n 5 "$b/check.out"
    fail "$1: make check RUNTESTFLAGS=\"$2\": $summary"
  fi
}

defined() {   # MACRO: fficonfig.h of $b defines it to 1
  grep -q "^#define $1 1\$" "$b/fficonfig.h"
}

exported() {  # the dynamic symbols of $b's library, one name per line
  LC_ALL=C readelf --dyn-syms -W "$b/.libs/libffi.so.8" |
    awk '$7 != "UND" && $8 ~ /^ffi_/ { sub(/@.*/, "", $8); print $8 }' | sort -u
}

raw_symbols='^ffi_(raw_call|ptrarray_to_raw|raw_to_ptrarray|raw_size|java_raw_call|java_ptrarray_to_raw|java_raw_to_ptrarray|java_raw_size|prep_raw_closure|prep_raw_closure_loc|prep_java_raw_closure|prep_java_raw_closure_loc)$'

# raw_struct_bytes: what testsuite/pkg/raw-struct-cells.c prints when
# built against $b's library (empty if it fails).
raw_struct_bytes() {
  $CC -I"$b/include" -I"$src/include" -o "$b/raw-struct-cells" \
      "$src/testsuite/pkg/raw-struct-cells.c" -L"$b/.libs" -lffi \
      > "$b/raw-struct-cells.cc" 2>&1 || { cat "$b/raw-struct-cells.cc"; return; }
  LD_LIBRARY_PATH=$b/.libs "$b/raw-struct-cells"
}

# ---- --disable-docs ----------------------------------------------------------
if build --disable-docs; then
  info=$(find "$b" -name '*.info*' | head -n 1)
  root=$b/destdir
  AM_UPDATE_INFO_DIR=no $MAKE -C "$b" install DESTDIR="$root" > "$b/install.out" 2>&1
  if test -z "$info" && test -z "$(find "$root" -name '*.info*')" &&
     test -n "$(find "$root" -name stubffi.7)"; then
    pass "--disable-docs: no info manual built or installed; man pages installed"
  else
    fail "--disable-docs: info manual '$info' built or installed, or man pages missing"
  fi
  small_check --disable-docs "demo.exp docs.exp"
fi

# ---- --enable-debug ----------------------------------------------------------
if build --enable-debug; then
  if defined FFI_DEBUG &&
     grep -q 'stubffi: assertion %s failed' "$b/.libs/libffi.so.8"; then
    pass "--enable-debug: FFI_DEBUG is defined and the assertions are compiled in"
  else
    fail "--enable-debug: FFI_DEBUG undefined, or no assertion in the library"
  fi
  if test "$(raw_struct_bytes)" = 8; then
    pass "--enable-debug: a raw structure argument is one pointer cell"
  else
    fail "--enable-debug: a raw structure argument is not one pointer cell"
  fi
  small_check --enable-debug "call.exp=struct_*.c demo.exp meta.exp"
fi

# ---- --disable-raw-api -------------------------------------------------------
if build --disable-raw-api; then
  symbols=$(exported)
  raw=$(printf '%s\n' "$symbols" | grep -E "$raw_symbols")
  if defined FFI_NO_RAW_API && test -z "$raw" &&
     printf '%s\n' "$symbols" | grep -qx ffi_call &&
     printf '%s\n' "$symbols" | grep -qx ffi_closure_alloc; then
    pass "--disable-raw-api: no raw symbol exported, the rest is"
  else
    fail "--disable-raw-api: FFI_NO_RAW_API undefined, or raw symbols exported: $(echo $raw)"
  fi
  small_check --disable-raw-api "call.exp=int_*.c demo.exp meta.exp docs.exp"
fi

# ---- --disable-structs -------------------------------------------------------
if build --disable-structs; then
  bytes=$(raw_struct_bytes)
  if defined FFI_NO_STRUCTS && test "$bytes" = 24; then
    pass "--disable-structs: FFI_NO_STRUCTS; a raw structure argument takes its 24 bytes"
  else
    fail "--disable-structs: FFI_NO_STRUCTS undefined, or a raw structure argument takes '$bytes' bytes, not 24"
  fi
  small_check --disable-structs "call.exp=struct_*.c demo.exp"
fi

test $failures -eq 0
