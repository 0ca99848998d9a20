package dev.moodhoodkit.server.access;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.RoomTokens;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.PublicUrl;
import dev.moodhoodkit.server.common.Rows;
import dev.moodhoodkit.server.rooms.Rooms;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * Guest links (generate-access): a room page URL that carries a ready access token for a
 * person without an account.
 * <p>
 * The token ({@link RoomTokens#guestAccessToken}) authenticates a {@code Caller.Guest} that
 * opens this room only, for as long as the link is unexpired. Making the link does not use it: the participants
 * feature consumes it when the guest registers as a participant, through
 * {@link GuestLinks#use}, which lets a one-time link ({@code isPermanent: false}) be used
 * exactly once.
 */
@Service
class GuestAccessService {

    /** The guest link to make, as asked. */
    record Request(
            String username,
            GuestRole role,
            String externalUserId,
            String externalMeetingId,
            int ttlSeconds,
            boolean permanent,
            String email,
            String phone) {}

    /** What the guest may do in the room: take part, or moderate it. */
    enum GuestRole {
        USER,
        MODERATOR
    }

    /** The link's URL and when it stops working. */
    record GuestAccess(String url, Instant expiresAt) {}

    private final GuestLinks links;
    private final Rooms rooms;
    private final AccessPolicy access;
    private final RoomTokens tokens;
    private final PublicUrl publicUrl;
    private final Clock clock;

    GuestAccessService(
            GuestLinks links, Rooms rooms, AccessPolicy access, RoomTokens tokens, PublicUrl publicUrl, Clock clock) {
        this.links = links;
        this.rooms = rooms;
        this.access = access;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    GuestAccess generate(Caller caller, String spaceId, String roomId, Request request) {
        Caller.User user = caller.requireUser();
        access.moderatedRoom(user, spaceId, roomId);
        String alias = rooms.alias(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        // Whole seconds, as the token's exp counts them: the answer, the link and the token agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Duration ttl = Duration.ofSeconds(request.ttlSeconds());
        Instant expiresAt = now.plus(ttl);
        String linkId = Ids.newId();
        links.insert(new GuestLinks.NewLink(
                linkId,
                roomId,
                spaceId,
                request.username(),
                Rows.stored(request.role()).toString(),
                request.externalUserId(),
                request.externalMeetingId(),
                request.email(),
                request.phone(),
                request.permanent(),
                user.userId(),
                now,
                expiresAt));
        String token = tokens.guestAccessToken(linkId, roomId, user.clientId(), ttl);
        String url = publicUrl.base() + "/room/" + alias + "?participantName=" + encode(request.username())
                + "&accessToken=" + token;
        return new GuestAccess(url, expiresAt);
    }

    /** Percent-encodes a query value (a space as %20, as the spec's example shows, not as +). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
