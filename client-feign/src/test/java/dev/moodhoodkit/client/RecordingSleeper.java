package dev.moodhoodkit.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes every wait between retries instead of waiting, so retry tests run fast and can check the waits. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
