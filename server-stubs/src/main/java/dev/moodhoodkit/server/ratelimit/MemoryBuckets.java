package dev.moodhoodkit.server.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this process (the embedded default: one instance). Bucket4j has no bounded local
 * registry in its core, so this map is pruned of full buckets on a schedule: a caller who sprays
 * random usernames leaves one entry each for no longer than the limit's period.
 */
final class MemoryBuckets implements Buckets {

    private record Entry(Bucket bucket, long capacity) {}

    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.computeIfAbsent(key, k -> {
                    LocalBucketBuilder builder = Bucket.builder();
                    long capacity = 0;
                    for (Bandwidth bandwidth : configuration.getBandwidths()) {
                        builder.addLimit(bandwidth);
                        capacity = Math.max(capacity, bandwidth.getCapacity());
                    }
                    return new Entry(builder.build(), capacity);
                })
                .bucket();
    }

    @Override
    public int prune() {
        int before = buckets.size();
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
        return before - buckets.size();
    }
}
