package dev.lexgraph.api;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the API's problem details, kept in {@code problems.properties} (English) and
 * {@code problems_vi.properties} (Vietnamese): a title per problem kind ({@code problem.<kind>}) and a
 * detail per case ({@code detail.<case>}), formatted with {@link MessageFormat} when it has arguments (so a
 * quote in such a message is written twice). Spring's own problem details ({@code problemDetail.<exception>})
 * are translated in the same files, through Spring's message source.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "problems";

    private ProblemMessages() {
    }

    /**
     * The language of an API answer: Vietnamese when the request's Accept-Language prefers it to English,
     * English otherwise (and when the header is absent), so a client that says nothing keeps the answers it had.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Enumeration<Locale> e = request.getLocales(); e.hasMoreElements(); ) {
            String language = e.nextElement().getLanguage();
            if (language.equals("vi")) {
                return VIETNAMESE;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The message of {@code code} in {@code locale}, its arguments in place. */
    public static String format(String code, Object[] arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no problem message " + code + " in " + BUNDLE + ".properties", e);
        }
        // Arguments as written: a year stays 2021, not "2,021".
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(
                java.util.Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    public static String format(String code, Locale locale, Object... arguments) {
        return format(code, arguments, locale);
    }

    /** A problem kind's title ({@code bad-request} → "Bad request", "Yêu cầu không hợp lệ"). */
    public static String title(String kind, Locale locale) {
        return format("problem." + kind, new Object[0], locale);
    }
}
