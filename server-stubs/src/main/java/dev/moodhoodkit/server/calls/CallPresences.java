package dev.moodhoodkit.server.calls;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        return jdbc.sql("""
                SELECT id, call_id, participant_id, joined_at FROM call_presences
                WHERE participant_id = ? AND left_at IS NULL""")
                .param(participantId)
                .query((rs, n) -> new Presence(
                        rs.getString("id"),
                        rs.getString("call_id"),
                        rs.getString("participant_id"),
                        rs.getObject("joined_at", OffsetDateTime.class)))
                .optional();
    }

    void insert(String id, String callId, String participantId, Instant now) {
        jdbc.sql("INSERT INTO call_presences (id, call_id, participant_id, joined_at) VALUES (?, ?, ?, ?)")
                .params(id, callId, participantId, now.atOffset(ZoneOffset.UTC))
                .update();
    }

    void close(String id, Instant now) {
        jdbc.sql("UPDATE call_presences SET left_at = ? WHERE id = ? AND left_at IS NULL")
                .params(now.atOffset(ZoneOffset.UTC), id)
                .update();
    }

    /** Ends every stay still open in the call, as of {@code now}. */
    void closeAllOpen(String callId, Instant now) {
        jdbc.sql("UPDATE call_presences SET left_at = ? WHERE call_id = ? AND left_at IS NULL")
                .params(now.atOffset(ZoneOffset.UTC), callId)
                .update();
    }

    long countOpen(String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM call_presences WHERE call_id = ? AND left_at IS NULL")
                .param(callId)
                .query(Long.class)
                .single();
    }
}
