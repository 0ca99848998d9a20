package dev.moodhoodkit.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * 429: too many calls. Thrown once the client's retries are spent, or at once when the request
 * may not be retried (a POST without an idempotency key) or the server asks for a longer wait
 * than the retry policy accepts.
 */
public class RateLimitedException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(ErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
