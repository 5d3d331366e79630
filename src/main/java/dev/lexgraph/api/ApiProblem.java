package dev.lexgraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on, answered as RFC 9457 problem+json with {@code title}, {@code detail}
 * and any extra members (candidates, valid values).
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    private Integer retryAfterSeconds;

    /** Asks the client to try again after this many seconds (the answer carries {@code Retry-After}). */
    public ApiProblem retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /**
     * The driver's exception that says the database cannot be used for now (unreachable, a session lost to
     * a leader change, its login refused), among the causes, or null: the client can only wait.
     */
    public static Throwable databaseUnavailableCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
                    || t instanceof org.neo4j.driver.exceptions.SessionExpiredException
                    || t instanceof org.neo4j.driver.exceptions.SecurityException) {
                return t;
            }
        }
        return null;
    }
}
