package dev.moodhoodkit.server.ratelimit;

import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;

/** The 429 problem of the spec's {@code TooManyRequests}. */
final class RateLimited {

    private RateLimited() {}

    static ProblemException problem(long retryAfterSeconds) {
        return new ProblemException(
                ProblemType.RATE_LIMITED,
                "Try again in " + retryAfterSeconds + (retryAfterSeconds == 1 ? " second." : " seconds."));
    }
}
