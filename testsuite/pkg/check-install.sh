#!/bin/sh
# SPDX-License-Identifier: MIT
# "make install DESTDIR=..." lays out exactly the files a distribution
# packages, and what it installs is usable through pkg-config.
#
# Run by "make check-install", which sets in the environment:
#   MAKE, BUILDDIR, SRCDIR (absolute), CC, VERSION, BUILD_DOCS (yes or no),
#   includedir, libdir, mandir, infodir (as configured, without DESTDIR).
#
# Steps, each reported as a PASS: or FAIL: line:
#   1. make install into a temporary DESTDIR (AM_UPDATE_INFO_DIR=no, as
#      distributions do, so that no info "dir" file is made);
#   2. the installed files are exactly the expected list (below); the
#      shared-library links and the .so link pages point where they should;
#   3. pkg-config, told to look only in that DESTDIR (PKG_CONFIG_LIBDIR,
#      PKG_CONFIG_PATH and PKG_CONFIG_SYSROOT_DIR), gives the version and
#      flags that point into it;
#   4. with those flags, examples/qsort-closure.c (closures) and
#      doc/examples/version.c (libffi 3.5 calls) compile, link and run with
#      LD_LIBRARY_PATH set to the DESTDIR's libdir, and the dynamic
#      loader's own trace (LD_DEBUG=files) shows that it ran that
#      library's initializers, not another libffi's;
#   5. the same programs link statically against the installed libffi.a;
#   6. make uninstall removes every file.
# Exits 1 if anything failed.

set -u

: "${MAKE:=make}" "${BUILDDIR:?}" "${SRCDIR:?}" "${CC:=cc}" "${VERSION:?}"
: "${BUILD_DOCS:=yes}" "${includedir:?}" "${libdir:?}" "${mandir:?}" "${infodir:?}"

work=$(mktemp -d "${TMPDIR:-/tmp}/stubffi-install.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
root=$work/root

failures=0
pass() { echo "PASS: install: $*"; }
fail() { echo "FAIL: install: $*"; failures=$((failures + 1)); }
finish() {
  test $failures -eq 0
  exit $?
}

# 1. Install.
if AM_UPDATE_INFO_DIR=no $MAKE -C "$BUILDDIR" install DESTDIR="$root" \
     > "$work/install.log" 2>&1; then
  pass "make install DESTDIR=... succeeded"
else
  cat "$work/install.log"
  fail "make install DESTDIR=... failed"
  finish
fi

# 2. The list of files.
real_so=$(readlink "$root$libdir/libffi.so.8" 2>/dev/null)
case $real_so in
  libffi.so.8.[0-9]*.[0-9]*) ;;
  *) fail "$libdir/libffi.so.8 is not a link to libffi.so.8.N.M (it is '$real_so')"
     real_so=libffi.so.8.N.M ;;
esac

# The pages of section 3, and the link pages with the page each names.
pages="ffi ffi_call ffi_closure_alloc ffi_get_struct_offsets ffi_get_version
  ffi_prep_cif ffi_prep_cif_var ffi_prep_go_closure ffi_raw_call"
links="ffi_closure_free:ffi_closure_alloc ffi_get_closure_size:ffi_closure_alloc
  ffi_prep_closure_loc:ffi_closure_alloc ffi_prep_closure:ffi_closure_alloc
  ffi_get_version_number:ffi_get_version ffi_get_default_abi:ffi_get_version
  ffi_call_go:ffi_prep_go_closure ffi_ptrarray_to_raw:ffi_raw_call
  ffi_raw_to_ptrarray:ffi_raw_call ffi_raw_size:ffi_raw_call
  ffi_prep_raw_closure:ffi_raw_call ffi_prep_raw_closure_loc:ffi_raw_call
  ffi_java_raw_call:ffi_raw_call ffi_java_ptrarray_to_raw:ffi_raw_call
  ffi_java_raw_to_ptrarray:ffi_raw_call ffi_java_raw_size:ffi_raw_call
  ffi_prep_java_raw_closure:ffi_raw_call
  ffi_prep_java_raw_closure_loc:ffi_raw_call"
