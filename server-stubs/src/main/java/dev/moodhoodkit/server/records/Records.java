package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.common.Rows;
import dev.moodhoodkit.server.common.Where;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recordings of calls (the records table). */
@Repository
class Records {

    /** A recording in progress, or how it ended. */
    enum State {
        RECORDING,
        FINISHED,
        FAILED
    }

    record RecordRow(
            String id,
            String roomId,
            String spaceId,
            String callId,
            String name,
            long fileSize,
            State state,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    private static final String COLUMNS = Rows.columns(RecordRow.class, "r");
    private static final RowMapper<RecordRow> ROW = Rows.of(RecordRow.class);

    private final JdbcClient jdbc;

    Records(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRecording(String id, String roomId, String spaceId, String callId, String name, Instant now) {
        OffsetDateTime at = (OffsetDateTime) Rows.stored(now);
        RecordRow recording = new RecordRow(id, roomId, spaceId, callId, name, 0, State.RECORDING, at, at, null);
        jdbc.sql(Rows.insert("records", RecordRow.class))
                .params(Rows.params(recording))
                .update();
    }

    Optional<RecordRow> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM records r WHERE r.id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /** The room's recording in progress, if any (at most one: starting one locks the room). */
    Optional<RecordRow> findRecording(String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM records r WHERE r.room_id = ? AND r.state = ?")
                .params(roomId, Rows.stored(State.RECORDING))
                .query(ROW)
                .optional();
    }

    /** Ends a recording as {@code FINISHED}, or {@code FAILED} when it could not be completed, with whatever file there is. */
    void end(String id, State state, long fileSize, Instant now) {
        jdbc.sql("UPDATE records SET state = ?, file_size = ?, finished_at = ? WHERE id = ? AND state = ?")
                .params(Rows.stored(state), fileSize, Rows.stored(now), id, Rows.stored(State.RECORDING))
                .update();
    }

    /** A room's records created in [from, to), newest first; null bounds are open. */
    List<RecordRow> list(String roomId, OffsetDateTime from, OffsetDateTime to, int limit, int offset) {
        return filter(roomId, from, to)
                .page(
                        jdbc,
                        "SELECT " + COLUMNS + " FROM records r",
                        "r.created_at DESC, r.id DESC",
                        limit,
                        offset,
                        ROW);
    }

    long count(String roomId, OffsetDateTime from, OffsetDateTime to) {
        return filter(roomId, from, to).count(jdbc, "FROM records r");
    }

    private static Where filter(String roomId, OffsetDateTime from, OffsetDateTime to) {
        return Where.of("r.room_id = ?", roomId)
                .and(from != null, "r.created_at >= ?", from == null ? null : from.toInstant())
                .and(to != null, "r.created_at < ?", to == null ? null : to.toInstant());
    }
}
