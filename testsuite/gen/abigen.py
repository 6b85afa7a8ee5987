#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""abigen.py -- stubffi's compiler-as-oracle ABI test generator.

The C compiler implements each calling convention exactly, so it is the
oracle: for every signature this script writes C in which
  1. call     a native callee is called through ffi_call; the callee checks
              and records every argument and returns a known value, which
              the test checks (integer returns narrower than ffi_arg must
              fill the whole ffi_arg, sign- or zero-extended);
  2. closure  native code calls an ffi closure through a correctly typed
              function pointer; the handler checks every argument it finds
              in avalue and stores the return value, which the native
              caller checks;
  3. hygiene  guard bytes around rvalue and around each argument's storage
              catch overruns; the callee (and the closure handler) scribble
              over their by-value struct arguments, and the caller's copies
              must not change;
plus a layout check of every struct type (ffi_get_struct_offsets against
sizeof, alignof and offsetof).  Values are exact and deterministic: each
scalar leaf k gets bits from a splitmix64 hash of (signature name, salt, k);
floating values are small integers scaled by powers of two, so they are
exactly representable (long double values use a full 64-bit significand).
On a mismatch the program prints the signature name and text and the first
wrong value (where, which leaf, expected, got) and aborts.

Signature grammar (whitespace is ignored):

  signature := type '(' type* [ '|' type* ] ')'
                 the first type is the return type ('v' allowed only there);
                 types after '|' are the variadic arguments (the call is
                 prepared with ffi_prep_cif_var, nfixedargs = types before
                 '|'; at least one fixed argument is required)
  type      := scalar | 'C' ('f' | 'd' | 'e') | struct
                 C? is float/double/long double _Complex
  struct    := '{' member+ '}'
  member    := type [ '[' N ']' ]      an array member (N >= 1), described
                                        to ffi as N repeated elements
  scalar    := 'v' void          'b' _Bool (ffi_type_uint8)
               'c' char          'a' signed char     'h' unsigned char
               's' short         't' unsigned short
               'i' int           'j' unsigned int
               'l' long          'm' unsigned long
               'x' long long     'y' unsigned long long
               'I1' 'I2' 'I4' 'I8'   int8_t .. int64_t
               'U1' 'U2' 'U4' 'U8'   uint8_t .. uint64_t
               'f' float   'd' double   'e' long double   'p' void *

  Example: d(i{c[5]f}|{dc}x) is
    double f(int, struct { char m0[5]; float m1; }, ...)
  called with a struct { double m0; char m1; } and a long long as the
  variadic arguments.

The ABI under test is chosen when compiling, through macros:
  ABI_ATTR    attribute of the native callee and closure pointer types
              (default: the --abi preset, nothing for sysv)
  ABI_FFI     the ffi_abi value (default: the preset, FFI_DEFAULT_ABI)
  ABI_MS_VA   1 if the variadic callee must use __builtin_ms_va_list
  ABIGEN_NO_CLOSURES, ABIGEN_NO_VARIADIC_CLOSURES   skip those checks
--abi NAME selects the preset and excludes what the convention cannot
express (long double, complex, variadic).  sysv, aarch64 and the i386
presets have been run against stubffi, win64/gnuw64 against libffi 3.4.4.
On i386, GCC's ms_abi attribute gives exactly FFI_MS_CDECL (the caller pops
the hidden struct-return pointer).

Modes:
  abigen.py --seed S --count N --out DIR         N random signatures
  abigen.py --seed S --only INDEX --out DIR      one of them, alone
  abigen.py --edge FILE [--only E<k>] --out DIR  hand-picked signatures
  abigen.py --sig 'TEXT' --out DIR               any signature text
  abigen.py ... --list                           print "NAME TEXT" lines
Random signatures depend only on (seed, index), never on Python's random.
"""

import argparse
import os
import sys

MASK64 = (1 << 64) - 1


# ---- PRNG -------------------------------------------------------------------

def splitmix64(x):
    x = (x + 0x9E3779B97F4A7C15) & MASK64
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


class Rng:
    """splitmix64 stream; portable and independent of Python's random."""

    def __init__(self, seed, index):
        self.state = splitmix64((seed & MASK64) ^ splitmix64(index + 1))

    def next64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return (self.next64() * n) >> 64

    def range(self, lo, hi):
        """Uniform integer in [lo, hi]."""
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        r = self.below(total)
        for item, w in pairs:
            if r < w:
                return item
            r -= w
        raise AssertionError


# ---- Types ------------------------------------------------------------------
# A type is ('s', code) for a scalar, ('c', base) for a complex type, or
# ('t', ((member, count_or_None), ...)) for a struct.

# code: (C type, ffi type, check kind)
SCALARS = {
    'b': ('_Bool', 'ffi_type_uint8', 'u'),
    'c': ('char', 'AG_FFI_CHAR', 's'),
    'a': ('signed char', 'ffi_type_schar', 's'),
    'h': ('unsigned char', 'ffi_type_uchar', 'u'),
    's': ('short', 'ffi_type_sshort', 's'),
    't': ('unsigned short', 'ffi_type_ushort', 'u'),
    'i': ('int', 'ffi_type_sint', 's'),
    'j': ('unsigned int', 'ffi_type_uint', 'u'),
    'l': ('long', 'ffi_type_slong', 's'),
    'm': ('unsigned long', 'ffi_type_ulong', 'u'),
    'x': ('long long', 'ffi_type_sint64', 's'),
    'y': ('unsigned long long', 'ffi_type_uint64', 'u'),
    'I1': ('int8_t', 'ffi_type_sint8', 's'),
    'I2': ('int16_t', 'ffi_type_sint16', 's'),
    'I4': ('int32_t', 'ffi_type_sint32', 's'),
    'I8': ('int64_t', 'ffi_type_sint64', 's'),
    'U1': ('uint8_t', 'ffi_type_uint8', 'u'),
    'U2': ('uint16_t', 'ffi_type_uint16', 'u'),
    'U4': ('uint32_t', 'ffi_type_uint32', 'u'),
    'U8': ('uint64_t', 'ffi_type_uint64', 'u'),
    'f': ('float', 'ffi_type_float', 'f'),
    'd': ('double', 'ffi_type_double', 'd'),
    'e': ('long double', 'ffi_type_longdouble', 'e'),
    'p': ('void *', 'ffi_type_pointer', 'p'),
}
INT_CODES = ['b', 'c', 'a', 'h', 's', 't', 'i', 'j', 'l', 'm', 'x', 'y',
             'I1', 'I2', 'I4', 'I8', 'U1', 'U2', 'U4', 'U8']
NARROW_CODES = {'b', 'c', 'a', 'h', 's', 't', 'I1', 'I2', 'U1', 'U2'}
COMPLEX = {
    'f': ('float _Complex', 'ffi_type_complex_float'),
    'd': ('double _Complex', 'ffi_type_complex_double'),
    'e': ('long double _Complex', 'ffi_type_complex_longdouble'),
}

# Size and alignment models, used only to keep generated structs within
# 1..64 bytes; the tests themselves take every size from the compiler.
_LP64 = {'b': 1, 'c': 1, 'a': 1, 'h': 1, 's': 2, 't': 2, 'i': 4, 'j': 4,
         'l': 8, 'm': 8, 'x': 8, 'y': 8, 'I1': 1, 'I2': 2, 'I4': 4, 'I8': 8,
         'U1': 1, 'U2': 2, 'U4': 4, 'U8': 8, 'f': 4, 'd': 8, 'e': 16,
         'p': 8}
MODELS = {
    'lp64': {c: (s, s) for c, s in _LP64.items()},
    'ilp32': dict({c: (s, s) for c, s in _LP64.items()},
                  l=(4, 4), m=(4, 4), p=(4, 4), x=(8, 4), y=(8, 4),
                  I8=(8, 4), U8=(8, 4), d=(8, 4), e=(12, 4)),
    # 32-bit Arm (AAPCS): 8-byte types 8-aligned, long double is double.
    'ilp32arm': dict({c: (s, s) for c, s in _LP64.items()},
                     l=(4, 4), m=(4, 4), p=(4, 4), e=(8, 8)),
}

