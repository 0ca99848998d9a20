package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.api.model.Call;
import dev.moodhoodkit.server.api.model.CallParticipation;
import dev.moodhoodkit.server.api.model.CallReport;
import dev.moodhoodkit.server.common.WriteOnlyConverter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link CallReport} as an XLSX workbook: a "Call" sheet (one field per row) and a
 * "Participants" sheet (one stay per row). The generated method returns
 * {@code ResponseEntity<CallReport>} for both formats; the controller picks this converter by
 * setting the XLSX content type, so the same report object is JSON or a workbook, and nothing
 * writes to the servlet response behind Spring's back. Times are UTC.
 */
@Component
class CallReportXlsxConverter extends WriteOnlyConverter<CallReport> {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    private static final List<String> PARTICIPANT_COLUMNS =
            List.of("Participant id", "Name", "User id", "Role", "Joined at (UTC)", "Left at (UTC)", "Duration (s)");

    CallReportXlsxConverter() {
        super(CallReport.class, null, XLSX);
    }

    @Override
    protected void writeInternal(CallReport report, HttpOutputMessage output) throws IOException {
        write(report, output.getBody());
    }

    static void write(CallReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "MoodHood reference server", "1.0");
        writeCall(workbook.newWorksheet("Call"), report.getCall());
        writeParticipants(workbook.newWorksheet("Participants"), report.getParticipants());
        workbook.finish();
    }

    private static void writeCall(Worksheet sheet, Call call) {
        Object[][] rows = {
            {"Call id", call.getId()},
            {"Room id", call.getRoomId()},
            {"Room type", call.getRoomType().getValue()},
            {"Active", call.getActive()},
            {"Started at (UTC)", call.getStartedAt()},
            {"Finished at (UTC)", call.getFinishedAt()},
            {"Duration (s)", call.getDurationSeconds()},
            {"Participants now", call.getParticipantsCount()},
            {"Joins", call.getTotalParticipantsCount()},
            {"Unique participants", call.getUniqueParticipantsCount()},
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r, 0, (String) rows[r][0]);
            sheet.style(r, 0).bold().set();
            cell(sheet, r, 1, rows[r][1]);
        }
        sheet.width(0, 22);
        sheet.width(1, 28);
    }

    private static void writeParticipants(Worksheet sheet, List<CallParticipation> participants) {
        for (int c = 0; c < PARTICIPANT_COLUMNS.size(); c++) {
            sheet.value(0, c, PARTICIPANT_COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (CallParticipation p : participants) {
            Object[] values = {
                p.getParticipantId(),
                p.getName(),
                p.getUserId(),
                p.getRole().getValue(),
                p.getJoinedAt(),
                p.getLeftAt(),
                p.getDurationSeconds()
            };
            for (int c = 0; c < values.length; c++) {
                cell(sheet, r, c, values[c]);
            }
            r++;
        }
        sheet.freezePane(0, 1);
        for (int c = 0; c < PARTICIPANT_COLUMNS.size(); c++) {
            sheet.width(c, c == 1 ? 24 : 26);
        }
    }

    /** Typed cells: numbers and booleans as such, instants as Excel date-times in UTC; nothing for null. */
    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof OffsetDateTime time) {
            sheet.value(row, column, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            sheet.style(row, column).format(TIME_FORMAT).set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else {
            sheet.value(row, column, value.toString());
        }
    }
}
