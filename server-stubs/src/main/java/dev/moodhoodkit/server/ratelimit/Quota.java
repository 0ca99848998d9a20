package dev.moodhoodkit.server.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One named limit and how it is told to callers: the IETF {@code RateLimit-Policy} and
 * {@code RateLimit} headers (draft-ietf-httpapi-ratelimit-headers, structured fields) and
 * {@code Retry-After}.
 */
record Quota(String name, RateLimitProperties.Limit limit) {

    BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }

    String policy() {
        return "\"" + name + "\";q=" + limit.capacity() + ";w="
                + Math.max(1, limit.period().toSeconds());
    }

    /** Seconds until the bucket is full again, from what it holds now. */
    String remaining(long tokens) {
        long missing = Math.max(0, limit.capacity() - tokens);
        long nanos = limit.period().toNanos() / limit.capacity() * missing;
        return "\"" + name + "\";r=" + tokens + ";t=" + seconds(nanos);
    }

    void describe(HttpServletResponse response, ConsumptionProbe probe) {
        response.setHeader("RateLimit-Policy", policy());
        response.setHeader("RateLimit", remaining(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(probe)));
        }
    }

    static long retryAfterSeconds(ConsumptionProbe probe) {
        return Math.max(1, seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
