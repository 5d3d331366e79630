package dev.lexgraph.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lexgraph.app.LexgraphProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API's read answers kept, as sent, until the next write: a document's dependencies, its implementer tree,
 * the superseded references are the same bytes for every client until the graph changes, and a central
 * directive's tree costs a walk through thousands of documents and megabytes of JSON. An answer is kept under
 * its request (path, query, {@code Accept}) and the {@link GraphVersion} read before it was computed; every
 * write through this service bumps the version and empties the cache, so no answer computed before a write is
 * served after it. Kept: 200 answers of GET under {@code /api/v1/}, not streamed, each at most a sixteenth of
 * {@code lexgraph.answer-cache.max-size} (0 turns the cache off). Writes made by another process to the same
 * database (a second service on a cluster) do not bump this one's version: with an external database
 * ({@code lexgraph.neo4j.uri}) the cache is off unless {@code lexgraph.answer-cache.time-to-live} bounds how
 * stale an answer may be.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AnswerCache extends OncePerRequestFilter {

    /** A kept answer: its bytes and the headers that describe them (exports, which name a file, are not kept). */
    record Answer(byte[] body, String contentType, String etag) {
    }

    private record Key(long version, String request) {
    }

    private final Cache<Key, Answer> answers;
    private final GraphVersion version;
    private final LexgraphProperties properties;
    private final ApiKeys keys;
    private final long largest;

    AnswerCache(GraphVersion version, LexgraphProperties properties, ApiKeys keys) {
        this.version = version;
        this.properties = properties;
        this.keys = keys;
        // This service is the only writer of its embedded database; an external one may have others (another
        // instance of the service, a bulk load), whose writes this version does not see: there the cache is on
        // only with a time to live.
        boolean external = properties.graphSettings().uri() != null;
        long size = external && properties.answerCache().timeToLive() == null ? 0
                : properties.answerCache().maxSize().toBytes();
        this.largest = size / 16;
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumWeight(Math.max(1, size));
        if (properties.answerCache().timeToLive() != null) {
            builder.expireAfterWrite(properties.answerCache().timeToLive());
        }
        this.answers = builder.<Key, Answer>weigher((k, a) -> a.body().length + k.request().length() * 2 + 64).build();
        version.onBump(answers::invalidateAll);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The counts are cheap, and what monitoring reads to see the database: always asked of it.
        return largest == 0 || !"GET".equals(request.getMethod()) || !path.startsWith("/api/v1/")
                || path.equals("/api/v1/stats");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.readsRequireKey() && !keys.accepts(request.getHeader(ApiKeys.HEADER))) {
            chain.doFilter(request, response); // the API's own check answers 401; nothing kept is shown
            return;
        }
        String query = request.getQueryString();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (streamed(query, accept)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(version.current(), request.getRequestURI() + (query == null ? "" : "?" + query) + "\n" + accept);
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        // Not kept when a write came in meanwhile: it could not be served again anyway.
        if (!request.isAsyncStarted() && recorded.getStatus() == 200 && recorded.getContentSize() <= largest
                && recorded.getContentType() != null && key.version() == version.current()) {
            answers.put(key, new Answer(recorded.getContentAsByteArray(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.ETAG)));
        }
        recorded.copyBodyToResponse();
    }

    /**
     * Whether the answer will be streamed (an export, NDJSON): written after the request's first dispatch returns,
     * it cannot be recorded here, and it is not kept.
     */
    private static boolean streamed(String query, String accept) {
        if (query != null && (query.startsWith("format=") || query.contains("&format="))) {
            return true;
        }
        return accept != null && (accept.contains("ndjson")
                || ExportNegotiation.preferred(accept, java.util.EnumSet.allOf(ExportFormat.class)) != null);
    }

    private static void send(Answer a, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // If-None-Match compared as the ETag filter compares it (weak comparison, "*"): 304 with the ETag.
        if (a.etag() != null && new ServletWebRequest(request, response).checkNotModified(a.etag())) {
            return;
        }
        if (a.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, a.etag());
        }
        response.setStatus(200);
        response.setContentType(a.contentType());
        response.setContentLength(a.body().length);
        response.getOutputStream().write(a.body());
    }
}
