package dev.lexgraph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The walks through the graph (a document's dependencies, implementers, superseded references) take turns, as
 * many at once as there are processors; the others wait in line. Many clients then share the processors without
 * starving the writers: an ingestion's transaction, which holds locks, is not left waiting behind a crowd of
 * implementer trees. A walk that waits longer than {@code WAIT_SECONDS} gets a 503 with Retry-After.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class GraphWalkTurns extends OncePerRequestFilter {

    private static final long WAIT_SECONDS = 30;

    private final Semaphore turns = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !uri.startsWith("/api/v1/") || !(uri.endsWith("/dependencies")
                || uri.endsWith("/implementers") || uri.endsWith("/superseded-references"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Busy\",\"detail\":\"as many graph"
                    + " walks as the server has processors have been running for " + WAIT_SECONDS + " s; try again\"}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
