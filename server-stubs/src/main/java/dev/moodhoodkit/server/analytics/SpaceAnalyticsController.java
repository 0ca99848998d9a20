package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.api.SpaceAnalyticsApi;
import dev.moodhoodkit.server.api.model.CallList;
import dev.moodhoodkit.server.api.model.CallReport;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A space's calls and call reports. */
@RestController
class SpaceAnalyticsController implements SpaceAnalyticsApi {

    private final AnalyticsService service;
    private final AnalyticsMapper mapper;

    SpaceAnalyticsController(AnalyticsService service, AnalyticsMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CallList> analyticsCalls(
            String spaceId, String roomId, LocalDate date, Integer limit, Integer offset) {
        Paging page = Paging.of(limit, offset);
        return ResponseEntity.ok(
                mapper.list(service.calls(CurrentCaller.get(), spaceId, roomId, date, page.limit(), page.offset())));
    }

    /**
     * The same report as JSON or XLSX. Setting the content type here makes Spring write the
     * body with the converter of that type ({@link CallReportXlsxConverter} for XLSX).
     */
    @Override
    public ResponseEntity<CallReport> getRoomAnalyticsReport(
            String spaceId, String roomId, String callId, String format) {
        String wanted = format == null ? "json" : format;
        if (!wanted.equals("json") && !wanted.equals("xlsx")) {
            throw ProblemException.badRequest("The parameter format must be json or xlsx.");
        }
        CallReport report = mapper.report(service.report(CurrentCaller.get(), spaceId, roomId, callId));
        if (wanted.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok()
                .contentType(CallReportXlsxConverter.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("call-" + callId + ".xlsx")
                                .build()
                                .toString())
                .body(report);
    }
}
