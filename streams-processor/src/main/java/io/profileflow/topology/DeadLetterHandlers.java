package io.profileflow.topology;

import io.profileflow.registry.SchemaRegistryException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Kafka Streams' own error handlers (deserialization, processing per KIP-1033, production), each turning a failed
 * record into a dead letter and letting the pipeline continue. The dead letter is produced in the same transaction
 * as the input's offset commit, so under exactly_once_v2 a failed input is dead-lettered exactly once.
 *
 * <p>One exception: when the schema registry is unreachable or failing (HTTP 5xx, e.g. two instances racing to
 * register the same schema), nothing is wrong with the record, so the handlers fail the task instead; the stream
 * thread is replaced and retries once the registry is back, losing nothing.
 */
public final class DeadLetterHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    /** Installs the three handlers and their shared writer in a Kafka Streams configuration. */
    public static void install(java.util.Properties streamsConfig, DeadLetterWriter writer) {
        streamsConfig.put(org.apache.kafka.streams.StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                Deserialization.class);
        streamsConfig.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                Processing.class);
        streamsConfig.put(org.apache.kafka.streams.StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                Production.class);
        streamsConfig.put(DeadLetterWriter.CONFIG_KEY, writer);
    }

    /** What the three handlers share: the dead-letter writer handed over through the streams config. */
    private abstract static class WithWriter {
        protected DeadLetterWriter writer;

        public void configure(Map<String, ?> configs) {
            Object w = configs.get(DeadLetterWriter.CONFIG_KEY);
            if (!(w instanceof DeadLetterWriter dw)) {
                throw new IllegalStateException(DeadLetterWriter.CONFIG_KEY + " missing from the streams config");
            }
            writer = dw;
        }
    }

    static boolean isRegistryOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException sre && (sre.isUnreachable() || sre.status() >= 500)) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** Not Avro, wrong magic byte, unknown schema id: stage {@code deserialize}. */
    public static final class Deserialization extends WithWriter implements DeserializationExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception e) {
            if (isRegistryOutage(e)) {
                LOG.error("Schema registry unreachable while reading {}-{}@{}; failing the task to retry later",
                        context.topic(), context.partition(), context.offset());
                return Response.fail();
            }
            LOG.warn("Dead-lettering {}-{}@{} (deserialize): {}", context.topic(), context.partition(),
                    context.offset(), e.getMessage());
            return Response.resume(writer.deadLetter(context, "deserialize", e));
        }
    }

    /** Errors thrown by processors: unreadable documents (normalize), extraction failures (extract). */
    public static final class Processing extends WithWriter implements ProcessingExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception e) {
            if (isRegistryOutage(e)) {
                return Response.fail();
            }
            String stage = e instanceof DocumentRejectedException r ? r.stage() : "extract";
            LOG.warn("Dead-lettering document {} from {}-{}@{} ({}): {}", record.key(), context.topic(),
                    context.partition(), context.offset(), stage, e.getMessage());
            return Response.resume(writer.deadLetter(context, stage, e));
        }
    }

    /** A record that cannot be serialized or is refused by the broker (e.g. too large): stage {@code produce}. */
    public static final class Production extends WithWriter implements ProductionExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception e) {
            if (e instanceof org.apache.kafka.common.errors.RecordTooLargeException) {
                return Response.resume(writer.deadLetter(context, "produce", e));
            }
            // Anything else (broker or network trouble) is not the record's fault: fail and retry the task.
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception e,
                                                 SerializationExceptionOrigin origin) {
            if (isRegistryOutage(e)) {
                return Response.fail();
            }
            LOG.warn("Dead-lettering output for {} (produce): {}", record.key(), e.getMessage());
            return Response.resume(writer.deadLetter(context, "produce", e));
        }
    }
}
