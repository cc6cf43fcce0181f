package io.profileflow.app;

import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;
import io.profileflow.extract.ExtractorSettings;
import io.profileflow.extract.ProfileExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** Builds the extraction engine from the processor's settings. */
final class ExtractorFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorFactory.class);

    private ExtractorFactory() {
    }

    static ProfileExtractor create(Settings settings) {
        ExtractorSettings es = ExtractorSettings.defaults()
                .withPiiMode(settings.get(ProcessorConfig.PII_MODE))
                .withMaxDocumentBytes(settings.get(ProcessorConfig.MAX_DOCUMENT_BYTES))
                .withTimeBudget(Duration.ofMillis(settings.get(ProcessorConfig.TIME_BUDGET_MS)));
        String taxonomy = settings.get(ProcessorConfig.TAXONOMY_PATH);
        if (taxonomy != null) {
            es = es.withTaxonomyPath(Path.of(taxonomy));
        }
        String key = settings.get(ProcessorConfig.PII_HASH_KEY);
        if (key != null) {
            es = es.withPiiHashKey(key.getBytes(StandardCharsets.UTF_8));
        } else {
            LOG.warn("pii.hash.key is not set: contact hashes use a random key and will not join across restarts");
        }
        return new ProfileExtractor(es);
    }
}
