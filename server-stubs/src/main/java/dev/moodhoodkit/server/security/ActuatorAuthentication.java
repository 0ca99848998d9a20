package dev.moodhoodkit.server.security;

import dev.moodhoodkit.server.common.Hashes;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps the Actuator endpoints other than health ({@code /actuator/metrics},
 * {@code /actuator/prometheus}, {@code /actuator/info}...) behind the operator's token,
 * {@code moodhood.security.metrics-token}, sent as {@code Authorization: Bearer <token>}. Metrics
 * tell what the server does and to whom (paths, clients, timings), so no API token opens them,
 * and without the setting nobody reads them. Health and its probes stay public for load
 * balancers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ActuatorAuthentication extends OncePerRequestFilter {

    private final String tokenHash;
    private final ObjectMapper json;

    ActuatorAuthentication(@Value("${moodhood.security.metrics-token:}") String token, ObjectMapper json) {
        this.tokenHash = token == null || token.isBlank() ? null : Hashes.sha256(token.trim());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean actuator = path.equals("/actuator") || path.startsWith("/actuator/");
        boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        return !actuator || health;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (tokenHash != null
                && bearer
                && Hashes.sameHash(tokenHash, Hashes.sha256(header.substring(7).trim()))) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(
                response,
                json,
                ProblemException.unauthorized(
                        tokenHash == null
                                ? "The server's metrics are closed: its operator sets moodhood.security.metrics-token to open them."
                                : "The server's metrics need its metrics token: Authorization: Bearer <token>."),
                request);
    }
}
