package dev.lexgraph.api;

import dev.lexgraph.app.LexgraphProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every request before any handler: a body (chunked or not, any endpoint but multipart uploads,
 * which have their own limit) is counted in bytes as it is read and stops at the limit, so no body is
 * read whole past it; and when {@code lexgraph.reads-require-key} is set, the service's other readable
 * pages (health details, metrics, the OpenAPI description and its UI) need the key as the API does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestGuards extends OncePerRequestFilter {

    /** Thrown by a guarded body's stream past the limit; the problem handlers answer it 413. */
    static final class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super("the request body has more than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final LexgraphProperties properties;
    private final ApiKeys keys;
    private final tools.jackson.databind.json.JsonMapper json;

    RequestGuards(LexgraphProperties properties, ApiKeys keys, tools.jackson.databind.json.JsonMapper json) {
        this.properties = properties;
        this.keys = keys;
        this.json = json;
    }

    /** The most bytes a non-multipart body may have: a document's limit, with room for JSON's escapes. */
    long bodyLimit() {
        return properties.maxDocumentSize().toBytes() * 2 + 4096;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (properties.readsRequireKey() && !path.startsWith("/api/") && !keys.accepts(request.getHeader(ApiKeys.HEADER))) {
            // The API's own paths are checked by its interceptor (with the write rules); these are the others.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            java.util.Locale locale = ProblemMessages.of(request);
            var problem = new java.util.LinkedHashMap<String, Object>();
            problem.put("type", ProblemAdvice.TYPE_BASE + "api-key-required");
            problem.put("title", ProblemMessages.title("api-key-required", locale));
            problem.put("status", 401);
            problem.put("detail", ProblemMessages.format("detail.key.reads", locale, ApiKeys.HEADER));
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        if (path.startsWith("/actuator/health") && keys.accepts(request.getHeader(ApiKeys.HEADER))) {
            // Health details (the database's state, disk space) only for a caller with the key: the actuator
            // shows them to an authenticated caller (management.endpoint.health.show-details=when-authorized).
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public java.security.Principal getUserPrincipal() {
                    return () -> "api-key";
                }
            }, response);
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (multipart || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new BoundedBody(request, bodyLimit()), response);
    }

    /** A request whose body stream and reader stop with {@link BodyTooLargeException} past {@code limit} bytes. */
    private static final class BoundedBody extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        BoundedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
