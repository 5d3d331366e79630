package dev.lexgraph.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.UriUtils;

/**
 * Errors Tomcat answers itself, before Spring sees the request (an unencoded non-ASCII character in the
 * URL, a broken percent-encoding, a malformed request line), as problem+json instead of Tomcat's HTML page
 * with its version, with a detail that names what is wrong.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = tooLarge(throwable) ? "the request line and headers are too long for the server (at most"
                + " server.max-http-request-header-size, 8 KB by default, in all): a long id or query belongs in a"
                + " request body, a large header nowhere"
                : status == 400 ? malformed(rawUri(request)) : "the server could not handle the request";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer w = response.getReporter();
            if (w != null) {
                w.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                        + (status == 400 ? "Bad request" : "Error") + "\",\"detail\":\"" + detail + "\"}");
                w.flush();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client has gone; nothing to tell it
        }
    }

    /** Tomcat's refusal of a request line or header block over its limit (its message says "too large"). */
    private static boolean tooLarge(Throwable t) {
        for (; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("too large")) {
                return true;
            }
        }
        return false;
    }

    /** The URI as the client sent it, when Tomcat got that far in parsing the request line. */
    private static String rawUri(Request request) {
        try {
            return request.getCoyoteRequest().requestURI().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What is wrong with a URL Tomcat refused, said so that the client can fix it. */
    static String malformed(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "the request line could not be read: a URL may hold only printable ASCII (characters outside it,"
                    + " such as Vietnamese letters, must be percent-encoded as UTF-8), and the method, the URL and the"
                    + " protocol are separated by single spaces";
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return String.format(Locale.ROOT, "the URL has the character U+%04X at position %d: a URL may"
                        + " hold only printable ASCII, other characters must be percent-encoded as UTF-8", (int) c, i);
            }
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return "the URL has '" + uri.substring(i, Math.min(uri.length(), i + 3)) + "' at position " + i
                            + ", which is not a percent-encoding: % must be followed by two hexadecimal digits"
                            + " (write a literal % as %25)";
                }
                String code = uri.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
                if (code.equals("00")) {
                    return "the URL holds an encoded NUL (%00) at position " + i + ", which no path may contain";
                }
                if (code.equals("5C")) {
                    return "the URL holds an encoded backslash (%5C) at position " + i + ", which a path may not contain";
                }
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(
                    UriUtils.decode(uri, StandardCharsets.ISO_8859_1)
                            .getBytes(StandardCharsets.ISO_8859_1)));
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return "the URL's percent-encoded bytes are not UTF-8: encode non-ASCII characters as UTF-8";
        }
        if (uri.contains("..")) {
            return "the URL's path climbs above the root with '..'";
        }
        return "the request is malformed (the server refused it before reading it): check the URL's encoding and the"
                + " request's headers";
    }
}
