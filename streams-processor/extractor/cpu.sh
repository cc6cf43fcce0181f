#!/usr/bin/env bash
# Engine throughput on the benchmark mix per CPU-second (CpuThroughput): a quick figure for speed work on a busy
# machine. Optional arguments: seconds to measure (default 20), then extra JVM options, e.g.
#   ./cpu.sh 20 -XX:StartFlightRecording=filename=/tmp/engine.jfr,settings=profile
set -euo pipefail
source "$(dirname "$0")/dev-classpath.sh"
exec java "${@:2}" -cp "$classpath" -Dprofileflow.root="$root" io.profileflow.extract.bench.CpuThroughput "${1:-20}"
