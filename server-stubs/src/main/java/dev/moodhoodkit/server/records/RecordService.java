package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.calls.CallLifecycle;
import dev.moodhoodkit.server.calls.Calls;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import dev.moodhoodkit.server.common.Rows;
import dev.moodhoodkit.server.rooms.RoomDetails;
import dev.moodhoodkit.server.rooms.Rooms;
import dev.moodhoodkit.server.webhooks.EventName;
import dev.moodhoodkit.server.webhooks.WebHookEvents;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a room's call. Start and stop lock the room's row (as joining and leaving do), so
 * a room never has two recordings at once nor a recording outliving its call: when the call
 * finishes, its recording finishes with it.
 */
@Service
class RecordService {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int NAME_MAX = 200;

    private final Records records;
    private final Rooms rooms;
    private final Calls calls;
    private final RecordFiles files;
    private final RecordLinks links;
    private final AccessPolicy access;
    private final WebHookEvents events;
    private final Clock clock;

    RecordService(
            Records records,
            Rooms rooms,
            Calls calls,
            RecordFiles files,
            RecordLinks links,
            AccessPolicy access,
            WebHookEvents events,
            Clock clock) {
        this.records = records;
        this.rooms = rooms;
        this.calls = calls;
        this.files = files;
        this.links = links;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Records.RecordRow start(Caller caller, String spaceId, String roomId) {
        access.moderatedRoom(caller, spaceId, roomId);
        calls.lockRoom(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        RoomDetails room = rooms.find(roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        if (!room.settings().isRecordAllowed()) {
            throw ProblemException.conflict(
                    ProblemType.RECORDING_NOT_ALLOWED, "The room does not allow recording (isRecordAllowed is false).");
        }
        Calls.Call call = calls.findOpen(roomId)
                .orElseThrow(() -> ProblemException.conflict(
                        ProblemType.NO_ACTIVE_CALL,
                        "The room has no call going on: recording starts once someone has joined."));
        if (records.findRecording(roomId).isPresent()) {
            throw ProblemException.conflict(
                    ProblemType.ALREADY_RECORDING,
                    "The room's call is already being recorded; stop that recording first.");
        }
        return startRecording(room, call, clock.instant());
    }

    private Records.RecordRow startRecording(RoomDetails room, Calls.Call call, Instant now) {
        String id = Ids.newId();
        String name = room.name() + " " + NAME_TIME.format(now.atOffset(ZoneOffset.UTC));
        records.insertRecording(
                id,
                call.roomId(),
                call.spaceId(),
                call.id(),
                name.substring(0, Math.min(NAME_MAX, name.length())),
                now);
        events.publish(call.spaceId(), call.roomId(), EventName.RECORD_STARTED, id, now);
        return records.find(id).orElseThrow();
    }

    @Transactional
    Records.RecordRow stop(Caller caller, String spaceId, String roomId) {
        access.moderatedRoom(caller, spaceId, roomId);
        calls.lockRoom(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        Records.RecordRow recording = records.findRecording(roomId)
                .orElseThrow(() ->
                        ProblemException.conflict(ProblemType.NOT_RECORDING, "The room has no recording in progress."));
        return finish(recording, clock.instant());
    }

    private Records.RecordRow finish(Records.RecordRow recording, Instant now) {
        records.end(recording.id(), Records.State.FINISHED, files.size(recording.id()), now);
        events.publish(recording.spaceId(), recording.roomId(), EventName.RECORD_FINISHED, recording.id(), now);
        return records.find(recording.id()).orElseThrow();
    }

    Page<Records.RecordRow> list(
            Caller caller,
            String spaceId,
            String roomId,
            OffsetDateTime from,
            OffsetDateTime to,
            int limit,
            int offset) {
        access.roomOfUserOrGuest(caller, spaceId, roomId);
        return new Page<>(records.list(roomId, from, to, limit, offset), records.count(roomId, from, to));
    }

    URI downloadUrl(Caller caller, String spaceId, String roomId, String recordId) {
        access.roomOfUserOrGuest(caller, spaceId, roomId);
        Records.RecordRow record = records.find(recordId)
                .filter(r -> r.roomId().equals(roomId) && r.spaceId().equals(spaceId))
                .orElseThrow(() -> ProblemException.notFound("record", recordId));
        if (record.state() != Records.State.FINISHED) {
            throw ProblemException.conflict(
                    ProblemType.RECORD_NOT_FINISHED,
                    "The record is " + Rows.stored(record.state()) + "; only a finished record can be downloaded.");
        }
        return links.sign(record.id(), clock.instant());
    }

    /**
     * A call that ends takes its recording with it (in the transaction that ends the call): a
     * call whose last participant left finishes it; a call ended by the idle timeout, whose
     * participants were never seen leaving, fails it ({@code record_failed}): nobody stopped it
     * and what it holds is uncertain.
     */
    @EventListener
    void onCallFinished(CallLifecycle.Finished finished) {
        records.findRecording(finished.roomId())
                .filter(r -> r.callId().equals(finished.callId()))
                .ifPresent(r -> {
                    if (finished.ending() == CallLifecycle.Ending.IDLE_TIMEOUT) {
                        fail(r, finished.at());
                    } else {
                        finish(r, finished.at());
                    }
                });
    }

    private void fail(Records.RecordRow recording, Instant now) {
        records.end(recording.id(), Records.State.FAILED, files.size(recording.id()), now);
        events.publish(recording.spaceId(), recording.roomId(), EventName.RECORD_FAILED, recording.id(), now);
    }

    /** A room with automatic recording records each call from its start. */
    @EventListener
    void onCallStarted(CallLifecycle.Started started) {
        rooms.find(started.roomId())
                .filter(room ->
                        room.settings().isRecordAllowed() && room.settings().isAutoRecordingAllowed())
                .ifPresent(room ->
                        calls.findOpen(started.roomId()).ifPresent(call -> startRecording(room, call, started.at())));
    }
}