# --abi presets.  attr/ffi are the defaults of ABI_ATTR/ABI_FFI; ld, cplx,
# var say whether long double, complex and variadic signatures are made.
ABIS = {
    'sysv': dict(attr='', ffi='FFI_DEFAULT_ABI', model='lp64', ld=True,
                 cplx=True, var=True, msva=False,
                 desc='the target\'s default C convention (x86-64 SysV)'),
    'unix64': dict(attr='__attribute__((sysv_abi))', ffi='FFI_UNIX64',
                   model='lp64', ld=True, cplx=True, var=True, msva=False,
                   desc='x86-64 SysV named explicitly'),
    'win64': dict(attr='__attribute__((ms_abi))', ffi='FFI_WIN64',
                  model='lp64', ld=False, cplx=False, var=True, msva=True,
                  desc='x86-64 Microsoft (long double is double: excluded)'),
    'gnuw64': dict(attr='__attribute__((ms_abi))', ffi='FFI_GNUW64',
                   model='lp64', ld=True, cplx=False, var=True, msva=True,
                   desc='x86-64 Microsoft as GCC speaks it'),
    'aarch64': dict(attr='', ffi='FFI_DEFAULT_ABI', model='lp64', ld=True,
                    cplx=True, var=True, msva=False,
                    desc='AAPCS64 (Linux)'),
    # riscv64 (LP64D): ffi.h has no complex types there (libffi's has
    # none), so the generated code builds them (PRELUDE); 'flat' adds
    # the struct shapes of the psABI's flattening rules (fam_flat).
    'riscv64': dict(attr='', ffi='FFI_DEFAULT_ABI', model='lp64', ld=True,
                    cplx=True, var=True, msva=False, flat=True,
                    desc='RISC-V LP64D (Linux)'),
    # ppc64el (ELFv2): homogeneous aggregates of up to 8 members go in
    # FPRs, so hfa_max makes them up to 9 (the ninth is no longer one);
    # long double is IBM double-double (two FPRs, 16 bytes).
    'ppc64el': dict(attr='', ffi='FFI_DEFAULT_ABI', model='lp64', ld=True,
                    cplx=True, var=True, msva=False, hfa_max=9,
                    desc='powerpc64le ELFv2 (Linux)'),
    # s390x: big-endian; structs of one float or double travel as it,
    # other structs of 1, 2, 4, 8 bytes as integers, the rest (and complex
    # values, long double) by reference; narrow integer results fill the
    # whole ffi_arg, whose last bytes they are.
    's390x': dict(attr='', ffi='FFI_DEFAULT_ABI', model='lp64', ld=True,
                  cplx=True, var=True, msva=False, no_len1=True,
                  desc='s390x (Linux)'),
    'cdecl': dict(attr='', ffi='FFI_SYSV', model='ilp32', ld=True,
                  cplx=True, var=True, msva=False,
                  desc='i386 SysV cdecl'),
    'ms_cdecl': dict(attr='__attribute__((ms_abi))', ffi='FFI_MS_CDECL',
                     model='ilp32', ld=True, cplx=False, var=True,
                     msva=False, desc='i386 MS cdecl (provisional)'),
    'stdcall': dict(attr='__attribute__((stdcall))', ffi='FFI_STDCALL',
                    model='ilp32', ld=True, cplx=False, var=False,
                    msva=False, desc='i386 stdcall (provisional)'),
    'fastcall': dict(attr='__attribute__((fastcall))', ffi='FFI_FASTCALL',
                     model='ilp32', ld=True, cplx=False, var=False,
                     msva=False, desc='i386 fastcall (provisional)'),
    'thiscall': dict(attr='__attribute__((thiscall))', ffi='FFI_THISCALL',
                     model='ilp32', ld=True, cplx=False, var=False,
                     msva=False, desc='i386 thiscall (provisional)'),
}
# 32-bit Arm: armhf's default is the VFP variant (FFI_VFP: floating-point
# values and homogeneous aggregates in s/d registers, with back-filling),
# armel's the base standard (FFI_SYSV: core registers only).  arm_sysv
# checks FFI_SYSV on armhf against the compiler's pcs("aapcs").
ABIS['armhf'] = dict(attr='', ffi='FFI_DEFAULT_ABI', model='ilp32arm',
                     ld=True, cplx=True, var=True, msva=False,
                     desc='AAPCS VFP variant (armhf, FFI_VFP)')
ABIS['armel'] = dict(attr='', ffi='FFI_DEFAULT_ABI', model='ilp32arm',
                     ld=True, cplx=True, var=True, msva=False,
                     desc='AAPCS base standard (armel, FFI_SYSV)')
ABIS['arm_sysv'] = dict(attr='__attribute__((pcs("aapcs")))', ffi='FFI_SYSV',
                        model='ilp32arm', ld=True, cplx=True, var=True,
                        msva=False,
                        desc='AAPCS base standard on armhf (FFI_SYSV)')
# arm_vfp checks FFI_VFP on armel against pcs("aapcs-vfp"), which GCC
# takes with -mfloat-abi=softfp (cflags: extra dg-options); not for
# variadic functions, which always use the base standard.
ABIS['arm_vfp'] = dict(attr='__attribute__((pcs("aapcs-vfp")))',
                       ffi='FFI_VFP', model='ilp32arm', ld=True, cplx=True,
                       var=False, msva=False,
                       cflags='-mfloat-abi=softfp -mfpu=vfp',
                       desc='AAPCS VFP variant on armel (FFI_VFP)')
ABIS['i386'] = ABIS['cdecl']
# Conventions no C compiler attribute expresses, so there is no oracle.
REJECTED = {
    'pascal': 'FFI_PASCAL pushes arguments left to right; no GCC/Clang '
              'attribute does that',
    'register': 'FFI_REGISTER is Borland register (stack arguments left to '
                'right), not GCC regparm(3)',
}


def scalar(code):
    return ('s', code)


def type_text(t):
    kind = t[0]
    if kind == 's':
        return t[1]
    if kind == 'c':
        return 'C' + t[1]
    out = ['{']
    for mt, n in t[1]:
        out.append(type_text(mt))
        if n is not None:
            out.append('[%d]' % n)
    out.append('}')
    return ''.join(out)


class Sig:
    def __init__(self, ret, args, nfixed=None):
        self.ret = ret
        self.args = list(args)
        self.nfixed = nfixed        # None: not variadic

    @property
    def variadic(self):
        return self.nfixed is not None

    def text(self):
        parts = [type_text(self.ret), '(']
        for i, a in enumerate(self.args):
            if i == self.nfixed:
                parts.append('|')
            parts.append(type_text(a))
        if self.nfixed is not None and self.nfixed == len(self.args):
            parts.append('|')
        parts.append(')')
        return ''.join(parts)


def layout(t, model):
    """(size, align) of t under a size model."""
    kind = t[0]
    if kind == 's':
        return MODELS[model][t[1]]
    if kind == 'c':
        s, a = MODELS[model][t[1]]
        return 2 * s, a
    off = 0
    al = 1
    for mt, n in t[1]:
        s, a = layout(mt, model)
        off = (off + a - 1) // a * a + s * (n if n is not None else 1)
        al = max(al, a)
    return (off + al - 1) // al * al, al


def leaf_count(t):
    kind = t[0]
    if kind == 's':
        return 1
    if kind == 'c':
        return 2
    return sum(leaf_count(mt) * (n if n is not None else 1) for mt, n in t[1])


def depth(t):
    if t[0] != 't':
        return 0
    return 1 + max(depth(mt) for mt, _ in t[1])


