package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /** Waiting for its (next) attempt, or how it ended. */
    enum State {
        PENDING,
        DELIVERED,
        FAILED
    }

    /** A delivery this instance has claimed, with what an attempt needs. */
    record Claimed(
            String id,
            String spaceId,
            EventName eventName,
            String roomId,
            String recordId,
            int attempts,
            String claim) {}

    record Delivery(
            String id,
            EventName eventName,
            String roomId,
            String recordId,
            State state,
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
        Object at = Rows.stored(now);
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, space_id, event_name, room_id, record_id, state, attempts,
                    created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, spaceId, Rows.stored(event), roomId, recordId, Rows.stored(State.PENDING), at, at)
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
        Object at = Rows.stored(now);
        List<Claimed> due = jdbc.sql("""
                SELECT id, space_id AS spaceId, event_name AS eventName, room_id AS roomId, record_id AS recordId,
                    attempts, CAST(? AS VARCHAR(24)) AS claim
                FROM webhook_deliveries
                WHERE state = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY next_attempt_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED""")
                .params(claim, Rows.stored(State.PENDING), at, at, limit)
                .query(Rows.of(Claimed.class))
                .list();
        Object until = Rows.stored(leaseUntil);
        List<Claimed> claimed = new ArrayList<>();
        for (Claimed delivery : due) {
            int updated = jdbc.sql("""
                    UPDATE webhook_deliveries SET claimed_until = ?, claim_token = ?
                    WHERE id = ? AND state = ? AND (claimed_until IS NULL OR claimed_until < ?)""")
                    .params(until, claim, delivery.id(), Rows.stored(State.PENDING), at)
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
            State newState,
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
                                Rows.stored(newState),
                                attempts,
                                status,
                                truncate(error),
                                Rows.stored(attemptedAt),
                                Rows.stored(nextAttemptAt),
                                delivery.id(),
                                delivery.claim(),
                                Rows.stored(State.PENDING))
                        .update()
                == 1;
    }

    /** Gives the delivery up without an attempt (its webhook is gone or off). */
    boolean abandon(Claimed delivery, String reason) {
        return jdbc.sql("""
                UPDATE webhook_deliveries SET state = ?, last_error = ?, claimed_until = NULL, claim_token = NULL
                WHERE id = ? AND claim_token = ? AND state = ?""")
                        .params(
                                Rows.stored(State.FAILED),
                                truncate(reason),
                                delivery.id(),
                                delivery.claim(),
                                Rows.stored(State.PENDING))
                        .update()
                == 1;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= LAST_ERROR_MAX ? error : error.substring(0, LAST_ERROR_MAX - 1) + "…";
    }

    /** The space's deliveries, newest first. */
    List<Delivery> list(String spaceId, int limit, int offset) {
        return jdbc.sql("SELECT " + Rows.columns(Delivery.class, "d") + " FROM webhook_deliveries d"
                        + " WHERE d.space_id = ? ORDER BY d.created_at DESC, d.id DESC LIMIT ? OFFSET ?")
                .params(spaceId, limit, offset)
                .query(Rows.of(Delivery.class))
                .list();
    }

    long count(String spaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE space_id = ?")
                .param(spaceId)
                .query(Long.class)
                .single();
    }
}
