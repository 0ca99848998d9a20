package dev.moodhoodkit.server.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls with their participant counts, and each participant's stays in a call. */
@Repository
class CallStats {

    /**
     * A call and its counts: {@code inCallNow} open presences, {@code joins} every presence
     * (rejoins count again), {@code distinctParticipants} by user where the user is known,
     * otherwise by participant.
     */
    record CallRow(
            String id,
            String roomId,
            String roomType,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            int inCallNow,
            int joins,
            int distinctParticipants) {}

    record Stay(
            String participantId,
            String name,
            String userId,
            String role,
            OffsetDateTime joinedAt,
            OffsetDateTime leftAt) {}

    private static final String SELECT_CALLS = """
            SELECT c.id, c.room_id, c.room_type, c.started_at, c.finished_at,
                (SELECT COUNT(*) FROM call_presences p WHERE p.call_id = c.id AND p.left_at IS NULL) AS in_call_now,
                (SELECT COUNT(*) FROM call_presences p WHERE p.call_id = c.id) AS joins,
                (SELECT COUNT(DISTINCT COALESCE(pa.user_id, pa.id)) FROM call_presences p
                    JOIN participants pa ON pa.id = p.participant_id WHERE p.call_id = c.id) AS distinct_participants
            FROM calls c""";

    private final JdbcClient jdbc;

    CallStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The space's calls, newest first, optionally of one room and one UTC day. */
    List<CallRow> list(String spaceId, String roomId, LocalDate day, int limit, int offset) {
        Filter filter = filter(spaceId, roomId, day);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT_CALLS + filter.where() + " ORDER BY c.started_at DESC, c.id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(CallStats::map)
                .list();
    }

    long count(String spaceId, String roomId, LocalDate day) {
        Filter filter = filter(spaceId, roomId, day);
        return jdbc.sql("SELECT COUNT(*) FROM calls c" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /** The call when it is of this room in this space. */
    Optional<CallRow> find(String spaceId, String roomId, String callId) {
        return jdbc.sql(SELECT_CALLS + " WHERE c.id = ? AND c.room_id = ? AND c.space_id = ?")
                .params(callId, roomId, spaceId)
                .query(CallStats::map)
                .optional();
    }

    /** Every stay in the call, in order of joining. */
    List<Stay> stays(String callId) {
        return jdbc.sql("""
                SELECT p.participant_id, pa.name, pa.user_id, pa.role, p.joined_at, p.left_at
                FROM call_presences p JOIN participants pa ON pa.id = p.participant_id
                WHERE p.call_id = ? ORDER BY p.joined_at, p.id""")
                .param(callId)
                .query((rs, n) -> new Stay(
                        rs.getString("participant_id"),
                        rs.getString("name"),
                        rs.getString("user_id"),
                        rs.getString("role"),
                        rs.getObject("joined_at", OffsetDateTime.class),
                        rs.getObject("left_at", OffsetDateTime.class)))
                .list();
    }

    private record Filter(String where, List<Object> params) {}

    private static Filter filter(String spaceId, String roomId, LocalDate day) {
        StringBuilder where = new StringBuilder(" WHERE c.space_id = ?");
        List<Object> params = new ArrayList<>(List.of(spaceId));
        if (roomId != null) {
            where.append(" AND c.room_id = ?");
            params.add(roomId);
        }
        if (day != null) {
            where.append(" AND c.started_at >= ? AND c.started_at < ?");
            params.add(day.atStartOfDay().atOffset(ZoneOffset.UTC));
            params.add(day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Filter(where.toString(), params);
    }

    private static CallRow map(ResultSet rs, int row) throws SQLException {
        return new CallRow(
                rs.getString("id"),
                rs.getString("room_id"),
                rs.getString("room_type"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getInt("in_call_now"),
                rs.getInt("joins"),
                rs.getInt("distinct_participants"));
    }
}