def codes_in(t):
    kind = t[0]
    if kind == 's':
        yield t[1]
    elif kind == 'c':
        yield 'C' + t[1]
    else:
        for mt, _ in t[1]:
            yield from codes_in(mt)


# ---- Parsing ----------------------------------------------------------------

class ParseError(Exception):
    pass


def parse_sig(text):
    s = ''.join(text.split())
    pos = 0

    def peek():
        return s[pos] if pos < len(s) else ''

    def number():
        nonlocal pos
        start = pos
        while peek().isdigit():
            pos += 1
        if start == pos:
            raise ParseError('number expected at %d in %r' % (pos, s))
        return int(s[start:pos])

    def typ(allow_void=False):
        nonlocal pos
        c = peek()
        if c == '{':
            pos += 1
            members = []
            while peek() != '}':
                if peek() == '':
                    raise ParseError('unterminated struct in %r' % s)
                mt = typ()
                n = None
                if peek() == '[':
                    pos += 1
                    n = number()
                    if n < 1:
                        raise ParseError('array length must be >= 1')
                    if peek() != ']':
                        raise ParseError("']' expected at %d in %r" % (pos, s))
                    pos += 1
                members.append((mt, n))
            pos += 1
            if not members:
                raise ParseError('empty struct in %r' % s)
            return ('t', tuple(members))
        if c in ('I', 'U'):
            code = s[pos:pos + 2]
            if code not in SCALARS:
                raise ParseError('unknown type %r at %d in %r' % (code, pos, s))
            pos += 2
            return scalar(code)
        if c == 'C':
            b = s[pos + 1:pos + 2]
            if b not in COMPLEX:
                raise ParseError('unknown complex type at %d in %r' % (pos, s))
            pos += 2
            return ('c', b)
        if c == 'v' and allow_void:
            pos += 1
            return scalar('v')
        if c in SCALARS:
            pos += 1
            return scalar(c)
        raise ParseError('unknown type %r at %d in %r' % (c, pos, s))

    ret = typ(allow_void=True)
    if peek() != '(':
        raise ParseError("'(' expected after the return type in %r" % s)
    pos += 1
    args = []
    nfixed = None
    while peek() != ')':
        if peek() == '':
            raise ParseError("')' missing in %r" % s)
        if peek() == '|':
            if nfixed is not None:
                raise ParseError("two '|' in %r" % s)
            nfixed = len(args)
            pos += 1
            continue
        args.append(typ())
    pos += 1
    if pos != len(s):
        raise ParseError('junk after the signature in %r' % s)
    return Sig(ret, args, nfixed)


def promoted_ok(t):
    """False for the types default argument promotions would change."""
    return not (t[0] == 's' and (t[1] == 'f' or t[1] in NARROW_CODES))


def var_ok(t, caps):
    """Whether the compiler can read t through the preset's va_list.

    GCC (12) reads aggregates that ms_abi passes by reference (structs not
    of 1, 2, 4 or 8 bytes, long double) wrongly from __builtin_ms_va_list:
    it takes the pointer for the value.  So the ms presets keep those out
    of variadic arguments; the oracle would be wrong there.
    """
    if not promoted_ok(t):
        return False
    if caps['msva']:
        if t == ('s', 'e') or t[0] == 'c':
            return False
        if t[0] == 't' and layout(t, caps['model'])[0] not in (1, 2, 4, 8):
            return False
    return True


def check_sig(sig, abi):
    """Raise ParseError if the signature is not valid for the ABI preset."""
    caps = ABIS[abi]
    if sig.variadic:
        if not caps['var']:
            raise ParseError('--abi %s has no variadic calls' % abi)
        if sig.nfixed < 1:
            raise ParseError('a variadic signature needs a fixed argument')
        for a in sig.args[sig.nfixed:]:
            if not promoted_ok(a):
                raise ParseError('variadic argument %s is not promoted'
                                 % type_text(a))
            if not var_ok(a, caps):
                raise ParseError('--abi %s excludes variadic %s (passed by '
                                 'reference; see var_ok)' % (abi, type_text(a)))
        if not promoted_ok(sig.args[sig.nfixed - 1]):
            raise ParseError('the last fixed argument (va_start\'s) must not '
                             'be float or narrower than int')
    if len(sig.args) > 64:
        raise ParseError('too many arguments')
    for t in [sig.ret] + sig.args:
        for c in codes_in(t):
            if c in ('e', 'Ce') and not caps['ld']:
                raise ParseError('--abi %s excludes long double' % abi)
            if c.startswith('C') and not caps['cplx']:
                raise ParseError('--abi %s excludes complex types' % abi)
        if depth(t) > 3:
            raise ParseError('structs nest at most 3 deep')


# ---- Random signatures ------------------------------------------------------

