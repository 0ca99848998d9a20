package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;
import static dev.moodhoodkit.conformance.walk.Session.field;

import dev.moodhoodkit.conformance.http.Call;
import dev.moodhoodkit.conformance.http.Exchange;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A call in the room, recorded, left; then the records and analytics reads of the guide's
 * "records and analytics" page.
 */
final class CallsFlow {

    private final Session s;

    CallsFlow(Session session) {
        this.s = session;
    }

    void run() {
        boolean inCall = false;
        s.participantId = field(
                s.send(Call.to("createParticipant")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .json(body(
                                "name",
                                s.name("participant"),
                                "roomId",
                                s.roomId,
                                "role",
                                "speaker",
                                "clientUniqueId",
                                s.runName + "-tab-1"))
                        .expect("the room owner registers", 201)),
                "id");
        if (s.participantId != null) {
            s.send(room("createSignalingToken")
                    .path("participantId", s.participantId)
                    .expect("the participant's signaling token", 200));
            Optional<Exchange> joined = s.send(room("joinRoom")
                    .json(body("participantId", s.participantId))
                    .expect("the first join starts a call", 200));
            // The answer's body is an extension: the mirror's walk finds the call in analytics.
            s.callId = field(joined, "callId");
            inCall = joined.filter(Exchange::succeeded).isPresent();
        }
        if (inCall) {
            s.recordId = field(
                    s.send(room("startRoomRecording").expect("the room allows recording and has a call", 201)), "id");
            if (s.recordId != null) {
                s.send(room("stopRoomRecording").expect("the recording stops", 200));
            }
        }
        s.send(room("listRoomRecords")
                .query("dateFrom", "2020-01-01T00:00:00Z")
                .query("dateTo", "2100-01-01T00:00:00Z")
                .expect("the room's records", 200));
        if (s.reachable("startRoomRecording", "RedirectToDownloadRoomRecord") && s.recordId != null) {
            s.send(room("RedirectToDownloadRoomRecord")
                    .path("recordId", s.recordId)
                    .expect("a finished record's download URL", 200));
        }
        if (s.participantId != null) {
            s.send(room("leaveRoom")
                    .json(body("participantId", s.participantId))
                    .expect("the last one leaves", 204));
        }
        Optional<Exchange> calls = s.send(Call.to("analyticsCalls")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .query("roomId", s.roomId)
                .query("date", LocalDate.now(ZoneOffset.UTC).toString())
                .expect("today's calls of the room", 200));
        if (s.callId == null) {
            s.callId = calls.filter(Exchange::succeeded)
                    .map(e -> e.json().path("items").path(0).path("id").asText(null))
                    .orElse(null);
        }
        if (s.callId != null) {
            s.send(Call.to("getRoomAnalyticsReport")
                    .token(s.owner.token)
                    .path("spaceId", s.spaceId)
                    .query("roomId", s.roomId)
                    .query("callId", s.callId)
                    .query("format", "json")
                    .expect("the call's report", 200));
        }
    }

    private Call room(String operationId) {
        return Call.to(operationId)
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId);
    }
}
