package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.access.GuestLinks;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Problems;
import dev.moodhoodkit.server.common.Unavailability;
import dev.moodhoodkit.server.users.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Authenticates every API call but the token endpoint from its {@code Authorization: Bearer}
 * header: a JWT access token (client, user or guest) or a personal token. Anything else (no
 * header, garbage, a wrong signature, {@code alg: none}, an expired token, a refresh token, a
 * token of a deleted user, client or guest link) answers 401 before any controller runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerAuthentication extends OncePerRequestFilter {

    static final String API_PREFIX = "/v1/";
    private static final String TOKEN_ENDPOINT = "/v1/auth/token";

    private final Jwts jwts;
    private final Clients clients;
    private final UserAccounts users;
    private final PersonalTokens personalTokens;
    private final GuestLinks guestLinks;
    private final ObjectMapper json;
    private final Clock clock;

    BearerAuthentication(
            Jwts jwts,
            Clients clients,
            UserAccounts users,
            PersonalTokens personalTokens,
            GuestLinks guestLinks,
            ObjectMapper json,
            Clock clock) {
        this.jwts = jwts;
        this.clients = clients;
        this.users = users;
        this.personalTokens = personalTokens;
        this.guestLinks = guestLinks;
        this.json = json;
        this.clock = clock;
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
        Optional<Caller> caller;
        try {
            caller = resolve(header.substring(7).trim());
        } catch (RuntimeException e) {
            if (!Unavailability.isUnavailability(e)) {
                throw e;
            }
            response.setHeader("Retry-After", "1");
            Problems.write(response, json, Unavailability.problem(), request);
            return;
        }
        if (caller.isEmpty()) {
            Problems.write(
                    response,
                    json,
                    ProblemException.unauthorized("The access token is invalid, expired or revoked."),
                    request);
            return;
        }
        CurrentCaller.set(request, caller.get());
        chain.doFilter(request, response);
    }

    private Optional<Caller> resolve(String token) {
        if (token.startsWith(PersonalTokens.PREFIX)) {
            return personalTokens.byValue(token, clock.instant()).map(t -> new Caller.User(t.userId(), null, null));
        }
        Optional<Jwts.Claims> verified = jwts.verify(token, Jwts.ACCESS);
        if (verified.isEmpty()) {
            return Optional.empty();
        }
        Jwts.Claims claims = verified.get();
        if (claims.roomId() != null) {
            // A guest token lives exactly as long as its link (deleting the room deletes it).
            return guestLinks
                    .findUnexpired(claims.subject(), clock.instant())
                    .filter(link -> link.roomId().equals(claims.roomId()))
                    .map(link -> new Caller.Guest(
                            link.id(), link.spaceId(), link.roomId(), link.username(), link.role(), null));
        }
        Optional<Clients.Client> client =
                claims.clientId() == null ? Optional.empty() : clients.byClientId(claims.clientId());
        if (client.isEmpty()) {
            return Optional.empty();
        }
        String clientPk = client.get().id();
        return switch (claims.audience()) {
            case TokenIssuer.AUDIENCE_CLIENT ->
                claims.subject().equals(clientPk)
                        ? Optional.of(new Caller.Client(clientPk, claims.clientId()))
                        : Optional.empty();
            case TokenIssuer.AUDIENCE_USER ->
                users.exists(claims.subject())
                        ? Optional.of(new Caller.User(claims.subject(), clientPk, claims.clientId()))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }
}
