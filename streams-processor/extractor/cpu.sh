#!/usr/bin/env bash
# Engine throughput on the benchmark mix per CPU-second (CpuThroughput): a quick A/B figure for speed work on a
# busy machine. Optional arguments: seconds to measure (default 20), then extra JVM options, e.g.
#   ./cpu.sh 20 -XX:StartFlightRecording=filename=/tmp/engine.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
cp_file="target/bench.classpath"
(cd "$root" && flock /tmp/build.lock mvn -B -q -o test-compile -pl streams-processor/extractor \
    dependency:build-classpath -Dmdep.outputFile="$PWD/streams-processor/extractor/$cp_file" -Dmdep.includeScope=test)
exec java "${@:2}" -cp "target/test-classes:target/classes:$(cat "$cp_file")" -Dprofileflow.root="$root" \
    io.profileflow.extract.bench.CpuThroughput "${1:-20}"
