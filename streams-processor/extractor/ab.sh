#!/usr/bin/env bash
# Compares this checkout's engine speed with another checkout's (a baseline), in one JVM, in alternating rounds
# (AbCompare): steadier than two separate runs on a busy machine. The baseline checkout must be compiled
# (mvn test-compile -pl streams-processor/extractor in it).
#   ./ab.sh /path/to/baseline/checkout [rounds]
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
cp_file="target/bench.classpath"
(cd "$root" && flock /tmp/build.lock mvn -B -q -o test-compile -pl streams-processor/extractor \
    dependency:build-classpath -Dmdep.outputFile="$PWD/streams-processor/extractor/$cp_file" -Dmdep.includeScope=test)
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" -Dprofileflow.root="$root" \
    io.profileflow.extract.bench.AbCompare "$(realpath "$1")" "${2:-10}"
