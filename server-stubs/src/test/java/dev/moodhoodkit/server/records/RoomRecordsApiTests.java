package dev.moodhoodkit.server.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.SigningKey;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class RoomRecordsApiTests extends ApiTest {

    @Autowired
    private SigningKey signingKey;

    @Value("${moodhood.records.storage-dir}")
    private Path storage;

    @Value("${moodhood.public-url}")
    private String publicUrl;

    /** A room with its owner in a call. */
    private record Live(TestUser owner, Fixtures.Room room, String participantId) {}

    private Live liveRoom(boolean recordAllowed) {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(
                owner.token(),
                fixtures.space(owner.token(), true),
                "lesson",
                true,
                Map.of("isRecordAllowed", recordAllowed));
        String participant = api.post(
                        "/v1/spaces/" + room.spaceId() + "/participants",
                        owner.token(),
                        Map.of("name", "Anna", "roomId", room.id()))
                .assertStatus(201)
                .body()
                .get("id")
                .asString();
        api.post(roomPath(room) + "/join", owner.token(), Map.of("participantId", participant))
                .assertStatus(200);
        return new Live(owner, room, participant);
    }

    private static String roomPath(Fixtures.Room room) {
        return "/v1/spaces/" + room.spaceId() + "/rooms/" + room.id();
    }

    @Test
    void ownerStartsAndStopsARecording() {
        Live live = liveRoom(true);
        fixtures.webhook(live.room().ownerToken(), live.room().spaceId(), "https://example.com/hook", true);

        ApiResponse started = api.post(
                        roomPath(live.room()) + "/records/start", live.owner().token(), null)
                .assertStatus(201);

        JsonNode record = started.body();
        String id = record.get("id").asString();
        assertThat(started.header("Location").orElseThrow()).isEqualTo(roomPath(live.room()) + "/records/" + id);
        assertThat(record.get("state").asString()).isEqualTo("recording");
        assertThat(record.get("fileSize").asLong()).isZero();
        assertThat(record.get("roomId").asString()).isEqualTo(live.room().id());
        assertThat(record.get("spaceId").asString()).isEqualTo(live.room().spaceId());
        assertThat(record.get("callId").asString())
                .isEqualTo(jdbc.sql("SELECT id FROM calls WHERE room_id = ?")
                        .param(live.room().id())
                        .query(String.class)
                        .single());
        assertThat(record.get("name").asString())
                .startsWith("Lesson lesson "); // the room's name (Fixtures names it), then the date
        assertThat(record.has("finishedAt")).isFalse();

        ApiResponse again = api.post(
                        roomPath(live.room()) + "/records/start", live.owner().token(), null)
                .assertStatus(409);
        assertThat(slug(again)).isEqualTo("already-recording");

        JsonNode stopped = api.post(
                        roomPath(live.room()) + "/records/stop", live.owner().token(), null)
                .assertStatus(200)
                .body();
        assertThat(stopped.get("id").asString()).isEqualTo(id);
        assertThat(stopped.get("state").asString()).isEqualTo("finished");
        assertThat(stopped.has("finishedAt")).isTrue();
        assertThat(slug(api.post(
                                roomPath(live.room()) + "/records/stop",
                                live.owner().token(),
                                null)
                        .assertStatus(409)))
                .isEqualTo("not-recording");

        assertThat(jdbc.sql(
                                "SELECT event_name || ':' || record_id FROM webhook_deliveries WHERE space_id = ? AND record_id IS NOT NULL ORDER BY created_at, event_name DESC")
                        .param(live.room().spaceId())
                        .query(String.class)
                        .list())
                .containsExactly("record_started:" + id, "record_finished:" + id);
    }

    @Test
    void startNeedsACallAndARoomThatAllowsRecording() {
        TestUser owner = user("Owner");
        Fixtures.Room idle = fixtures.room(owner.token(), fixtures.space(owner.token(), true), "lesson", true);
        assertThat(slug(api.post(roomPath(idle) + "/records/start", owner.token(), null)
                        .assertStatus(409)))
                .isEqualTo("no-active-call");

        Live forbidden = liveRoom(false);
        assertThat(slug(api.post(
                                roomPath(forbidden.room()) + "/records/start",
                                forbidden.owner().token(),
                                null)
                        .assertStatus(409)))
                .isEqualTo("recording-not-allowed");
        assertThat(count(
                        "SELECT COUNT(*) FROM records WHERE room_id IN (?, ?)",
                        idle.id(),
                        forbidden.room().id()))
                .isZero();
    }

    @Test
    void onlyTheRoomsHostsRecord() {
        Live live = liveRoom(true);
        TestUser visitor = user("Visitor");
        TestUser moderator = user("Moderator");
        fixtures.grant(
                live.room().ownerToken(),
                live.room().spaceId(),
                live.room().id(),
                moderator.id(),
                "role_room_moderator");
        Fixtures.Guest guestHost = fixtures.guest(live.room(), "Guest host", "moderator", true);

        api.post(roomPath(live.room()) + "/records/start", visitor.token(), null)
                .assertStatus(403);
        api.post(roomPath(live.room()) + "/records/start", clientToken(), null).assertStatus(403);
        api.post(roomPath(live.room()) + "/records/start", guestHost.token(), null)
                .assertStatus(403);
        api.post(roomPath(live.room()) + "/records/start", moderator.token(), null)
                .assertStatus(201);
        api.post(roomPath(live.room()) + "/records/stop", visitor.token(), null).assertStatus(403);
        api.post(roomPath(live.room()) + "/records/stop", moderator.token(), null)
                .assertStatus(200);
        Fixtures.Room hidden =
                fixtures.room(live.owner().token(), fixtures.space(live.owner().token(), false), "lesson", true);
        api.post(roomPath(hidden) + "/records/start", visitor.token(), null).assertStatus(404);
    }

    @Test
    void theCallsEndFinishesItsRecording() {
        Live live = liveRoom(true);
        String id = api.post(
                        roomPath(live.room()) + "/records/start", live.owner().token(), null)
                .assertStatus(201)
                .body()
                .get("id")
                .asString();

        api.post(roomPath(live.room()) + "/leave", live.owner().token(), Map.of("participantId", live.participantId()))
                .assertStatus(204);

        assertThat(jdbc.sql("SELECT state FROM records WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("finished");
    }

    @Test
    void autoRecordingRoomsRecordEachCallFromItsStart() {
        TestUser owner = user("Owner");
        Fixtures.Room room = fixtures.room(
                owner.token(),
                fixtures.space(owner.token(), true),
                "lesson",
                true,
                Map.of("isAutoRecordingAllowed", true));
        String participant = api.post(
                        "/v1/spaces/" + room.spaceId() + "/participants",
                        owner.token(),
                        Map.of("name", "Anna", "roomId", room.id()))
                .assertStatus(201)
                .body()
                .get("id")
                .asString();

        String callId = api.post(roomPath(room) + "/join", owner.token(), Map.of("participantId", participant))
                .assertStatus(200)
                .body()
                .get("callId")
                .asString();

        assertThat(jdbc.sql("SELECT call_id || ':' || state FROM records WHERE room_id = ?")
                        .param(room.id())
                        .query(String.class)
                        .list())
                .containsExactly(callId + ":recording");
    }

    @Test
    void listFiltersByCreationTimeNewestFirst() {
        Live live = liveRoom(true);
        TestUser stranger = user("Stranger");
        // Back in time, so that the tokens made now stay valid throughout.
        String first = recordAt(live, "2026-01-10T10:00:00Z");
        String second = recordAt(live, "2026-01-20T10:00:00Z");
        String third = recordAt(live, "2026-01-30T10:00:00Z");
        String path = roomPath(live.room()) + "/records";

        JsonNode all = api.get(path, stranger.token()).assertStatus(200).body();
        assertThat(ids(all)).containsExactly(third, second, first);
        assertThat(all.get("total").asInt()).isEqualTo(3);

        JsonNode window = api.get(
                        path + "?dateFrom=2026-01-20T10:00:00Z&dateTo=2026-01-30T10:00:00Z",
                        live.owner().token())
                .assertStatus(200)
                .body();
        assertThat(ids(window)).containsExactly(second);
        assertThat(window.get("total").asInt()).isEqualTo(1);
        JsonNode offsetZone = api.get(
                        path + "?dateFrom=2026-01-20T12:00:00%2B02:00",
                        live.owner().token())
                .assertStatus(200)
                .body();
        assertThat(ids(offsetZone)).containsExactly(third, second);
        JsonNode page = api.get(path + "?limit=1&offset=1", live.owner().token())
                .assertStatus(200)
                .body();
        assertThat(ids(page)).containsExactly(second);
        assertThat(page.get("total").asInt()).isEqualTo(3);

        invalid("GET", path + "?dateFrom=yesterday", live.owner().token(), null).assertStatus(400);
        Fixtures.Room hidden = fixtures.room(live.owner().token(), live.room().spaceId(), "lesson", false);
        api.get(roomPath(hidden) + "/records", stranger.token()).assertStatus(404);
        assertThat(api.get(roomPath(hidden) + "/records", live.owner().token())
                        .assertStatus(200)
                        .body()
                        .get("items"))
                .isEmpty();
    }

    /** A recording of the live call started and stopped at {@code at} by the server's clock; its id. */
    private String recordAt(Live live, String at) {
        setClock(Instant.parse(at));
        String id = api.post(
                        roomPath(live.room()) + "/records/start", live.owner().token(), null)
                .assertStatus(201)
                .string("/id");
        api.post(roomPath(live.room()) + "/records/stop", live.owner().token(), null)
                .assertStatus(200);
        return id;
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }

    @Test
    void downloadAnswersASignedUrlThatTheServerHonours() throws Exception {
        Live live = liveRoom(true);
        String id = api.post(
                        roomPath(live.room()) + "/records/start", live.owner().token(), null)
                .assertStatus(201)
                .body()
                .get("id")
                .asString();
        String download = roomPath(live.room()) + "/records/download/" + id;
        assertThat(slug(api.get(download, live.owner().token()).assertStatus(409)))
                .isEqualTo("record-not-finished");
        byte[] media = "not really an mp4".getBytes(StandardCharsets.UTF_8);
        Path file = storage.resolve(id + ".mp4");
        Files.createDirectories(storage);
        Files.write(file, media);
        try {
            assertDownloads(live, id, download, media);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(api.page(roomFile(download, live)).statusCode()).isEqualTo(404);
    }

    /** The link that the download call answers, for the record of {@code downloadPath}, made again. */
    private String roomFile(String downloadPath, Live live) {
        URI url = URI.create(
                api.get(downloadPath, live.owner().token()).assertStatus(200).text());
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    private void assertDownloads(Live live, String id, String download, byte[] media) throws Exception {
        assertThat(api.post(
                                roomPath(live.room()) + "/records/stop",
                                live.owner().token(),
                                null)
                        .assertStatus(200)
                        .body()
                        .get("fileSize")
                        .asLong())
                .isEqualTo(media.length);

        ApiResponse answer = api.request("GET", download)
                .token(live.owner().token())
                .header("Accept", "text/plain")
                .send()
                .assertStatus(200);

        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("text/plain");
        URI url = URI.create(answer.text());
        assertThat(url.getScheme() + "://" + url.getAuthority()).isEqualTo(publicUrl);
        assertThat(url.getPath()).isEqualTo("/files/records/" + id);
        long expires = Long.parseLong(url.getQuery().replaceAll(".*expires=(\\d+).*", "$1"));
        String signature = url.getQuery().replaceAll(".*signature=([0-9a-f]+).*", "$1");
        assertThat(expires - Instant.now().getEpochSecond())
                .isBetween(
                        Duration.ofHours(24).toSeconds() - 60,
                        Duration.ofHours(24).toSeconds());
        assertThat(signature).isEqualTo(hmac(id + ":" + expires));

        // The server itself serves the file to the holder of the link, and to nobody else.
        String local = url.getRawPath() + "?" + url.getRawQuery();
        HttpResponse<String> file = api.page(local);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(new String(media, StandardCharsets.UTF_8));
        assertThat(file.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(api.page(url.getRawPath() + "?expires=" + expires + "&signature=" + "0".repeat(64))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.page(url.getRawPath() + "?expires=" + (expires + 1) + "&signature=" + signature)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.page(url.getRawPath()).statusCode()).isEqualTo(403);
        long past = Instant.now().getEpochSecond() - 10;
        assertThat(api.page(url.getRawPath() + "?expires=" + past + "&signature=" + hmac(id + ":" + past))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void downloadOfAnUnknownOrForeignRecordIsNotFound() {
        Live live = liveRoom(true);
        Live other = liveRoom(true);
        String id = api.post(
                        roomPath(other.room()) + "/records/start", other.owner().token(), null)
                .assertStatus(201)
                .body()
                .get("id")
                .asString();
        api.get(roomPath(live.room()) + "/records/download/" + id, live.owner().token())
                .assertStatus(404);
        api.get(
                        roomPath(live.room()) + "/records/download/0123456789abcdef01234567",
                        live.owner().token())
                .assertStatus(404);
        invalid(
                        "GET",
                        roomPath(live.room()) + "/records/download/xyz",
                        live.owner().token(),
                        null)
                .assertStatus(400);
    }

    private String hmac(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingKey.derive("record-download-links"), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
