package dev.moodhoodkit.server.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real webhook receiver for the tests: the JDK's HTTP server on 127.0.0.1 and a random port.
 * It checks every call's signature as a JavaScript receiver does ({@link JavaScriptReceiverCheck},
 * with the secret it holds at that moment), records the call, and answers what the test's
 * {@link Behaviour} says: by default 200 for a valid signature and 400 (rejected, so retried)
 * for an invalid one.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/moodhood/events";

    /** One call received. {@code number} counts from 1. */
    record Call(
            int number,
            String raw,
            String contentType,
            String userAgent,
            Instant at,
            String secret,
            JavaScriptReceiverCheck.Verdict verdict) {

        boolean valid() {
            return verdict.valid();
        }
    }

    /** What to answer to a call; may take its time, or act on the server, before answering. */
    @FunctionalInterface
    interface Behaviour {
        int answer(Call call) throws Exception;
    }

    static final Behaviour ACCEPT_VALID = call -> call.valid() ? 200 : 400;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Call> calls = new ArrayList<>();
    private volatile String secret;
    private volatile Behaviour behaviour = ACCEPT_VALID;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port() + PATH;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The secret calls are checked with from now on. */
    WebhookReceiver secret(String secret) {
        this.secret = secret;
        return this;
    }

    WebhookReceiver answer(Behaviour behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls once {@code done} accepts them (waiting up to {@link Eventually#DEFAULT}). */
    List<Call> await(String what, Predicate<List<Call>> done) {
        return Eventually.await(what, this::calls, done);
    }

    List<Call> awaitCount(int count) {
        return await(count + " webhook calls", list -> list.size() >= count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream body = exchange.getRequestBody()) {
            String raw = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            String key = secret;
            JavaScriptReceiverCheck.Verdict verdict = key == null
                    ? new JavaScriptReceiverCheck.Verdict(false, null, null, "the receiver has no secret")
                    : JavaScriptReceiverCheck.get().check(raw, key);
            Call call;
            synchronized (this) {
                call = new Call(
                        calls.size() + 1,
                        raw,
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("User-Agent"),
                        Instant.now(),
                        key,
                        verdict);
                calls.add(call);
            }
            int status;
            try {
                status = exchange.getRequestMethod().equals("POST") ? behaviour.answer(call) : 405;
            } catch (Exception e) {
                status = 500;
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** Stops answering: connections are refused from now on. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
