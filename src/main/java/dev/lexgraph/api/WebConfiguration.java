package dev.lexgraph.api;

import dev.lexgraph.app.LexgraphProperties;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Writes need the API key; reads too when {@code lexgraph.reads-require-key} is set. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApiKeys keys;
    private final LexgraphProperties properties;

    WebConfiguration(ApiKeys keys, LexgraphProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addConverterFactory(new LenientEnums());
    }

    /** Tomcat's own error answers in problem+json too (see {@link ProblemErrorValve}). */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.tomcat.TomcatContextCustomizer problemErrorValve() {
        return context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorValve.class.getName());
            }
        };
    }

    /**
     * An id's slashes sent encoded ({@code %2F}) reach the application undecoded, where {@link EncodedIdFilter}
     * restores them under {@code /api/v1/documents/}; Tomcat's default answers such a URL 400 before Spring sees it.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.tomcat.TomcatConnectorCustomizer encodedSlashesPassThrough() {
        return connector -> connector.setEncodedSolidusHandling(
                org.apache.tomcat.util.buf.EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /** Pages of the origins in {@code lexgraph.cors-allowed-origins} may call the API; none by default. */
    @Override
    public void addCorsMappings(org.springframework.web.servlet.config.annotation.CorsRegistry registry) {
        List<String> origins = properties.corsAllowedOrigins();
        if (origins != null && !origins.isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(origins.toArray(String[]::new))
                    .allowedMethods("GET", "HEAD", "POST", "OPTIONS").allowedHeaders("*")
                    .exposedHeaders("ETag", "Location", "Retry-After").maxAge(3600);
        }
    }

    /**
     * A document's answers carry an ETag computed from their body; a client that sends it back in
     * If-None-Match gets 304 with no body while the document is unchanged.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.ShallowEtagHeaderFilter> documentEtags() {
        var etags = new org.springframework.web.filter.ShallowEtagHeaderFilter();
        // Weak: the same JSON, gzipped or not, is the same answer; Tomcat does not compress a strongly tagged one.
        etags.setWriteWeakETag(true);
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/api/v1/documents/*", "/api/v1/document", "/api/v1/document/*");
        registration.setName("documentEtags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                        && !"OPTIONS".equals(request.getMethod())
                        && !request.getRequestURI().endsWith("/api/v1/extract"); // stores nothing
                if ((write || properties.readsRequireKey()) && !keys.accepts(request.getHeader(ApiKeys.HEADER))) {
                    throw new ApiProblem(HttpStatus.UNAUTHORIZED, "api-key-required",
                            request.getHeader(ApiKeys.HEADER) == null ? "detail.key.missing" : "detail.key.wrong",
                            ApiKeys.HEADER);
                }
                // A body far over the document limit is refused before it is read (multipart has its own limit).
                long limit = properties.maxDocumentSize().toBytes();
                if (request.getContentLengthLong() > limit * 2 + 4096 && !isMultipart(request)) {
                    throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
                            "detail.body.too-large", request.getContentLengthLong(), properties.maxDocumentSize());
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
