package dev.moodhoodkit.server.ratelimit;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Problems;
import dev.moodhoodkit.server.common.Unavailability;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Per-caller limit on the API: every authenticated call takes one token from its caller's
 * bucket (a client, a user or a guest link), every answer says what is left, and an empty bucket
 * answers 429 with {@code Retry-After}. It runs right after authentication, so unauthenticated
 * calls have already been answered 401 and cost nothing here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiRateLimit extends OncePerRequestFilter {

    private final Buckets buckets;
    private final Quota quota;
    private final boolean enabled;
    private final ObjectMapper json;

    ApiRateLimit(Buckets buckets, RateLimitProperties properties, ObjectMapper json) {
        this.buckets = buckets;
        this.quota = new Quota("api", properties.api());
        this.enabled = properties.enabled();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || CurrentCaller.of(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = CurrentCaller.of(request);
        ConsumptionProbe probe;
        try {
            probe = buckets.bucket(key(caller.orElseThrow()), quota.configuration())
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!Unavailability.isUnavailability(e)) {
                throw e;
            }
            response.setHeader("Retry-After", "1");
            Problems.write(response, json, Unavailability.problem(), request);
            return;
        }
        quota.describe(response, probe);
        if (!probe.isConsumed()) {
            Problems.write(response, json, RateLimited.problem(Quota.retryAfterSeconds(probe)), request);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String key(Caller caller) {
        if (caller instanceof Caller.User user) {
            return "api:u:" + user.userId();
        }
        if (caller instanceof Caller.Guest guest) {
            return "api:g:" + guest.linkId();
        }
        return "api:c:" + caller.clientPk();
    }
}