class Gen:
    LEAF_BUDGET = 240

    def __init__(self, rng, abi):
        self.r = rng
        self.caps = ABIS[abi]
        self.model = self.caps['model']

    # scalars

    def int_code(self):
        return self.r.weighted([
            ('i', 8), ('j', 4), ('l', 5), ('m', 3), ('x', 4), ('y', 3),
            ('s', 3), ('t', 3), ('a', 3), ('h', 3), ('c', 3), ('b', 3),
            ('I1', 1), ('I2', 1), ('I4', 1), ('I8', 1),
            ('U1', 1), ('U2', 1), ('U4', 1), ('U8', 1), ('p', 5)])

    def fp_code(self):
        choices = [('f', 5), ('d', 5)]
        if self.caps['ld']:
            choices.append(('e', 1))
        return self.r.weighted(choices)

    def scalar_type(self):
        if self.r.chance(40):
            return scalar(self.fp_code())
        return scalar(self.int_code())

    def complex_type(self):
        choices = [('f', 3), ('d', 3)]
        if self.caps['ld']:
            choices.append(('e', 1))
        return ('c', self.r.weighted(choices))

    def promoted_type(self):
        """A variadic argument: no float, no integer narrower than int."""
        for _ in range(100):
            t = self._promoted_type()
            if var_ok(t, self.caps):
                return t
        return scalar('i')

    def _promoted_type(self):
        k = self.r.below(100)
        if k < 30:
            return self.struct_type()
        if k < 34 and self.caps['cplx']:
            return self.complex_type()
        if k < 55:
            return scalar('d' if not self.caps['ld'] or self.r.chance(85)
                          else 'e')
        return scalar(self.r.pick(['i', 'i', 'j', 'l', 'm', 'x', 'y', 'p',
                                   'I4', 'U4', 'I8', 'U8']))

    # structs

    def struct_type(self, family=None):
        for _ in range(50):
            fam = family or self.r.weighted([
                ('mixed', 30), ('hfa', 16), ('eightbyte', 20),
                ('oddtail', 10), ('ld', 6 if self.caps['ld'] else 0),
                ('big', 10), ('array', 8),
                ('flat', 40 if self.caps.get('flat') else 0)])
            t = getattr(self, 'fam_' + fam)(1)
            size, _ = layout(t, self.model)
            if 1 <= size <= 64 and depth(t) <= 3 and leaf_count(t) <= 64:
                return t
        return ('t', ((scalar('i'), None),))

    def member_array(self, mt, maxlen=8):
        if self.r.chance(15):
            return (mt, self.r.range(1, maxlen))
        return (mt, None)

    def fam_mixed(self, d):
        n = self.r.weighted([(1, 3), (2, 5), (3, 5), (4, 3), (5, 2), (6, 1)])
        members = []
        for _ in range(n):
            k = self.r.below(100)
            if k < 14 and d < 3:
                members.append(self.member_array(self.fam_mixed(d + 1), 3))
            elif k < 19 and self.caps['cplx']:
                members.append(self.member_array(self.complex_type(), 2))
            else:
                members.append(self.member_array(self.scalar_type()))
        return ('t', tuple(members))

    def fam_hfa(self, d, base=None, count=None):
        """Homogeneous float/double (long double) aggregate of 1..4
        (1..hfa_max where the preset says)."""
        if base is None:
            choices = [('f', 5), ('d', 5)]
            if self.caps['ld']:
                choices.append(('e', 1))
            base = self.r.weighted(choices)
        if count is None:
            count = self.r.range(1, self.caps.get('hfa_max', 4))
        members = []
        left = count
        while left > 0:
            k = self.r.below(100)
            if k < 15 and d < 3 and left >= 1:
                take = self.r.range(1, left)
                members.append((self.fam_hfa(d + 1, base, take), None))
            elif k < 30 and left >= 2:
                take = self.r.range(2, left)
                members.append((scalar(base), take))
            elif k < 38 and left >= 2 and self.caps['cplx']:
                take = 2
                members.append((('c', base), None))
            else:
                take = 1
                members.append((scalar(base), None))
            left -= take
        return ('t', tuple(members))

    def fam_eightbyte(self, d):
        """Small (<= 16 byte) mixes of integer and float members."""
        n = self.r.range(2, 4)
        members = []
        kinds = ['i', 'f'] + [self.r.pick('if') for _ in range(n - 2)]
        for j in range(n):
            kk = kinds[self.r.below(len(kinds))]
            kinds.remove(kk)
            if kk == 'i':
                c = self.r.pick(['i', 'j', 's', 't', 'c', 'a', 'h', 'b', 'x',
                                 'p', 'I2', 'U4'])
            else:
                c = self.r.pick(['f', 'f', 'd'])
            members.append(self.member_array(scalar(c), 3))
        if d < 3 and self.r.chance(20):
            i = self.r.below(len(members))
            members[i] = (('t', (members[i],)), None)
        return ('t', tuple(members))

    def flat_leaf(self, kind):
        if kind == 'f':
            return scalar(self.r.pick(['f', 'd']))
        return scalar(self.r.pick(['c', 'a', 'h', 'b', 's', 't', 'i', 'j',
                                   'l', 'm', 'x', 'y', 'p', 'I1', 'U2',
                                   'U4', 'I8']))

    def flat_wrap(self, member, d):
        """member, possibly inside a nested one-member struct or as a
        one-element array: both flatten away."""
        k = self.r.below(100)
        if k < 15 and d < 3:
            return (('t', (member,)), None)
        if k < 25 and member[1] is None:
            return (member[0], 1)
        return member

    def fam_flat(self, d):
        """RISC-V flattening (psABI, hardware floating-point convention):
        structs of one float/double, two of them (two members, a 2-array,
        a complex), or one float/double and one integer in either order,
        nested or wrapped in 1-element arrays; and near misses that must
        take integer registers: three leaves, two integers, a long double
        member."""
        k = self.r.below(100)
        if k < 15:
            leaves = ['f']
        elif k < 40:
            leaves = ['f', 'f']
        elif k < 75:
            leaves = ['f', 'i'] if self.r.chance(50) else ['i', 'f']
        elif k < 85:
            leaves = [self.r.pick('fi') for _ in range(3)]
        else:
            leaves = ['i', 'i']
        members = [(self.flat_leaf(x), None) for x in leaves]
        if leaves == ['f', 'f'] and self.r.chance(30):
            base = self.r.pick(['f', 'd'])
            members = [(('c', base), None) if self.caps['cplx']
                       and self.r.chance(50) else (scalar(base), 2)]
        if self.caps['ld'] and self.r.chance(8):
            members[self.r.below(len(members))] = (scalar('e'), None)
        members = [self.flat_wrap(m, d) for m in members]
        if d < 3 and self.r.chance(15):
            # the whole as a member of a one-member struct
            return ('t', ((('t', tuple(members)), None),))
        return ('t', tuple(members))

    def fam_oddtail(self, d):
        head = self.r.pick(['d', 'x', 'p', 'l', 'f', 'i', 'd'] +
                           (['e'] if self.caps['ld'] else []))
        members = []
        if self.r.chance(30):
            members.append((scalar(self.r.pick(['c', 'h', 'b'])),
                            self.r.range(1, 11)))
            members.append((scalar(head), None))
        else:
            members.append((scalar(head), None))
        for _ in range(self.r.range(1, 3)):
            members.append(self.member_array(
                scalar(self.r.pick(['c', 'a', 'h', 'b', 's', 't', 'I1'])), 5))
        return ('t', tuple(members))

    def fam_ld(self, d):
        members = [(scalar('e'), None)]
        for _ in range(self.r.range(0, 2)):
            members.append(self.member_array(self.scalar_type(), 2))
        if self.r.chance(50):
            members.reverse()
        if d < 3 and self.r.chance(20):
            return ('t', ((('t', tuple(members)), None),))
        return ('t', tuple(members))

    def fam_big(self, d):
        members = []
        for _ in range(self.r.range(3, 8)):
            k = self.r.below(100)
            if k < 10 and d < 3:
                members.append(self.member_array(self.fam_eightbyte(d + 1), 2))
            else:
                members.append(self.member_array(self.scalar_type(), 6))
        return ('t', tuple(members))

    def fam_array(self, d):
        base = self.r.pick(['c', 'h', 's', 'i', 'f', 'd', 'x', 'b', 'f'])
        members = [(scalar(base), self.r.range(1, 17))]
        if self.r.chance(40):
            members.append(self.member_array(self.scalar_type(), 4))
            if self.r.chance(50):
                members.reverse()
        return ('t', tuple(members))

    # whole signatures

    def arg_type(self, profile):
        k = self.r.below(100)
        if profile == 'gpr' and k < 70:
            return scalar(self.int_code())
        if profile == 'sse' and k < 65:
            return scalar(self.r.pick(['f', 'd', 'd']))
        if profile == 'sse' and k < 80:
            return self.struct_type('hfa')
        k = self.r.below(100)
        if k < 55:
            return self.scalar_type()
        if k < 60 and self.caps['cplx']:
            return self.complex_type()
        return self.struct_type()

    def ret_type(self):
        k = self.r.below(100)
        if k < 12:
            return scalar('v')
        if k < 55:
            return self.scalar_type()
        if k < 60 and self.caps['cplx']:
            return self.complex_type()
        return self.struct_type()

    def signature(self):
        for _ in range(100):
            sig = self._signature()
            if sum(leaf_count(t) for t in sig.args) + \
                    (0 if sig.ret == scalar('v') else leaf_count(sig.ret)) \
                    <= self.LEAF_BUDGET:
                return sig
        return sig

    def _signature(self):
        r = self.r
        b = r.below(100)
        if b < 45:
            n = r.range(0, 5)
        elif b < 80:
            n = r.range(6, 12)
        elif b < 95:
            n = r.range(13, 24)
        else:
            n = r.range(25, 40)
        profile = r.weighted([('any', 6), ('gpr', 2), ('sse', 2)])
        variadic = self.caps['var'] and r.chance(15)
        if variadic:
            n = max(n, 1)
            nfixed = r.range(1, n) if r.chance(80) else 1
            args = [self.arg_type(profile) for _ in range(nfixed)]
            if not promoted_ok(args[-1]):
                # va_start's parameter must not be a promotable type.
                args[-1] = self.promoted_type()
            args += [self.promoted_type() for _ in range(n - nfixed)]
            return Sig(self.ret_type(), args, nfixed)
        return Sig(self.ret_type(), [self.arg_type(profile) for _ in range(n)])


def no_len1_arrays(t):
    """t with every one-element array member made a plain member."""
    if t[0] != 't':
        return t
    return ('t', tuple((no_len1_arrays(mt), None if n == 1 else n)
                       for mt, n in t[1]))


def random_sig(seed, index, abi):
    sig = Gen(Rng(seed, index), abi).signature()
    if ABIS[abi].get('no_len1'):
        # s390x: GCC passes struct { float m[1]; } in a GPR but
        # struct { float m; } in an FPR; described to libffi both are one
        # float member (libffi and stubffi use an FPR), so the one-element
        # array has no libffi description and is left out.
        sig.ret = no_len1_arrays(sig.ret)
        sig.args = [no_len1_arrays(a) for a in sig.args]
    return sig


