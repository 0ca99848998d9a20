package dev.moodhoodkit.server.calls;

import java.time.Instant;

/**
 * Events of a room's call, published inside the transaction that starts or finishes it, so
 * that listeners (recordings) change their own rows in the same transaction.
 */
public final class CallLifecycle {

    private CallLifecycle() {}

    public record Started(String callId, String roomId, String spaceId, Instant at) {}

    /**
     * @param ending how the call ended: its last participant left, or nobody joined or left for
     *               the idle timeout (an abnormal end: the participants were not seen leaving)
     */
    public record Finished(String callId, String roomId, String spaceId, Instant at, Ending ending) {}

    public enum Ending {
        LAST_PARTICIPANT_LEFT,
        IDLE_TIMEOUT
    }
}
