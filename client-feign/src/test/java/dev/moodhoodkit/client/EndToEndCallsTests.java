package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.client.model.CallReport;
import dev.moodhoodkit.client.model.CreateParticipantRequest;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.ParticipantRef;
import dev.moodhoodkit.client.model.ParticipantRole;
import dev.moodhoodkit.client.model.Record;
import dev.moodhoodkit.client.model.RecordState;
import dev.moodhoodkit.client.model.RoomPresence;
import dev.moodhoodkit.client.model.RoomType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The answers that are not plain JSON models, against the real server: the record download URL
 * ({@code text/plain}) and the call report as JSON and as an XLSX workbook.
 */
class EndToEndCallsTests extends EndToEndSupport {

    @Test
    void aRecordedCallGivesADownloadUrlAndAReportInBothFormats() throws Exception {
        MoodhoodClient anna = newUser("Anna").client();
        String spaceId = anna.spaces()
                .createSpace(new CreateSpaceRequest().name("Lessons"))
                .getId();
        String roomId = anna.rooms()
                .createRoom(
                        spaceId,
                        new CreateRoomRequest()
                                .name("Monday lesson")
                                .type(RoomType.LESSON)
                                .isRecordAllowed(true))
                .getId();
        String participantId = anna.participants()
                .createParticipant(
                        spaceId,
                        new CreateParticipantRequest()
                                .name("Anna")
                                .roomId(roomId)
                                .role(ParticipantRole.SPEAKER))
                .getId();
        RoomPresence presence =
                anna.participants().joinRoom(spaceId, roomId, new ParticipantRef().participantId(participantId));

        // The reference server records no media: the test puts the file where the server looks.
        Record recording = anna.records().startRoomRecording(spaceId, roomId);
        byte[] media = "not really an mp4".getBytes(StandardCharsets.UTF_8);
        Files.write(ReferenceServer.recordsDir().resolve(recording.getId() + ".mp4"), media);
        Record finished = anna.records().stopRoomRecording(spaceId, roomId);
        assertThat(finished.getState()).isEqualTo(RecordState.FINISHED);
        assertThat(finished.getFileSize()).isEqualTo(media.length);
        anna.participants().leaveRoom(spaceId, roomId, new ParticipantRef().participantId(participantId));

        // Date-times go out as RFC 3339 query parameters.
        assertThat(anna.records()
                        .listRoomRecords(spaceId, roomId, OffsetDateTime.now().minusHours(1), null, null, null)
                        .getItems())
                .extracting(Record::getId)
                .containsExactly(recording.getId());

        URI download = anna.records().redirectToDownloadRoomRecord(spaceId, roomId, recording.getId());
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(media);

        CallReport report = anna.analytics().getRoomAnalyticsReport(spaceId, roomId, presence.getCallId(), null);
        assertThat(report.getCall().getId()).isEqualTo(presence.getCallId());
        assertThat(report.getParticipants())
                .singleElement()
                .satisfies(stay -> assertThat(stay.getParticipantId()).isEqualTo(participantId));

        byte[] workbook = anna.callReportXlsx(spaceId, roomId, presence.getCallId());
        assertThat(zipEntries(workbook)).contains("xl/workbook.xml", "[Content_Types].xml");
    }

    /** The entries' names, from the archive's central directory (as office programs read it). */
    private static List<String> zipEntries(byte[] archive) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, archive);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().map(ZipEntry::getName).toList();
            }
        } finally {
            Files.delete(file);
        }
    }
}
