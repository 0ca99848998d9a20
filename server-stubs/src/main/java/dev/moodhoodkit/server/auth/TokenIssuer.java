package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three grants of the token endpoint, refresh tokens for the embed descriptor, and the
 * room page's secretless refresh.
 */
@Service
public class TokenIssuer {

    static final String AUDIENCE_CLIENT = "client";
    static final String AUDIENCE_USER = "user";

    private final Clients clients;
    private final UserDirectory users;
    private final RefreshTokens refreshTokens;
    private final Jwts jwts;
    private final AuthProperties properties;
    private final Clock clock;
    private final RefreshRotation rotation;

    TokenIssuer(
            Clients clients,
            UserDirectory users,
            RefreshTokens refreshTokens,
            Jwts jwts,
            AuthProperties properties,
            Clock clock,
            RefreshRotation rotation) {
        this.rotation = rotation;
        this.clients = clients;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.jwts = jwts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * No transaction around the grant: the password check (BCrypt) holds no connection, and the
     * refresh grant's rotation runs its own ({@link RefreshRotation}).
     */
    public IssuedTokens issue(TokenGrant request) {
        Clients.Client client = clients.byClientId(request.clientId())
                .filter(c -> c.secretMatches(request.clientSecret()))
                .orElseThrow(OAuthException::invalidClient);
        return switch (request.type()) {
            case CLIENT_CREDENTIALS -> pair(client, AUDIENCE_CLIENT, client.id(), Ids.newId());
            case PASSWORD -> password(client, request);
            case REFRESH_TOKEN -> refresh(client, request);
        };
    }

    private IssuedTokens password(Clients.Client client, TokenGrant request) {
        if (isBlank(request.username()) || isBlank(request.password())) {
            throw OAuthException.invalidRequest("The password grant needs username (the user's email) and password");
        }
        String userId = users.authenticate(request.username(), request.password())
                .orElseThrow(() -> OAuthException.invalidGrant("Invalid credentials"));
        return pair(client, AUDIENCE_USER, userId, Ids.newId());
    }

    private IssuedTokens refresh(Clients.Client client, TokenGrant request) {
        if (isBlank(request.refreshToken())) {
            throw OAuthException.invalidRequest("The refresh_token grant needs refresh_token");
        }
        Jwts.Claims claims = jwts.verify(request.refreshToken(), Jwts.REFRESH)
                .orElseThrow(() -> OAuthException.invalidGrant("The refresh token is invalid or expired"));
        try {
            return rotation.use(claims.jti(), row -> row.clientPk().equals(client.id()), row -> {
                if (AUDIENCE_USER.equals(row.audience()) && !users.exists(row.subject())) {
                    throw OAuthException.invalidGrant("The user no longer exists");
                }
                return pair(client, row.audience(), row.subject(), row.familyId());
            });
        } catch (TokenRefused e) {
            // A second use of a rotated token means it leaked: its family is revoked.
            throw e.reason() == TokenRefused.Reason.USED
                    ? OAuthException.invalidGrant("The refresh token has already been used; its sessions are revoked")
                    : OAuthException.invalidGrant("The refresh token is invalid or expired");
        }
    }

    private IssuedTokens pair(Clients.Client client, String audience, String subject, String familyId) {
        String access = jwts.sign(
                subject, audience, Jwts.ACCESS, client.clientId(), Ids.newId(), properties.accessTokenTtl(), null);
        String refresh = refreshToken(client, audience, subject, familyId);
        return new IssuedTokens(
                access, refresh, (int) properties.accessTokenTtl().toSeconds());
    }

    /** A refresh token of the family, recorded so that it rotates and its reuse is detected. */
    private String refreshToken(Clients.Client client, String audience, String subject, String familyId) {
        Instant now = clock.instant();
        String jti = Ids.newId();
        String refresh =
                jwts.sign(subject, audience, Jwts.REFRESH, client.clientId(), jti, properties.refreshTokenTtl(), null);
        refreshTokens.insert(
                jti, familyId, client.id(), audience, subject, now, now.plus(properties.refreshTokenTtl()));
        return refresh;
    }

    /**
     * A fresh refresh token (a new family) for the calling user, as the password grant would
     * give: the embed descriptor puts one in the room page URL (MoodHood's
     * {@code refreshToken=} sign-in). It belongs to the client of the caller's token; a
     * personal token has none, so the user's own integration client is used, and a user with
     * neither gets 403.
     */
    @Transactional
    public String refreshTokenFor(Caller.User user) {
        Clients.Client client = (user.clientPk() != null
                        ? clients.byId(user.clientPk())
                        : clients.byOwner(user.userId()))
                .orElseThrow(() -> ProblemException.forbidden(
                        "A room link needs a token made with a client: use a user token from the password grant, "
                                + "or make your integration client first (POST /v1/integration/client)."));
        return refreshToken(client, AUDIENCE_USER, user.userId(), Ids.newId());
    }

    /**
     * The refresh grant for the room page ({@code /room/<alias>?refreshToken=…}, MoodHood's
     * background sign-in). The page runs in a browser, which cannot keep the client secret the
     * token endpoint asks for, so the server makes the exchange itself for the client the token
     * was issued to, with the token endpoint's rotation and reuse detection: the second use of a
     * token revokes its family. Only a user's refresh token opens a page; a client's never does.
     */
    public IssuedTokens refreshForRoomPage(String refreshToken) {
        Jwts.Claims claims = jwts.verify(refreshToken, Jwts.REFRESH)
                .orElseThrow(() -> new TokenRefused(
                        jwts.expired(refreshToken, Jwts.REFRESH)
                                ? TokenRefused.Reason.EXPIRED
                                : TokenRefused.Reason.INVALID));
        return rotation.use(
                claims.jti(),
                row -> AUDIENCE_USER.equals(row.audience()) && row.subject().equals(claims.subject()),
                row -> {
                    Clients.Client client = clients.byId(row.clientPk())
                            .filter(c -> users.exists(row.subject()))
                            .orElseThrow(() -> new TokenRefused(TokenRefused.Reason.INVALID));
                    return pair(client, AUDIENCE_USER, row.subject(), row.familyId());
                });
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
