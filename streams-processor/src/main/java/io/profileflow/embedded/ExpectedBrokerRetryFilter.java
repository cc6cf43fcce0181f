package io.profileflow.embedded;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops one ERROR the in-process broker logs for a normal, retried event: under transactions v2 the broker
 * refuses a producer's batch with a non-zero sequence number while it holds no state for that producer yet
 * (KAFKA-18202), because the batch overtook the producer's first one; the producer retries it in order and
 * nothing is lost (the crash-recovery test counts every record). Logged as an ERROR with a stack trace for each
 * partition, it made every benchmark and demo look broken. Every other broker error still shows.
 */
public final class ExpectedBrokerRetryFilter extends Filter<ILoggingEvent> {
    private static final String LOGGER = "kafka.server.ReplicaManager";
    private static final String EXCEPTION = "org.apache.kafka.common.errors.OutOfOrderSequenceException";
    private static final String MESSAGE = "idempotent producer with no existing state";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        IThrowableProxy t = event.getThrowableProxy();
        boolean expected = LOGGER.equals(event.getLoggerName()) && t != null && EXCEPTION.equals(t.getClassName())
                && t.getMessage() != null && t.getMessage().contains(MESSAGE);
        return expected ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
