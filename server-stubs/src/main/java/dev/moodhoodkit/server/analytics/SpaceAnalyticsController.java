package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.api.SpaceAnalyticsApi;
import dev.moodhoodkit.server.api.model.CallList;
import dev.moodhoodkit.server.api.model.CallReport;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
            String spaceId, String roomId, String date, Integer limit, Integer offset) {
        Paging page = Paging.of(limit, offset);
        return ResponseEntity.ok(mapper.list(
                service.calls(CurrentCaller.get(), spaceId, roomId, day(date), page.limit(), page.offset())));
    }

    /**
     * The UTC day of {@code date}: MoodHood's clients send an ISO date-time, the kit's a date
     * (the spec's pattern has let only those two shapes through).
     */
    static LocalDate day(String date) {
        if (date == null) {
            return null;
        }
        try {
            return date.length() == 10
                    ? LocalDate.parse(date)
                    : OffsetDateTime.parse(date)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The parameter date must be an ISO date or date-time.");
        }
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
