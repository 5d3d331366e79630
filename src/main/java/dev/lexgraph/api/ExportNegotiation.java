package dev.lexgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content negotiation for the exports: a GET whose Accept header prefers an export's media type to JSON
 * ({@code Accept: text/csv}) is answered as if it had asked {@code format=csv}. A client that accepts anything
 * ({@code *}{@code /*}, or no header) keeps getting JSON; {@code format=} in the query wins over the header.
 */
@Component
class ExportNegotiation extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getHeader(HttpHeaders.ACCEPT) == null || offered(request) == null;
    }

    private static Set<ExportFormat> offered(HttpServletRequest request) {
        return ExportFormat.OFFERED.get(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean asked;
        try {
            asked = request.getParameter("format") != null;
        } catch (RuntimeException e) {
            // A query that does not decode: Spring MVC answers it with a problem that says so.
            chain.doFilter(request, response);
            return;
        }
        ExportFormat preferred = asked ? null : preferred(request.getHeader(HttpHeaders.ACCEPT), offered(request));
        chain.doFilter(preferred == null ? request : withFormat(request, preferred.code()), response);
    }

    /** The export the Accept header ranks first, or null when it ranks JSON, a wildcard or nothing offered first. */
    static ExportFormat preferred(String accept, Set<ExportFormat> offered) {
        List<MediaType> types;
        try {
            types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return null; // Spring answers the bad header itself
        }
        // Highest quality first; at equal quality a concrete type before a wildcard, else in the header's order.
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(t -> t.isWildcardType() || t.isWildcardSubtype()));
        for (MediaType t : types) {
            if (t.getQualityValue() == 0) {
                continue;
            }
            if (t.isWildcardType() || t.isWildcardSubtype() || t.getSubtype().endsWith("json")
                    && !t.getSubtype().equals("ld+json")) {
                return null;
            }
            for (ExportFormat f : offered) {
                if (f.type().equalsTypeAndSubtype(t)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static HttpServletRequest withFormat(HttpServletRequest request, String format) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.put("format", new String[] {format});
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] v = parameters.get(name);
                return v == null || v.length == 0 ? null : v[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }
        };
    }
}
