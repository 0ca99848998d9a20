package dev.moodhoodkit.server.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where the buckets live: this process's memory, or a table every instance shares. */
interface Buckets {

    Bucket bucket(String key, BucketConfiguration configuration);

    /** Forgets buckets that are full again (they limit nobody); how many went. */
    int prune();
}
