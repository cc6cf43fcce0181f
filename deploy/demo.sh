#!/usr/bin/env bash
# Runs the whole pipeline on the embedded default: in-process Kafka broker, Apicurio schema registry, the
# processor, the sample documents in deploy/samples published through the ingest producer. Builds first when
# the jars are missing or older than the sources. Extra arguments go to the `demo` command (e.g. --set http.port=9090).
set -euo pipefail
cd "$(dirname "$0")/.."

jars=(streams-processor/target/streams-processor.jar ingest-producer/target/ingest-producer.jar
      deploy/schema-registry/target/schema-registry.jar)
needs_build=false
for jar in "${jars[@]}"; do
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */*/pom.xml schemas/src streams-processor/src \
        streams-processor/extractor/src ingest-producer/src -newer "$jar" -print -quit 2>/dev/null)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  echo "Building (first run downloads dependencies; later runs are incremental)..."
  ./mvnw -B -q -ntp -DskipTests install
fi
exec java -Xmx1g -jar streams-processor/target/streams-processor.jar demo "$@"
