package dev.moodhoodkit.server.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhook events are delivered ({@code moodhood.webhooks.delivery.*}).
 *
 * @param enabled        whether this instance delivers at all (default true); an instance with
 *                       delivery off still queues events, for the others to send
 * @param pollInterval   the pause between looks for due deliveries (default 1 s)
 * @param connectTimeout how long connecting to the receiver may take (default 5 s)
 * @param readTimeout    how long the receiver may take to answer once the request is sent
 *                       (default 10 s)
 * @param backoff        the pauses before the second and the third attempt (default 1 s, 4 s)
 * @param lease          how long a claimed delivery is this instance's alone (default 2 min);
 *                       a crashed instance's claims expire after it. Longer than an attempt
 *                       can last, or another instance could send the event a second time.
 * @param concurrency    how many deliveries this instance sends at once (default 4)
 */
@ConfigurationProperties("moodhood.webhooks.delivery")
public record WebHookDeliveryProperties(
        Boolean enabled,
        Duration pollInterval,
        Duration connectTimeout,
        Duration readTimeout,
        List<Duration> backoff,
        Duration lease,
        Integer concurrency) {

    /** 3 attempts in all, as MoodHood's guide says; the spec caps {@code attempts} at 3 too. */
    public static final int ATTEMPTS = 3;

    /** What an attempt may take beyond the two timeouts: resolving the host, writing the outcome. */
    private static final Duration ATTEMPT_MARGIN = Duration.ofSeconds(10);

    public WebHookDeliveryProperties {
        enabled = enabled == null || enabled;
        pollInterval = positive("poll-interval", pollInterval, Duration.ofSeconds(1));
        connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(5));
        readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(10));
        backoff = backoff == null || backoff.isEmpty()
                ? List.of(Duration.ofSeconds(1), Duration.ofSeconds(4))
                : List.copyOf(backoff);
        if (backoff.size() != ATTEMPTS - 1 || backoff.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("moodhood.webhooks.delivery.backoff needs " + (ATTEMPTS - 1)
                    + " pauses, none negative (before the 2nd and the 3rd attempt), not " + backoff);
        }
        lease = positive("lease", lease, Duration.ofMinutes(2));
        Duration longestAttempt = connectTimeout.plus(readTimeout).plus(ATTEMPT_MARGIN);
        if (lease.compareTo(longestAttempt) < 0) {
            throw new IllegalArgumentException("moodhood.webhooks.delivery.lease (" + lease + ") must be at least "
                    + "connect-timeout + read-timeout + " + ATTEMPT_MARGIN.toSeconds() + " s (" + longestAttempt
                    + "): a claim that expires during an attempt lets another instance send the event again");
        }
        concurrency = concurrency == null ? 4 : concurrency;
        if (concurrency < 1) {
            throw new IllegalArgumentException(
                    "moodhood.webhooks.delivery.concurrency must be at least 1, not " + concurrency);
        }
    }

    /** The pause after failed attempt number {@code attempt} (1 or 2). */
    Duration pauseAfter(int attempt) {
        return backoff.get(attempt - 1);
    }

    /** The longest one attempt waits for the receiver: connecting, then the answer. */
    Duration attemptTimeout() {
        return connectTimeout.plus(readTimeout);
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "moodhood.webhooks.delivery." + name + " must be positive, not " + value);
        }
        return value;
    }
}
