package dev.lexgraph.graph;

import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

/**
 * The driver's log through SLF4J, like the rest of the service. A transaction the driver retries (a deadlock
 * between writers, a lock that timed out) is expected under contention and is retried until it succeeds: it
 * is one line naming the cause, not a stack trace.
 */
final class DriverLogging implements Logging {

    private static final long serialVersionUID = 1L;

    private final Logging slf4j = Logging.slf4j();

    @Override
    public Logger getLog(String name) {
        Logger log = slf4j.getLog(name);
        return name.endsWith("RetryLogic") ? new OneLineRetries(log) : log;
    }

    /** Warnings with a cause become one line: the message, the cause's class and its first line. */
    private record OneLineRetries(Logger log) implements Logger {

        @Override
        public void warn(String message, Throwable cause) {
            String why = cause == null ? "" : ": " + cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
            log.warn("%s", message + why);
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }

        @Override
        public void error(String message, Throwable cause) {
            log.error(message, cause);
        }

        @Override
        public void info(String format, Object... params) {
            log.info(format, params);
        }

        @Override
        public void warn(String format, Object... params) {
            log.warn(format, params);
        }

        @Override
        public void debug(String format, Object... params) {
            log.debug(format, params);
        }

        @Override
        public void debug(String message, Throwable cause) {
            log.debug(message, cause);
        }

        @Override
        public void trace(String format, Object... params) {
            log.trace(format, params);
        }

        @Override
        public boolean isTraceEnabled() {
            return log.isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled() {
            return log.isDebugEnabled();
        }
    }
}
