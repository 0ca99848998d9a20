package dev.moodhoodkit.server.common;

import dev.moodhoodkit.server.api.model.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database is unreachable or briefly failing (a restart, a failover): answer 503 with
 * {@code Retry-After}, which clients retry, instead of a 500. The transaction rolled back, so
 * nothing was changed; the connection pool reconnects by itself once the database is back.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class Unavailability {

    static final String RETRY_AFTER_SECONDS = "1";
    private static final Logger log = LoggerFactory.getLogger(Unavailability.class);

    public static boolean isUnavailability(Throwable e) {
        return e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException
                || e instanceof CannotCreateTransactionException;
    }

    public static ProblemException problem() {
        return new ProblemException(
                ProblemType.UNAVAILABLE,
                "The service is briefly unavailable; try again in " + RETRY_AFTER_SECONDS + " second.");
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<Problem> unavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ResponseEntity<Problem> answer = Problems.response(problem(), request);
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(answer.getBody());
    }
}
