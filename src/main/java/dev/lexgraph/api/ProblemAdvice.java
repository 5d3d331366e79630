package dev.lexgraph.api;

import java.net.URI;
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

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        p.setType(URI.create(TYPE_BASE + e.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
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
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Throwable cause) {
        log.warn("Neo4j unavailable: {}", cause.getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the graph database cannot be used just now (" + (cause instanceof org.neo4j.driver.exceptions.SecurityException
                        ? "its login was refused" : "it cannot be reached") + "); try again shortly");
        p.setTitle("Graph unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER)).body(p);
    }

    /** A query string whose percent-escapes do not decode as UTF-8 ("?q=%C3%28"): the client's to fix. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "a query parameter does not decode"
                + " as UTF-8: percent-encode the UTF-8 bytes of its characters (Đ is %C4%90)");
        p.setTitle("Bad parameter");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Throwable unavailable = ApiProblem.databaseUnavailableCause(e);
        if (unavailable != null) {
            return databaseUnavailable(unavailable);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed on our side; the server log has the details under reference " + reference);
        p.setTitle("Internal error");
        p.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(p);
    }

    /** A query record's field out of its bounds ({@code @Valid @ParameterObject}): which, and what is allowed. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            org.springframework.web.bind.MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        java.util.List<String> why = new java.util.ArrayList<>();
        for (org.springframework.validation.FieldError e : ex.getBindingResult().getFieldErrors()) {
            why.add(e.isBindingFailure() ? e.getField() + " must be a " + typeName(e) + ", not '" + e.getRejectedValue() + "'"
                    : e.getField() + " " + e.getDefaultMessage() + ", not " + e.getRejectedValue());
        }
        return badParameters(ex, why, headers, request);
    }

    /** A parameter out of its bounds ({@code @Min}, {@code @Max} on a handler's parameter). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        java.util.List<String> why = new java.util.ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e ->
                why.add(r.getMethodParameter().getParameterName() + " " + e.getDefaultMessage() + ", not "
                        + r.getArgument())));
        return badParameters(ex, why, headers, request);
    }

    private ResponseEntity<Object> badParameters(Exception ex, java.util.List<String> why, HttpHeaders headers,
                                                 WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", why));
        p.setTitle("Bad parameter");
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String typeName(org.springframework.validation.FieldError e) {
        String code = e.getCodes() == null ? "" : String.join(" ", e.getCodes());
        return code.contains("Integer") ? "whole number" : code.contains("Boolean") ? "true or false" : "valid value";
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("header")) {
                // The part's own headers (its file name with them) went over the multipart parser's limit, not the body.
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the headers of the uploaded "
                        + "part are too long, most likely its file name: a name may have at most 255 characters");
                p.setTitle("File name too long");
                return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
            }
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than "
                + "the limit" + (ex.getMaxUploadSize() > 0 ? " of " + ex.getMaxUploadSize() + " bytes" : "")
                + " (lexgraph.max-document-size)");
        p.setTitle("Document too large");
        return handleExceptionInternal(ex, p, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** "Failed to convert 'year' with value 'abc'" says less than what the parameter must be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null ? "another kind of value"
                : Number.class.isAssignableFrom(type) || type == int.class || type == long.class ? "a whole number"
                : type == boolean.class || type == Boolean.class ? "true or false" : type.getSimpleName();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "parameter '" + name + "' must be " + expected + ", not '" + ex.getValue() + "'");
        p.setTitle("Bad parameter");
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Jackson's message names Java classes; a person needs to know what is wrong with the body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestGuards.BodyTooLargeException tooLarge) {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
                p.setTitle("Request too large");
                return handleExceptionInternal(ex, p, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean json = contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        boolean empty = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
        String detail = empty ? "the request body is empty: this request needs "
                + (json ? "a JSON object" : "a body of type " + contentType)
                : !json ? "the request body could not be read as " + contentType
                : "the request body is not JSON of the expected shape"
                        + (ex.getMostSpecificCause() instanceof tools.jackson.core.JacksonException j
                        ? ": " + j.getOriginalMessage().replaceFirst("\\s*\\(start marker at .*$", "") : "");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Unreadable request body");
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }
}