# ---- C emission -------------------------------------------------------------

PRELUDE = r'''
#include <ffi.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ABI_ATTR
# define ABI_ATTR @ATTR@
#endif
#ifndef ABI_FFI
# define ABI_FFI @FFI@
#endif
#ifndef ABI_MS_VA
# define ABI_MS_VA @MSVA@
#endif
#if ABI_MS_VA
# define AG_VA_LIST __builtin_ms_va_list
# define AG_VA_START __builtin_ms_va_start
# define AG_VA_END __builtin_ms_va_end
#else
# define AG_VA_LIST va_list
# define AG_VA_START va_start
# define AG_VA_END va_end
#endif
#define AG_VA_ARG __builtin_va_arg

/* Native callees must keep their ABI: no cloning, no IPA shortcuts.  */
#if defined(__clang__) || !defined(__GNUC__) || __GNUC__ < 8
# define AG_NOIPA __attribute__((noinline, used))
#else
# define AG_NOIPA __attribute__((noipa, used))
#endif
#define AG_ALIGN16 __attribute__((aligned(16)))
#define AG_UNUSED __attribute__((unused))

/* Where ffi.h declares no complex types (riscv64, as libffi's), they are
   built here as libffi builds its own: FFI_TYPE_COMPLEX, one element.  */
#ifndef FFI_TARGET_HAS_COMPLEX_TYPE
# define AG_LOCAL_COMPLEX(name, T, part)                                \
  static ffi_type *ag_##name##_elements[] = { &part, NULL };           \
  static ffi_type ag_type_##name AG_UNUSED = {                         \
    sizeof (_Complex T), _Alignof (_Complex T), FFI_TYPE_COMPLEX,       \
    ag_##name##_elements                                                \
  };
AG_LOCAL_COMPLEX (complex_float, float, ffi_type_float)
AG_LOCAL_COMPLEX (complex_double, double, ffi_type_double)
AG_LOCAL_COMPLEX (complex_longdouble, long double, ffi_type_longdouble)
# define ffi_type_complex_float ag_type_complex_float
# define ffi_type_complex_double ag_type_complex_double
# define ffi_type_complex_longdouble ag_type_complex_longdouble
#endif

#if CHAR_MIN < 0
# define AG_FFI_CHAR ffi_type_schar
#else
# define AG_FFI_CHAR ffi_type_uchar
#endif
typedef char ag_bool_is_one_byte[sizeof(_Bool) == 1 ? 1 : -1];
typedef char ag_llong_is_8_bytes[sizeof(long long) == 8 ? 1 : -1];

static const char *g_name = "?";   /* signature name: index or E<k> */
static const char *g_text = "?";   /* signature text */
static const char *g_phase = "start";
static uint64_t g_vseed;

static AG_UNUSED void
ag_head (void)
{
  fflush (stdout);
  fprintf (stderr, "abigen: FAIL sig %s: %s\n", g_name, g_text);
}

static AG_UNUSED void
ag_crash (int sig)
{
  fprintf (stderr, "abigen: CRASH (signal %d) sig %s: %s during %s\n",
           sig, g_name, g_text, g_phase);
  signal (sig, SIG_DFL);
  raise (sig);
}

/* The bits of scalar leaf K for the current signature and salt.  */
static AG_UNUSED uint64_t
vb (unsigned k)
{
  uint64_t z = g_vseed + (uint64_t) (k + 1) * 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static AG_UNUSED float
vf (unsigned k)
{
  uint64_t h = vb (k);
  float m = (float) (int32_t) (((h >> 8) & 0xFFFFFF) | 1);
  return (h & 1 ? -m : m) / (float) (1u << ((h >> 1) & 15));
}

static AG_UNUSED double
vd (unsigned k)
{
  uint64_t h = vb (k);
  double m = (double) (int64_t) ((h >> 11) | 1);
  return (h & 1 ? -m : m) / (double) (1u << ((h >> 1) & 31));
}

static AG_UNUSED long double
ve (unsigned k)
{
  uint64_t h = vb (k), s = vb (k ^ 0x40000000u);
  /* 64 significant bits: a trip through double would show.  */
  long double m = (long double) (h | 0x8000000000000001ULL);
  return (s & 1 ? -m : m) / (long double) (1ULL << (32 + ((s >> 1) & 31)));
}

static AG_UNUSED uint64_t
ag_seed (unsigned salt)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  const char *p;
  for (p = g_name; *p; p++)
    h = (h ^ (unsigned char) *p) * 0x100000001b3ULL;
  return h ^ ((uint64_t) salt << 56);
}

static AG_UNUSED void
cks (const char *w, const char *what, long long got, long long want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %lld (%#llx), got %lld (%#llx)\n",
               w, what, want, (unsigned long long) want, got,
               (unsigned long long) got);
      abort ();
    }
}

static AG_UNUSED void
cku (const char *w, const char *what, unsigned long long got,
     unsigned long long want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %llu (%#llx), got %llu (%#llx)\n",
               w, what, want, want, got, got);
      abort ();
    }
}

static AG_UNUSED void
ckp (const char *w, const char *what, const void *got, const void *want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %p, got %p\n", w, what, want, got);
      abort ();
    }
}

static AG_UNUSED void
ckf (const char *w, const char *what, float got, float want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %a (%.9g), got %a (%.9g)\n", w,
               what, (double) want, (double) want, (double) got,
               (double) got);
      abort ();
    }
}

static AG_UNUSED void
ckd (const char *w, const char *what, double got, double want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %a (%.17g), got %a (%.17g)\n", w,
               what, want, want, got, got);
      abort ();
    }
}

static AG_UNUSED void
cke (const char *w, const char *what, long double got, long double want)
{
  if (got != want)
    {
      ag_head ();
      fprintf (stderr, "  %s: %s: expected %La (%.21Lg), got %La (%.21Lg)\n",
               w, what, want, want, got, got);
      abort ();
    }
}

#define AG_G 16
#define AG_R16(n) (((n) + 15) & ~(size_t) 15)
#define AG_SLOT(n) (2 * AG_G + AG_R16 (n))
#define AG_GUARD 0xA5
#define AG_FILL 0xCD

/* Storage for one argument with AG_G guard bytes on each side.  */
static AG_UNUSED void *
ag_slot (unsigned char **cur, size_t n)
{
  unsigned char *p = *cur;
  memset (p, AG_GUARD, AG_SLOT (n));
  memset (p + AG_G, AG_FILL, n);
  *cur = p + AG_SLOT (n);
  return p + AG_G;
}

static AG_UNUSED void
ag_guards (const char *w, const char *what, const void *v, size_t n)
{
  const unsigned char *p = v;
  int i;
  for (i = 1; i <= AG_G; i++)
    if (p[-i] != AG_GUARD)
      {
        ag_head ();
        fprintf (stderr, "  %s: guard byte %d before %s overwritten: 0x%02x\n",
                 w, i, what, p[-i]);
        abort ();
      }
  for (i = 0; i < AG_G; i++)
    if (p[n + i] != AG_GUARD)
      {
        ag_head ();
        fprintf (stderr, "  %s: guard byte %d after %s (%u bytes) "
                 "overwritten: 0x%02x\n", w, i, what, (unsigned) n,
                 p[n + i]);
        abort ();
      }
}

/* Overwrite a callee's by-value argument; opaque to the optimizer.  */
static AG_NOIPA void
ag_scribble (void *p, size_t n)
{
  volatile unsigned char *q = p;
  size_t i;
  for (i = 0; i < n; i++)
    q[i] = (unsigned char) (0x5A ^ i);
}

static AG_UNUSED void
ag_status (const char *w, int got)
{
  if (got != FFI_OK)
    {
      ag_head ();
      fprintf (stderr, "  %s returned %d, not FFI_OK\n", w, got);
      abort ();
    }
}

#if defined(FFI_CLOSURES) && FFI_CLOSURES && !defined(ABIGEN_NO_CLOSURES)
# define AG_CLOSURES 1
#else
# define AG_CLOSURES 0
#endif

#if AG_CLOSURES
static AG_UNUSED void *
ag_closure (ffi_cif *cif,
            void (*fun) (ffi_cif *, void *, void **, void *),
            void *ud, void **code)
{
  ffi_closure *cl = ffi_closure_alloc (sizeof (ffi_closure), code);
  if (cl == NULL)
    {
      ag_head ();
      fprintf (stderr, "  ffi_closure_alloc returned NULL\n");
      abort ();
    }
  ag_status ("ffi_prep_closure_loc",
             ffi_prep_closure_loc (cl, cif, fun, ud, *code));
  return cl;
}
#endif
'''

