package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Two server instances deliver from one outbox on one PostgreSQL, both polling every 20 ms with
 * four senders each, while events are made on both: every event reaches the receiver exactly
 * once, at the first attempt. PostgreSQL only: its row locks and {@code SKIP LOCKED} are what
 * instances share in production; the H2 build reports the test skipped.
 */
@ExtendWith(DatabaseAvailable.class)
class WebHookTwoInstanceTests {

    private static final int ROOMS = 30;

    private String schema;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(
                TestDatabase.postgres(),
                "two instances sharing the outbox need PostgreSQL: run the server tests' postgres execution (.ci/run)");
        schema = "hooktwo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void cleanUp() {
        if (receiver != null) {
            receiver.close();
        }
        if (schema != null) {
            TestDatabase.drop(schema);
        }
    }

    @Test
    void twoInstancesDeliverEachEventExactlyOnce() {
        Map<String, Object> database = TestDatabase.shared(schema);
        // One after the other: the second finds the schema migrated by the first.
        try (ServerInstance first = DeliveringServers.start(database, "100ms,100ms");
                ServerInstance second = DeliveringServers.start(database, "100ms,100ms")) {
            assertThat(first.runsOn(database) && second.runsOn(database)).isTrue();
            DeliveringServers.Space space = DeliveringServers.space(first, receiver);
            Function<Integer, Api> on = i -> (i % 2 == 0 ? first : second).api();

            // Each room's call starts, is recorded and ends, alternately through either instance,
            // while both deliver: 4 events per room, each one of a kind (event, room, record).
            List<String> rooms = IntStream.range(0, ROOMS)
                    .parallel()
                    .mapToObj(i -> DeliveringServers.room(on.apply(i), space, "Lesson " + i))
                    .toList();
            IntStream.range(0, ROOMS).parallel().forEach(i -> {
                Api api = on.apply(i);
                Api other = on.apply(i + 1);
                String room = rooms.get(i);
                String participant = DeliveringServers.join(api, space, room);
                String path = "/v1/spaces/" + space.id() + "/rooms/" + room + "/records/";
                other.post(path + "start", space.owner().token(), null).assertStatus(201);
                api.post(path + "stop", space.owner().token(), null).assertStatus(200);
                DeliveringServers.leave(other, space, room, participant);
            });
            int events = ROOMS * 4;

            List<JsonNode> log = Eventually.await(
                    events + " deliveries delivered",
                    Duration.ofSeconds(60),
                    () -> allDeliveries(first.api(), space),
                    list -> list.size() == events
                            && list.stream()
                                    .allMatch(d -> d.get("state").asString().equals("delivered")));

            assertThat(log).allMatch(d -> d.get("attempts").asInt() == 1, "one attempt each");
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).allMatch(WebhookReceiver.Call::valid);
            Map<String, Long> perEvent = calls.stream()
                    .collect(Collectors.groupingBy(call -> call.verdict().stringified(), Collectors.counting()));
            assertThat(perEvent).hasSize(events);
            assertThat(perEvent.values()).as("calls per event").containsOnly(1L);
            assertThat(calls).hasSize(events);
        }
    }

    /** Every delivery of the space, a page of 100 at a time. */
    private static List<JsonNode> allDeliveries(Api api, DeliveringServers.Space space) {
        List<JsonNode> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = api.get(
                            "/v1/spaces/" + space.id() + "/webhook/deliveries?limit=100&offset=" + offset,
                            space.owner().token())
                    .assertStatus(200)
                    .body();
            page.get("items").forEach(all::add);
            if (all.size() >= page.get("total").asInt() || page.get("items").isEmpty()) {
                return all;
            }
        }
    }
}
