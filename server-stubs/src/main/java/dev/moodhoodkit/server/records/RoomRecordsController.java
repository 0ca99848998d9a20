package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.api.RoomRecordsApi;
import dev.moodhoodkit.server.api.model.Record;
import dev.moodhoodkit.server.api.model.RecordList;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A room's recordings: start, stop, list, and a signed download link. */
@RestController
class RoomRecordsController implements RoomRecordsApi {

    private final RecordService service;
    private final RecordMapper mapper;

    RoomRecordsController(RecordService service, RecordMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<Record> startRoomRecording(String spaceId, String roomId) {
        Records.RecordRow started = service.start(CurrentCaller.get(), spaceId, roomId);
        return Locations.created(
                "/spaces/" + spaceId + "/rooms/" + roomId + "/records/" + started.id(), mapper.record(started));
    }

    @Override
    public ResponseEntity<Record> stopRoomRecording(String spaceId, String roomId) {
        return ResponseEntity.ok(mapper.record(service.stop(CurrentCaller.get(), spaceId, roomId)));
    }

    @Override
    public ResponseEntity<RecordList> listRoomRecords(
            String spaceId,
            String roomId,
            OffsetDateTime dateFrom,
            OffsetDateTime dateTo,
            Integer limit,
            Integer offset) {
        Paging page = Paging.of(limit, offset);
        return ResponseEntity.ok(mapper.list(
                service.list(CurrentCaller.get(), spaceId, roomId, dateFrom, dateTo, page.limit(), page.offset())));
    }

    /** The URL as text/plain (written by {@link UriTextConverter}); it is a credential, so not cached. */
    @Override
    public ResponseEntity<URI> redirectToDownloadRoomRecord(String spaceId, String roomId, String recordId) {
        URI url = service.downloadUrl(CurrentCaller.get(), spaceId, roomId, recordId);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore())
                .body(url);
    }
}
