package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.MoodhoodServerApplication;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestClock;
import dev.moodhoodkit.server.testing.TestUser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Webhook delivery end to end: events made through the API reach a real HTTP receiver
 * ({@link WebhookReceiver}), which checks every signature as JavaScript computes it. This
 * server delivers fast (50 ms polls, 100 ms and 200 ms pauses between attempts, 1 s timeouts),
 * denies private addresses as a production server does, and allows 127.0.0.1, where the receiver
 * listens, by {@code allowed-hosts}. Restarts and two instances: {@link WebHookRestartTests},
 * {@link WebHookTwoInstanceTests}.
 */
@SpringBootTest(
        classes = {MoodhoodServerApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "moodhood.bootstrap.print=false",
            "moodhood.webhooks.delivery.poll-interval=50ms",
            "moodhood.webhooks.delivery.connect-timeout=1s",
            "moodhood.webhooks.delivery.read-timeout=1s",
            "moodhood.webhooks.delivery.backoff=100ms,200ms",
            "moodhood.webhooks.delivery.lease=15s",
            "moodhood.webhooks.targets.allow-private-addresses=false",
            "moodhood.webhooks.targets.allowed-hosts=127.0.0.1",
            "moodhood.calls.idle-check-interval=100ms",
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebHookDeliveryTests extends ApiTest {

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A space of a new owner, with a webhook to the receiver made through the API. */
    private record Hooked(TestUser owner, String spaceId, String secret) {}

    private Hooked hooked() {
        return hooked(receiver.url());
    }

    private Hooked hooked(String url) {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        String secret = api.post(webhook(space), owner.token(), Map.of("url", url))
                .assertStatus(201)
                .string("/secret");
        receiver.secret(secret);
        return new Hooked(owner, space, secret);
    }

    private static String webhook(String spaceId) {
        return "/v1/spaces/" + spaceId + "/webhook";
    }

    private static String roomPath(Fixtures.Room room) {
        return "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id();
    }

    /** Registers the user in the room and joins its call; the participant's id. */
    private String join(TestUser user, Fixtures.Room room) {
        String participant = api.post(
                        "/v1/spaces/" + room.spaceId() + "/participants",
                        user.token(),
                        Map.of("name", "Anna", "roomId", room.id()))
                .assertStatus(201)
                .string("/id");
        api.post(roomPath(room) + "/join", user.token(), Map.of("participantId", participant))
                .assertStatus(200);
        return participant;
    }

    private void leave(TestUser user, Fixtures.Room room, String participant) {
        api.post(roomPath(room) + "/leave", user.token(), Map.of("participantId", participant))
                .assertStatus(204);
    }

    private List<JsonNode> deliveries(Hooked hooked) {
        JsonNode page = api.get(
                        webhook(hooked.spaceId()) + "/deliveries",
                        hooked.owner().token())
                .assertStatus(200)
                .body();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    /** The space's deliveries once none is pending any more. */
    private List<JsonNode> settled(Hooked hooked, int expected) {
        return Eventually.await(
                expected + " settled deliveries",
                () -> deliveries(hooked),
                list -> list.size() == expected
                        && list.stream()
                                .noneMatch(d -> d.get("state").asString().equals("pending")));
    }

    private static JsonNode body(WebhookReceiver.Call call) {
        return Api.JSON.readTree(call.raw()).get("body");
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void everyEventArrivesOnceSignedAsJavaScriptComputesIt() {
        Hooked hooked = hooked();
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        String participant = join(hooked.owner(), room);
        String recordId = api.post(
                        roomPath(room) + "/records/start", hooked.owner().token(), null)
                .assertStatus(201)
                .string("/id");
        api.post(roomPath(room) + "/records/stop", hooked.owner().token(), null).assertStatus(200);
        leave(hooked.owner(), room, participant);

        List<WebhookReceiver.Call> calls = receiver.awaitCount(4);
        List<JsonNode> log = settled(hooked, 4);

        assertThat(calls).hasSize(4);
        for (WebhookReceiver.Call call : calls) {
            assertThat(call.valid())
                    .as("signature of %s (%s)", call.raw(), call.verdict())
                    .isTrue();
            // The body goes out as the very text JSON.stringify makes of it: compact, in the spec's key order.
            assertThat(call.raw())
                    .isEqualTo("{\"body\":" + call.verdict().stringified() + ",\"signature\":\""
                            + call.verdict().expectedSignature() + "\"}");
            assertThat(CallbackSpec.problems(call.raw()))
                    .as("the spec's webhookEvent callback")
                    .isEmpty();
            assertThat(call.contentType()).isEqualTo("application/json");
            assertThat(call.userAgent()).isEqualTo(WebHookSender.USER_AGENT);
            JsonNode body = body(call);
            assertThat(body.get("roomId").asString()).isEqualTo(room.id());
            assertThat(body.get("spaceId").asString()).isEqualTo(hooked.spaceId());
            boolean recordEvent = body.get("eventName").asString().startsWith("record_");
            assertThat(keys(body))
                    .containsExactlyElementsOf(
                            recordEvent
                                    ? List.of("eventName", "roomId", "spaceId", "recordId")
                                    : List.of("eventName", "roomId", "spaceId"));
            if (recordEvent) {
                assertThat(body.get("recordId").asString()).isEqualTo(recordId);
            }
        }
        assertThat(calls.stream().map(c -> body(c).get("eventName").asString()))
                .containsExactlyInAnyOrder("call_started", "record_started", "record_finished", "call_finished");
        assertThat(log).allSatisfy(delivery -> {
            assertThat(delivery.get("state").asString()).isEqualTo("delivered");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
            assertThat(delivery.has("lastError")).isFalse();
            assertThat(delivery.has("lastAttemptAt")).isTrue();
        });
    }

    @Test
    void aReceiverFailingOnceGetsTheEventOnTheSecondAttempt() {
        Hooked hooked = hooked();
        receiver.answer(call -> call.number() == 1 ? 500 : 200);
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        join(hooked.owner(), room);

        JsonNode delivery = settled(hooked, 1).get(0);
        List<WebhookReceiver.Call> calls = receiver.calls();
        assertThat(calls).hasSize(2).allMatch(WebhookReceiver.Call::valid);
        assertThat(calls.get(1).raw()).isEqualTo(calls.get(0).raw());
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(delivery.get("state").asString()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
        assertThat(delivery.has("lastError")).isFalse();
    }

    @Test
    void aReceiverThatKeepsFailingGetsExactlyThreeAttemptsThenTheDeliveryFails() {
        Hooked hooked = hooked();
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);
        Fixtures.Room later = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);
        receiver.answer(call -> 503);

        join(hooked.owner(), room);
        JsonNode failed = settled(hooked, 1).get(0);

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("lastStatus").asInt()).isEqualTo(503);
        assertThat(failed.get("lastError").asString()).isEqualTo("The receiver answered 503.");
        assertThat(receiver.calls()).hasSize(3).allMatch(WebhookReceiver.Call::valid);
        // Given up for good: a later event goes through, and the failed one never comes again.
        receiver.answer(WebhookReceiver.ACCEPT_VALID);
        join(hooked.owner(), later);
        settled(hooked, 2);
        assertThat(receiver.calls()).hasSize(4);
        assertThat(body(receiver.calls().get(3)).get("roomId").asString()).isEqualTo(later.id());
    }

    @Test
    void aReceiverThatIsDownGetsThreeAttemptsThenTheDeliveryFails() {
        Hooked hooked = hooked();
        receiver.close();
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        join(hooked.owner(), room);

        JsonNode failed = settled(hooked, 1).get(0);
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.has("lastStatus")).as("no answer, no status").isFalse();
        assertThat(failed.get("lastError").asString()).startsWith("The connection failed");
    }

    @Test
    void aReceiverTooSlowToAnswerCountsAsAFailedAttempt() {
        Hooked hooked = hooked();
        List<JsonNode> seenAtSecondAttempt = new ArrayList<>();
        receiver.answer(call -> {
            if (call.number() == 1) {
                Thread.sleep(1500);
            } else {
                // The first attempt's outcome is written before the second one starts.
                seenAtSecondAttempt.addAll(deliveries(hooked));
            }
            return 200;
        });
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        join(hooked.owner(), room);

        JsonNode delivery = settled(hooked, 1).get(0);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("state").asString()).isEqualTo("delivered");
        assertThat(seenAtSecondAttempt).singleElement().satisfies(first -> {
            assertThat(first.get("state").asString()).isEqualTo("pending");
            assertThat(first.get("attempts").asInt()).isEqualTo(1);
            assertThat(first.has("lastStatus")).isFalse();
            assertThat(first.get("lastError").asString()).isEqualTo("No answer within 1 s.");
        });
    }

    @Test
    void aRefreshedSecretSignsTheEventsStillPending() {
        Hooked hooked = hooked();
        List<String> secrets = new ArrayList<>(List.of(hooked.secret()));
        receiver.answer(call -> {
            if (call.number() > 1) {
                return call.valid() ? 200 : 400;
            }
            // While the first attempt waits for its answer, the owner makes a new secret.
            String fresh = api.put(
                            webhook(hooked.spaceId()) + "/refresh-secret",
                            hooked.owner().token(),
                            null)
                    .assertStatus(200)
                    .string("/secret");
            secrets.add(fresh);
            receiver.secret(fresh);
            return 500;
        });
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        join(hooked.owner(), room);

        JsonNode delivery = settled(hooked, 1).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("delivered");
        List<WebhookReceiver.Call> calls = receiver.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).secret()).isEqualTo(secrets.get(0));
        assertThat(calls.get(0).valid()).isTrue();
        assertThat(calls.get(1).secret()).isEqualTo(secrets.get(1));
        assertThat(calls.get(1).valid()).as("signed with the new secret").isTrue();
        assertThat(JavaScriptReceiverCheck.get()
                        .check(calls.get(1).raw(), secrets.get(0))
                        .valid())
                .as("the old secret no longer matches")
                .isFalse();
    }

    @Test
    void aWebhookSwitchedOffBeforeItsEventIsDeliveredSendsNoMore() {
        Hooked hooked = hooked();
        receiver.answer(call -> {
            api.put(webhook(hooked.spaceId()), hooked.owner().token(), Map.of("isActive", false))
                    .assertStatus(200);
            return 500;
        });
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);

        join(hooked.owner(), room);

        JsonNode delivery = settled(hooked, 1).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("failed");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("lastError").asString())
                .isEqualTo("Not sent: the webhook was switched off before the event was delivered.");
        assertThat(receiver.calls()).hasSize(1);
    }

    @Test
    void aWebhookToAnAddressTheServerMayNotCallIsRefusedAtSetUp() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);

        for (String url : List.of(
                "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook",
                "http://192.168.1.10/hook",
                "http://0.0.0.0:9/hook",
                "http://[fd00::1]/hook",
                "http://127.0.0.2:9/hook")) {
            ApiResponse refused = invalid("POST", webhook(space), owner.token(), Map.of("url", url));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("url");
            assertThat(refused.body().at("/errors/0/message").asString())
                    .as(url)
                    .contains("this server calls no loopback, private or link-local addresses");
        }
        api.get(webhook(space), owner.token()).assertStatus(404);

        api.post(webhook(space), owner.token(), Map.of("url", receiver.url())).assertStatus(201);
        ApiResponse moved = invalid("PUT", webhook(space), owner.token(), Map.of("url", "http://172.16.0.1/hook"));
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.body().at("/errors/0/field").asString()).isEqualTo("url");
        assertThat(moved.body().at("/errors/0/message").asString())
                .isEqualTo("The address 172.16.0.1 is a private address: this server calls no loopback, private or"
                        + " link-local addresses (moodhood.webhooks.targets.allow-private-addresses is false).");
        assertThat(api.get(webhook(space), owner.token()).assertStatus(200).string("/url"))
                .isEqualTo(receiver.url());
    }

    @Test
    void aTargetThatTurnedPrivateAfterSetUpIsCheckedAgainAndNotCalled() {
        // As if its name resolved to a public address at set-up and to a loopback one now (DNS
        // rebinding): the webhook row holds a URL that the API refuses, so it is the one row a
        // test writes itself, standing for the outside world that changed.
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        jdbc.sql("INSERT INTO webhooks (space_id, url, secret, is_active, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(
                        space,
                        "http://127.0.0.2:" + receiver.port() + WebhookReceiver.PATH,
                        Ids.randomHex(16),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        Hooked hooked = new Hooked(owner, space, null);
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", false);

        join(owner, room);

        JsonNode delivery = settled(hooked, 1).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("failed");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.has("lastStatus")).isFalse();
        assertThat(delivery.get("lastError").asString())
                .startsWith("Not sent: The address 127.0.0.2 is a loopback address");
        assertThat(receiver.calls()).isEmpty();
    }

    @Test
    void aClaimLeftByACrashedInstanceIsTakenOverOnceItsLeaseExpires() {
        Hooked hooked = hooked();
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);
        Instant leaseEnd = Instant.now().plusMillis(1500);
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC);
        // What an instance that claimed the event and died at once leaves behind.
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, space_id, event_name, room_id, state, attempts, created_at,
                    next_attempt_at, claimed_until, claim_token)
                VALUES (?, ?, 'call_started', ?, 'pending', 0, ?, ?, ?, ?)""")
                .params(
                        Ids.newId(),
                        hooked.spaceId(),
                        room.id(),
                        created,
                        created,
                        leaseEnd.atOffset(ZoneOffset.UTC),
                        Ids.newId())
                .update();

        JsonNode delivery = settled(hooked, 1).get(0);

        assertThat(delivery.get("state").asString()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(receiver.calls()).singleElement().satisfies(call -> {
            assertThat(call.valid()).isTrue();
            assertThat(call.at()).as("not before the lease ended").isAfterOrEqualTo(leaseEnd);
        });
    }

    @Test
    void anIdleCallFinishesByItselfAndItsRecordingFails() {
        Hooked hooked = hooked();
        Fixtures.Room room = fixtures.room(hooked.owner().token(), hooked.spaceId(), "lesson", false);
        join(hooked.owner(), room);
        String recordId = api.post(
                        roomPath(room) + "/records/start", hooked.owner().token(), null)
                .assertStatus(201)
                .string("/id");
        settled(hooked, 2);

        // Nobody joined or left for longer than the idle timeout (12 h): the participant vanished.
        advance(Duration.ofHours(13));
        hooked = new Hooked(signIn(hooked.owner()), hooked.spaceId(), hooked.secret());

        settled(hooked, 4);
        List<WebhookReceiver.Call> calls = receiver.calls();
        assertThat(calls).hasSize(4).allMatch(WebhookReceiver.Call::valid);
        Set<String> events =
                calls.stream().map(c -> body(c).get("eventName").asString()).collect(Collectors.toSet());
        assertThat(events)
                .containsExactlyInAnyOrder("call_started", "record_started", "call_finished", "record_failed");
        assertThat(calls.stream()
                        .map(WebHookDeliveryTests::body)
                        .filter(b -> b.get("eventName").asString().equals("record_failed"))
                        .findFirst()
                        .orElseThrow()
                        .get("recordId")
                        .asString())
                .isEqualTo(recordId);
        JsonNode record = api.get(roomPath(room) + "/records", hooked.owner().token())
                .assertStatus(200)
                .body()
                .at("/items/0");
        assertThat(record.get("state").asString()).isEqualTo("failed");
        assertThat(record.has("finishedAt")).isTrue();
        assertThat(count(
                        "SELECT COUNT(*) FROM call_presences p JOIN calls c ON c.id = p.call_id"
                                + " WHERE c.room_id = ? AND p.left_at IS NULL",
                        room.id()))
                .isZero();
    }

    @Test
    void theGuidesJavaScriptReceiverAcceptsTheServersCallsAndRefusesWrongSignatures() throws Exception {
        Assumptions.assumeTrue(NodeJs.installed(), "node is not installed");
        List<String> javascript = GuideBlocks.of("webhooks.md", "javascript");
        assertThat(javascript).hasSize(1);
        Path script = Files.createTempFile("guide-receiver", ".js");
        Files.writeString(script, javascript.get(0));
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        String secret = api.post(webhook(space), owner.token(), Map.of("url", "http://127.0.0.1:" + port + "/moodhood"))
                .assertStatus(201)
                .string("/secret");
        Hooked hooked = new Hooked(owner, space, secret);
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", false);
        Path printed = Files.createTempFile("guide-receiver", ".out");
        Process node = NodeJs.start(
                        Map.of("PORT", String.valueOf(port), "MOODHOOD_WEBHOOK_SECRET", secret),
                        printed,
                        script.toString())
                .orElseThrow();
        try {
            Eventually.await("the guide's receiver listening", () -> listening(port), Boolean::booleanValue);

            String participant = join(owner, room);
            JsonNode accepted = settled(hooked, 1).get(0);
            assertThat(accepted.get("state").asString()).isEqualTo("delivered");
            assertThat(accepted.get("lastStatus").asInt())
                    .as("the guide's receiver answers 204")
                    .isEqualTo(204);

            // A new secret that the receiver does not know: it refuses every attempt with 400.
            api.put(webhook(space) + "/refresh-secret", owner.token(), null).assertStatus(200);
            leave(owner, room, participant);
            JsonNode refused = settled(hooked, 2).get(0);
            assertThat(refused.get("eventName").asString()).isEqualTo("call_finished");
            assertThat(refused.get("state").asString()).isEqualTo("failed");
            assertThat(refused.get("attempts").asInt()).isEqualTo(3);
            assertThat(refused.get("lastStatus").asInt()).isEqualTo(400);
        } finally {
            node.destroy();
            node.waitFor();
            Files.deleteIfExists(script);
        }
        // What it printed for the one call it accepted: console.log(eventName, roomId, recordId ?? '').
        assertThat(Files.readAllLines(printed)).containsExactly("call_started " + room.id() + " ");
        Files.deleteIfExists(printed);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
