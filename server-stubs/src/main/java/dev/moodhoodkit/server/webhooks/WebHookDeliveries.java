package dev.moodhoodkit.server.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of webhook events (webhook_deliveries). A row is written in the transaction of
 * the change that caused the event, so an event exists if and only if its change does; the
 * dispatcher delivers the pending rows.
 */
@Repository
class WebHookDeliveries {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    /** A delivery this instance has claimed, with what an attempt needs. */
    record Claimed(
            String id, String spaceId, EventName event, String roomId, String recordId, int attempts, String claim) {}

    record Delivery(
            String id,
            EventName event,
            String roomId,
            String recordId,
            String state,
            int attempts,
            Integer lastStatus,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime lastAttemptAt) {}

    /** The column's size, and the spec's maxLength of lastError. */
    private static final int LAST_ERROR_MAX = 1024;

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
                .params(id, spaceId, event.wireName(), roomId, recordId, PENDING, at, at)
                .update();
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code lease}: no other claim takes them until
     * it expires. One short transaction, committed before anything is sent:
     * <ol>
     *   <li>{@code SELECT ... FOR UPDATE SKIP LOCKED} picks due, unclaimed rows and locks them;
     *       on PostgreSQL concurrent claimers skip each other's rows instead of queueing behind
     *       them, so instances share the work;</li>
     *   <li>a conditional {@code UPDATE ... WHERE claimed_until IS NULL OR claimed_until < now}
     *       per row stamps the lease and a claim token. This is what makes the claim exclusive,
     *       on any database: a second claimer of the same row waits for the first one's row
     *       lock, then re-reads the committed row, finds the lease and updates nothing. H2 (the
     *       embedded default, one instance) accepts SKIP LOCKED but applies it after LIMIT, so
     *       there it only lowers contention; the UPDATE keeps it correct.</li>
     * </ol>
     * Delivering happens after the commit, holding no transaction or lock during the HTTP call;
     * the outcome is written only where the claim token still matches ({@link #recordAttempt}).
     * A crashed instance's claims expire and other instances (or this one restarted) take them.
     */
    @Transactional
    List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil, String claim) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Claimed> due = jdbc.sql("""
                SELECT id, space_id, event_name, room_id, record_id, attempts FROM webhook_deliveries
                WHERE state = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY next_attempt_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED""")
                .params(PENDING, at, at, limit)
                .query((rs, n) -> new Claimed(
                        rs.getString("id"),
                        rs.getString("space_id"),
                        EventName.fromWireName(rs.getString("event_name")),
                        rs.getString("room_id"),
                        rs.getString("record_id"),
                        rs.getInt("attempts"),
                        claim))
                .list();
        OffsetDateTime until = leaseUntil.atOffset(ZoneOffset.UTC);
        List<Claimed> claimed = new ArrayList<>();
        for (Claimed delivery : due) {
            int updated = jdbc.sql("""
                    UPDATE webhook_deliveries SET claimed_until = ?, claim_token = ?
                    WHERE id = ? AND state = ? AND (claimed_until IS NULL OR claimed_until < ?)""")
                    .params(until, claim, delivery.id(), PENDING, at)
                    .update();
            if (updated == 1) {
                claimed.add(delivery);
            }
        }
        return claimed;
    }

    /**
     * Writes the outcome of attempt number {@code attempts} and releases the claim: the state
     * becomes {@code newState}; a delivery still pending is due again at {@code nextAttemptAt}.
     * False when the claim is no longer this one's (it expired and another instance took the
     * row): then nothing is written.
     */
    boolean recordAttempt(
            Claimed delivery,
            String newState,
            int attempts,
            Integer status,
            String error,
            Instant attemptedAt,
            Instant nextAttemptAt) {
        return jdbc.sql("""
                UPDATE webhook_deliveries
                SET state = ?, attempts = ?, last_status = ?, last_error = ?, last_attempt_at = ?,
                    next_attempt_at = ?, claimed_until = NULL, claim_token = NULL
                WHERE id = ? AND claim_token = ? AND state = ?""")
                        .params(
                                newState,
                                attempts,
                                status,
                                truncate(error),
                                attemptedAt.atOffset(ZoneOffset.UTC),
                                nextAttemptAt.atOffset(ZoneOffset.UTC),
                                delivery.id(),
                                delivery.claim(),
                                PENDING)
                        .update()
                == 1;
    }

    /** Gives the delivery up without an attempt (its webhook is gone or off). */
    boolean abandon(Claimed delivery, String reason) {
        return jdbc.sql("""
                UPDATE webhook_deliveries SET state = ?, last_error = ?, claimed_until = NULL, claim_token = NULL
                WHERE id = ? AND claim_token = ? AND state = ?""")
                        .params(FAILED, truncate(reason), delivery.id(), delivery.claim(), PENDING)
                        .update()
                == 1;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= LAST_ERROR_MAX ? error : error.substring(0, LAST_ERROR_MAX - 1) + "…";
    }

    /** The space's deliveries, newest first. */
    List<Delivery> list(String spaceId, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, event_name, room_id, record_id, state, attempts, last_status, last_error, created_at,
                    last_attempt_at
                FROM webhook_deliveries WHERE space_id = ?
                ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(spaceId, limit, offset)
                .query(WebHookDeliveries::map)
                .list();
    }

    long count(String spaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE space_id = ?")
                .param(spaceId)
                .query(Long.class)
                .single();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Delivery(
                rs.getString("id"),
                EventName.fromWireName(rs.getString("event_name")),
                rs.getString("room_id"),
                rs.getString("record_id"),
                rs.getString("state"),
                rs.getInt("attempts"),
                lastStatus,
                rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_attempt_at", OffsetDateTime.class));
    }
}
