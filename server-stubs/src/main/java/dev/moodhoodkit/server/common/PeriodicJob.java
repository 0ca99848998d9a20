package dev.moodhoodkit.server.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work a server instance repeats in the background (webhook delivery, ending idle calls), on a
 * thread of its own, with a fixed pause between runs. It starts once the context is ready and
 * stops first when the context closes (the highest lifecycle phase), while the database is still
 * there, so a stopped server leaves its rows in a state the next one resumes from. A run that
 * throws is logged and the next one happens all the same (a plain scheduled executor would
 * silently cancel the job), so a database that is briefly unreachable only delays the work.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration pause;
    private final boolean enabled;
    private volatile ScheduledExecutorService timer;

    protected PeriodicJob(String name, Duration pause, boolean enabled) {
        if (pause == null || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException(name + ": the pause between runs must be positive, not " + pause);
        }
        this.name = name;
        this.pause = pause;
        this.enabled = enabled;
    }

    /** One run; called on the job's thread, never concurrently with itself. */
    protected abstract void runOnce();

    /** Called when the job stops, after its last run: finish or hand back work in progress. */
    protected void afterStop() {}

    @Override
    public synchronized void start() {
        if (!enabled || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runLogged, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{} started: a run every {} ms", name, pause.toMillis());
    }

    private void runLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("{} failed this time and runs again in {} ms: {}", name, pause.toMillis(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = timer;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
        afterStop();
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Stops before everything else (the web server, the connection pool) and starts after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
