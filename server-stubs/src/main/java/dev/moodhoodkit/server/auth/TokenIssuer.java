package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.TokenRequest;
import dev.moodhoodkit.server.api.model.TokenResponse;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate requiresNew;

    TokenIssuer(
            Clients clients,
            UserDirectory users,
            RefreshTokens refreshTokens,
            Jwts jwts,
            AuthProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clients = clients;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.jwts = jwts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public TokenResponse issue(TokenRequest request) {
        Clients.Client client = clients.byClientId(request.getClientId())
                .filter(c -> c.secretMatches(request.getClientSecret()))
                .orElseThrow(OAuthException::invalidClient);
        return switch (request.getGrantType()) {
            case CLIENT_CREDENTIALS -> pair(client, AUDIENCE_CLIENT, client.id(), Ids.newId());
            case PASSWORD -> password(client, request);
            case REFRESH_TOKEN -> refresh(client, request);
        };
    }

    private TokenResponse password(Clients.Client client, TokenRequest request) {
        if (isBlank(request.getUsername()) || isBlank(request.getPassword())) {
            throw OAuthException.invalidRequest("The password grant needs username (the user's email) and password");
        }
        String userId = users.authenticate(request.getUsername(), request.getPassword())
                .orElseThrow(() -> OAuthException.invalidGrant("Invalid credentials"));
        return pair(client, AUDIENCE_USER, userId, Ids.newId());
    }

    private TokenResponse refresh(Clients.Client client, TokenRequest request) {
        if (isBlank(request.getRefreshToken())) {
            throw OAuthException.invalidRequest("The refresh_token grant needs refresh_token");
        }
        Jwts.Claims claims = jwts.verify(request.getRefreshToken(), Jwts.REFRESH)
                .orElseThrow(() -> OAuthException.invalidGrant("The refresh token is invalid or expired"));
        RefreshTokens.Row row = refreshTokens
                .find(claims.jti())
                .filter(r -> r.clientPk().equals(client.id()))
                .orElseThrow(() -> OAuthException.invalidGrant("The refresh token is invalid or expired"));
        if (!refreshTokens.use(row.jti(), clock.instant())) {
            // A second use of a rotated token means it leaked: end the whole family. This
            // must outlive the failed exchange, hence its own transaction.
            revokeFamilyNow(row.familyId());
            throw OAuthException.invalidGrant("The refresh token has already been used; its sessions are revoked");
        }
        if (AUDIENCE_USER.equals(row.audience()) && !users.exists(row.subject())) {
            throw OAuthException.invalidGrant("The user no longer exists");
        }
        return pair(client, row.audience(), row.subject(), row.familyId());
    }

    private void revokeFamilyNow(String familyId) {
        requiresNew.executeWithoutResult(status -> refreshTokens.revokeFamily(familyId));
    }

    private TokenResponse pair(Clients.Client client, String audience, String subject, String familyId) {
        String access = jwts.sign(
                subject, audience, Jwts.ACCESS, client.clientId(), Ids.newId(), properties.accessTokenTtl(), null);
        String refresh = refreshToken(client, audience, subject, familyId);
        return new TokenResponse(TokenResponse.TokenTypeEnum.BEARER, access, refresh, (int)
                properties.accessTokenTtl().toSeconds());
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
    @Transactional
    public TokenResponse refreshForRoomPage(String refreshToken) {
        Jwts.Claims claims = jwts.verify(refreshToken, Jwts.REFRESH)
                .orElseThrow(() -> new TokenRefused(
                        jwts.expired(refreshToken, Jwts.REFRESH)
                                ? TokenRefused.Reason.EXPIRED
                                : TokenRefused.Reason.INVALID));
        RefreshTokens.Row row = refreshTokens
                .find(claims.jti())
                .filter(r -> AUDIENCE_USER.equals(r.audience()) && r.subject().equals(claims.subject()))
                .orElseThrow(() -> new TokenRefused(TokenRefused.Reason.INVALID));
        Clients.Client client =
                clients.byId(row.clientPk()).orElseThrow(() -> new TokenRefused(TokenRefused.Reason.INVALID));
        if (!refreshTokens.use(row.jti(), clock.instant())) {
            revokeFamilyNow(row.familyId());
            throw new TokenRefused(TokenRefused.Reason.USED);
        }
        if (!users.exists(row.subject())) {
            throw new TokenRefused(TokenRefused.Reason.INVALID);
        }
        return pair(client, AUDIENCE_USER, row.subject(), row.familyId());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
