package dev.moodhoodkit.server.errors;

import dev.moodhoodkit.server.api.model.Problem;
import dev.moodhoodkit.server.common.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet error page ({@code /error}): what reaches it (an error sent by the container or a
 * filter, such as a 405 for TRACE) is answered as a problem document instead of Spring Boot's
 * own JSON. Replaces Boot's {@code BasicErrorController}, which steps aside for any
 * {@link ErrorController}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String title = status.is5xxServerError() ? "Internal error" : status.getReasonPhrase();
        String slug =
                status.is5xxServerError() ? "internal" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = status.is5xxServerError()
                ? "The server failed; quote the request id when you report it."
                : "The server refused the request (" + status.value() + " " + status.getReasonPhrase() + ").";
        return Problems.response(status, Problems.problem(status, slug, title, detail, null, request));
    }
}
