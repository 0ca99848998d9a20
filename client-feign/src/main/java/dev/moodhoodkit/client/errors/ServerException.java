package dev.moodhoodkit.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * 5xx: the server failed. A 503 is retried by the client for requests that are safe to repeat
 * (honouring its {@code Retry-After}) before this is thrown.
 */
public class ServerException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServerException(ErrorDetails details) {
        this(details, null);
    }

    public ServerException(ErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait ({@code Retry-After}, usually with a 503), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
