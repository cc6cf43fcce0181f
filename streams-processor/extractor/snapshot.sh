#!/usr/bin/env bash
# Writes the engine's output for the benchmark mix and mutated copies of it to the file given (default
# target/snapshot.jsonl), optionally followed by folders of further .txt/.md documents. Take one before and one after a speed change and diff them: they must be identical.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
out="$(realpath -m "${1:-target/snapshot.jsonl}")"
cp_file="target/bench.classpath"
(cd "$root" && flock /tmp/build.lock mvn -B -q -o test-compile -pl streams-processor/extractor \
    dependency:build-classpath -Dmdep.outputFile="$PWD/streams-processor/extractor/$cp_file" -Dmdep.includeScope=test)
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" -Dprofileflow.root="$root" \
    io.profileflow.extract.bench.OutputSnapshot "$out" "${@:2}"
