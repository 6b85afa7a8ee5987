#!/bin/sh
# SPDX-License-Identifier: MIT
# Generate configure, Makefile.in and friends from a fresh checkout.
set -e
cd "$(dirname "$0")"
mkdir -p m4
exec autoreconf -fi