MAIN = r'''
struct ag_test
{
  const char *name, *text;
  void (*fn) (void);
};

static const struct ag_test ag_tests[] = {
@TABLE@};

int
main (int argc, char **argv)
{
  size_t i, ran = 0;
  signal (SIGSEGV, ag_crash);
  signal (SIGBUS, ag_crash);
  signal (SIGILL, ag_crash);
  signal (SIGFPE, ag_crash);
  for (i = 0; i < sizeof ag_tests / sizeof ag_tests[0]; i++)
    {
      if (argc > 1 && strcmp (argv[1], ag_tests[i].name) != 0)
        continue;
      g_name = ag_tests[i].name;
      g_text = ag_tests[i].text;
      ag_tests[i].fn ();
      ran++;
    }
  if (ran == 0)
    {
      fprintf (stderr, "abigen: no signature named %s here\n",
               argc > 1 ? argv[1] : "?");
      return 2;
    }
  printf ("abigen: %u signature(s) passed\n", (unsigned) ran);
  return 0;
}
'''

RET_LEAF_BASE = 5000


def c_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


class SigEmitter:
    def __init__(self, sig, ident, name, text):
        self.sig = sig
        self.id = ident          # C identifier suffix
        self.name = name
        self.text = text
        self.structs = {}        # type -> C struct name
        self.order = []
        self.out = []
        for t in [sig.ret] + sig.args:
            self._collect(t)

    def _collect(self, t):
        if t[0] != 't' or t in self.structs:
            return
        for mt, _ in t[1]:
            self._collect(mt)
        self.structs[t] = 'S%s_%d' % (self.id, len(self.order))
        self.order.append(t)

    def ctype(self, t):
        if t[0] == 's':
            return 'void' if t[1] == 'v' else SCALARS[t[1]][0]
        if t[0] == 'c':
            return COMPLEX[t[1]][0]
        return 'struct ' + self.structs[t]

    def decl(self, t, name):
        ct = self.ctype(t)
        return ct + name if ct.endswith('*') else ct + ' ' + name

    def ffi(self, t):
        if t[0] == 's':
            return '&ffi_type_void' if t[1] == 'v' else '&' + SCALARS[t[1]][1]
        if t[0] == 'c':
            return '&' + COMPLEX[t[1]][1]
        return '&T' + self.structs[t]

    def leaves(self, t, cexpr, disp):
        if t[0] == 's':
            yield t[1], cexpr, disp
        elif t[0] == 'c':
            yield t[1], '__real__ ' + cexpr, disp + '.re'
            yield t[1], '__imag__ ' + cexpr, disp + '.im'
        else:
            for j, (mt, n) in enumerate(t[1]):
                if n is None:
                    yield from self.leaves(mt, '%s.m%d' % (cexpr, j),
                                           '%s.m%d' % (disp, j))
                else:
                    for i in range(n):
                        yield from self.leaves(mt, '%s.m%d[%d]' % (cexpr, j, i),
                                               '%s.m%d[%d]' % (disp, j, i))

    @staticmethod
    def value(code, k):
        if code == 'b':
            return '(_Bool) (vb (%d) & 1)' % k
        if code == 'p':
            return '(void *) (uintptr_t) vb (%d)' % k
        if code in ('f', 'd', 'e'):
            return 'v%s (%d)' % (code, k)
        return '(%s) vb (%d)' % (SCALARS[code][0], k)

    @classmethod
    def check(cls, code, got, disp, k):
        kind = SCALARS[code][2]
        fn = {'s': 'cks', 'u': 'cku', 'p': 'ckp', 'f': 'ckf', 'd': 'ckd',
              'e': 'cke'}[kind]
        return '  %s (w, "%s", %s, %s);' % (fn, disp, got, cls.value(code, k))

    def arg_leaves(self, base_fmt):
        """(code, cexpr, disp, k) for every argument leaf."""
        k = 0
        for i, a in enumerate(self.sig.args):
            for code, cexpr, disp in self.leaves(a, base_fmt % i, 'a%d' % i):
                yield code, cexpr, disp, k
                k += 1

    def ret_leaves(self, base):
        for k, (code, cexpr, disp) in enumerate(self.leaves(self.sig.ret, base,
                                                            'ret')):
            yield code, cexpr, disp, RET_LEAF_BASE + k

    def is_void(self):
        return self.sig.ret == ('s', 'v')

    def narrow_int_ret(self):
        r = self.sig.ret
        return r[0] == 's' and r[1] in INT_CODES

    def emit(self):
        o = self.out
        sig, X = self.sig, self.id
        n = len(sig.args)
        R = self.ctype(sig.ret)
        o.append('\n/* ---- sig %s: %s */\n' % (self.name, self.text))
        # Types.
        for t in self.order:
            sn = self.structs[t]
            o.append('struct %s {' % sn)
            elems = []
            for j, (mt, cnt) in enumerate(t[1]):
                o.append(' %s%s;' % (self.decl(mt, 'm%d' % j),
                                     '' if cnt is None else '[%d]' % cnt))
                elems += [self.ffi(mt)] * (cnt or 1)
            o.append(' };\n')
            o.append('static ffi_type *E%s[] = { %s, NULL };\n'
                     % (sn, ', '.join(elems)))
            o.append('static ffi_type T%s = { 0, 0, FFI_TYPE_STRUCT, E%s };\n'
                     % (sn, sn))
        params = [self.decl(a, 'a%d' % i) for i, a in enumerate(sig.args)]
        ptypes = [self.ctype(a) for a in sig.args]
        argnames = ['a%d' % i for i in range(n)]
        # mk: fill argument storage.
        if n:
            o.append('static void\nmk%s (%s)\n{\n' % (
                X, ', '.join(self.decl(a, '*a%d' % i)
                             for i, a in enumerate(sig.args))))
            for code, cexpr, disp, k in self.arg_leaves('(*a%d)'):
                o.append('  %s = %s;\n' % (cexpr, self.value(code, k)))
            o.append('}\n')
            # ck: check arguments.
            o.append('static void\nck%s (const char *w, %s)\n{\n'
                     % (X, ', '.join(params)))
            for code, cexpr, disp, k in self.arg_leaves('a%d'):
                o.append(self.check(code, cexpr, disp, k) + '\n')
            o.append('}\n')
        if not self.is_void():
            o.append('static %s\nmr%s (void)\n{\n  %s;\n' % (R, X,
                                                          self.decl(sig.ret, 'r')))
            if sig.ret[0] == 't':
                o.append('  memset (&r, 0, sizeof r);\n')
            for code, cexpr, disp, k in self.ret_leaves('r'):
                o.append('  %s = %s;\n' % (cexpr, self.value(code, k)))
            o.append('  return r;\n}\n')
            o.append('static void\ncr%s (const char *w, %s)\n{\n'
                     % (X, self.decl(sig.ret, 'r')))
            for code, cexpr, disp, k in self.ret_leaves('r'):
                o.append(self.check(code, cexpr, disp, k) + '\n')
            o.append('}\n')
        aggregate = [i for i, a in enumerate(sig.args)
                     if a[0] in ('t', 'c') or a == ('s', 'e')]
        # Native callee.
        guard = 'AG_CLOSURES'
        if sig.variadic:
            guard += ' && !defined(ABIGEN_NO_VARIADIC_CLOSURES)'
        o.append('static int n%s;\n' % X)
        for i, a in enumerate(sig.args):
            o.append('static %s;\n' % self.decl(a, 'g%s_%d' % (X, i)))
        if sig.variadic:
            fixed = params[:sig.nfixed] + ['...']
        else:
            fixed = params or ['void']
        o.append('AG_NOIPA ABI_ATTR %s\nf%s (%s)\n{\n' % (R, X, ', '.join(fixed)))
        if sig.variadic and n > sig.nfixed:
            o.append('  AG_VA_LIST ap;\n')
            for i in range(sig.nfixed, n):
                o.append('  %s;\n' % params[i])
            o.append('  AG_VA_START (ap, a%d);\n' % (sig.nfixed - 1))
            for i in range(sig.nfixed, n):
                o.append('  a%d = AG_VA_ARG (ap, %s);\n' % (i, ptypes[i]))
            o.append('  AG_VA_END (ap);\n')
        o.append('  g_phase = "call: in the callee";\n')
        if n:
            o.append('  ck%s ("call: callee\'s argument", %s);\n'
                     % (X, ', '.join(argnames)))
        for i in range(n):
            o.append('  g%s_%d = a%d;\n' % (X, i, i))
        for i in aggregate:
            o.append('  ag_scribble (&a%d, sizeof a%d);\n' % (i, i))
        o.append('  n%s++;\n' % X)
        if not self.is_void():
            o.append('  return mr%s ();\n' % X)
        o.append('}\n')
        # Closure handler.
        o.append('#if %s\nstatic int nc%s, tag%s;\n' % (guard, X, X))
        o.append('static void\nh%s (ffi_cif *cif, void *ret, void **av, '
                 'void *ud)\n{\n  const char *w = "closure: handler";\n' % X)
        o.append('  g_phase = "closure: in the handler";\n')
        o.append('  cku (w, "cif->nargs", cif->nargs, %d);\n' % n)
        o.append('  ckp (w, "user_data", ud, &tag%s);\n' % X)
        if n:
            o.append('  ck%s ("closure: handler\'s avalue", %s);\n' % (
                X, ', '.join('*(%s *) av[%d]' % (ptypes[i], i)
                             for i in range(n))))
        else:
            o.append('  (void) av;\n')
        for i in aggregate:
            o.append('  ag_scribble (av[%d], sizeof (%s));\n' % (i, ptypes[i]))
        if self.is_void():
            o.append('  (void) ret;\n')
        elif self.narrow_int_ret():
            o.append('  {\n    %s = mr%s ();\n' % (self.decl(sig.ret, 'r'), X))
            o.append('    if (sizeof r < sizeof (ffi_arg))\n'
                     '      *(ffi_arg *) ret = (ffi_arg) (ffi_sarg) r;\n'
                     '    else\n      memcpy (ret, &r, sizeof r);\n  }\n')
        else:
            o.append('  {\n    %s = mr%s ();\n    memcpy (ret, &r, sizeof r);\n'
                     '  }\n' % (self.decl(sig.ret, 'r'), X))
        o.append('  nc%s++;\n}\n' % X)
        # Closure pointer type.
        o.append('typedef %s (ABI_ATTR *P%s) (%s);\n' % (R, X, ', '.join(
            (ptypes[:sig.nfixed] + ['...']) if sig.variadic
            else (ptypes or ['void']))))
        o.append('#endif\n')
        # The test.
        o.append('static void\nt%s (void)\n{\n' % X)
        o.append('  ffi_cif cif;\n  ffi_type *at[%d] = { %s };\n'
                 % (n + 1, ', '.join([self.ffi(a) for a in sig.args] + ['NULL'])))
        o.append('  const char *w;\n')
        # Layout.
        if self.order:
            o.append('  w = "layout";\n  g_phase = "layout";\n')
        for t in self.order:
            sn = self.structs[t]
            offs = []
            for j, (mt, cnt) in enumerate(t[1]):
                if cnt is None:
                    offs.append('m%d' % j)
                else:
                    offs += ['m%d[%d]' % (j, i) for i in range(cnt)]
            o.append('  {\n    size_t o[%d];\n' % len(offs))
            o.append('    ag_status ("ffi_get_struct_offsets (%s)", '
                     'ffi_get_struct_offsets (ABI_FFI, &T%s, o));\n' % (sn, sn))
            o.append('    cku (w, "%s size", T%s.size, sizeof (struct %s));\n'
                     % (sn, sn, sn))
            o.append('    cku (w, "%s alignment", T%s.alignment, '
                     '__alignof__ (struct %s));\n' % (sn, sn, sn))
            for j, m in enumerate(offs):
                o.append('    cku (w, "offset of %s.%s", o[%d], '
                         'offsetof (struct %s, %s));\n' % (sn, m, j, sn, m))
            o.append('  }\n')
        if sig.variadic:
            o.append('  ag_status ("ffi_prep_cif_var", ffi_prep_cif_var (&cif, '
                     'ABI_FFI, %d, %d, %s, at));\n'
                     % (sig.nfixed, n, self.ffi(sig.ret)))
        else:
            o.append('  ag_status ("ffi_prep_cif", ffi_prep_cif (&cif, ABI_FFI, '
                     '%d, %s, at));\n' % (n, self.ffi(sig.ret)))
        # Call.
        rsize = 'sizeof (ffi_arg)' if self.is_void() else \
            '(sizeof (%s) > sizeof (ffi_arg) ? sizeof (%s) : sizeof (ffi_arg))' \
            % (R, R)
        o.append('  {\n')
        if n:
            o.append('    AG_ALIGN16 unsigned char arena[%s];\n'
                     % ' + '.join('AG_SLOT (sizeof (%s))' % p for p in ptypes))
            # libffi's own ffi_call may repoint avalue[i] at copies of
            # large structs, so the storage is remembered in sp[] as well.
            o.append('    unsigned char *cur = arena;\n    void *av[%d], *sp[%d];\n'
                     % (n, n))
        else:
            o.append('    void **av = NULL;\n')
        o.append('    AG_ALIGN16 unsigned char rb[AG_SLOT (%s)];\n' % rsize)
        o.append('    unsigned char *rv = rb;\n    void *r = ag_slot (&rv, %s);\n'
                 % rsize)
        o.append('    g_vseed = ag_seed (1);\n')
        for i in range(n):
            o.append('    av[%d] = sp[%d] = ag_slot (&cur, sizeof (%s));\n'
                     % (i, i, ptypes[i]))
        if n:
            o.append('    mk%s (%s);\n' % (X, ', '.join(
                '(%s *) sp[%d]' % (ptypes[i], i) for i in range(n))))
        o.append('    n%s = 0;\n    g_phase = "call: ffi_call";\n' % X)
        o.append('    ffi_call (&cif, FFI_FN (f%s), r, av);\n' % X)
        o.append('    g_phase = "call: checks";\n    w = "call";\n')
        o.append('    cku (w, "times the callee ran", n%s, 1);\n' % X)
        if n:
            o.append('    ck%s ("call: argument the callee recorded", %s);\n' % (
                X, ', '.join('g%s_%d' % (X, i) for i in range(n))))
            o.append('    ck%s ("call: caller\'s argument storage after the '
                     'callee scribbled on its copies", %s);\n' % (
                         X, ', '.join('*(%s *) sp[%d]' % (ptypes[i], i)
                                      for i in range(n))))
            for i in range(n):
                o.append('    ag_guards (w, "argument a%d", sp[%d], sizeof (%s));\n'
                         % (i, i, ptypes[i]))
        o.append('    ag_guards (w, "rvalue", r, %s);\n' % rsize)
        if self.narrow_int_ret():
            o.append('    {\n      ffi_arg full;\n'
                     '      memcpy (&full, r, sizeof full);\n'
                     '      if (sizeof (%s) < sizeof (ffi_arg))\n        {\n'
                     '          cr%s ("call: return value", (%s) full);\n'
                     '          cku (w, "return value as a whole ffi_arg (sign/zero '
                     'extension)", full, (ffi_arg) (ffi_sarg) mr%s ());\n'
                     '        }\n      else\n'
                     '        cr%s ("call: return value", *(%s *) r);\n    }\n'
                     % (R, X, R, X, X, R))
        elif not self.is_void():
            o.append('    cr%s ("call: return value", *(%s *) r);\n' % (X, R))
        o.append('  }\n')
        # Closure.
        o.append('#if %s\n  {\n    void *code;\n    void *cl;\n' % guard)
        for i, a in enumerate(sig.args):
            o.append('    %s;\n' % self.decl(a, 'a%d' % i))
        if not self.is_void():
            o.append('    %s;\n' % self.decl(sig.ret, 'r'))
        o.append('    g_phase = "closure: ffi_closure_alloc";\n'
                 '    cl = ag_closure (&cif, h%s, &tag%s, &code);\n' % (X, X))
        o.append('    g_vseed = ag_seed (2);\n')
        if n:
            o.append('    mk%s (%s);\n' % (X, ', '.join('&a%d' % i for i in range(n))))
        o.append('    nc%s = 0;\n    g_phase = "closure: native call";\n' % X)
        o.append('    %s((P%s) code) (%s);\n' % ('' if self.is_void() else 'r = ',
                                              X, ', '.join(argnames)))
        o.append('    g_phase = "closure: checks";\n    w = "closure";\n')
        o.append('    cku (w, "times the handler ran", nc%s, 1);\n' % X)
        if not self.is_void():
            o.append('    cr%s ("closure: return value", r);\n' % X)
        if n:
            o.append('    ck%s ("closure: caller\'s arguments after the call", '
                     '%s);\n' % (X, ', '.join(argnames)))
        o.append('    ffi_closure_free (cl);\n  }\n#endif\n')
        o.append('  g_phase = "done";\n}\n')
        return ''.join(o)


