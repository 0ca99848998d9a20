package dev.moodhoodkit.client;

import java.time.Duration;

/**
 * How often and how patiently the client retries a call that failed for a passing reason: no
 * connection or no answer, {@code 429 Too Many Requests} or {@code 503 Service Unavailable}.
 *
 * <p>Only requests that are safe to repeat are retried: GET, PUT, DELETE, and a POST that
 * carries an idempotency key (every POST of the facade does; see {@link RequestOptions}).
 * Before attempt <i>n</i> + 1 the client waits the server's {@code Retry-After} when it gave one,
 * else a capped exponential backoff with jitter: a random time between half and all of
 * {@code min(maxBackoff, baseBackoff * 2^(n-1))}. A {@code Retry-After} longer than
 * {@code maxRetryAfter} is not waited for: the call fails at once with the wait in the
 * exception, for the caller to decide.
 *
 * @param maxAttempts   attempts in all, including the first (1 means never retry)
 * @param baseBackoff   the backoff before the first retry
 * @param maxBackoff    the longest backoff
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** 3 attempts, backoff from 500 ms up to 8 s, waits up to 60 s when the server asks. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

    /** One attempt only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** Checks the settings at once, naming the one at fault. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy: maxAttempts must be at least 1, was " + maxAttempts);
        }
        requireNotNegative("baseBackoff", baseBackoff);
        requireNotNegative("maxBackoff", maxBackoff);
        requireNotNegative("maxRetryAfter", maxRetryAfter);
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("retry policy: maxBackoff (" + maxBackoff
                    + ") must not be shorter than baseBackoff (" + baseBackoff + ")");
        }
    }

    /** A policy with the given attempts and backoff, waiting up to 60 s when the server asks. */
    public static RetryPolicy of(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, DEFAULT.maxRetryAfter());
    }

    /** This policy with another limit on the server's {@code Retry-After}. */
    public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
        return new RetryPolicy(maxAttempts, baseBackoff, maxBackoff, maxRetryAfter);
    }

    /**
     * The longest backoff before retry number {@code retry} (1 for the first retry), before jitter.
     */
    Duration backoffCeiling(int retry) {
        Duration ceiling = baseBackoff;
        for (int i = 1; i < retry && ceiling.compareTo(maxBackoff) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(maxBackoff) > 0 ? maxBackoff : ceiling;
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null) {
            throw new IllegalArgumentException("retry policy: " + name + " is missing");
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("retry policy: " + name + " must not be negative, was " + value);
        }
    }
}
