package dev.moodhoodkit.server.errors;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for what it refuses before Spring sees the request (a URI it will not
 * map, a request line or headers too large, a NUL byte in the path), as a problem document
 * instead of Tomcat's HTML page. Headers over {@code server.max-http-request-header-size} are
 * answered 431 (RFC 6585), which Tomcat itself reports as a plain 400. Installed as the host's
 * error report valve by {@link TomcatHardening}; an instance of it is made by Tomcat, by class
 * name, hence no collaborators.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Throwable cause =
                throwable != null ? throwable : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 400 && cause != null && String.valueOf(cause.getMessage()).contains("header is too large")) {
            status = 431;
            response.setStatus(status);
        }
        String body = TomcatProblems.json(status, request.getDecodedRequestURI());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer already started: nothing more to say.
        }
        response.getCoyoteResponse().action(ActionCode.CLOSE, null);
    }
}
