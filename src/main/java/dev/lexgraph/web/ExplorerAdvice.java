package dev.lexgraph.web;

import dev.lexgraph.api.ApiProblem;
import dev.lexgraph.api.DocumentService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page of the explorer shows (the graph's counts, the language switch) and its errors as pages
 * a person can read: an unknown document is a 404 page, not problem+json, and never a stack trace.
 */
@ControllerAdvice(assignableTypes = ExplorerController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExplorerAdvice {

    private static final Logger log = LoggerFactory.getLogger(ExplorerAdvice.class);

    /** The counts are read at most this often: every page shows them, and they need not be exact. */
    private static final long COUNTS_MAX_AGE_NANOS = 5_000_000_000L;

    private final DocumentService service;
    private volatile dev.lexgraph.api.Views.GraphStats counts;
    private volatile long countsRead;

    ExplorerAdvice(DocumentService service) {
        this.service = service;
    }

    @ModelAttribute("counts")
    dev.lexgraph.api.Views.GraphStats counts() {
        long now = System.nanoTime();
        dev.lexgraph.api.Views.GraphStats c = counts;
        if (c == null || now - countsRead > COUNTS_MAX_AGE_NANOS) {
            c = service.stats(false);
            counts = c;
            countsRead = now;
        }
        return c;
    }

    /**
     * The application's root path, for links to documents: built as plain text, because a link through
     * Thymeleaf's {@code @{…}} passes the resource chain's lookup of a static file, a jar search per link.
     */
    @ModelAttribute("root")
    String root(jakarta.servlet.http.HttpServletRequest request) {
        return request.getContextPath();
    }

    /** This page in the other language. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(java.util.Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build()
                .toUriString();
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem e, HttpServletResponse response, java.util.Locale locale) {
        return page(e.status(), e.title(locale), e.detail(locale), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        Throwable unavailable = ApiProblem.databaseUnavailableCause(e);
        if (unavailable != null) {
            log.warn("Neo4j unavailable: {}", unavailable.getMessage());
            response.setHeader("Retry-After", "5");
            return page(HttpStatus.SERVICE_UNAVAILABLE, "Graph unavailable",
                    "the graph database cannot be used just now; try again shortly", response);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure of a page, reference {}", reference, e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the page failed on our side; the server log has the details under reference " + reference, response);
    }

    private ModelAndView page(HttpStatus status, String title, String detail, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        // The model attributes above are not filled for an error page: it shows no counts.
        page.addObject("otherLanguage", "?lang=en");
        page.addObject("root", "");
        return page;
    }
}
