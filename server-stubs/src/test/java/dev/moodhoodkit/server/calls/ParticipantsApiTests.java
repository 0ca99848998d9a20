package dev.moodhoodkit.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.Jwts;
import dev.moodhoodkit.server.auth.RoomTokens;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantsApiTests extends ApiTest {

    @Autowired
    private Jwts jwts;

    private String participant(String token, Fixtures.Room room, String role) {
        return create(token, room, role).assertStatus(201).body().get("id").asString();
    }

    private ApiResponse create(String token, Fixtures.Room room, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Anna", "roomId", room.id()));
        if (role != null) {
            body.put("role", role);
        }
        return api.post("/v1/spaces/" + room.spaceId() + "/participants", token, body);
    }

    private String storedRole(String participantId) {
        return jdbc.sql("SELECT role FROM participants WHERE id = ?")
                .param(participantId)
                .query(String.class)
                .single();
    }

    private ApiResponse join(String token, Fixtures.Room room, String participantId) {
        return api.post(
                "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/join",
                token,
                Map.of("participantId", participantId));
    }

    private ApiResponse leave(String token, Fixtures.Room room, String participantId) {
        return api.post(
                "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/leave",
                token,
                Map.of("participantId", participantId));
    }

    // --- createParticipant

    @Test
    void userRegistersInARoomItMayEnter() {
        TestUser owner = user("Owner");
        TestUser visitor = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);

        ApiResponse created = create(visitor.token(), room, null).assertStatus(201);

        String id = created.body().get("id").asString();
        assertThat(created.header("Location").orElseThrow())
                .isEqualTo("/v1/spaces/" + room.spaceId() + "/participants/" + id);
        assertThat(storedRole(id)).isEqualTo("speaker");
        assertThat(jdbc.sql("SELECT user_id FROM participants WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(visitor.id());
        assertThat(storedRole(participant(visitor.token(), room, "viewer"))).isEqualTo("viewer");
    }

    @Test
    void aRoomTheCallerMayNotEnterIsNotFound() {
        TestUser owner = user("Owner");
        TestUser stranger = user("Stranger");
        String privateSpace = fixtures.space(owner.token(), false);
        Fixtures.Room hidden = fixtures.room(owner.token(), privateSpace, "lesson", true);
        Fixtures.Room privateRoom = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", false);
        Fixtures.Room elsewhere = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);

        assertThat(slug(create(stranger.token(), hidden, null).assertStatus(404)))
                .isEqualTo("not-found");
        create(stranger.token(), privateRoom, null).assertStatus(404);
        // A room of another space, named in this space's path.
        api.post(
                        "/v1/spaces/" + privateRoom.spaceId() + "/participants",
                        owner.token(),
                        Map.of("name", "Anna", "roomId", elsewhere.id()))
                .assertStatus(404);
        create(clientToken(), privateRoom, null).assertStatus(404);
        assertThat(count("SELECT COUNT(*) FROM participants WHERE room_id IN (?, ?)", hidden.id(), privateRoom.id()))
                .isZero();
    }

    @Test
    void clientTokenRegistersInAPublicRoom() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);

        String id = participant(clientToken(), room, null);

        assertThat(jdbc.sql("SELECT caller_kind FROM participants WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("client");
    }

    @Test
    void badBodiesAnswerProblems() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String path = "/v1/spaces/" + room.spaceId() + "/participants";

        invalid("POST", path, owner.token(), Map.of("roomId", room.id())).assertStatus(422);
        invalid("POST", path, owner.token(), Map.of("name", "Anna", "roomId", "nope"))
                .assertStatus(422);
        invalid("POST", path, owner.token(), Map.of("name", "Anna", "roomId", room.id(), "role", "director"))
                .assertStatus(422);
        invalid("POST", path, owner.token(), "{\"name\":").assertStatus(400);
        invalid("POST", "/v1/spaces/xyz/participants", owner.token(), Map.of("name", "Anna", "roomId", room.id()))
                .assertStatus(400);
        invalid("POST", path, null, Map.of("name", "Anna", "roomId", room.id())).assertStatus(401);
        assertThat(count("SELECT COUNT(*) FROM participants WHERE room_id = ?", room.id()))
                .isZero();
    }

    @Test
    void webinarGivesSpeakerOnlyToItsHosts() {
        TestUser owner = user("Owner");
        TestUser moderator = user("Moderator");
        TestUser audience = user("Audience");
        Fixtures.Room webinar = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "webinar", true);
        fixtures.grant(webinar.ownerToken(), webinar.spaceId(), webinar.id(), moderator.id(), "role_room_moderator");
        Fixtures.Guest guestHost = fixtures.guest(webinar, "Guest Lecturer", "moderator", true);
        Fixtures.Guest guestViewer = fixtures.guest(webinar, "Guest", "user", true);

        assertThat(storedRole(participant(owner.token(), webinar, "speaker"))).isEqualTo("speaker");
        assertThat(storedRole(participant(owner.token(), webinar, null))).isEqualTo("speaker");
        assertThat(storedRole(participant(moderator.token(), webinar, null))).isEqualTo("speaker");
        assertThat(storedRole(participant(guestHost.token(), webinar, "speaker")))
                .isEqualTo("speaker");
        assertThat(storedRole(participant(audience.token(), webinar, "speaker")))
                .isEqualTo("viewer");
        assertThat(storedRole(participant(guestViewer.token(), webinar, "speaker")))
                .isEqualTo("viewer");
        assertThat(storedRole(participant(clientToken(), webinar, null))).isEqualTo("viewer");
    }

    @Test
    void guestTokenOpensItsOwnRoomOnly() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), true);
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Room other = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Guest guest = fixtures.guest(room, "Guest", "user", true);

        create(guest.token(), other, null).assertStatus(403);
        String id = participant(guest.token(), room, null);

        assertThat(jdbc.sql("SELECT caller_kind || ':' || caller_id FROM participants WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("guest:" + guest.linkId());
    }

    @Test
    void oneTimeGuestLinkAdmitsOneParticipant() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        Fixtures.Guest once = fixtures.guest(room, "Guest", "user", false);
        Fixtures.Guest always = fixtures.guest(room, "Regular", "user", true);

        participant(once.token(), room, null);
        assertThat(slug(create(once.token(), room, null).assertStatus(409))).isEqualTo("guest-link-used");

        participant(always.token(), room, null);
        participant(always.token(), room, null);
    }

    @Test
    void twentyConcurrentUsesOfAOneTimeGuestLinkAdmitExactlyOne() throws Exception {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        Fixtures.Guest guest = fixtures.guest(room, "Guest", "user", false);

        List<Integer> statuses =
                race(20, () -> create(guest.token(), room, null).status());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(count("SELECT COUNT(*) FROM participants WHERE room_id = ?", room.id()))
                .isEqualTo(1);
    }

    // --- createSignalingToken

    @Test
    void signalingTokenIsShortLivedAndNoAccessToken() {
        TestUser owner = user("Owner");
        TestUser other = user("Other");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String id = participant(owner.token(), room, null);
        String path = "/v1/spaces/" + room.spaceId() + "/participants/" + id + "/signaling-token";

        ApiResponse answer = api.post(path, owner.token(), null).assertStatus(200);

        String token = answer.body().get("signalingToken").asString();
        Jwts.Claims claims = jwts.verify(token, RoomTokens.SIGNALING_TYPE).orElseThrow();
        assertThat(claims.subject()).isEqualTo(id);
        assertThat(claims.audience()).isEqualTo("signaling");
        assertThat(claims.roomId()).isEqualTo(room.id());
        assertThat(Duration.between(Instant.now(), claims.expiresAt()))
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        assertThat(jwts.verify(token, Jwts.ACCESS)).isEmpty();
        api.get("/v1/users/me", token).assertStatus(401);
        api.post(path, token, null).assertStatus(401);
        // Only the token that registered the participant may ask.
        api.post(path, other.token(), null).assertStatus(404);
        api.post(path, clientToken(), null).assertStatus(404);
        api.post(
                        "/v1/spaces/" + fixtures.space(owner.token(), true) + "/participants/" + id
                                + "/signaling-token",
                        owner.token(),
                        null)
                .assertStatus(404);
    }

    // --- joinRoom / leaveRoom and the call lifecycle

    @Test
    void firstJoinStartsACallAndLastLeaveFinishesIt() {
        TestUser owner = user("Owner");
        TestUser guestUser = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String anna = participant(owner.token(), room, null);
        String boris = participant(guestUser.token(), room, null);

        ApiResponse first = join(owner.token(), room, anna).assertStatus(200);
        String callId = first.body().get("callId").asString();
        assertThat(first.body().get("participantId").asString()).isEqualTo(anna);
        assertThat(first.body().get("roomId").asString()).isEqualTo(room.id());
        assertThat(jdbc.sql("SELECT last_call_at IS NOT NULL FROM rooms WHERE id = ?")
                        .param(room.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        assertThat(join(guestUser.token(), room, boris)
                        .assertStatus(200)
                        .body()
                        .get("callId")
                        .asString())
                .isEqualTo(callId);
        assertThat(slug(join(owner.token(), room, anna).assertStatus(409))).isEqualTo("already-in-call");

        leave(owner.token(), room, anna).assertStatus(204);
        assertThat(callFinished(callId)).isFalse();
        leave(owner.token(), room, anna).assertStatus(204);
        assertThat(callFinished(callId)).isFalse();
        leave(guestUser.token(), room, boris).assertStatus(204);
        assertThat(callFinished(callId)).isTrue();

        // The next join starts a new call.
        String next = join(owner.token(), room, anna)
                .assertStatus(200)
                .body()
                .get("callId")
                .asString();
        assertThat(next).isNotEqualTo(callId);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id = ? AND finished_at IS NULL", room.id()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM call_presences WHERE participant_id = ?", anna))
                .isEqualTo(2);
    }

    private boolean callFinished(String callId) {
        return jdbc.sql("SELECT finished_at IS NOT NULL FROM calls WHERE id = ?")
                .param(callId)
                .query(Boolean.class)
                .single();
    }

    @Test
    void onlyTheRegistrantJoinsAndLeavesWithItsParticipantInItsRoom() {
        TestUser owner = user("Owner");
        TestUser other = user("Other");
        String space = fixtures.space(owner.token(), true);
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Room otherRoom = fixtures.room(owner.token(), space, "lesson", true);
        String anna = participant(owner.token(), room, null);

        join(other.token(), room, anna).assertStatus(404);
        join(owner.token(), otherRoom, anna).assertStatus(404);
        join(clientToken(), room, anna).assertStatus(404);
        join(owner.token(), room, "0123456789abcdef01234567").assertStatus(404);
        leave(other.token(), room, anna).assertStatus(404);
        invalid(
                        "POST",
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/join",
                        owner.token(),
                        Map.of("participantId", "bad"))
                .assertStatus(422);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id IN (?, ?)", room.id(), otherRoom.id()))
                .isZero();
    }

    @Test
    void guestJoinsItsRoomsCall() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), false), "webinar", false);
        Fixtures.Guest guest = fixtures.guest(room, "Guest", "user", false);
        String id = participant(guest.token(), room, null);

        join(guest.token(), room, id).assertStatus(200);
        leave(guest.token(), room, id).assertStatus(204);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id = ? AND finished_at IS NOT NULL", room.id()))
                .isEqualTo(1);
    }

    @Test
    void callEventsGoToTheOutboxOnlyWithAnActiveWebhook() {
        TestUser owner = user("Owner");
        String withHook = fixtures.space(owner.token(), true);
        String inactiveHook = fixtures.space(owner.token(), true);
        String noHook = fixtures.space(owner.token(), true);
        fixtures.webhook(owner.token(), withHook, "https://example.com/hook", true);
        fixtures.webhook(owner.token(), inactiveHook, "https://example.com/hook", false);

        for (String space : List.of(withHook, inactiveHook, noHook)) {
            Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", true);
            String id = participant(owner.token(), room, null);
            join(owner.token(), room, id).assertStatus(200);
            leave(owner.token(), room, id).assertStatus(204);
        }

        List<String> events = jdbc.sql("""
                SELECT event_name, state, attempts, next_attempt_at FROM webhook_deliveries
                WHERE space_id = ? ORDER BY created_at, event_name DESC""")
                .param(withHook)
                .query((rs, n) ->
                        rs.getString("event_name") + ":" + rs.getString("state") + ":" + rs.getInt("attempts") + ":"
                                + !rs.getObject("next_attempt_at", java.time.OffsetDateTime.class)
                                        .toInstant()
                                        .isAfter(Instant.now()))
                .list();
        assertThat(events).containsExactly("call_started:pending:0:true", "call_finished:pending:0:true");
        assertThat(count("SELECT COUNT(*) FROM webhook_deliveries WHERE space_id IN (?, ?)", inactiveHook, noHook))
                .isZero();
        assertThat(api.get("/v1/spaces/" + withHook + "/webhook/deliveries", owner.token())
                        .assertStatus(200)
                        .body()
                        .get("total")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void concurrentFirstJoinersShareOneCall() throws Exception {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        fixtures.webhook(room.ownerToken(), room.spaceId(), "https://example.com/hook", true);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(participant(owner.token(), room, null));
        }
        List<String> queue = new java.util.concurrent.CopyOnWriteArrayList<>(ids);

        List<Integer> statuses =
                race(10, () -> join(owner.token(), room, queue.remove(0)).status());

        assertThat(statuses).containsOnly(200);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id = ?", room.id()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM webhook_deliveries WHERE space_id = ? AND event_name = 'call_started'",
                        room.spaceId()))
                .isEqualTo(1);

        List<String> leaving = new java.util.concurrent.CopyOnWriteArrayList<>(ids);
        assertThat(race(10, () -> leave(owner.token(), room, leaving.remove(0)).status()))
                .containsOnly(204);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id = ? AND finished_at IS NOT NULL", room.id()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM webhook_deliveries WHERE space_id = ? AND event_name = 'call_finished'",
                        room.spaceId()))
                .isEqualTo(1);
    }

    /** Runs the action on n threads released at the same moment. */
    private static <T> List<T> race(int n, java.util.concurrent.Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
