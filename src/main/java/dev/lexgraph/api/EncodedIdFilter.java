package dev.lexgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document id is a path ({@code vn/central/ttg/chi-thi/2021/33}); a client that encodes it as one path
 * parameter sends its slashes as {@code %2F} ({@code /documents/vn%2Fcentral%2F…/dependencies}). Tomcat lets
 * such slashes through undecoded (see {@link WebConfiguration}); here, under {@code /api/v1/documents/} only,
 * they become the slashes they stand for, so the encoded id reaches the same handler as the raw one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EncodedIdFilter extends OncePerRequestFilter {

    private static final Pattern ENCODED_SLASH = Pattern.compile("%2[fF]");
    private static final String DOCUMENTS = "/api/v1/documents/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith(request.getContextPath() + DOCUMENTS) || !ENCODED_SLASH.matcher(uri).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = ENCODED_SLASH.matcher(request.getRequestURI()).replaceAll("/");
        String path = uri.substring(request.getContextPath().length());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri;
            }

            @Override
            public StringBuffer getRequestURL() {
                StringBuffer url = new StringBuffer(request.getScheme()).append("://").append(request.getServerName());
                return url.append(':').append(request.getServerPort()).append(uri);
            }

            @Override
            public String getServletPath() {
                return path;
            }

            @Override
            public String getPathInfo() {
                return null;
            }
        }, response);
    }
}
