#!/usr/bin/env bash
# Runs the extraction engine's JMH benchmark (ExtractorBenchmark) single-threaded and prints the realistic-mix
# throughput in MB/s and the hostile 1 MB line time. Not part of the unit tests.
#   ./bench.sh                 both benchmarks (about 1 minute)
#   ./bench.sh realisticMix    only the throughput benchmark
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
cp_file="target/bench.classpath"
# Build the engine and its test classes (the JMH annotation processor writes META-INF/BenchmarkList), through the
# shared build lock.
(cd "$root" && flock /tmp/build.lock mvn -B -q -o test-compile -pl streams-processor/extractor \
    dependency:build-classpath -Dmdep.outputFile="$PWD/streams-processor/extractor/$cp_file" -Dmdep.includeScope=test)
if [[ ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "target/test-classes/META-INF/BenchmarkList missing: the JMH annotation processor did not run" >&2
  exit 1
fi
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" -Dprofileflow.root="$root" \
    io.profileflow.extract.bench.ExtractorBenchmarkMain "$@"
