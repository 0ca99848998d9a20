package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.auth.TokenRefused.Reason;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a bearer token into a {@link Caller}: a JWT access token (client,
 * user or guest) or a personal token. The API's filter and the room page both ask it, so a
 * token means the same wherever it is shown. Beyond the signature, a token must still name
 * someone: its client, its user, its unexpired guest link (deleting the room deletes it).
 */
@Component
public class TokenAuthenticator {

    /** Who a token names, and until when the token works (null: a personal token, until deleted). */
    public record Authenticated(Caller caller, Instant expiresAt) {}

    private final Jwts jwts;
    private final Clients clients;
    private final UserDirectory users;
    private final PersonalTokens personalTokens;
    private final GuestLinkDirectory guestLinks;
    private final Clock clock;

    TokenAuthenticator(
            Jwts jwts,
            Clients clients,
            UserDirectory users,
            PersonalTokens personalTokens,
            GuestLinkDirectory guestLinks,
            Clock clock) {
        this.jwts = jwts;
        this.clients = clients;
        this.users = users;
        this.personalTokens = personalTokens;
        this.guestLinks = guestLinks;
        this.clock = clock;
    }

    /** The caller of an API call: any kind of access token, or a personal token. */
    public Caller apiCaller(String token) {
        if (token.startsWith(PersonalTokens.PREFIX)) {
            return personalTokens
                    .byValue(token, clock.instant())
                    .<Caller>map(t -> new Caller.User(t.userId(), null, null))
                    .orElseThrow(() -> new TokenRefused(Reason.INVALID));
        }
        Jwts.Claims claims = verified(token, Jwts.ACCESS);
        if (claims.roomId() != null) {
            return guestPass(claims).guest();
        }
        Clients.Client client = client(claims);
        return switch (claims.audience()) {
            case TokenIssuer.AUDIENCE_CLIENT -> {
                if (!claims.subject().equals(client.id())) {
                    throw new TokenRefused(Reason.INVALID);
                }
                yield new Caller.Client(client.id(), client.clientId());
            }
            case TokenIssuer.AUDIENCE_USER -> user(claims, client);
            default -> throw new TokenRefused(Reason.INVALID);
        };
    }

    /**
     * The visitor of a room page that shows an access token in its URL ({@code accessToken=}):
     * a user's access token, or the token of a guest link of this very room that a one-time
     * link has not spent yet. A client's token or a personal token never opens a page.
     */
    public Authenticated roomPageVisitor(String token, String roomId) {
        Jwts.Claims claims = verified(token, Jwts.ACCESS);
        if (claims.roomId() == null) {
            if (!TokenIssuer.AUDIENCE_USER.equals(claims.audience())) {
                throw new TokenRefused(Reason.INVALID);
            }
            return new Authenticated(user(claims, client(claims)), claims.expiresAt());
        }
        GuestLinkDirectory.GuestPass pass = guestPass(claims);
        if (!pass.guest().roomId().equals(roomId)) {
            throw new TokenRefused(Reason.OTHER_ROOM);
        }
        if (pass.spent()) {
            throw new TokenRefused(Reason.USED);
        }
        return new Authenticated(pass.guest(), claims.expiresAt());
    }

    /**
     * The user a refresh token names ({@code refreshToken=} in a room page's URL), read but not
     * used: its client and its reuse are the exchange's to check ({@link TokenIssuer#refreshForRoomPage}).
     */
    public Authenticated refreshTokenHolder(String refreshToken) {
        Jwts.Claims claims = verified(refreshToken, Jwts.REFRESH);
        if (!TokenIssuer.AUDIENCE_USER.equals(claims.audience()) || claims.roomId() != null) {
            throw new TokenRefused(Reason.INVALID);
        }
        return new Authenticated(new Caller.User(claims.subject(), null, claims.clientId()), claims.expiresAt());
    }

    private Jwts.Claims verified(String token, String type) {
        return jwts.verify(token, type)
                .orElseThrow(() -> new TokenRefused(jwts.expired(token, type) ? Reason.EXPIRED : Reason.INVALID));
    }

    /** A guest token lives exactly as long as its link, in the link's room only. */
    private GuestLinkDirectory.GuestPass guestPass(Jwts.Claims claims) {
        return guestLinks
                .unexpired(claims.subject(), clock.instant())
                .filter(pass -> pass.guest().roomId().equals(claims.roomId()))
                .orElseThrow(() -> new TokenRefused(Reason.INVALID));
    }

    private Clients.Client client(Jwts.Claims claims) {
        if (claims.clientId() == null) {
            throw new TokenRefused(Reason.INVALID);
        }
        return clients.byClientId(claims.clientId()).orElseThrow(() -> new TokenRefused(Reason.INVALID));
    }

    private Caller.User user(Jwts.Claims claims, Clients.Client client) {
        if (!users.exists(claims.subject())) {
            throw new TokenRefused(Reason.INVALID);
        }
        return new Caller.User(claims.subject(), client.id(), client.clientId());
    }
}
