package io.profileflow.topology;

import io.profileflow.avro.ParsedProfile;
import io.profileflow.avro.RawDocument;
import io.profileflow.extract.DocumentInput;
import io.profileflow.extract.ExtractionException;
import io.profileflow.extract.ProfileExtractor;
import io.profileflow.metrics.PipelineMetrics;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Duration;
import java.util.HashMap;

/**
 * Runs the extraction engine on one raw document, within the time budget ({@link BudgetedExtraction}). A document
 * the engine rejects is thrown as {@link DocumentRejectedException}, which the processing exception handler
 * dead-letters; no try/catch-and-route logic lives in the topology itself.
 */
final class ExtractProfileProcessor implements FixedKeyProcessor<String, RawDocument, ParsedProfile> {
    private final ProfileExtractor extractor;
    private final Duration budget;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, ParsedProfile> context;
    private BudgetedExtraction extraction;

    ExtractProfileProcessor(ProfileExtractor extractor, Duration budget, PipelineMetrics metrics) {
        this.extractor = extractor;
        this.budget = budget;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ParsedProfile> context) {
        this.context = context;
        this.extraction = new BudgetedExtraction(extractor, budget, "extract-" + context.taskId());
    }

    @Override
    public void close() {
        extraction.close();
    }

    @Override
    public void process(FixedKeyRecord<String, RawDocument> record) {
        metrics.documentIn(record.value() == null ? 0 : record.value().getContent().remaining());
        RawDocument raw = record.value();
        if (raw == null) {
            throw new DocumentRejectedException("normalize",
                    new IllegalArgumentException("record has no value (tombstone); nothing to extract"));
        }
        long start = System.nanoTime();
        ParsedProfile profile;
        try {
            profile = extraction.extract(toInput(record.key(), raw));
        } catch (ExtractionException e) {
            throw new DocumentRejectedException(e.stage(), e);
        } catch (RuntimeException e) {
            // An engine bug must not stop the pipeline: the document is dead-lettered with the error.
            throw new DocumentRejectedException("extract", e);
        }
        metrics.extracted(profile, System.nanoTime() - start, record.timestamp());
        context.forward(record.withValue(profile));
    }

    private static DocumentInput toInput(String key, RawDocument raw) {
        byte[] content = new byte[raw.getContent().remaining()];
        raw.getContent().duplicate().get(content);
        String documentId = key != null ? key : raw.getDocumentId();
        return new DocumentInput(documentId, raw.getSource(), raw.getContentType(), content,
                raw.getReceivedAt().toEpochMilli(), new HashMap<>(raw.getMetadata()));
    }
}
