package dev.lexgraph.api;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as RFC 9457 {@code application/problem+json}: Spring MVC's own (bad parameters, wrong
 * media type, upload too large, unknown path) through the base class, the API's through {@link ApiProblem},
 * and anything unexpected as a 500 whose detail is a reference to the log, never a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String TYPE_BASE = "https://lexgraph.dev/problems/";

    /** The request's language for the problem's words ({@link ProblemMessages#of}). */
    private static Locale locale(WebRequest request) {
        return request instanceof ServletWebRequest s ? ProblemMessages.of(s.getRequest()) : Locale.ENGLISH;
    }

    /** A problem of {@code kind} whose detail is {@code detailCode} with its arguments, in the request's language. */
    private static ProblemDetail problem(HttpStatusCode status, String kind, Locale locale, String detailCode,
                                         Object... arguments) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, ProblemMessages.format(detailCode, arguments, locale));
        p.setTitle(ProblemMessages.title(kind, locale));
        return p;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.detail(locale));
        p.setTitle(e.title(locale));
        p.setType(URI.create(TYPE_BASE + e.kind()));
        e.properties().forEach(p::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return answer.body(p);
    }

    /** Seconds a client is asked to wait while the graph database cannot be used. */
    static final int DATABASE_RETRY_AFTER = 5;

    /**
     * The database cannot be used for a while: unreachable, a session lost to a leader change, or its login
     * refused (a wrong password tried too often by another client locks the user for a few seconds). The
     * client can do nothing but wait: 503 with Retry-After, not a 500.
     */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Throwable cause, Locale locale) {
        log.warn("Neo4j unavailable: {}", cause.getMessage());
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "graph-unavailable", locale,
                cause instanceof org.neo4j.driver.exceptions.SecurityException ? "detail.graph.login-refused"
                        : "detail.graph.unreachable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER)).body(p);
    }

    /** A query string whose percent-escapes do not decode as UTF-8 ("?q=%C3%28"): the client's to fix. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException e,
                                                       WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "bad-parameter", locale(request), "detail.parameter.not-utf8");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        Throwable unavailable = ApiProblem.databaseUnavailableCause(e);
        if (unavailable != null) {
            return databaseUnavailable(unavailable, locale(request));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", locale(request),
                "detail.internal", reference);
        p.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(p);
    }

    /** A query record's field out of its bounds ({@code @Valid @ParameterObject}): which, and what is allowed. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            org.springframework.web.bind.MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Locale locale = locale(request);
        java.util.List<String> why = new java.util.ArrayList<>();
        java.util.List<String> validValues = null;
        for (org.springframework.validation.FieldError e : ex.getBindingResult().getFieldErrors()) {
            if (e.isBindingFailure()) {
                Class<?> type = ex.getBindingResult().getFieldType(e.getField());
                validValues = enumValues(ex.getParameter().getParameterType(), e.getField());
                why.add(ProblemMessages.format("detail.parameter.must-be", locale, e.getField(),
                        expected(type, validValues, locale), e.getRejectedValue()));
            } else {
                why.add(ProblemMessages.format("detail.parameter.constraint", locale, e.getField(),
                        constraint(e, locale), e.getRejectedValue()));
            }
        }
        return badParameters(ex, why, validValues, headers, request);
    }

    /** A parameter out of its bounds ({@code @Min}, {@code @Max} on a handler's parameter). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        java.util.List<String> why = new java.util.ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e ->
                why.add(ProblemMessages.format("detail.parameter.constraint", locale,
                        r.getMethodParameter().getParameterName(), constraint(e, locale), r.getArgument()))));
        return badParameters(ex, why, null, headers, request);
    }

    private ResponseEntity<Object> badParameters(Exception ex, java.util.List<String> why,
                                                 java.util.List<String> validValues, HttpHeaders headers,
                                                 WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", why));
        p.setTitle(ProblemMessages.title("bad-parameter", locale(request)));
        if (validValues != null) {
            p.setProperty("validValues", validValues);
        }
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * What a broken constraint asks, in the request's language: {@code constraint.Min} and the like with the
     * constraint's attributes as arguments (Bean Validation's own message, in English, when there is none).
     */
    private static String constraint(org.springframework.context.MessageSourceResolvable e, Locale locale) {
        String[] codes = e.getCodes();
        String name = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        Object[] arguments = e.getArguments() == null ? new Object[0] : e.getArguments();
        // The first argument is the field's own name; the constraint's attributes (min, max, value) follow.
        Object[] attributes = java.util.Arrays.copyOfRange(arguments, Math.min(1, arguments.length), arguments.length);
        if (java.util.List.of("Min", "Max", "Positive", "PositiveOrZero").contains(name)) {
            return ProblemMessages.format("constraint." + name, attributes, locale);
        }
        return e.getDefaultMessage();
    }

    /** What a parameter of {@code type} must be: a whole number, true or false, one of an enum's values. */
    private static String expected(Class<?> type, java.util.List<String> validValues, Locale locale) {
        if (validValues != null) {
            return ProblemMessages.format("expected.one-of", locale, String.join(", ", validValues));
        }
        if (type == null) {
            return ProblemMessages.format("expected.other", locale);
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return ProblemMessages.format("expected.number", locale);
        }
        if (type == boolean.class || type == Boolean.class) {
            return ProblemMessages.format("expected.boolean", locale);
        }
        return ProblemMessages.format("expected.other", locale);
    }

    /**
     * The values a client may write for a query record's field when it is an enum or a list of one, else null
     * (a record bound from the query has no instance to ask when its binding failed: its component is read).
     */
    private static java.util.List<String> enumValues(Class<?> query, String field) {
        if (!query.isRecord()) {
            return null;
        }
        for (java.lang.reflect.RecordComponent c : query.getRecordComponents()) {
            if (c.getName().equals(field)) {
                Class<?> type = c.getType();
                if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    type = element;
                }
                return type.isEnum() ? LenientEnums.values(type) : null;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("header")) {
                // The part's own headers (its file name with them) went over the multipart parser's limit, not the body.
                ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "file-name-too-long", locale(request),
                        "detail.upload.headers-too-long");
                return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
            }
        }
        ProblemDetail p = ex.getMaxUploadSize() > 0
                ? problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", locale(request),
                "detail.upload.too-large", ex.getMaxUploadSize())
                : problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", locale(request),
                "detail.upload.too-large-unknown");
        return handleExceptionInternal(ex, p, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** "Failed to convert 'year' with value 'abc'" says less than what the parameter must be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        java.util.List<String> validValues = null;
        if (type != null && type.isEnum()) {
            validValues = LenientEnums.values(type);
        } else if (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                && m.getParameter().nested().getNestedParameterType().isEnum()) {
            validValues = LenientEnums.values(m.getParameter().nested().getNestedParameterType());
        }
        Locale locale = locale(request);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "bad-parameter", locale, "detail.parameter.type-mismatch",
                name, expected(type, validValues, locale), ex.getValue());
        if (validValues != null) {
            p.setProperty("validValues", validValues);
        }
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Jackson's message names Java classes; a person needs to know what is wrong with the body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestGuards.BodyTooLargeException tooLarge) {
                ProblemDetail p = problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", locale(request),
                        "detail.body.over-limit", tooLarge.limit());
                return handleExceptionInternal(ex, p, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean json = contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        boolean empty = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
        Locale locale = locale(request);
        String kind = "unreadable-request-body";
        ProblemDetail p = empty && json ? problem(HttpStatus.BAD_REQUEST, kind, locale, "detail.body.empty-json")
                : empty ? problem(HttpStatus.BAD_REQUEST, kind, locale, "detail.body.empty", contentType)
                : !json ? problem(HttpStatus.BAD_REQUEST, kind, locale, "detail.body.unreadable", contentType)
                : ex.getMostSpecificCause() instanceof tools.jackson.core.JacksonException j
                ? problem(HttpStatus.BAD_REQUEST, kind, locale, "detail.body.not-json-because",
                j.getOriginalMessage().replaceFirst("\\s*\\(start marker at .*$", ""))
                : problem(HttpStatus.BAD_REQUEST, kind, locale, "detail.body.not-json");
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }
}
