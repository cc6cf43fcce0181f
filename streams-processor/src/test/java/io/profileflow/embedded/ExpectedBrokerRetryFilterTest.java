package io.profileflow.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedBrokerRetryFilterTest {
    private final LoggerContext context = new LoggerContext();
    private final ExpectedBrokerRetryFilter filter = new ExpectedBrokerRetryFilter();

    @Test
    void dropsOnlyTheRetriedFirstSequenceRefusal() {
        OutOfOrderSequenceException expected = new OutOfOrderSequenceException("Invalid sequence number for producer 4 at"
                + " offset 105 in partition t-3: 14 (incoming seq. number). Expected sequence 0 for transactions v2"
                + " idempotent producer with no existing state.");
        OutOfOrderSequenceException other = new OutOfOrderSequenceException("Out of order sequence number for producer 4"
                + " at offset 5 in partition t-3: 3 (incoming seq. number), 0 (current end sequence number)");

        assertThat(filter.decide(event("kafka.server.ReplicaManager", expected))).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(event("kafka.server.ReplicaManager", other))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("kafka.server.KafkaApis", expected))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("kafka.server.ReplicaManager", new IllegalStateException("disk full"))))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("kafka.server.ReplicaManager", null))).isEqualTo(FilterReply.NEUTRAL);
    }

    private LoggingEvent event(String logger, Throwable t) {
        return new LoggingEvent(ch.qos.logback.classic.Logger.class.getName(), context.getLogger(logger), Level.ERROR,
                "Error processing append operation", t, null);
    }
}
