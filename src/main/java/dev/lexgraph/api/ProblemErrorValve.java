package dev.lexgraph.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before Spring sees the request (an unencoded non-ASCII character in the
 * URL, a malformed request line), as problem+json instead of Tomcat's HTML page with its version.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400
                ? "the request is malformed; characters outside ASCII in a URL must be percent-encoded (UTF-8)"
                : "the server could not handle the request";
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
}
