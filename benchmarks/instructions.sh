#!/usr/bin/env bash
# Instruction counts (valgrind's cachegrind: deterministic, unlike wall clock on a shared machine).
#
#   benchmarks/instructions.sh VENV [CODE ...]
#
# VENV: a virtual environment with a non-editable install of the version to measure.
# Prints the instructions of a one-brief run and per brief ((120 briefs - 20 briefs) / 100), then,
# for each CODE, what that rule costs a brief (120 briefs checked with and without --ignore CODE).
# The corpus is benchmarks/corpus/ (python benchmarks/run.py makes it). Each figure is read after
# one untimed run, so that bytecode and the kept expressions are written first.
set -eu
VENV=$1; shift
HERE=$(cd "$(dirname "$0")" && pwd)
C=$HERE/corpus
unset PYTHONDONTWRITEBYTECODE
export PYTHONHASHSEED=0 PYTHONPYCACHEPREFIX=${TMPDIR:-/tmp}/brieflint-instructions-$(basename "$VENV")
mapfile -t MD < <(ls "$C"/brief-*.md | head -60)
mapfile -t YML < <(ls "$C"/brief-*.brief.yaml | head -60)
ALL=("${MD[@]}" "${YML[@]}")
S20=("${MD[@]:0:10}" "${YML[@]:0:10}")
# the corpus is git-ignored: a version that respects .gitignore must be told not to
WALK=()
if "$VENV/bin/brieflint" check --help | grep -q -- --no-respect-gitignore; then WALK=(--no-respect-gitignore); fi
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$VENV/bin/brieflint" check --no-cache "${WALK[@]}" --jobs 1 --format json "$@" 2>&1 >/dev/null \
    | grep -oE "I\s+refs:\s+[0-9,]+" | grep -oE "[0-9,]+$" | tr -d ,
}
count "${ALL[@]}" >/dev/null
one=$(count "${MD[0]}")
a=$(count "${S20[@]}")
b=$(count "${ALL[@]}")
printf 'one brief: %d M; per brief: %d.%02d M\n' $((one / 1000000)) $(( (b - a) / 100000000 )) $(( (b - a) / 1000000 % 100 ))
for code in "$@"; do
  x=$(count --ignore "$code" "${ALL[@]}")
  d=$(( (b - x) / 120 / 10000 ))
  printf '%s: %d.%02d M a brief\n' "$code" $((d / 100)) $((d % 100))
done
