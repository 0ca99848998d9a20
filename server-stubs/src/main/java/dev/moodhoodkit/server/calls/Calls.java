package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.authz.RoomType;
import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
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
    public record LockedRoom(String id, String spaceId, RoomType type) {}

    /** @param lastActivityAt the call's start or its last join or leave */
    public record Call(
            String id,
            String roomId,
            String spaceId,
            RoomType roomType,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            OffsetDateTime lastActivityAt) {}

    private static final String COLUMNS = Rows.columns(Call.class, "c");
    private static final RowMapper<Call> ROW = Rows.of(Call.class);
    private static final String INSERT = Rows.insert("calls", Call.class);

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the room's row until the transaction ends (SELECT ... FOR UPDATE); empty if it is gone. */
    public Optional<LockedRoom> lockRoom(String spaceId, String roomId) {
        return jdbc.sql("SELECT " + Rows.columns(LockedRoom.class, "r")
                        + " FROM rooms r WHERE r.id = ? AND r.space_id = ? FOR UPDATE")
                .params(roomId, spaceId)
                .query(Rows.of(LockedRoom.class))
                .optional();
    }

    /** The room's call that is going on, if any. */
    public Optional<Call> findOpen(String roomId) {
        return where("c.room_id = ? AND c.finished_at IS NULL", roomId).stream().findFirst();
    }

    Optional<Call> find(String id) {
        return where("c.id = ?", id).stream().findFirst();
    }

    /** Open calls with no join or leave since {@code before}, longest idle first. */
    List<Call> findIdle(Instant before, int limit) {
        return where(
                "c.finished_at IS NULL AND c.last_activity_at < ? ORDER BY c.last_activity_at, c.id LIMIT ?",
                Rows.stored(before),
                limit);
    }

    void insert(String id, LockedRoom room, Instant now) {
        OffsetDateTime at = (OffsetDateTime) Rows.stored(now);
        jdbc.sql(INSERT)
                .params(Rows.params(new Call(id, room.id(), room.spaceId(), room.type(), at, null, at)))
                .update();
        jdbc.sql("UPDATE rooms SET last_call_at = ? WHERE id = ?")
                .params(at, room.id())
                .update();
    }

    void touch(String callId, Instant now) {
        jdbc.sql("UPDATE calls SET last_activity_at = ? WHERE id = ?")
                .params(Rows.stored(now), callId)
                .update();
    }

    void finish(String callId, Instant now) {
        Object at = Rows.stored(now);
        jdbc.sql("UPDATE calls SET finished_at = ?, last_activity_at = ? WHERE id = ? AND finished_at IS NULL")
                .params(at, at, callId)
                .update();
    }

    private List<Call> where(String condition, Object... params) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls c WHERE " + condition)
                .params(params)
                .query(ROW)
                .list();
    }
}
