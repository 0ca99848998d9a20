package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.TokenIssuer;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.PublicUrl;
import dev.moodhoodkit.server.users.UserAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The embed descriptor: MoodHood's room page URL for the caller (a fresh refresh token of a
 * user, or a guest's own access token) and the iframe that the caller's rights allow.
 */
@Service
class EmbedService {

    record Request(
            String spaceId, String roomId, String participantName, String width, String height, String bearerToken) {}

    private final AccessPolicy access;
    private final EmbedRooms rooms;
    private final UserAccounts users;
    private final TokenIssuer tokens;
    private final PublicUrl publicUrl;

    EmbedService(AccessPolicy access, EmbedRooms rooms, UserAccounts users, TokenIssuer tokens, PublicUrl publicUrl) {
        this.access = access;
        this.rooms = rooms;
        this.users = users;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
    }

    Embed describe(Caller caller, Request request) {
        // A client has no person to put in a room: user and guest tokens only.
        AccessPolicy.RoomAccess room = access.roomOfUserOrGuest(caller, request.spaceId(), request.roomId());
        EmbedRooms.EmbedRoom settings = rooms.find(request.spaceId(), request.roomId())
                .orElseThrow(() -> ProblemException.notFound("room", request.roomId()));
        Embed.Rights rights = rights(room, settings);
        String url = publicUrl.base() + "/room/" + settings.alias() + "?participantName="
                + encode(name(caller, request)) + "&" + token(caller, request);
        return new Embed(url, request.width(), request.height(), rights);
    }

    /** Camera, microphone and screen only for those who may broadcast (everyone in a lesson, the hosts of a webinar). */
    static Embed.Rights rights(AccessPolicy.RoomAccess room, EmbedRooms.EmbedRoom settings) {
        boolean broadcast = room.mayBroadcast();
        return new Embed.Rights(
                broadcast && settings.camera(),
                broadcast && settings.microphone(),
                broadcast && settings.screensharing() && settings.screenMedia(),
                settings.chat(),
                room.isOwnerOrModerator());
    }

    private String name(Caller caller, Request request) {
        if (request.participantName() != null) {
            return request.participantName();
        }
        Optional<Caller.Guest> guest = caller.asGuest();
        if (guest.isPresent()) {
            return guest.get().name();
        }
        return users.find(caller.requireUser().userId())
                .map(UserAccounts.UserAccount::username)
                .orElseThrow(() -> ProblemException.unauthorized("The token's user no longer exists."));
    }

    /** A guest signs in with its own link token; a user with a fresh refresh token of its own. */
    private String token(Caller caller, Request request) {
        if (caller.isGuest()) {
            return "accessToken=" + encode(request.bearerToken());
        }
        return "refreshToken=" + encode(tokens.refreshTokenFor(caller.requireUser()));
    }

    /** Query-string encoding with %20 for spaces (URLEncoder's + means a space only in forms). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