def emit_file(entries, abi, header):
    """entries: list of (name, sig, text-with-comment)."""
    caps = ABIS[abi]
    out = ['/* Generated by testsuite/gen/abigen.py -- do not edit.\n',
           '   %s */\n' % header,
           '/* { dg-do run } */\n',
           # GCC's "the ABI of passing structure with complex float member
           # has changed in GCC 4.4" notes are no defect of the test.
           '/* { dg-options "-Wno-psabi%s" } */\n'
           % (' ' + caps['cflags'] if caps.get('cflags') else '')]
    out.append(PRELUDE.replace('@ATTR@', caps['attr'])
               .replace('@FFI@', caps['ffi'])
               .replace('@MSVA@', '1' if caps['msva'] else '0'))
    table = []
    for name, sig, text in entries:
        ident = name.replace('-', '_')
        out.append(SigEmitter(sig, ident, name, text).emit())
        table.append('  { %s, %s, t%s },\n' % (c_str(name), c_str(text), ident))
    out.append(MAIN.replace('@TABLE@', ''.join(table)))
    return ''.join(out)


# ---- Edge-case file ---------------------------------------------------------

def read_edge(path, abi):
    """[(name, sig, text)] from an edge-case file.

    E<k> is the k-th signature line (from 0) whether or not the convention
    can express it, so names are the same for every --abi."""
    entries = []
    k = -1
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            body, _, comment = line.partition('#')
            body = body.strip()
            if not body:
                continue
            k += 1              # names stay put when entries are skipped
            try:
                sig = parse_sig(body)
                check_sig(sig, abi)
            except ParseError as e:
                if 'excludes' in str(e) or 'has no variadic' in str(e):
                    continue        # not expressible in this convention
                sys.exit('%s:%d: %s' % (path, lineno, e))
            comment = comment.strip()
            text = sig.text() + ('  # ' + comment if comment else '')
            entries.append(('E%d' % k, sig, text))
    return entries


