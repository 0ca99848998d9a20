package dev.moodhoodkit.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SpaceAnalyticsApiTests extends ApiTest {

    private static String calls(String spaceId) {
        return "/v1/spaces/" + spaceId + "/analytics/calls";
    }

    private static String report(Fixtures.Room room, String callId, String format) {
        return "/v1/spaces/" + room.spaceId() + "/analytics/report?roomId=" + room.id() + "&callId=" + callId
                + (format == null ? "" : "&format=" + format);
    }

    private String participant(String token, Fixtures.Room room) {
        return api.post(
                        "/v1/spaces/" + room.spaceId() + "/participants",
                        token,
                        Map.of("name", "Anna", "roomId", room.id()))
                .assertStatus(201)
                .body()
                .get("id")
                .asString();
    }

    private String join(String token, Fixtures.Room room, String participant) {
        return api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/join",
                        token,
                        Map.of("participantId", participant))
                .assertStatus(200)
                .body()
                .get("callId")
                .asString();
    }

    private void leave(String token, Fixtures.Room room, String participant) {
        api.post(
                        "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/leave",
                        token,
                        Map.of("participantId", participant))
                .assertStatus(204);
    }

    /** A finished call with stays, written directly so that its times are known. */
    private String pastCall(Fixtures.Room room, String type, String startedAt, String finishedAt, String... stays) {
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO calls (id, room_id, space_id, room_type, started_at, finished_at, last_activity_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        room.id(),
                        room.spaceId(),
                        type,
                        OffsetDateTime.parse(startedAt),
                        OffsetDateTime.parse(finishedAt),
                        OffsetDateTime.parse(finishedAt))
                .update();
        for (int i = 0; i < stays.length; i += 3) {
            jdbc.sql(
                            "INSERT INTO call_presences (id, call_id, participant_id, joined_at, left_at) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            Ids.newId(),
                            id,
                            stays[i],
                            OffsetDateTime.parse(stays[i + 1]),
                            OffsetDateTime.parse(stays[i + 2]))
                    .update();
        }
        return id;
    }

    @Test
    void callsCountPresencesJoinsAndDistinctPeople() {
        TestUser owner = user("Owner");
        TestUser visitor = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String ownerTab1 = participant(owner.token(), room);
        String ownerTab2 = participant(owner.token(), room);
        String visitorTab = participant(visitor.token(), room);
        String client = clientToken();
        String anonymous = participant(client, room);

        String callId = join(owner.token(), room, ownerTab1);
        join(owner.token(), room, ownerTab2);
        join(visitor.token(), room, visitorTab);
        join(client, room, anonymous);
        leave(owner.token(), room, ownerTab1);
        join(owner.token(), room, ownerTab1);
        leave(visitor.token(), room, visitorTab);

        JsonNode page =
                api.get(calls(room.spaceId()), owner.token()).assertStatus(200).body();

        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode call = page.get("items").get(0);
        assertThat(call.get("id").asString()).isEqualTo(callId);
        assertThat(call.get("active").asBoolean()).isTrue();
        assertThat(call.get("roomId").asString()).isEqualTo(room.id());
        assertThat(call.get("roomType").asString()).isEqualTo("lesson");
        assertThat(call.get("isBreakoutRoom").asBoolean()).isFalse();
        assertThat(call.get("participantsCount").asInt()).isEqualTo(3);
        assertThat(call.get("totalParticipantsCount").asInt()).isEqualTo(5);
        // The owner's two tabs are one person; the client's participant has no user and counts alone.
        assertThat(call.get("uniqueParticipantsCount").asInt()).isEqualTo(3);
        assertThat(call.has("finishedAt")).isFalse();
        assertThat(call.get("durationSeconds").asLong()).isBetween(0L, 60L);
    }

    @Test
    void callsFilterByRoomAndUtcDayNewestFirst() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), false);
        Fixtures.Room lesson = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Room webinar = fixtures.room(owner.token(), space, "webinar", true);
        String p = participant(owner.token(), lesson);
        String late = pastCall(
                lesson,
                "lesson",
                "2026-01-10T23:30:00Z",
                "2026-01-11T00:30:00Z",
                p,
                "2026-01-10T23:30:00Z",
                "2026-01-11T00:30:00Z");
        String nextDay = pastCall(lesson, "lesson", "2026-01-11T08:00:00Z", "2026-01-11T08:10:00Z");
        String other = pastCall(webinar, "webinar", "2026-01-10T12:00:00Z", "2026-01-10T13:00:00Z");

        JsonNode all = api.get(calls(space), owner.token()).assertStatus(200).body();
        assertThat(ids(all)).containsExactly(nextDay, late, other);

        JsonNode day = api.get(calls(space) + "?date=2026-01-10", owner.token())
                .assertStatus(200)
                .body();
        assertThat(ids(day)).containsExactly(late, other);
        JsonNode lessonDay = api.get(calls(space) + "?date=2026-01-10&roomId=" + lesson.id(), owner.token())
                .assertStatus(200)
                .body();
        assertThat(ids(lessonDay)).containsExactly(late);
        JsonNode call = lessonDay.get("items").get(0);
        assertThat(call.get("active").asBoolean()).isFalse();
        assertThat(call.get("durationSeconds").asLong()).isEqualTo(3600);
        assertThat(call.get("participantsCount").asInt()).isZero();
        assertThat(call.get("totalParticipantsCount").asInt()).isEqualTo(1);
        assertThat(call.get("finishedAt").asString()).startsWith("2026-01-11T00:30");
        assertThat(api.get(calls(space) + "?roomId=" + webinar.id(), owner.token())
                        .assertStatus(200)
                        .body()
                        .get("items")
                        .get(0)
                        .get("roomType")
                        .asString())
                .isEqualTo("webinar");
        JsonNode paged = api.get(calls(space) + "?limit=1&offset=1", owner.token())
                .assertStatus(200)
                .body();
        assertThat(ids(paged)).containsExactly(late);
        assertThat(paged.get("total").asInt()).isEqualTo(3);
        assertThat(api.get(calls(space) + "?date=2025-12-31", owner.token())
                        .assertStatus(200)
                        .body()
                        .get("items"))
                .isEmpty();

        invalid("GET", calls(space) + "?date=10.01.2026", owner.token(), null).assertStatus(400);
        invalid("GET", calls(space) + "?roomId=nope", owner.token(), null).assertStatus(400);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }

    @Test
    void onlyTheSpacesOwnerAndModeratorsSeeAnalytics() {
        TestUser owner = user("Owner");
        TestUser moderator = user("Moderator");
        TestUser member = user("Member");
        TestUser stranger = user("Stranger");
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", true);
        String callId = pastCall(room, "lesson", "2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z");

        api.get(calls(space), moderator.token()).assertStatus(200);
        api.get(report(room, callId, null), moderator.token()).assertStatus(200);
        api.get(calls(space), member.token()).assertStatus(403);
        api.get(report(room, callId, null), member.token()).assertStatus(403);
        api.get(calls(space), stranger.token()).assertStatus(404);
        api.get(calls(space), clientToken()).assertStatus(403);
        invalid("GET", calls(space), null, null).assertStatus(401);
    }

    @Test
    void reportListsEachStayInOrderOfJoining() {
        TestUser owner = user("Owner");
        TestUser visitor = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "webinar", true);
        String host = participant(owner.token(), room);
        String viewer = participant(visitor.token(), room);
        String callId = pastCall(
                room,
                "webinar",
                "2026-01-10T10:00:00Z",
                "2026-01-10T11:00:00Z",
                host,
                "2026-01-10T10:00:00Z",
                "2026-01-10T11:00:00Z",
                viewer,
                "2026-01-10T10:05:00Z",
                "2026-01-10T10:20:00Z",
                viewer,
                "2026-01-10T10:30:00Z",
                "2026-01-10T10:45:30Z");

        JsonNode report = api.get(report(room, callId, null), owner.token())
                .assertStatus(200)
                .body();

        assertThat(report.get("call").get("id").asString()).isEqualTo(callId);
        assertThat(report.get("call").get("uniqueParticipantsCount").asInt()).isEqualTo(2);
        assertThat(report.get("call").get("totalParticipantsCount").asInt()).isEqualTo(3);
        JsonNode stays = report.get("participants");
        assertThat(stays).hasSize(3);
        assertThat(stays.get(0).get("participantId").asString()).isEqualTo(host);
        assertThat(stays.get(0).get("role").asString()).isEqualTo("speaker");
        assertThat(stays.get(0).get("userId").asString()).isEqualTo(owner.id());
        assertThat(stays.get(0).get("durationSeconds").asLong()).isEqualTo(3600);
        assertThat(stays.get(1).get("role").asString()).isEqualTo("viewer");
        assertThat(stays.get(1).get("durationSeconds").asLong()).isEqualTo(900);
        assertThat(stays.get(2).get("durationSeconds").asLong()).isEqualTo(930);
        assertThat(api.get(report(room, callId, "json"), owner.token())
                        .assertStatus(200)
                        .body())
                .isEqualTo(report);
    }

    @Test
    void reportOfAnotherRoomsCallIsNotFoundAndUnknownFormatIsBadRequest() {
        TestUser owner = user("Owner");
        String space = fixtures.space(owner.token(), true);
        Fixtures.Room room = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Room other = fixtures.room(owner.token(), space, "lesson", true);
        Fixtures.Room elsewhere = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String callId = pastCall(room, "lesson", "2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z");
        String foreign = pastCall(elsewhere, "lesson", "2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z");

        api.get(report(other, callId, null), owner.token()).assertStatus(404);
        api.get(
                        "/v1/spaces/" + space + "/analytics/report?roomId=" + elsewhere.id() + "&callId=" + foreign,
                        owner.token())
                .assertStatus(404);
        api.get(report(room, "0123456789abcdef01234567", null), owner.token()).assertStatus(404);
        ApiResponse csv =
                invalid("GET", report(room, callId, "csv"), owner.token(), null).assertStatus(400);
        assertThat(csv.body().get("detail").asString()).contains("format");
        invalid("GET", "/v1/spaces/" + space + "/analytics/report?roomId=" + room.id(), owner.token(), null)
                .assertStatus(400);
    }

    @Test
    void xlsxReportOpensWithTheCallAndItsStays() throws Exception {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        String anna = participant(owner.token(), room);
        String callId = pastCall(
                room,
                "lesson",
                "2026-01-10T10:00:00Z",
                "2026-01-10T11:00:00Z",
                anna,
                "2026-01-10T10:00:00Z",
                "2026-01-10T10:45:00Z");

        ApiResponse answer =
                api.get(report(room, callId, "xlsx"), owner.token()).assertStatus(200);

        assertThat(answer.header("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.header("Content-Disposition").orElseThrow()).contains("call-" + callId + ".xlsx");
        // The checked call above reads text; the workbook is read again as bytes.
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(bytes(report(room, callId, "xlsx"), owner.token())))) {
            List<Row> call = workbook.findSheet("Call").orElseThrow().read();
            assertThat(call.get(0).getCellText(0)).isEqualTo("Call id");
            assertThat(call.get(0).getCellText(1)).isEqualTo(callId);
            assertThat(call.get(2).getCellText(1)).isEqualTo("lesson");
            assertThat(call.get(4).getCellAsDate(1)).contains(LocalDateTime.parse("2026-01-10T10:00:00"));
            assertThat(call.get(6).getCellAsNumber(1)).contains(BigDecimal.valueOf(3600));
            List<Row> stays = workbook.findSheet("Participants").orElseThrow().read();
            assertThat(stays).hasSize(2);
            assertThat(stays.get(0).getCellText(0)).isEqualTo("Participant id");
            assertThat(stays.get(1).getCellText(0)).isEqualTo(anna);
            assertThat(stays.get(1).getCellText(1)).isEqualTo("Anna");
            assertThat(stays.get(1).getCellText(2)).isEqualTo(owner.id());
            assertThat(stays.get(1).getCellText(3)).isEqualTo("speaker");
            assertThat(stays.get(1).getCellAsDate(5)).contains(LocalDateTime.parse("2026-01-10T10:45:00"));
            assertThat(stays.get(1).getCellAsNumber(6)).contains(BigDecimal.valueOf(2700));
        }
        // The workbook is chosen by format, whatever the client accepts.
        assertThat(api.request("GET", report(room, callId, "xlsx"))
                        .token(owner.token())
                        .header("Accept", "application/json")
                        .send()
                        .assertStatus(200)
                        .header("Content-Type")
                        .orElseThrow())
                .startsWith("application/vnd.openxmlformats");
    }

    private byte[] bytes(String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
