package dev.moodhoodkit.server.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition by looking again every 20 ms, up to a time limit: no fixed sleeps. */
final class Eventually {

    static final Duration DEFAULT = Duration.ofSeconds(20);

    private Eventually() {}

    /** The first value of {@code probe} that {@code done} accepts; fails with the last value after {@code limit}. */
    static <T> T await(String what, Duration limit, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(limit);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + limit.toMillis() + " ms for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            value = probe.get();
        }
        return value;
    }

    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        return await(what, DEFAULT, probe, done);
    }
}