# ---- Driver -----------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Generate compiler-as-oracle ABI tests for stubffi.')
    ap.add_argument('--seed', type=lambda s: int(s, 0), default=1)
    ap.add_argument('--count', type=int, default=None,
                    help='random signatures (default 500; 0 with --edge)')
    ap.add_argument('--start', type=int, default=0,
                    help='index of the first random signature')
    ap.add_argument('--per-file', type=int, default=25)
    ap.add_argument('--only', help='one signature: an index, or E<k>')
    ap.add_argument('--edge', help='edge-case file to emit as well')
    ap.add_argument('--sig', action='append', default=[],
                    help='a signature text to emit (repeatable)')
    ap.add_argument('--abi', default='sysv')
    ap.add_argument('--out', help='output directory')
    ap.add_argument('--prefix', default='abi')
    ap.add_argument('--list', action='store_true',
                    help='print NAME TEXT lines instead of writing C')
    args = ap.parse_args(argv)

    if args.abi in REJECTED:
        sys.exit('abigen: --abi %s: %s' % (args.abi, REJECTED[args.abi]))
    if args.abi not in ABIS:
        sys.exit('abigen: unknown --abi %s (known: %s)'
                 % (args.abi, ', '.join(sorted(ABIS))))
    if args.count is None:
        args.count = 0 if (args.edge or args.sig) else 500

    groups = []          # (file stem, entries, header)
    edge = read_edge(args.edge, args.abi) if args.edge else []
    if args.only is not None:
        if args.only.startswith('E'):
            if not args.edge:
                sys.exit('abigen: --only %s needs --edge' % args.only)
            sel = [e for e in edge if e[0] == args.only]
            if not sel:
                sys.exit('abigen: no edge case %s' % args.only)
            stem = '%s-edge-%s' % (args.prefix, args.only)
        else:
            i = int(args.only)
            sig = random_sig(args.seed, i, args.abi)
            sel = [(str(i), sig, sig.text())]
            stem = '%s-s%d-only-%d' % (args.prefix, args.seed, i)
        groups.append((stem, sel, 'seed %d, abi %s, --only %s'
                       % (args.seed, args.abi, args.only)))
    else:
        for b in range(args.start, args.start + args.count, args.per_file):
            e = min(b + args.per_file, args.start + args.count)
            sel = []
            for i in range(b, e):
                sig = random_sig(args.seed, i, args.abi)
                sel.append((str(i), sig, sig.text()))
            groups.append(('%s-s%d-%05d' % (args.prefix, args.seed, b), sel,
                           'seed %d, abi %s, signatures %d..%d'
                           % (args.seed, args.abi, b, e - 1)))
        for b in range(0, len(edge), args.per_file):
            groups.append(('%s-edge-%03d' % (args.prefix, b),
                           edge[b:b + args.per_file],
                           'edge cases %s, abi %s' % (args.edge, args.abi)))
        if args.sig:
            sel = []
            for k, text in enumerate(args.sig):
                try:
                    sig = parse_sig(text)
                    check_sig(sig, args.abi)
                except ParseError as e:
                    sys.exit('abigen: --sig %s: %s' % (text, e))
                sel.append(('X%d' % k, sig, sig.text()))
            groups.append(('%s-sig' % args.prefix, sel,
                           'signatures from --sig, abi %s' % args.abi))

    if args.list:
        for _, sel, _ in groups:
            for name, _, text in sel:
                print(name, text)
        return 0
    if not args.out:
        sys.exit('abigen: --out DIR is required (or --list)')
    os.makedirs(args.out, exist_ok=True)
    for stem, sel, header in groups:
        path = os.path.join(args.out, stem + '.c')
        data = emit_file(sel, args.abi, header)
        tmp = path + '.tmp'
        with open(tmp, 'w') as f:
            f.write(data)
        os.replace(tmp, path)
        print(path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
