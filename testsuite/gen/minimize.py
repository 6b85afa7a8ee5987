#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""minimize.py -- shrink a failing abigen signature.

  minimize.py [--cc CC] [--cflags STR] [--libs STR] [--opt -O0]
              [--abi sysv] [--grep TEXT] 'SIGNATURE'

Greedily drops arguments, simplifies the return type to void, drops struct
members and shortens arrays, keeping each change while the program built
from the signature still fails (and, with --grep, still prints TEXT on
stderr).  --libs defaults to -lffi; for a stubffi build tree pass e.g.
--cflags '-Ibuild/include -Iinclude' --libs '-Lbuild/.libs
-Wl,-rpath,build/.libs -lffi'.  Prints each smaller failing signature and
finally the smallest with its failure message.
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import abigen  # noqa: E402


def shrink_type(t):
    """Smaller variants of one type."""
    if t[0] != 't':
        return
    members = list(t[1])
    for i in range(len(members)):
        if len(members) > 1:
            yield ('t', tuple(members[:i] + members[i + 1:]))
    for i, (mt, n) in enumerate(members):
        if n is not None:
            for m in (None, 1, n // 2):
                if m != n and (m is None or m >= 1):
                    yield ('t', tuple(members[:i] + [(mt, m)] + members[i + 1:]))
        for smaller in shrink_type(mt):
            yield ('t', tuple(members[:i] + [(smaller, n)] + members[i + 1:]))
        if mt[0] == 't' and n is None and len(mt[1]) == 1 \
                and mt[1][0][1] is None:
            yield ('t', tuple(members[:i] + [mt[1][0]] + members[i + 1:]))


def candidates(sig):
    args, nf = sig.args, sig.nfixed
    for i in range(len(args)):
        nnf = nf
        if nf is not None and i < nf:
            if nf == 1:
                continue
            nnf = nf - 1
        yield abigen.Sig(sig.ret, args[:i] + args[i + 1:], nnf)
    if sig.ret != ('s', 'v'):
        yield abigen.Sig(('s', 'v'), args, nf)
    if nf is not None and nf == len(args):
        yield abigen.Sig(sig.ret, args, None)
    for smaller in shrink_type(sig.ret):
        yield abigen.Sig(smaller, args, nf)
    for i, a in enumerate(args):
        for smaller in shrink_type(a):
            yield abigen.Sig(sig.ret, args[:i] + [smaller] + args[i + 1:], nf)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('sig')
    ap.add_argument('--cc', default=os.environ.get('CC', 'cc'))
    ap.add_argument('--cflags', default='')
    ap.add_argument('--libs', default='-lffi')
    ap.add_argument('--opt', default='-O0')
    ap.add_argument('--abi', default='sysv')
    ap.add_argument('--grep', default=None)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix='abimin-')

    def fails(sig):
        try:
            abigen.check_sig(sig, a.abi)
        except abigen.ParseError:
            return None
        src = os.path.join(work, 't.c')
        exe = os.path.join(work, 't')
        with open(src, 'w') as f:
            f.write(abigen.emit_file([('X0', sig, sig.text())], a.abi, 'min'))
        cmd = [a.cc, '-w', a.opt] + shlex.split(a.cflags) + [src, '-o', exe] \
            + shlex.split(a.libs) + ['-lm']
        if subprocess.run(cmd, capture_output=True).returncode != 0:
            return None
        p = subprocess.run([exe], capture_output=True, text=True, timeout=60)
        if p.returncode == 0:
            return None
        if a.grep and a.grep not in p.stderr:
            return None
        return p.stderr.strip() or 'exit status %d' % p.returncode

    sig = abigen.parse_sig(a.sig)
    msg = fails(sig)
    if msg is None:
        sys.exit('minimize: %s does not fail' % sig.text())
    progress = True
    while progress:
        progress = False
        for c in candidates(sig):
            m = fails(c)
            if m is not None:
                sig, msg = c, m
                print(sig.text(), flush=True)
                progress = True
                break
    print('smallest:', sig.text())
    print(msg)


if __name__ == '__main__':
    main()
