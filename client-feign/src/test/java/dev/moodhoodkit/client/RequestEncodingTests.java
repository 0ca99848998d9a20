package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.RecordList;
import dev.moodhoodkit.client.model.RoomType;
import dev.moodhoodkit.client.model.Space;
import dev.moodhoodkit.client.model.UpdateRoomRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the client puts on the wire and how it reads what comes back. */
class RequestEncodingTests extends WireMockTestSupport {

    private static final String ROOM_ID = "60d55c4fb9ef88ab17b0aabd";

    @Test
    void unsetOptionalFieldsAreNotSent() {
        stubClientToken("token", 3600);
        server.stubFor(post("/v1/spaces")
                .withRequestBody(equalToJson("{\"name\":\"Lessons\",\"isPublic\":false}", false, false))
                .willReturn(json(201, SpecExamples.response("/spaces", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/spaces/" + SPACE_ID)));
        server.stubFor(put("/v1/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID)
                .withRequestBody(equalToJson("{\"type\":\"webinar\"}", false, false))
                .willReturn(json(200, SpecExamples.response("/spaces/{spaceId}/rooms/{roomId}", "put", "200"))));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces()
                    .createSpace(new CreateSpaceRequest().name("Lessons").isPublic(false));
            moodhood.rooms().updateRoom(SPACE_ID, ROOM_ID, new UpdateRoomRequest().type(RoomType.WEBINAR));
        }
    }

    @Test
    void dateTimesAreSentAsRfc3339AndReadBack() {
        stubClientToken("token", 3600);
        server.stubFor(get(urlPathEqualTo("/v1/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID + "/records"))
                // 10:00 at +02:00 is 08:00Z; seconds are written even when zero.
                .withQueryParam("dateFrom", equalTo("2026-11-20T08:00:00Z"))
                .withQueryParam("dateTo", absent())
                .withQueryParam("limit", equalTo("10"))
                .willReturn(
                        json(200, SpecExamples.response("/spaces/{spaceId}/rooms/{roomId}/records", "get", "200"))));
        server.stubFor(get("/v1/spaces/" + SPACE_ID).willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            RecordList records = moodhood.records()
                    .listRoomRecords(
                            SPACE_ID,
                            ROOM_ID,
                            OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
                            null,
                            10,
                            null);
            Space space = moodhood.spaces().getSpace(SPACE_ID);

            assertThat(records.getItems()).isNotEmpty();
            assertThat(records.getItems().get(0).getCreatedAt()).isNotNull();
            assertThat(space.getCreatedAt()).isEqualTo(OffsetDateTime.parse(jsonText(spaceJson(), "createdAt")));
        }
    }

    @Test
    void aPlainTextDownloadUrlIsReadAsText() {
        String recordId = "60d55f33b9ef88ab17b0aac9";
        String url =
                SpecExamples.response("/spaces/{spaceId}/rooms/{roomId}/records/download/{recordId}", "get", "200");
        stubClientToken("token", 3600);
        server.stubFor(get("/v1/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID + "/records/download/" + recordId)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/plain;charset=UTF-8")
                        .withBody(url)));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            URI download = moodhood.records().redirectToDownloadRoomRecord(SPACE_ID, ROOM_ID, recordId);
            assertThat(download).isEqualTo(URI.create(url));
            assertThat(download.getQuery()).contains("signature=");
        }
    }

    @Test
    void anotherTransportCanBeGiven() {
        stubClientToken("token", 3600);
        server.stubFor(get("/v1/spaces/" + SPACE_ID).willReturn(json(200, spaceJson())));
        List<String> sent = new CopyOnWriteArrayList<>();
        feign.Client jdkHttp = new feign.Client.Default(null, null);
        feign.Client recording = (request, options) -> {
            sent.add(request.httpMethod() + " " + request.url());
            return jdkHttp.execute(request, options);
        };

        try (MoodhoodClient moodhood = clientBuilder().httpClient(recording).build()) {
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
        assertThat(sent)
                .containsExactly("POST " + baseUrl() + "/auth/token", "GET " + baseUrl() + "/spaces/" + SPACE_ID);
    }

    @Test
    void fullLoggingNeverWritesTokensSecretsOrPasswords() {
        server.stubFor(tokenRequest("password")
                .willReturn(json(200, tokenResponse("secret-access-token", "secret-refresh-token", 3600))));
        server.stubFor(get("/v1/spaces/" + SPACE_ID).willReturn(json(200, spaceJson())));
        Logger log = (Logger) LoggerFactory.getLogger(MoodhoodClient.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        Level before = log.getLevel();
        log.setLevel(Level.DEBUG);
        try (MoodhoodClient anna = clientBuilder()
                .userCredentials("anna@example.com", "correct-horse-battery")
                .logLevel(feign.Logger.Level.FULL)
                .build()) {
            anna.spaces().getSpace(SPACE_ID);
        } finally {
            log.detachAppender(lines);
            log.setLevel(before);
        }

        String logged = String.join(
                "\n",
                lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(logged)
                .as("the log shows the calls")
                .contains("GET " + baseUrl() + "/spaces/" + SPACE_ID)
                .contains("POST " + baseUrl() + "/auth/token")
                .contains(jsonText(spaceJson(), "name"));
        assertThat(logged)
                .doesNotContain(
                        "secret-access-token",
                        "secret-refresh-token",
                        CLIENT_SECRET,
                        "correct-horse-battery",
                        "Authorization");
    }

    private static String jsonText(String json, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .get(field)
                    .asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
