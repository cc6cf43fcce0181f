package io.profileflow.bench;

import io.profileflow.avro.RawDocument;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The baseline of the benchmark: what Kafka alone costs. Reads the raw topic with the pipeline's RawDocument
 * serde, writes each document keyed by id to one RocksDB store (with its changelog) and to one output topic,
 * without extracting anything.
 */
final class PassThroughTopology {
    static final String STORE = "passthrough-store";

    private PassThroughTopology() {
    }

    static Topology build(String inputTopic, String outputTopic, Serde<RawDocument> serde) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), serde));
        builder.stream(inputTopic, Consumed.with(Serdes.String(), serde).withName("read-raw-documents"))
                .processValues(StoreAndForward::new, Named.as("store-document"), STORE)
                .to(outputTopic, Produced.with(Serdes.String(), serde).withName("write-documents"));
        return builder.build();
    }

    private static final class StoreAndForward implements FixedKeyProcessor<String, RawDocument, RawDocument> {
        private FixedKeyProcessorContext<String, RawDocument> context;
        private KeyValueStore<String, RawDocument> store;

        @Override
        public void init(FixedKeyProcessorContext<String, RawDocument> context) {
            this.context = context;
            this.store = context.getStateStore(STORE);
        }

        @Override
        public void process(FixedKeyRecord<String, RawDocument> record) {
            store.put(record.key(), record.value());
            context.forward(record);
        }
    }
}
