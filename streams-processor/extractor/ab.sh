#!/usr/bin/env bash
# Compares this checkout's engine speed with another checkout's (a baseline), in one JVM, in alternating rounds
# (AbCompare): steadier than two separate runs on a busy machine. The baseline checkout must be compiled
# (mvn test-compile -pl streams-processor/extractor in it).
#   ./ab.sh /path/to/baseline/checkout [rounds]
set -euo pipefail
baseline="$(realpath "$1")"
source "$(dirname "$0")/dev-classpath.sh"
exec java -cp "$classpath" -Dprofileflow.root="$root" io.profileflow.extract.bench.AbCompare "$baseline" "${2:-10}"
