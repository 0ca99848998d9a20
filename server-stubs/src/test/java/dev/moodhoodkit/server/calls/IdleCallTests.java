package dev.moodhoodkit.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A call that nobody joins or leaves for {@code moodhood.calls.idle-timeout} (12 h here) is
 * finished by {@link IdleCalls}. Its idleness is made by moving the call's last activity back;
 * the check is run directly (WebHookDeliveryTests sees the scheduled one deliver its events).
 */
class IdleCallTests extends ApiTest {

    @Autowired
    private IdleCalls idleCalls;

    private String join(TestUser user, Fixtures.Room room, String name) {
        String participant = api.post(
                        "/v1/spaces/" + room.spaceId() + "/participants",
                        user.token(),
                        Map.of("name", name, "roomId", room.id()))
                .assertStatus(201)
                .string("/id");
        api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/join",
                        user.token(),
                        Map.of("participantId", participant))
                .assertStatus(200);
        return participant;
    }

    private String callOf(Fixtures.Room room) {
        return jdbc.sql("SELECT id FROM calls WHERE room_id = ?")
                .param(room.id())
                .query(String.class)
                .single();
    }

    /** Nobody joins or leaves for {@code hours}: the server's clock moves on that much. */
    private void idleFor(int hours) {
        advance(Duration.ofHours(hours));
    }

    @Test
    void aCallNobodyJoinedOrLeftForTheTimeoutIsFinishedWithItsStaysAndItsRecording() {
        TestUser owner = user("Owner");
        TestUser visitor = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        fixtures.webhook(room.ownerToken(), room.spaceId(), "https://example.com/hook", true);
        join(owner, room, "Anna");
        join(visitor, room, "Boris");
        String record = api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/records/start", owner.token(), null)
                .assertStatus(201)
                .string("/id");
        idleFor(13);
        owner = signIn(owner);

        assertThat(idleCalls.finishIdleCalls()).isGreaterThanOrEqualTo(1);

        String call = callOf(room);
        assertThat(count("SELECT COUNT(*) FROM calls WHERE id = ? AND finished_at IS NOT NULL", call))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM call_presences WHERE call_id = ? AND left_at IS NULL", call))
                .isZero();
        assertThat(jdbc.sql("SELECT state FROM records WHERE id = ?")
                        .param(record)
                        .query(String.class)
                        .single())
                .isEqualTo("failed");
        assertThat(jdbc.sql(
                                "SELECT event_name FROM webhook_deliveries WHERE space_id = ? ORDER BY created_at, event_name")
                        .param(room.spaceId())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("call_started", "record_started", "call_finished", "record_failed");

        // The report shows the call over, every stay ended at the same moment.
        JsonNode report = api.get(
                        "/v1/spaces/" + room.spaceId() + "/analytics/report?roomId=" + room.id() + "&callId=" + call,
                        owner.token())
                .assertStatus(200)
                .body();
        assertThat(report.at("/call/active").asBoolean()).isFalse();
        assertThat(report.at("/call/participantsCount").asInt()).isZero();
        JsonNode stays = report.get("participants");
        assertThat(stays).hasSize(2);
        assertThat(stays.get(0).get("leftAt").asString())
                .isEqualTo(report.at("/call/finishedAt").asString());
        assertThat(stays.get(1).get("leftAt").asString())
                .isEqualTo(report.at("/call/finishedAt").asString());
        // A new join starts a new call.
        String next = api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/join",
                        owner.token(),
                        Map.of(
                                "participantId",
                                jdbc.sql("SELECT id FROM participants WHERE room_id = ? AND name = 'Anna'")
                                        .param(room.id())
                                        .query(String.class)
                                        .single()))
                .assertStatus(200)
                .string("/callId");
        assertThat(next).isNotEqualTo(call);
    }

    @Test
    void aCallWithRecentActivityStaysOpen() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        join(owner, room, "Anna");
        idleFor(11);

        idleCalls.finishIdleCalls();

        assertThat(count("SELECT COUNT(*) FROM calls WHERE room_id = ? AND finished_at IS NULL", room.id()))
                .isOne();
        assertThat(count(
                        "SELECT COUNT(*) FROM call_presences p JOIN calls c ON c.id = p.call_id"
                                + " WHERE c.room_id = ? AND p.left_at IS NULL",
                        room.id()))
                .isOne();
    }

    @Test
    void aCallThatEndedNormallyKeepsItsRecordFinished() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String participant = join(owner, room, "Anna");
        String record = api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/records/start", owner.token(), null)
                .assertStatus(201)
                .string("/id");
        api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/leave",
                        owner.token(),
                        Map.of("participantId", participant))
                .assertStatus(204);
        idleFor(13);

        idleCalls.finishIdleCalls();

        assertThat(jdbc.sql("SELECT state FROM records WHERE id = ?")
                        .param(record)
                        .query(String.class)
                        .single())
                .isEqualTo("finished");
        assertThat(List.of(count("SELECT COUNT(*) FROM calls WHERE room_id = ?", room.id())))
                .containsExactly(1L);
    }
}
