package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.authz.RoomType;
import dev.moodhoodkit.server.calls.ParticipantRole;
import dev.moodhoodkit.server.common.Rows;
import dev.moodhoodkit.server.common.Where;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls with their participant counts, and each participant's stays in a call. */
@Repository
class CallStats {

    /**
     * A call and its counts: {@code participantsCount} open presences, {@code totalParticipantsCount}
     * every presence (rejoins count again), {@code uniqueParticipantsCount} by user where the user
     * is known, otherwise by participant.
     */
    record CallRow(
            String id,
            String roomId,
            RoomType roomType,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            int participantsCount,
            int totalParticipantsCount,
            int uniqueParticipantsCount) {}

    record Stay(
            String participantId,
            String name,
            String userId,
            ParticipantRole role,
            OffsetDateTime joinedAt,
            OffsetDateTime leftAt) {}

    private static final String SELECT_CALLS = """
            SELECT c.id, c.room_id AS roomId, c.room_type AS roomType, c.started_at AS startedAt,
                c.finished_at AS finishedAt,
                (SELECT COUNT(*) FROM call_presences p WHERE p.call_id = c.id AND p.left_at IS NULL)
                    AS participantsCount,
                (SELECT COUNT(*) FROM call_presences p WHERE p.call_id = c.id) AS totalParticipantsCount,
                (SELECT COUNT(DISTINCT COALESCE(pa.user_id, pa.id)) FROM call_presences p
                    JOIN participants pa ON pa.id = p.participant_id WHERE p.call_id = c.id)
                    AS uniqueParticipantsCount
            FROM calls c""";

    private final JdbcClient jdbc;

    CallStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The space's calls, newest first, optionally of one room and one UTC day. */
    List<CallRow> list(String spaceId, String roomId, LocalDate day, int limit, int offset) {
        return filter(spaceId, roomId, day)
                .page(jdbc, SELECT_CALLS, "c.started_at DESC, c.id DESC", limit, offset, Rows.of(CallRow.class));
    }

    long count(String spaceId, String roomId, LocalDate day) {
        return filter(spaceId, roomId, day).count(jdbc, "FROM calls c");
    }

    /** The call when it is of this room in this space. */
    Optional<CallRow> find(String spaceId, String roomId, String callId) {
        return jdbc.sql(SELECT_CALLS + " WHERE c.id = ? AND c.room_id = ? AND c.space_id = ?")
                .params(callId, roomId, spaceId)
                .query(Rows.of(CallRow.class))
                .optional();
    }

    /** Every stay in the call, in order of joining. */
    List<Stay> stays(String callId) {
        return jdbc.sql("""
                SELECT p.participant_id AS participantId, pa.name, pa.user_id AS userId, pa.role,
                    p.joined_at AS joinedAt, p.left_at AS leftAt
                FROM call_presences p JOIN participants pa ON pa.id = p.participant_id
                WHERE p.call_id = ? ORDER BY p.joined_at, p.id""").param(callId).query(Rows.of(Stay.class)).list();
    }

    private static Where filter(String spaceId, String roomId, LocalDate day) {
        return Where.of("c.space_id = ?", spaceId)
                .and(roomId != null, "c.room_id = ?", roomId)
                .and(
                        day != null,
                        "c.started_at >= ? AND c.started_at < ?",
                        day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC),
                        day == null ? null : day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
