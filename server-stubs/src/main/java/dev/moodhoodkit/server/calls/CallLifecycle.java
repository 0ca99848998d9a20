package dev.moodhoodkit.server.calls;

import java.time.Instant;

/**
 * Events of a room's call, published inside the transaction that starts or finishes it, so
 * that listeners (recordings) change their own rows in the same transaction.
 */
public final class CallLifecycle {

    private CallLifecycle() {
    }

    public record Started(String callId, String roomId, String spaceId, Instant at) {
    }

    public record Finished(String callId, String roomId, String spaceId, Instant at) {
    }
}
