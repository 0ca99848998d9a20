package dev.moodhoodkit.bench.failures;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodhoodkit.bench.http.Api;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kill -9 run. {@code write}: threads create spaces for {@code seconds}, each named
 * uniquely; an id is written to the acknowledged file (flushed at once) only after its 201
 * arrived, and a request that was sent but got no answer (the server died under it) to the
 * in-doubt file. {@code verify}, after the restart: every acknowledged id must be readable, and
 * it counts how many in-doubt writes were committed anyway (either outcome is correct for those).
 *
 * <p>Usage: {@code AcknowledgedWrites write <baseUrl> <token> <dir> <threads> <seconds>} and
 * {@code AcknowledgedWrites verify <baseUrl> <token> <dir>}
 */
public final class AcknowledgedWrites {

    private AcknowledgedWrites() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 6 && args[0].equals("write")) {
            write(
                    new Api(args[1], Duration.ofSeconds(10)),
                    args[2],
                    Path.of(args[3]),
                    Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
        } else if (args.length >= 4 && args[0].equals("verify")) {
            System.exit(verify(new Api(args[1], Duration.ofSeconds(30)), args[2], Path.of(args[3])) ? 0 : 1);
        } else {
            System.err.println("usage: AcknowledgedWrites write <baseUrl> <token> <dir> <threads> <seconds>"
                    + " | verify <baseUrl> <token> <dir>");
            System.exit(2);
        }
    }

    private static void write(Api api, String token, Path dir, int threads, int seconds) throws Exception {
        Files.createDirectories(dir);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong inDoubt = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (BufferedWriter acked = Files.newBufferedWriter(dir.resolve("acknowledged.txt"), StandardCharsets.UTF_8);
                BufferedWriter doubtful =
                        Files.newBufferedWriter(dir.resolve("in-doubt.txt"), StandardCharsets.UTF_8)) {
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                int worker = t;
                workers[t] = new Thread(() -> {
                    long seq = 0;
                    while (System.nanoTime() < end) {
                        String name = "kill-" + worker + "-" + seq++;
                        try {
                            Api.Answer answer =
                                    api.send("POST", "/v1/spaces", token, new CreateSpaceRequest().name(name));
                            if (answer.status() == 201) {
                                String id = api.json()
                                        .readTree(answer.body())
                                        .get("id")
                                        .asText();
                                line(acked, id + " " + name);
                                acknowledged.incrementAndGet();
                            } else {
                                rejected.incrementAndGet();
                                pause();
                            }
                        } catch (ConnectException | HttpConnectTimeoutException e) {
                            refused.incrementAndGet(); // never reached the server
                            pause();
                        } catch (IOException e) {
                            line(doubtful, name);
                            inDoubt.incrementAndGet();
                            pause();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.printf(
                "writes: acknowledged=%d in-doubt=%d refused=%d answered-not-201=%d%n",
                acknowledged.get(), inDoubt.get(), refused.get(), rejected.get());
    }

    private static void line(BufferedWriter out, String line) {
        synchronized (out) {
            try {
                out.write(line);
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean verify(Api api, String token, Path dir) throws Exception {
        List<String> acked = Files.readAllLines(dir.resolve("acknowledged.txt"));
        List<String> doubtful = Files.readAllLines(dir.resolve("in-doubt.txt"));
        long present = 0;
        long missing = 0;
        for (String line : acked) {
            String id = line.substring(0, line.indexOf(' '));
            int status = api.send("GET", "/v1/spaces/" + id, token, null).status();
            if (status == 200) {
                present++;
            } else {
                missing++;
                System.out.println("MISSING acknowledged write: " + line + " (GET answered " + status + ")");
            }
        }
        Set<String> names = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = api.expectOk("GET", "/v1/spaces?limit=100&offset=" + offset, token, null);
            page.get("items").forEach(item -> names.add(item.get("name").asText()));
            if (offset + 100 >= page.get("total").asInt()) {
                break;
            }
        }
        long doubtfulCommitted = doubtful.stream().filter(names::contains).count();
        System.out.printf(
                "after restart: acknowledged=%d present=%d missing=%d; in-doubt=%d of which committed=%d%n",
                acked.size(), present, missing, doubtful.size(), doubtfulCommitted);
        return missing == 0;
    }
}
