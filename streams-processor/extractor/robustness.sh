#!/usr/bin/env bash
# Robustness probe (robustness.py): the annotated text fixtures rewritten in ways that keep their gold valid (wrapped
# prose, other date notations, page footers, ...), scored against the untouched documents. Needs ../shared/eval.
#   ./robustness.sh [-v] [variant...]
set -euo pipefail
source "$(dirname "$0")/dev-classpath.sh"
ENGINE_CLASSPATH="$(pwd)/target/classes:$(cat target/bench.classpath)" exec python3 "$(dirname "$0")/robustness.py" "$@"
