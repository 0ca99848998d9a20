package dev.moodhoodkit.server.ratelimit;

import dev.moodhoodkit.server.common.PeriodicJob;
import java.time.Duration;

/** Forgets full buckets every minute, so the buckets of one-off callers do not pile up. */
final class BucketPruning extends PeriodicJob {

    private final Buckets buckets;

    BucketPruning(Buckets buckets, Duration pause) {
        super("rate-limit-pruning", pause, true);
        this.buckets = buckets;
    }

    @Override
    protected void runOnce() {
        buckets.prune();
    }
}
