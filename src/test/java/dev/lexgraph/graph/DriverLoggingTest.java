package dev.lexgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

/** A transaction the driver retries (a deadlock between writers) is one log line naming its cause, no stack trace. */
class DriverLoggingTest {

    @Test
    void aRetryIsOneLineWithItsCause() {
        String name = "org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic";
        ch.qos.logback.classic.Logger logback = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logback.addAppender(seen);
        ch.qos.logback.classic.Level level = logback.getLevel();
        logback.setLevel(ch.qos.logback.classic.Level.WARN); // the tests' configuration quiets org.neo4j
        try {
            new DriverLogging().getLog(name).warn("Transaction failed and will be retried in 845ms",
                    new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
                            "ForsetiClient[transactionId=76] can't acquire ExclusiveLock\non NODE(124)"));
            assertThat(seen.list).hasSize(1);
            ILoggingEvent e = seen.list.get(0);
            assertThat(e.getThrowableProxy()).isNull();
            assertThat(e.getFormattedMessage()).contains("retried in 845ms").contains("TransientException")
                    .contains("can't acquire ExclusiveLock").doesNotContain("\n");
        } finally {
            logback.detachAppender(seen);
            logback.setLevel(level);
        }
    }
}
