package dev.moodhoodkit.client;

import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.RateLimitedException;
import dev.moodhoodkit.client.errors.ServerException;
import feign.Request;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Decides, per call, whether a failed attempt is tried again and after how long (see
 * {@link RetryPolicy}). Feign clones it for every call, so the counters are per call.
 *
 * <p>It sees connection failures (Feign wraps the I/O exception), 429 and 503 (from
 * {@link ProblemErrorDecoder}) and a 401 that a fresh token may cure. A request is repeated only
 * when repeating it is safe; when it gives up it throws the failure as a
 * {@link MoodhoodException} inside the {@link RetryableException} Feign expects, which
 * {@link TranslatingInvocationHandlerFactory} unwraps.
 */
final class MoodhoodRetryer implements Retryer {

    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final boolean postsRepeatable;

    private int attempt = 1;
    private boolean tokenRenewed;

    /**
     * @param jitter          random numbers in [0, 1)
     * @param postsRepeatable whether every POST of this Feign instance is safe to repeat (the
     *                        log-in grants of the token endpoint), key or not
     */
    MoodhoodRetryer(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter, boolean postsRepeatable) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.postsRepeatable = postsRepeatable;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (e.getCause() instanceof RetryWithFreshToken fresh) {
            if (!tokenRenewed) {
                tokenRenewed = true;
                return;
            }
            throw giveUp(e, fresh.rejection());
        }
        MoodhoodException failure = Failures.translate(e);
        if (attempt >= policy.maxAttempts() || !repeatable(e.request())) {
            throw giveUp(e, failure);
        }
        Duration wait = waitBefore(attempt, failure);
        if (wait == null) {
            throw giveUp(e, failure);
        }
        attempt++;
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw giveUp(e, failure);
        }
    }

    private boolean repeatable(Request request) {
        if (request == null) {
            return false;
        }
        HttpMethod method = request.httpMethod();
        return IDEMPOTENT.contains(method)
                || (method == HttpMethod.POST || method == HttpMethod.PATCH)
                        && (postsRepeatable
                                || RequestHeaders.first(request.headers(), RequestHeaders.IDEMPOTENCY_KEY) != null);
    }

    /** The server's {@code Retry-After} if it gave an acceptable one, else the backoff; {@code null}: give up. */
    private Duration waitBefore(int failedAttempt, MoodhoodException failure) {
        Optional<Duration> asked = failure instanceof RateLimitedException limited
                ? limited.retryAfter()
                : failure instanceof ServerException unavailable ? unavailable.retryAfter() : Optional.empty();
        if (asked.isPresent()) {
            return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked.get() : null;
        }
        Duration ceiling = policy.backoffCeiling(failedAttempt);
        // "Equal jitter": at least half the ceiling, so retries never bunch up at zero.
        long halfNanos = ceiling.toNanos() / 2;
        return Duration.ofNanos(halfNanos + (long) (jitter.getAsDouble() * (ceiling.toNanos() - halfNanos)));
    }

    private static RetryableException giveUp(RetryableException e, MoodhoodException failure) {
        return new RetryableException(e.status(), failure.getMessage(), e.method(), failure, (Long) null, e.request());
    }

    @Override
    public Retryer clone() {
        return new MoodhoodRetryer(policy, sleeper, jitter, postsRepeatable);
    }
}
