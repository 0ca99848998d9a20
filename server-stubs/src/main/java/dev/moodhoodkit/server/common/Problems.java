package dev.moodhoodkit.server.common;

import dev.moodhoodkit.server.api.model.FieldError;
import dev.moodhoodkit.server.api.model.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.ObjectMapper;

/** Builds the spec's {@code Problem} documents; the one place that knows their shape. */
public final class Problems {

    public static final String TYPE_BASE = "https://moodhood.online/problems/";
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    public static Problem problem(
            HttpStatusCode status,
            String slug,
            String title,
            String detail,
            List<ProblemException.FieldProblem> errors,
            HttpServletRequest request) {
        Problem problem = new Problem(URI.create(TYPE_BASE + slug), title, status.value());
        problem.setDetail(detail);
        if (request != null) {
            problem.setInstance(safePath(request));
            problem.setRequestId(RequestIds.of(request));
        }
        // The generated model starts with an empty list; absent reads better than [] for non-validation problems.
        problem.setErrors(
                errors == null || errors.isEmpty()
                        ? null
                        : errors.subList(0, Math.min(100, errors.size())).stream()
                                .map(error -> new FieldError(error.field(), error.message()))
                                .toList());
        return problem;
    }

    public static ResponseEntity<Problem> response(ProblemException e, HttpServletRequest request) {
        return response(e.status(), problem(e.status(), e.slug(), e.title(), e.getMessage(), e.errors(), request));
    }

    public static ResponseEntity<Problem> response(HttpStatusCode status, Problem problem) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(PROBLEM_JSON);
        if (status.value() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        return builder.body(problem);
    }

    /** For filters, which answer before Spring MVC's message converters are in play. */
    public static void write(
            jakarta.servlet.http.HttpServletResponse response,
            ObjectMapper json,
            ProblemException e,
            HttpServletRequest request)
            throws java.io.IOException {
        Problem body = problem(e.status(), e.slug(), e.title(), e.getMessage(), e.errors(), request);
        response.setStatus(e.status().value());
        response.setContentType(PROBLEM_JSON.toString());
        if (e.status().value() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        json.writeValue(response.getOutputStream(), body);
    }

    /** The request path, percent-encoding what a URI may not hold, so a hostile path cannot break the answer. */
    private static String safePath(HttpServletRequest request) {
        String path = request.getRequestURI();
        StringBuilder out = new StringBuilder(Math.min(path.length(), 2048));
        for (int i = 0; i < path.length() && out.length() < 2000; i++) {
            char c = path.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c & 0xFF));
            }
        }
        return out.toString();
    }
}