link_pages=$(for l in $links; do echo "${l%%:*}"; done)

{
  echo "$includedir/ffi.h"
  echo "$includedir/ffitarget.h"
  echo "$libdir/libffi.a"
  echo "$libdir/libffi.la"
  echo "$libdir/libffi.so"
  echo "$libdir/libffi.so.8"
  echo "$libdir/$real_so"
  echo "$libdir/pkgconfig/libffi.pc"
  for page in $pages $link_pages; do
    echo "$mandir/man3/$page.3"
  done
  echo "$mandir/man7/stubffi.7"
  if test "$BUILD_DOCS" = yes; then
    echo "$infodir/libffi.info"
    echo "$infodir/stubffi.info"
  fi
} | LC_ALL=C sort > "$work/expected"
(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\.||') |
  LC_ALL=C sort > "$work/installed"

if cmp -s "$work/expected" "$work/installed"; then
  pass "the installed files are exactly the $(wc -l < "$work/expected") expected"
else
  diff -u "$work/expected" "$work/installed" | sed 's/^/  /'
  fail "the installed files differ from the expected list (- expected, + installed)"
fi
sed 's/^/  /' "$work/installed"

links_ok=yes
for link in libffi.so libffi.so.8; do
  test -L "$root$libdir/$link" &&
    test "$(readlink "$root$libdir/$link")" = "$real_so" || links_ok=no
done
test -f "$root$libdir/$real_so" && ! test -L "$root$libdir/$real_so" || links_ok=no
if test $links_ok = yes; then
  pass "libffi.so and libffi.so.8 link to $real_so"
else
  fail "libffi.so and libffi.so.8 do not both link to the file $real_so"
fi

soname=$(LC_ALL=C readelf -d "$root$libdir/$real_so" 2>/dev/null |
         sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if test "$soname" = libffi.so.8; then
  pass "the soname is libffi.so.8"
else
  fail "the soname is '$soname', not libffi.so.8"
fi

aliases_ok=yes
for l in $links; do
  test "$(cat "$root$mandir/man3/${l%%:*}.3" 2>/dev/null)" = \
       ".so man3/${l#*:}.3" || { aliases_ok=no; echo "  ${l%%:*}.3"; }
done
if test $aliases_ok = yes; then
  pass "the alias pages point to their pages"
else
  fail "an alias page (above) does not name its page"
fi

# man finds every page by a function's name in the installed tree, and
# info finds the manual as "libffi".
man_ok=yes
for page in $pages $link_pages; do
  MANPATH=$root$mandir man -P cat "$page" 2>/dev/null | grep -q . ||
    { man_ok=no; echo "  man $page: nothing"; }
done
if test $man_ok = yes; then
  pass "man finds every page of the installed tree (e.g. man ffi_get_version)"
else
  fail "man does not find a page (above) in the installed tree"
fi
if test "$BUILD_DOCS" = yes; then
  if ! command -v info > /dev/null 2>&1; then
    fail "info is not installed (apt-get install info): cannot check info libffi"
  elif INFOPATH=$root$infodir info libffi --output=- 2>/dev/null |
       grep -q 'foreign function interface' &&
       test "$(readlink "$root$infodir/stubffi.info")" = libffi.info; then
    pass "info libffi reads the installed manual; stubffi.info links to it"
  else
    fail "info libffi does not read the installed manual (or stubffi.info is no link to it)"
  fi
fi

# 3. pkg-config, confined to the DESTDIR.
pcdir=$root$libdir/pkgconfig
pkgconfig() {
  PKG_CONFIG_LIBDIR=$pcdir PKG_CONFIG_PATH=$pcdir \
    PKG_CONFIG_SYSROOT_DIR=$root pkg-config "$@"
}
modversion=$(pkgconfig --modversion libffi 2>&1)
cflags=$(pkgconfig --cflags libffi 2>&1)
libs=$(pkgconfig --libs libffi 2>&1)
echo "  pkg-config --modversion libffi: $modversion"
echo "  pkg-config --cflags --libs libffi: $cflags $libs"
if test "$modversion" = "$VERSION"; then
  pass "pkg-config --modversion libffi is $VERSION"
else
  fail "pkg-config --modversion libffi is '$modversion', not $VERSION"
fi
case " $cflags " in
  *" -I$root$includedir "*) pass "pkg-config --cflags points into the DESTDIR" ;;
  *) fail "pkg-config --cflags '$cflags' lacks -I$root$includedir" ;;
