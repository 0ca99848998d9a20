package dev.moodhoodkit.server.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Calls of rooms. A room has at most one open call (finished_at null). Whoever starts, ends or
 * records a room's call first locks the room's row, so concurrent first joiners, last leavers
 * and recorders on any number of server instances take turns per room.
 */
@Repository
public class Calls {

    /** A room's row, locked for the rest of the transaction. */
    public record LockedRoom(String id, String spaceId, String type) {}

    /** @param lastActivityAt the call's start or its last join or leave */
    public record Call(
            String id,
            String roomId,
            String spaceId,
            String roomType,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            OffsetDateTime lastActivityAt) {}

    private static final String COLUMNS = "id, room_id, space_id, room_type, started_at, finished_at, last_activity_at";

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the room's row until the transaction ends (SELECT ... FOR UPDATE); empty if it is gone. */
    public Optional<LockedRoom> lockRoom(String spaceId, String roomId) {
        return jdbc.sql("SELECT id, space_id, type FROM rooms WHERE id = ? AND space_id = ? FOR UPDATE")
                .params(roomId, spaceId)
                .query((rs, n) -> new LockedRoom(rs.getString("id"), rs.getString("space_id"), rs.getString("type")))
                .optional();
    }

    /** The room's call that is going on, if any. */
    public Optional<Call> findOpen(String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE room_id = ? AND finished_at IS NULL")
                .param(roomId)
                .query(Calls::map)
                .optional();
    }

    Optional<Call> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE id = ?")
                .param(id)
                .query(Calls::map)
                .optional();
    }

    /** Open calls with no join or leave since {@code before}, longest idle first. */
    List<Call> findIdle(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM calls WHERE finished_at IS NULL AND last_activity_at < ?
                ORDER BY last_activity_at, id LIMIT ?""")
                .params(before.atOffset(ZoneOffset.UTC), limit)
                .query(Calls::map)
                .list();
    }

    void insert(String id, LockedRoom room, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO calls (id, room_id, space_id, room_type, started_at, last_activity_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, room.id(), room.spaceId(), room.type(), at, at).update();
        jdbc.sql("UPDATE rooms SET last_call_at = ? WHERE id = ?")
                .params(at, room.id())
                .update();
    }

    void touch(String callId, Instant now) {
        jdbc.sql("UPDATE calls SET last_activity_at = ? WHERE id = ?")
                .params(now.atOffset(ZoneOffset.UTC), callId)
                .update();
    }

    void finish(String callId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("UPDATE calls SET finished_at = ?, last_activity_at = ? WHERE id = ? AND finished_at IS NULL")
                .params(at, at, callId)
                .update();
    }

    private static Call map(ResultSet rs, int row) throws SQLException {
        return new Call(
                rs.getString("id"),
                rs.getString("room_id"),
                rs.getString("space_id"),
                rs.getString("room_type"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("last_activity_at", OffsetDateTime.class));
    }
}
