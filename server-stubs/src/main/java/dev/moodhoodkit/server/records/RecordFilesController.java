package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a record's file to whoever holds a valid signed link (made by the download call).
 * Outside {@code /v1}: the link is the credential, no bearer token is needed. Range requests
 * work, so players can seek.
 */
@RestController
class RecordFilesController {

    private static final MediaType MP4 = MediaType.parseMediaType("video/mp4");

    private final RecordLinks links;
    private final RecordFiles files;
    private final Clock clock;

    RecordFilesController(RecordLinks links, RecordFiles files, Clock clock) {
        this.links = links;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping(RecordLinks.PATH + "{recordId}")
    ResponseEntity<Resource> download(
            @PathVariable String recordId,
            @RequestParam(required = false) Long expires,
            @RequestParam(required = false) String signature) {
        if (expires == null || !links.verify(recordId, expires, signature, clock.instant())) {
            throw ProblemException.forbidden("The download link is invalid or has expired; ask for a new one.");
        }
        var file = files.file(recordId).orElseThrow(() -> ProblemException.notFound("file for the record " + recordId));
        return ResponseEntity.ok()
                .contentType(MP4)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(recordId + RecordFiles.EXTENSION)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(new FileSystemResource(file));
    }
}
