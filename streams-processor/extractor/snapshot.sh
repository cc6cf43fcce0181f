#!/usr/bin/env bash
# Writes the engine's output for the benchmark mix and mutated copies of it to the file given (default
# target/snapshot.jsonl), optionally followed by folders of further .txt/.md documents. Take one before and one
# after a speed change and diff them: they must be identical.
set -euo pipefail
out="$(realpath -m "${1:-target/snapshot.jsonl}")"
extra=()
for dir in "${@:2}"; do extra+=("$(realpath "$dir")"); done
source "$(dirname "$0")/dev-classpath.sh"
exec java -cp "$classpath" -Dprofileflow.root="$root" io.profileflow.extract.bench.OutputSnapshot "$out" "${extra[@]}"
