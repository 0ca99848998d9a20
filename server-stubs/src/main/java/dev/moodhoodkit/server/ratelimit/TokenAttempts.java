package dev.moodhoodkit.server.ratelimit;

import dev.moodhoodkit.server.common.CredentialAttempts;
import dev.moodhoodkit.server.common.Hashes;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Unavailability;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Brute-force protection of the token endpoint. Every token request takes a token from its
 * client id's bucket and, for the password grant, from its username's bucket; a request that
 * succeeds gives them back, so only failures count (a wrong client secret, a wrong password, a
 * bad refresh token). Once {@code capacity} failures are spent, tries are let through only as the
 * bucket refills (one per {@code period / capacity}), and the rest answer 429 with
 * {@code Retry-After} before any secret or password is checked. The username's bucket is keyed by
 * the name as sent, hashed, whether or not the account exists, so the answers tell nobody which
 * accounts exist.
 */
@Component
class TokenAttempts implements CredentialAttempts {

    private final Buckets buckets;
    private final Quota client;
    private final Quota account;
    private final boolean enabled;

    TokenAttempts(Buckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.client = new Quota("token-client", properties.tokenClientFailures());
        this.account = new Quota("token-account", properties.tokenAccountFailures());
        this.enabled = properties.enabled();
    }

    @Override
    public <T> T attempt(String clientId, String username, Supplier<T> issue) {
        if (!enabled) {
            return issue.get();
        }
        List<Bucket> taken = new ArrayList<>(2);
        take(client, "tc:" + Hashes.sha256(String.valueOf(clientId)), taken);
        if (username != null) {
            take(account, "ta:" + Hashes.sha256(username.trim().toLowerCase(Locale.ROOT)), taken);
        }
        try {
            T answer = issue.get();
            giveBack(taken);
            return answer;
        } catch (ProblemException e) {
            // Not a credential failure (the server's own problem documents): it costs nothing.
            giveBack(taken);
            throw e;
        } catch (RuntimeException e) {
            if (Unavailability.isUnavailability(e)) {
                giveBack(taken);
            }
            throw e;
        }
    }

    private void take(Quota quota, String key, List<Bucket> taken) {
        Bucket bucket = buckets.bucket(key, quota.configuration());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            giveBack(taken);
            currentResponse().ifPresent(response -> quota.describe(response, probe));
            throw RateLimited.problem(Quota.retryAfterSeconds(probe));
        }
        taken.add(bucket);
    }

    private static void giveBack(List<Bucket> taken) {
        taken.forEach(bucket -> bucket.addTokens(1));
        taken.clear();
    }

    private static java.util.Optional<HttpServletResponse> currentResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? java.util.Optional.ofNullable(attributes.getResponse())
                : java.util.Optional.empty();
    }
}
