package dev.moodhoodkit.server.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits ({@code moodhood.rate-limits.*}); each is a bucket of {@code capacity} calls that
 * refills gradually over {@code period}.
 *
 * @param enabled                whether any limit applies (default true)
 * @param store                  where buckets live: {@code auto} (PostgreSQL when the server runs
 *                               on it, shared by every instance; memory otherwise),
 *                               {@code memory} or {@code database}
 * @param api                    calls of one caller (client, user or guest) to the API
 *                               (default 600 per minute)
 * @param tokenClientFailures    failed token requests of one client id: wrong secrets, wrong
 *                               passwords, bad refresh tokens (default 100 per 15 minutes)
 * @param tokenAccountFailures   failed password grants for one username, whether or not the
 *                               account exists (default 10 per 15 minutes)
 */
@ConfigurationProperties("moodhood.rate-limits")
public record RateLimitProperties(
        Boolean enabled, String store, Limit api, Limit tokenClientFailures, Limit tokenAccountFailures) {

    /** {@code capacity} calls per {@code period}, refilled one by one. */
    public record Limit(Long capacity, Duration period) {

        public Limit {
            if (capacity == null || capacity < 1) {
                throw new IllegalArgumentException("a rate limit's capacity must be at least 1, not " + capacity);
            }
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit's period must be positive, not " + period);
            }
        }
    }

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        store = store == null || store.isBlank() ? "auto" : store.trim();
        if (!store.equals("auto") && !store.equals("memory") && !store.equals("database")) {
            throw new IllegalArgumentException(
                    "moodhood.rate-limits.store must be auto, memory or database, not " + store);
        }
        api = api == null ? new Limit(600L, Duration.ofMinutes(1)) : api;
        tokenClientFailures =
                tokenClientFailures == null ? new Limit(100L, Duration.ofMinutes(15)) : tokenClientFailures;
        tokenAccountFailures =
                tokenAccountFailures == null ? new Limit(10L, Duration.ofMinutes(15)) : tokenAccountFailures;
    }
}
