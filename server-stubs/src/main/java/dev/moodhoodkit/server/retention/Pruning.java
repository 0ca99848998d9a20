package dev.moodhoodkit.server.retention;

import dev.moodhoodkit.server.common.PeriodicJob;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes, in batches, refresh tokens past their expiry (a token request writes one row; once
 * expired, the JWT itself is refused, so its row guards nothing) and finished webhook deliveries
 * older than {@code moodhood.retention.delivery-log-age}. Deleting is idempotent, so several
 * instances may prune at once.
 */
@Component
class Pruning extends PeriodicJob {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RetentionProperties properties;

    Pruning(JdbcClient jdbc, Clock clock, RetentionProperties properties) {
        super("retention-pruning", properties.interval(), properties.enabled());
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected void runOnce() {
        prune();
    }

    /** One pass; how many rows went. */
    int prune() {
        Instant now = clock.instant();
        int removed = inBatches("""
                DELETE FROM refresh_tokens WHERE jti IN
                    (SELECT jti FROM refresh_tokens WHERE expires_at < ? LIMIT %d)""".formatted(BATCH), now);
        removed += inBatches("""
                DELETE FROM webhook_deliveries WHERE id IN
                    (SELECT id FROM webhook_deliveries WHERE state IN ('delivered', 'failed') AND created_at < ? LIMIT %d)""".formatted(BATCH), now.minus(properties.deliveryLogAge()));
        return removed;
    }

    private int inBatches(String sql, Instant before) {
        int total = 0;
        int batch;
        do {
            batch = jdbc.sql(sql).param(before.atOffset(ZoneOffset.UTC)).update();
            total += batch;
        } while (batch == BATCH);
        return total;
    }
}
