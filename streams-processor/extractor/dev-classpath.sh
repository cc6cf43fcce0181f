# Sourced by the engine's developer scripts (bench.sh, cpu.sh, ab.sh, snapshot.sh): compiles the engine and its
# test classes through the shared build lock and sets $root (the repository) and $classpath (classes, test
# classes and every dependency) for running the benchmark and measurement tools.
cd "$(dirname "${BASH_SOURCE[0]}")"
root="$(cd ../.. && pwd)"
cp_file="target/bench.classpath"
(cd "$root" && flock /tmp/build.lock ./mvnw -B -q -o test-compile -pl streams-processor/extractor \
    dependency:build-classpath -Dmdep.outputFile="$PWD/streams-processor/extractor/$cp_file" -Dmdep.includeScope=test)
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
