package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each stay of a participant in a call; an open presence (left_at null) is someone in the call now. */
@Repository
class CallPresences {

    record Presence(String id, String callId, String participantId, OffsetDateTime joinedAt) {}

    private final JdbcClient jdbc;

    CallPresences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Presence> findOpen(String participantId) {
        return jdbc.sql("SELECT " + Rows.columns(Presence.class, "p")
                        + " FROM call_presences p WHERE p.participant_id = ? AND p.left_at IS NULL")
                .param(participantId)
                .query(Rows.of(Presence.class))
                .optional();
    }

    void insert(String id, String callId, String participantId, Instant now) {
        jdbc.sql(Rows.insert("call_presences", Presence.class))
                .params(Rows.params(new Presence(id, callId, participantId, (OffsetDateTime) Rows.stored(now))))
                .update();
    }

    /** Ends the stay, or with {@code column} {@code call_id} every stay still open in the call, as of {@code now}. */
    private void closeOpen(String column, String id, Instant now) {
        jdbc.sql("UPDATE call_presences SET left_at = ? WHERE " + column + " = ? AND left_at IS NULL")
                .params(Rows.stored(now), id)
                .update();
    }

    void close(String id, Instant now) {
        closeOpen("id", id, now);
    }

    /** Ends every stay still open in the call, as of {@code now}. */
    void closeAllOpen(String callId, Instant now) {
        closeOpen("call_id", callId, now);
    }

    long countOpen(String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM call_presences WHERE call_id = ? AND left_at IS NULL")
                .param(callId)
                .query(Long.class)
                .single();
    }
}
