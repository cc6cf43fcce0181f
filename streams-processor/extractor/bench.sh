#!/usr/bin/env bash
# Runs the extraction engine's JMH benchmark (ExtractorBenchmark) single-threaded and prints the realistic-mix
# throughput in MB/s and the hostile 1 MB line time. Not part of the unit tests.
#   ./bench.sh                 both benchmarks (about 1 minute)
#   ./bench.sh realisticMix    only the throughput benchmark
set -euo pipefail
source "$(dirname "$0")/dev-classpath.sh"
if [[ ! -f target/test-classes/META-INF/BenchmarkList ]]; then
  echo "target/test-classes/META-INF/BenchmarkList missing: the JMH annotation processor did not run" >&2
  exit 1
fi
exec java -cp "$classpath" -Dprofileflow.root="$root" io.profileflow.extract.bench.ExtractorBenchmarkMain "$@"
