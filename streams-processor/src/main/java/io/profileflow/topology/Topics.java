package io.profileflow.topology;

import io.profileflow.config.ProcessorConfig;
import io.profileflow.config.Settings;

import java.util.List;

/** The topic names of SPEC.md, each configurable; the defaults are the contract's names. */
public record Topics(String raw, String parsed, String experiences, String skills, String metrics, String dlq) {

    public static final Topics DEFAULT = new Topics("profiles.raw", "profiles.parsed", "profiles.experiences",
            "profiles.skills", "profiles.metrics", "profiles.dlq");

    public static Topics from(Settings settings) {
        return new Topics(settings.get(ProcessorConfig.TOPIC_RAW), settings.get(ProcessorConfig.TOPIC_PARSED),
                settings.get(ProcessorConfig.TOPIC_EXPERIENCES), settings.get(ProcessorConfig.TOPIC_SKILLS),
                settings.get(ProcessorConfig.TOPIC_METRICS), settings.get(ProcessorConfig.TOPIC_DLQ));
    }

    public List<String> all() {
        return List.of(raw, parsed, experiences, skills, metrics, dlq);
    }

    /** Topics holding the latest value per key; the others are plain event logs. */
    public boolean isCompacted(String topic) {
        return topic.equals(parsed);
    }
}
