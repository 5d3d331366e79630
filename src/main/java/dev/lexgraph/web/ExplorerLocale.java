package dev.lexgraph.web;

import dev.lexgraph.api.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The explorer speaks Vietnamese unless the browser prefers English, or the person chose a language with
 * the switch on every page ({@code ?lang=en}, kept in a cookie).
 */
@Configuration(proxyBeanMethods = false)
class ExplorerLocale implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * The explorer's pages by cookie and browser; the API by its Accept-Language alone, English unless it
     * prefers Vietnamese ({@link ProblemMessages#of}), so that an API client's answers never depend on a cookie.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lexgraph-lang") {
            @Override
            public org.springframework.context.i18n.LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return api(request) ? () -> ProblemMessages.of(request) : super.resolveLocaleContext(request);
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return api(request) ? ProblemMessages.of(request) : super.resolveLocale(request);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String accept = request.getHeader("Accept-Language");
            return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                    : VIETNAMESE;
        });
        return resolver;
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
