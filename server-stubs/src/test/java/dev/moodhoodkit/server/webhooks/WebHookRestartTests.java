package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A delivery interrupted by a restart goes on: a server makes the first attempt, which the
 * receiver refuses, and is shut down before the second; a new server on the same database makes
 * the second attempt. On the H2 build an H2 file database (the embedded default's kind), on the
 * PostgreSQL build a schema of its own.
 */
@ExtendWith(DatabaseAvailable.class)
class WebHookRestartTests {

    /** The first server's pause after the first attempt: long enough to be shut down within it. */
    private static final String FIRST_SERVER_BACKOFF = "3s,100ms";

    @TempDir
    Path dataDir;

    private Map<String, Object> database;
    private String schema;
    private WebhookReceiver receiver;

    @BeforeEach
    void chooseDatabase() {
        if (TestDatabase.postgres()) {
            schema = "hookrestart_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            database = TestDatabase.shared(schema);
        } else {
            database = TestDatabase.h2File(dataDir);
        }
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void cleanUp() {
        receiver.close();
        if (schema != null) {
            TestDatabase.drop(schema);
        }
    }

    @Test
    void aDeliveryBetweenAttemptsWhenTheServerStopsIsDeliveredByTheNextServer() {
        receiver.answer(call -> call.number() == 1 ? 500 : call.valid() ? 200 : 400);
        DeliveringServers.Space space;
        try (ServerInstance first = DeliveringServers.start(database, FIRST_SERVER_BACKOFF)) {
            assertThat(first.runsOn(database)).isTrue();
            space = DeliveringServers.space(first, receiver);
            String room = DeliveringServers.room(first.api(), space, "Lesson");
            DeliveringServers.join(first.api(), space, room);

            receiver.awaitCount(1);
            Eventually.await(
                    "the first attempt written",
                    () -> DeliveringServers.deliveries(first.api(), space),
                    list -> list.size() == 1 && list.get(0).get("attempts").asInt() == 1);
        }
        // The first server is gone, between the two attempts.
        assertThat(receiver.calls()).hasSize(1);

        try (ServerInstance second = DeliveringServers.start(database, "100ms,100ms")) {
            List<JsonNode> log = Eventually.await(
                    "the delivery finished by the second server",
                    () -> DeliveringServers.deliveries(second.api(), space),
                    list -> list.size() == 1
                            && !list.get(0).get("state").asString().equals("pending"));

            JsonNode delivery = log.get(0);
            assertThat(delivery.get("state").asString()).isEqualTo("delivered");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).hasSize(2).allMatch(WebhookReceiver.Call::valid);
            assertThat(calls.get(1).raw()).isEqualTo(calls.get(0).raw());
            assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                    .as("the second attempt waited for the first server's pause")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void eventsQueuedWhileNoServerDeliversAreDeliveredAfterARestart() {
        DeliveringServers.Space space;
        Map<String, Object> quiet = new java.util.LinkedHashMap<>(database);
        quiet.put("moodhood.webhooks.delivery.enabled", "false");
        try (ServerInstance first = DeliveringServers.start(quiet, "100ms,100ms")) {
            space = DeliveringServers.space(first, receiver);
            String room = DeliveringServers.room(first.api(), space, "Lesson");
            String participant = DeliveringServers.join(first.api(), space, room);
            DeliveringServers.leave(first.api(), space, room, participant);
            assertThat(DeliveringServers.deliveries(first.api(), space))
                    .hasSize(2)
                    .allMatch(d -> d.get("state").asString().equals("pending")
                            && d.get("attempts").asInt() == 0);
        }
        assertThat(receiver.calls()).isEmpty();

        try (ServerInstance second = DeliveringServers.start(database, "100ms,100ms")) {
            Eventually.await(
                    "both events delivered",
                    () -> DeliveringServers.deliveries(second.api(), space),
                    list -> list.stream()
                            .allMatch(d -> d.get("state").asString().equals("delivered")));
        }
        assertThat(receiver.calls()).hasSize(2).allMatch(WebhookReceiver.Call::valid);
    }
}
