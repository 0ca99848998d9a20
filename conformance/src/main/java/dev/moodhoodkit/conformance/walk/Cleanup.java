package dev.moodhoodkit.conformance.walk;

import dev.moodhoodkit.conformance.http.Call;
import dev.moodhoodkit.conformance.http.Exchange;
import java.util.Optional;

/**
 * Removes what the walk made where the API has a call for it: the room, then the space (which
 * takes its invites, roles and webhook with it). What stays is listed in the report.
 */
final class Cleanup {

    private final Session s;

    Cleanup(Session session) {
        this.s = session;
    }

    void run() {
        if (s.spaceId == null) {
            return;
        }
        if (s.roomId != null
                && deleted(s.send(Call.to("deleteRoom")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .path("roomId", s.roomId)
                        .expect("the room owner deletes the room", 204)))) {
            s.send(Call.to("getRoom")
                    .token(s.owner.token)
                    .path("spaceId", s.spaceId)
                    .path("roomId", s.roomId)
                    .expect("a deleted room is gone", 404));
        }
        if (deleted(s.send(Call.to("deleteSpace")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .expect("the owner deletes the space", 204)))) {
            s.leftBehind.removeIf(thing -> thing.startsWith("space " + s.spaceId));
        }
    }

    private static boolean deleted(Optional<Exchange> exchange) {
        return exchange.filter(Exchange::succeeded).isPresent();
    }
}
