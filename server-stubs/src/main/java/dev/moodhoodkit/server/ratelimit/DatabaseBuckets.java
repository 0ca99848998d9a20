package dev.moodhoodkit.server.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets in the {@code rate_limit_buckets} table (Flyway migration V13_1), through Bucket4j's
 * PostgreSQL backend: each consumption is one short {@code SELECT ... FOR UPDATE} transaction, so
 * every instance on the database counts against the same bucket. A row expires once its bucket
 * would be full again, and {@link #prune} deletes expired rows.
 */
final class DatabaseBuckets implements Buckets {

    private static final int PRUNE_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

    DatabaseBuckets(DataSource dataSource) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return proxies.builder().build(key, () -> configuration);
    }

    @Override
    public int prune() {
        int removed = 0;
        int batch;
        do {
            batch = proxies.removeExpired(PRUNE_BATCH);
            removed += batch;
        } while (batch == PRUNE_BATCH);
        return removed;
    }
}
