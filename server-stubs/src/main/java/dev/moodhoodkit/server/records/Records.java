package dev.moodhoodkit.server.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recordings of calls, and the room settings that govern them. */
@Repository
class Records {

    static final String RECORDING = "recording";
    static final String FINISHED = "finished";
    static final String FAILED = "failed";

    record RecordRow(
            String id,
            String roomId,
            String spaceId,
            String callId,
            String name,
            long fileSize,
            String state,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    /** What a room says about recording it. */
    record RoomSettings(String name, boolean recordAllowed, boolean autoRecording) {}

    private static final String COLUMNS =
            "id, room_id, space_id, call_id, name, file_size, state, created_at, started_at, finished_at";

    private final JdbcClient jdbc;

    Records(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoomSettings> roomSettings(String roomId) {
        return jdbc.sql("SELECT name, is_record_allowed, is_auto_recording_allowed FROM rooms WHERE id = ?")
                .param(roomId)
                .query((rs, n) -> new RoomSettings(
                        rs.getString("name"),
                        rs.getBoolean("is_record_allowed"),
                        rs.getBoolean("is_auto_recording_allowed")))
                .optional();
    }

    void insertRecording(String id, String roomId, String spaceId, String callId, String name, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO records (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, NULL)")
                .params(id, roomId, spaceId, callId, name, RECORDING, at, at)
                .update();
    }

    Optional<RecordRow> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM records WHERE id = ?")
                .param(id)
                .query(Records::map)
                .optional();
    }

    /** The room's recording in progress, if any (at most one: starting one locks the room). */
    Optional<RecordRow> findRecording(String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM records WHERE room_id = ? AND state = ?")
                .params(roomId, RECORDING)
                .query(Records::map)
                .optional();
    }

    void finish(String id, long fileSize, Instant now) {
        jdbc.sql("UPDATE records SET state = ?, file_size = ?, finished_at = ? WHERE id = ? AND state = ?")
                .params(FINISHED, fileSize, now.atOffset(ZoneOffset.UTC), id, RECORDING)
                .update();
    }

    /** A recording that could not be completed: failed, with whatever file there is. */
    void fail(String id, long fileSize, Instant now) {
        jdbc.sql("UPDATE records SET state = ?, file_size = ?, finished_at = ? WHERE id = ? AND state = ?")
                .params(FAILED, fileSize, now.atOffset(ZoneOffset.UTC), id, RECORDING)
                .update();
    }

    /** A room's records created in [from, to), newest first; null bounds are open. */
    List<RecordRow> list(String roomId, OffsetDateTime from, OffsetDateTime to, int limit, int offset) {
        Filter filter = filter(roomId, from, to);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM records" + filter.where()
                        + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(Records::map)
                .list();
    }

    long count(String roomId, OffsetDateTime from, OffsetDateTime to) {
        Filter filter = filter(roomId, from, to);
        return jdbc.sql("SELECT COUNT(*) FROM records" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private record Filter(String where, List<Object> params) {}

    private static Filter filter(String roomId, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder where = new StringBuilder(" WHERE room_id = ?");
        List<Object> params = new ArrayList<>(List.of(roomId));
        if (from != null) {
            where.append(" AND created_at >= ?");
            params.add(from.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND created_at < ?");
            params.add(to.withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Filter(where.toString(), params);
    }

    private static RecordRow map(ResultSet rs, int row) throws SQLException {
        return new RecordRow(
                rs.getString("id"),
                rs.getString("room_id"),
                rs.getString("space_id"),
                rs.getString("call_id"),
                rs.getString("name"),
                rs.getLong("file_size"),
                rs.getString("state"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
