package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.Record;
import dev.moodhoodkit.client.model.RecordList;
import dev.moodhoodkit.client.model.RecordState;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** RoomRecords: recordings of a room's calls. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class RoomRecordsPactTest extends ConsumerPactTest {

    private static final String ROOM = "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID;
    private static final String ROOM_EXPRESSION = "/spaces/${spaceId}/rooms/${roomId}";
    private static final String DOWNLOAD_URL =
            "https://moodhood.online/v1/records/files/60d55f33b9ef88ab17b0aac9?expires=1764237600&signature=5d41402a";

    private static void record(LambdaDslObject o, String state) {
        o.valueFromProviderState("id", "${recordId}", RECORD_ID);
        o.stringType("name", "Monday lesson 2026-11-20 10:05");
        o.integerType("fileSize", 0);
        o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
        o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
        o.valueFromProviderState("callId", "${callId}", CALL_ID);
        o.stringValue("state", state);
        dateTime(o, "createdAt");
        dateTime(o, "startedAt");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listRoomRecordsAnswersTheRecords(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.FINISHED_RECORD)
                                                .uponReceiving(
                                                        "listRoomRecords: the records of a room the caller may enter")
                                                .method("GET"),
                                        ROOM_EXPRESSION + "/records",
                                        ROOM + "/records"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", r -> {
                                r.valueFromProviderState("id", "${recordId}", RECORD_ID);
                                r.stringType("name", "Monday lesson 2026-11-20 10:05");
                                r.integerType("fileSize", 73400320);
                                r.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                                r.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                                id(r, "callId");
                                r.stringValue("state", "finished");
                                dateTime(r, "createdAt");
                                dateTime(r, "finishedAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listRoomRecordsAnswersTheRecords")
    void listRoomRecordsAnswersTheRecords(MockServer server) {
        RecordList records =
                client(server, USER_TOKEN).records().listRoomRecords(SPACE_ID, ROOM_ID, null, null, null, null);

        assertThat(records.getItems()).extracting("state").containsOnly(RecordState.FINISHED);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listRoomRecordsOfAnotherUsersRoomAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
                                                .uponReceiving(
                                                        "listRoomRecords: a room in another user's private space is 404")
                                                .method("GET"),
                                        ROOM_EXPRESSION + "/records",
                                        ROOM + "/records"))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listRoomRecordsOfAnotherUsersRoomAnswersNotFound")
    void listRoomRecordsOfAnotherUsersRoomAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).records().listRoomRecords(SPACE_ID, ROOM_ID, null, null, null, null),
                404,
                "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact startRoomRecordingAnswersTheRecord(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.CALL_IN_PROGRESS, Map.of("isRecordAllowed", true))
                                                .uponReceiving(
                                                        "startRoomRecording: the owner records the call in progress")
                                                .method("POST"),
                                        ROOM_EXPRESSION + "/records/start",
                                        ROOM + "/records/start"))
                                .willRespondWith(),
                        201,
                        o -> {
                            id(o, "id");
                            o.stringType("name", "Monday lesson 2026-11-20 10:05");
                            o.integerType("fileSize", 0);
                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                            o.valueFromProviderState("callId", "${callId}", CALL_ID);
                            o.stringValue("state", "recording");
                            dateTime(o, "createdAt");
                            dateTime(o, "startedAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "startRoomRecordingAnswersTheRecord")
    void startRoomRecordingAnswersTheRecord(MockServer server) {
        Record record = client(server, USER_TOKEN).records().startRoomRecording(SPACE_ID, ROOM_ID);

        assertThat(record.getState()).isEqualTo(RecordState.RECORDING);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact startRoomRecordingWithoutCallAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(
                                                        ProviderStates.ROOM,
                                                        Map.of("type", "lesson", "isRecordAllowed", true))
                                                .uponReceiving(
                                                        "startRoomRecording: a room with no call in progress is 409")
                                                .method("POST"),
                                        ROOM_EXPRESSION + "/records/start",
                                        ROOM + "/records/start"))
                                .willRespondWith(),
                        409,
                        "no-active-call")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "startRoomRecordingWithoutCallAnswersConflict")
    void startRoomRecordingWithoutCallAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).records().startRoomRecording(SPACE_ID, ROOM_ID),
                409,
                "no-active-call");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact stopRoomRecordingAnswersTheFinishedRecord(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.RECORDING)
                                                .uponReceiving("stopRoomRecording: the owner stops the recording")
                                                .method("POST"),
                                        ROOM_EXPRESSION + "/records/stop",
                                        ROOM + "/records/stop"))
                                .willRespondWith(),
                        200,
                        o -> {
                            record(o, "finished");
                            dateTime(o, "finishedAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "stopRoomRecordingAnswersTheFinishedRecord")
    void stopRoomRecordingAnswersTheFinishedRecord(MockServer server) {
        Record record = client(server, USER_TOKEN).records().stopRoomRecording(SPACE_ID, ROOM_ID);

        assertThat(record.getState()).isEqualTo(RecordState.FINISHED);
        assertThat(record.getFinishedAt()).isNotNull();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact stopRoomRecordingWhenNothingIsRecordedAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.CALL_IN_PROGRESS, Map.of("isRecordAllowed", true))
                                                .uponReceiving("stopRoomRecording: nothing being recorded is 409")
                                                .method("POST"),
                                        ROOM_EXPRESSION + "/records/stop",
                                        ROOM + "/records/stop"))
                                .willRespondWith(),
                        409,
                        "not-recording")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "stopRoomRecordingWhenNothingIsRecordedAnswersConflict")
    void stopRoomRecordingWhenNothingIsRecordedAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).records().stopRoomRecording(SPACE_ID, ROOM_ID), 409, "not-recording");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact downloadAnswersTheRecordsUrlAsText(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.FINISHED_RECORD)
                                .uponReceiving(
                                        "RedirectToDownloadRoomRecord: a finished record's signed URL, as plain text")
                                .method("GET"),
                        ROOM_EXPRESSION + "/records/download/${recordId}",
                        ROOM + "/records/download/" + RECORD_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "text/plain(;.*)?", "text/plain")
                .bodyMatchingContentType("text/plain", DOWNLOAD_URL)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "downloadAnswersTheRecordsUrlAsText")
    void downloadAnswersTheRecordsUrlAsText(MockServer server) {
        URI url = client(server, USER_TOKEN).records().redirectToDownloadRoomRecord(SPACE_ID, ROOM_ID, RECORD_ID);

        assertThat(url).hasScheme("https");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact downloadOfARecordStillRecordingAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.RECORDING)
                                                .uponReceiving(
                                                        "RedirectToDownloadRoomRecord: a record still being recorded is 409")
                                                .method("GET"),
                                        ROOM_EXPRESSION + "/records/download/${recordId}",
                                        ROOM + "/records/download/" + RECORD_ID))
                                .willRespondWith(),
                        409,
                        "record-not-finished")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "downloadOfARecordStillRecordingAnswersConflict")
    void downloadOfARecordStillRecordingAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).records().redirectToDownloadRoomRecord(SPACE_ID, ROOM_ID, RECORD_ID),
                409,
                "record-not-finished");
    }
}
