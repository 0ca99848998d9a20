package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Problems;
import dev.moodhoodkit.server.common.Unavailability;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Authenticates every API call but the token endpoint from its {@code Authorization: Bearer}
 * header: a JWT access token (client, user or guest) or a personal token. Anything else (no
 * header, garbage, a wrong signature, {@code alg: none}, an expired token, a refresh token, a
 * token of a deleted user, client or guest link) answers 401 before any controller runs. Which
 * token names whom is {@link TokenAuthenticator}'s to say; this filter only reads the header.
 * <p>
 * A filter of our own rather than Spring Security's resource server (its filter chain with
 * {@code NimbusJwtDecoder} and {@code JwtAuthenticationProvider}), because that chain was
 * measured on {@code GET} room to take 1.3 to 6.9 times this filter's server CPU per request, with
 * or without its observations (docs/benchmarks.md, "Authentication"), while the same Nimbus
 * checks run here and the lookups behind them would have to be written anyway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerAuthentication extends OncePerRequestFilter {

    static final String API_PREFIX = "/v1/";
    private static final String TOKEN_ENDPOINT = "/v1/auth/token";

    private final TokenAuthenticator authenticator;
    private final ObjectMapper json;

    BearerAuthentication(TokenAuthenticator authenticator, ObjectMapper json) {
        this.authenticator = authenticator;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith(API_PREFIX) || path.equals(TOKEN_ENDPOINT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            Problems.write(
                    response,
                    json,
                    ProblemException.unauthorized("This call needs an access token: Authorization: Bearer <token>."),
                    request);
            return;
        }
        if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Problems.write(
                    response,
                    json,
                    ProblemException.unauthorized("The Authorization header must be Bearer <token>."),
                    request);
            return;
        }
        Caller caller;
        try {
            caller = authenticator.apiCaller(header.substring(7).trim());
        } catch (TokenRefused e) {
            Problems.write(
                    response,
                    json,
                    ProblemException.unauthorized("The access token is invalid, expired or revoked."),
                    request);
            return;
        } catch (RuntimeException e) {
            if (!Unavailability.isUnavailability(e)) {
                throw e;
            }
            response.setHeader("Retry-After", "1");
            Problems.write(response, json, Unavailability.problem(), request);
            return;
        }
        CurrentCaller.set(request, caller);
        chain.doFilter(request, response);
    }
}
