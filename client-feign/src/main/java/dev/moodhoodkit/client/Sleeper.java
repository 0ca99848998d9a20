package dev.moodhoodkit.client;

import java.time.Duration;

/**
 * Waits between retries. The default is {@link Thread#sleep}; tests give their own to run fast
 * and to see the waits.
 */
@FunctionalInterface
public interface Sleeper {

    /** The real one. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
