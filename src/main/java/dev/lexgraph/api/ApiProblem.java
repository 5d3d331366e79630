package dev.lexgraph.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on, answered as RFC 9457 problem+json with {@code title}, {@code detail}
 * and any extra members (candidates, valid values); title and detail in the language the request prefers.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String detailCode;
    private final Object[] arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    /**
     * @param kind       what went wrong, in a word or three ({@code not-found}): the end of the problem's type URI
     *                   and the key of its title ({@code problem.<kind>} in {@link ProblemMessages})
     * @param detailCode the key of its detail ({@code detail.<case>}), formatted with {@code arguments}
     */
    public ApiProblem(HttpStatus status, String kind, String detailCode, Object... arguments) {
        super(null, null, false, false);
        this.status = status;
        this.kind = kind;
        this.detailCode = detailCode;
        this.arguments = arguments;
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

    public String kind() {
        return kind;
    }

    /** The title in English. */
    public String title() {
        return title(Locale.ENGLISH);
    }

    public String title(Locale locale) {
        return ProblemMessages.title(kind, locale);
    }

    /** The detail in English (for logs and for callers that have no request). */
    @Override
    public String getMessage() {
        return detail(Locale.ENGLISH);
    }

    public String detail(Locale locale) {
        return ProblemMessages.format(detailCode, arguments, locale);
    }

    public Map<String, Object> properties() {
        return properties;
    }

    static ApiProblem badRequest(String detailCode, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", detailCode, arguments);
    }

    static ApiProblem notFound(String detailCode, Object... arguments) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detailCode, arguments);
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
