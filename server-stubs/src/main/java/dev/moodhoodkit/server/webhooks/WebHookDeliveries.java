package dev.moodhoodkit.server.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of webhook events (webhook_deliveries). A row is written in the transaction of
 * the change that caused the event, so an event exists if and only if its change does; the
 * dispatcher delivers the pending rows.
 */
@Repository
class WebHookDeliveries {

    static final String PENDING = "pending";

    record Delivery(String id, EventName event, String roomId, String recordId, String state, int attempts,
            Integer lastStatus, String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt) {
    }

    private final JdbcClient jdbc;

    WebHookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending delivery, due at once. */
    void insertPending(String id, String spaceId, EventName event, String roomId, String recordId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, space_id, event_name, room_id, record_id, state, attempts,
                    created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, spaceId, event.wireName(), roomId, recordId, PENDING, at, at).update();
    }

    /** The space's deliveries, newest first. */
    List<Delivery> list(String spaceId, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, event_name, room_id, record_id, state, attempts, last_status, last_error, created_at,
                    last_attempt_at
                FROM webhook_deliveries WHERE space_id = ?
                ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(spaceId, limit, offset).query(WebHookDeliveries::map).list();
    }

    long count(String spaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE space_id = ?").param(spaceId)
                .query(Long.class).single();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Delivery(rs.getString("id"), EventName.fromWireName(rs.getString("event_name")),
                rs.getString("room_id"), rs.getString("record_id"), rs.getString("state"), rs.getInt("attempts"),
                lastStatus, rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_attempt_at", OffsetDateTime.class));
    }
}