esac
case " $libs " in
  *" -L$root$libdir "*"-lffi "*) pass "pkg-config --libs points into the DESTDIR" ;;
  *) fail "pkg-config --libs '$libs' lacks -L$root$libdir ... -lffi" ;;
esac

# 4. Build with those flags and run on the installed library.
run_installed() {   # NAME: runs $work/NAME, output in $work/NAME.out
  LD_LIBRARY_PATH=$root$libdir LD_DEBUG=files LD_DEBUG_OUTPUT=$work/$1.ld \
    "$work/$1" > "$work/$1.out" 2> "$work/$1.err"
}

# Did the process whose loader trace is $work/NAME.ld.* initialize the
# installed library, and no other libffi?
loaded_installed() {
  inits=$(cat "$work/$1".ld.* 2>/dev/null | sed -n 's/.*calling init: //p' |
          grep '/libffi\.so')
  test "$inits" = "$root$libdir/libffi.so.8"
}

check_program() {   # NAME SOURCE EXPECTED-OUTPUT
  # shellcheck disable=SC2086
  if ! $CC $cflags -o "$work/$1" "$2" $libs > "$work/$1.cc" 2>&1; then
    cat "$work/$1.cc"
    fail "$1 does not compile with pkg-config's flags"
    return
  fi
  if run_installed "$1" && test "$(cat "$work/$1.out")" = "$3"; then
    pass "$1 built with pkg-config's flags runs and prints what it should"
  else
    cat "$work/$1.out" "$work/$1.err"
    fail "$1 built with pkg-config's flags did not run correctly"
  fi
  if loaded_installed "$1"; then
    pass "$1 ran on the installed $libdir/libffi.so.8"
  else
    fail "$1 initialized '$inits', not the installed library"
  fi
}

qsort_expected="ascending: -42 -7 0 3 19 42 256 1000
descending: 1000 256 42 19 3 0 -7 -42
strings: apple banana cherry date fig pear"
version_expected="libffi interface $VERSION ($(echo "$VERSION" |
  awk -F. '{ print $1 * 10000 + $2 * 100 + $3 }'))
header $VERSION ($(echo "$VERSION" | awk -F. '{ print $1 * 10000 + $2 * 100 + $3 }'))"

check_program qsort-closure "$SRCDIR/examples/qsort-closure.c" "$qsort_expected"
check_program version "$SRCDIR/doc/examples/version.c" "$version_expected"

# 5. Static linking against the installed archive.
# shellcheck disable=SC2086
if $CC $cflags -o "$work/qsort-static" "$SRCDIR/examples/qsort-closure.c" \
     "$root$libdir/libffi.a" -lpthread > "$work/static.cc" 2>&1 &&
   "$work/qsort-static" > "$work/qsort-static.out" 2>&1 &&
   test "$(cat "$work/qsort-static.out")" = "$qsort_expected" &&
   ! LC_ALL=C readelf -d "$work/qsort-static" | grep -q 'libffi\.so'; then
  pass "examples/qsort-closure.c links statically with libffi.a and runs"
else
  cat "$work/static.cc" "$work/qsort-static.out" 2>/dev/null
  fail "examples/qsort-closure.c does not link statically with libffi.a and run"
fi

# 6. Uninstall.
if $MAKE -C "$BUILDDIR" uninstall DESTDIR="$root" > "$work/uninstall.log" 2>&1 &&
   test -z "$(cd "$root" && find . \( -type f -o -type l \))"; then
  pass "make uninstall removes every installed file"
else
  cat "$work/uninstall.log"
  (cd "$root" && find . \( -type f -o -type l \)) | sed 's/^/  left: /'
  fail "make uninstall leaves files behind"
fi

finish
