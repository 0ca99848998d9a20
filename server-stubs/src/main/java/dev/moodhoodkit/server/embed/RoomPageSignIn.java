package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.IssuedTokens;
import dev.moodhoodkit.server.auth.TokenAuthenticator;
import dev.moodhoodkit.server.auth.TokenIssuer;
import dev.moodhoodkit.server.auth.TokenRefused;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.users.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * How the room page ({@code /room/<alias>}) signs in from the token in its URL, MoodHood's two
 * forms: {@code refreshToken=} (a user's refresh token, as the embed descriptor makes it) or
 * {@code accessToken=} (a guest link's token; a user's access token works too).
 * <p>
 * A refresh token needs the client secret at the token endpoint, which a page in a browser
 * cannot keep; so the page posts it to its own server ({@code POST /room/<alias>/session}),
 * which exchanges it for the client the token was issued to
 * ({@link TokenIssuer#refreshForRoomPage}). Nothing is stored: the answer hands the page its
 * tokens, as the token endpoint would.
 */
@Service
class RoomPageSignIn {

    /** A token from the page's URL: exactly one of the two is set. */
    record UrlToken(String refreshToken, String accessToken) {

        boolean isEmpty() {
            return isBlank(refreshToken) && isBlank(accessToken);
        }
    }

    /** Who the URL's token names and what they may do in the room, before anything is used. */
    record Visitor(Caller caller, EmbedRooms.EmbedRoom room, Embed.Rights rights, Duration tokenLifetime) {}

    /** What the signed-in page gets: its tokens, where the room is, who the person is, and their rights. */
    record Session(
            String accessToken,
            String refreshToken,
            long expiresIn,
            String spaceId,
            String roomId,
            String alias,
            String participantName,
            Embed.Rights rights) {}

    static final int MAX_NAME = 64;

    private final EmbedRooms rooms;
    private final AccessPolicy access;
    private final TokenAuthenticator authenticator;
    private final TokenIssuer tokens;
    private final UserAccounts users;
    private final Clock clock;

    RoomPageSignIn(
            EmbedRooms rooms,
            AccessPolicy access,
            TokenAuthenticator authenticator,
            TokenIssuer tokens,
            UserAccounts users,
            Clock clock) {
        this.rooms = rooms;
        this.access = access;
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Whether the page's room exists (an unknown alias still gets a page, which says so). */
    boolean roomExists(String alias) {
        return rooms.byAlias(alias).isPresent();
    }

    /**
     * The rights of the URL's token in the room, for the page's {@code Permissions-Policy},
     * without using the token; empty for a token that would not sign in (then nothing is allowed).
     */
    Optional<Embed.Rights> rightsOf(String alias, UrlToken token) {
        try {
            return Optional.of(visitor(alias, token).rights());
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /**
     * Signs the page in. Everything is checked before the token is used, so a refusal (no
     * such room, no access) leaves a refresh token as it was; then a refresh token is
     * exchanged (used, and rotated), an access token handed back as it is.
     */
    Session signIn(String alias, UrlToken token, String participantName) {
        Visitor visitor = visitor(alias, token);
        String name = participantName != null
                        && !participantName.isBlank()
                        && participantName.strip().length() <= MAX_NAME
                ? participantName.strip()
                : defaultName(visitor.caller());
        EmbedRooms.EmbedRoom room = visitor.room();
        if (!isBlank(token.refreshToken())) {
            var pair = exchange(token.refreshToken());
            return new Session(
                    pair.accessToken(),
                    pair.refreshToken(),
                    pair.expiresIn(),
                    room.spaceId(),
                    room.id(),
                    room.alias(),
                    name,
                    visitor.rights());
        }
        return new Session(
                token.accessToken(),
                null,
                visitor.tokenLifetime().toSeconds(),
                room.spaceId(),
                room.id(),
                room.alias(),
                name,
                visitor.rights());
    }

    private IssuedTokens exchange(String refreshToken) {
        try {
            return tokens.refreshForRoomPage(refreshToken);
        } catch (TokenRefused e) {
            throw refused(e.reason());
        }
    }

    private Visitor visitor(String alias, UrlToken token) {
        if (token.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED,
                    "room-link-invalid",
                    "No sign-in in the link",
                    "This room link carries no token (refreshToken or accessToken). Open the room from the site that "
                            + "showed it, or ask for a new link.");
        }
        if (!isBlank(token.refreshToken()) && !isBlank(token.accessToken())) {
            throw ProblemException.badRequest("Give refreshToken or accessToken, not both.");
        }
        EmbedRooms.EmbedRoom room =
                rooms.byAlias(alias).orElseThrow(() -> ProblemException.notFound("There is no room " + alias + "."));
        TokenAuthenticator.Authenticated signedIn = authenticated(token, room);
        AccessPolicy.RoomAccess roomAccess = access.room(signedIn.caller(), room.spaceId(), room.id());
        return new Visitor(
                signedIn.caller(), room, EmbedService.rights(roomAccess, room), lifetime(signedIn.expiresAt()));
    }

    /** A refresh token is read but not used (its exchange comes after every check); an access token as it is. */
    private TokenAuthenticator.Authenticated authenticated(UrlToken token, EmbedRooms.EmbedRoom room) {
        try {
            return isBlank(token.refreshToken())
                    ? authenticator.roomPageVisitor(token.accessToken(), room.id())
                    : authenticator.refreshTokenHolder(token.refreshToken());
        } catch (TokenRefused e) {
            throw refused(e.reason());
        }
    }

    private Duration lifetime(Instant expiresAt) {
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private String defaultName(Caller caller) {
        Optional<Caller.Guest> guest = caller.asGuest();
        if (guest.isPresent()) {
            return guest.get().name();
        }
        return users.find(caller.requireUser().userId())
                .map(UserAccounts.UserAccount::username)
                .orElseThrow(() -> refused(TokenRefused.Reason.INVALID));
    }

    /** The refusals the page tells apart: each says what the person can do about it. */
    static ProblemException refused(TokenRefused.Reason reason) {
        return switch (reason) {
            case OTHER_ROOM ->
                new ProblemException(
                        HttpStatus.FORBIDDEN,
                        "room-link-invalid",
                        "Link of another room",
                        "This guest link opens another room.");
            case EXPIRED ->
                new ProblemException(
                        HttpStatus.UNAUTHORIZED,
                        "room-link-expired",
                        "Room link expired",
                        "This room link has expired. Open the room again from the site that showed it, or ask for a new link.");
            case USED ->
                new ProblemException(
                        HttpStatus.CONFLICT,
                        "room-link-used",
                        "Room link already used",
                        "This room link has already been used, and works only once. Open the room again from the site "
                                + "that showed it, or ask for a new link.");
            case INVALID ->
                new ProblemException(
                        HttpStatus.UNAUTHORIZED,
                        "room-link-invalid",
                        "Room link not valid",
                        "This room link is not valid (its token is damaged, revoked, or not a sign-in token). "
                                + "Ask for a new link.");
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
