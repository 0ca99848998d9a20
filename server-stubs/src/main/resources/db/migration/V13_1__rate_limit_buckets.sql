-- Rate-limit buckets shared by every instance (ratelimit.DatabaseBuckets, Bucket4j's PostgreSQL
-- backend): the key, Bucket4j's serialized state, and when the row may be deleted (epoch ms).
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(100) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
