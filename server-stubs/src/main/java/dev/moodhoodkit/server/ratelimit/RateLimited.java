package dev.moodhoodkit.server.ratelimit;

import dev.moodhoodkit.server.common.ProblemException;
import org.springframework.http.HttpStatus;

/** The 429 problem of the spec's {@code TooManyRequests}. */
final class RateLimited {

    private RateLimited() {}

    static ProblemException problem(long retryAfterSeconds) {
        return new ProblemException(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "Try again in " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second." : " seconds."));
    }
}
