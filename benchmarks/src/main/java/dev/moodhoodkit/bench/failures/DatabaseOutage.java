package dev.moodhoodkit.bench.failures;

import dev.moodhoodkit.bench.http.Api;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The database restart run. Threads alternate a read (GET a room) and a write (create a space)
 * against a server on PostgreSQL for {@code seconds}; at {@code outageAt} seconds the stop
 * command runs, {@code downFor} seconds later the start command. Every outcome is kept with its
 * time and counted by phase: before the stop, while the database is down, after it is back.
 * The server must come back by itself: after the restart, calls succeed again with no action on it.
 *
 * <p>Usage: {@code DatabaseOutage <baseUrl> <token> <roomPath> <threads> <seconds> <outageAt>
 * <downFor> <stopCommand> <startCommand>}
 */
public final class DatabaseOutage {

    /** One call's end: when (ms since start), read or write, and the status or the exception. */
    record Outcome(long atMillis, String kind, String result, boolean retryAfter, long millis) {}

    private DatabaseOutage() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: DatabaseOutage <baseUrl> <token> <roomPath> <threads> <seconds> <outageAt>"
                    + " <downFor> <stopCommand> <startCommand>");
            System.exit(2);
        }
        // Longer than the server's wait for a pooled connection, so its own answer is seen.
        Api api = new Api(args[0], Duration.ofSeconds(60));
        String token = args[1];
        String roomPath = args[2];
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long outageAt = Long.parseLong(args[5]);
        long downFor = Long.parseLong(args[6]);

        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    boolean write = (n++ + worker) % 2 == 0;
                    long sent = System.nanoTime();
                    String result;
                    boolean retryAfter = false;
                    try {
                        Api.Answer answer = write
                                ? api.send(
                                        "POST",
                                        "/v1/spaces",
                                        token,
                                        new CreateSpaceRequest().name("outage " + worker + "-" + n))
                                : api.send("GET", roomPath, token, null);
                        result = Integer.toString(answer.status());
                        retryAfter = answer.retryAfter() != null;
                    } catch (IOException e) {
                        result = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long done = System.nanoTime();
                    outcomes.add(new Outcome(
                            (done - start) / 1_000_000,
                            write ? "write" : "read",
                            result,
                            retryAfter,
                            (done - sent) / 1_000_000));
                    if (!result.startsWith("2")) {
                        sleep(100); // as a client honouring Retry-After: 1 would, but less patient
                    }
                }
            });
            thread.start();
            workers.add(thread);
        }

        sleep(outageAt * 1000);
        long stopAt = (System.nanoTime() - start) / 1_000_000;
        run(args[7]);
        long stopped = (System.nanoTime() - start) / 1_000_000;
        sleep(downFor * 1000);
        long startAt = (System.nanoTime() - start) / 1_000_000;
        run(args[8]);
        long upAt = (System.nanoTime() - start) / 1_000_000;
        for (Thread worker : workers) {
            worker.join();
        }

        System.out.printf(
                "database: stop issued at %.1f s (down at %.1f s), start issued at %.1f s, accepting at %.1f s%n",
                stopAt / 1000.0, stopped / 1000.0, startAt / 1000.0, upAt / 1000.0);
        Map<String, Map<String, Integer>> byPhase = new TreeMap<>();
        long firstSuccessAfterUp = -1;
        long lastFailure = -1;
        int retryAfterMissing = 0;
        for (Outcome o : outcomes) {
            String phase = o.atMillis() < stopAt ? "1 before" : o.atMillis() < upAt ? "2 outage" : "3 after";
            byPhase.computeIfAbsent(phase, p -> new TreeMap<>()).merge(o.kind() + " " + o.result(), 1, Integer::sum);
            boolean success = o.result().startsWith("2");
            if (success && o.atMillis() >= upAt && (firstSuccessAfterUp < 0 || o.atMillis() < firstSuccessAfterUp)) {
                firstSuccessAfterUp = o.atMillis();
            }
            if (!success) {
                lastFailure = Math.max(lastFailure, o.atMillis());
            }
            if (o.result().equals("503") && !o.retryAfter()) {
                retryAfterMissing++;
            }
        }
        byPhase.forEach((phase, counts) -> System.out.println("  " + phase.substring(2) + ": " + counts));
        long afterFailures = outcomes.stream()
                .filter(o -> o.atMillis() >= upAt && !o.result().startsWith("2"))
                .count();
        long afterTotal = outcomes.stream().filter(o -> o.atMillis() >= upAt).count();
        long maxOutageLatency = outcomes.stream()
                .filter(o -> o.atMillis() >= stopAt && o.atMillis() < upAt + 5000)
                .mapToLong(Outcome::millis)
                .max()
                .orElse(0);
        System.out.printf(
                "outage: first success %.1f s after the database accepted again; last failure at %.1f s;"
                        + " failures after it was back: %d of %d; 503 without Retry-After: %d; slowest call around the outage: %d ms%n",
                firstSuccessAfterUp < 0 ? Double.NaN : (firstSuccessAfterUp - upAt) / 1000.0,
                lastFailure / 1000.0,
                afterFailures,
                afterTotal,
                retryAfterMissing,
                maxOutageLatency);
        boolean recovered = firstSuccessAfterUp >= 0
                && outcomes.stream()
                        .filter(o -> o.atMillis() >= upAt + 5000)
                        .allMatch(o -> o.result().startsWith("2"));
        System.out.println("recovered without a restart: " + (recovered ? "yes" : "NO"));
        System.exit(recovered ? 0 : 1);
    }

    private static void run(String command) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
        if (exit != 0) {
            System.err.println("command failed (" + exit + "): " + command);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
