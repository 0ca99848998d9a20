package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Ids;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The tokens bound to one room that other features hand out: a guest link's access token and a
 * participant's signaling token. They are minted here, beside every other token kind, so one
 * package knows what each kind carries and {@link TokenAuthenticator} can tell them apart.
 */
@Component
public class RoomTokens {

    /** A signaling token's {@code type}: a type that {@code Jwts.verify(token, ACCESS)} never accepts. */
    public static final String SIGNALING_TYPE = "signalingToken";

    static final String SIGNALING_AUDIENCE = "signaling";

    private final Jwts jwts;

    RoomTokens(Jwts jwts) {
        this.jwts = jwts;
    }

    /**
     * A guest link's access token: its subject is the link, its {@code rId} the room, so it
     * authenticates a {@link Caller.Guest} in that room for as long as the link is unexpired. A
     * guest acts as a room-bound user, hence the user audience.
     */
    public String guestAccessToken(String linkId, String roomId, String clientId, Duration ttl) {
        return jwts.sign(linkId, TokenIssuer.AUDIENCE_USER, Jwts.ACCESS, clientId, Ids.newId(), ttl, roomId);
    }

    /** The signaling server's token for one participant in its room; never an access token. */
    public String signalingToken(String participantId, String roomId, String clientId, Duration ttl) {
        return jwts.sign(participantId, SIGNALING_AUDIENCE, SIGNALING_TYPE, clientId, Ids.newId(), ttl, roomId);
    }
}
