package dev.moodhoodkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsTests {

    private static final Reports.Run RUN =
            new Reports.Run("https://staging.example.com/v1", "openapi/openapi.yaml", "mhconf-abc123", 3, 1500);

    private static Ledger ledger() {
        Ledger ledger = new Ledger();
        ledger.operation("createRoom", "POST", "/spaces/{spaceId}/rooms");
        ledger.operation("getRoom", "GET", "/spaces/{spaceId}/rooms/{roomId}");
        ledger.operation("RedirectToDownloadRoomRecord", "GET", "/records/download/{recordId}");
        ledger.operation("deleteRoom", "DELETE", "/spaces/{spaceId}/rooms/{roomId}");
        ledger.exchanged("createRoom", 201);
        ledger.violation(
                "createRoom",
                "Object has missing required properties ([\"alias\"])",
                "POST https://x/v1/spaces/1/rooms\n< 201");
        ledger.exchanged("getRoom", 200);
        ledger.exchanged("getRoom", 404);
        ledger.unreachable("RedirectToDownloadRoomRecord", "needs startRoomRecording, which this spec does not have");
        return ledger;
    }

    @Test
    void aViolationOrAnOperationNotExercisedFailsTheRun() {
        Ledger ledger = ledger();
        assertThat(ledger.passed()).isFalse();
        assertThat(ledger.entries()).extracting(Ledger.Entry::passed).containsExactly(false, true, true, false);
    }

    @Test
    void theTableShowsEachOperationWithItsStatusesAndResult() {
        String table = Reports.table(ledger());
        assertThat(table)
                .containsPattern(
                        "createRoom +yes \\(1\\) +201 +FAIL: 1 violation\\(s\\): Object has missing required properties \\(\\[\"alias\"]\\)");
        assertThat(table).containsPattern("getRoom +yes \\(2\\) +200,404 +ok");
        assertThat(table)
                .containsPattern("RedirectToDownloadRoomRecord +no +- +impossible here: needs startRoomRecording");
        assertThat(table).containsPattern("deleteRoom +no +- +FAIL: not exercised");
    }

    @Test
    void junitXmlHasACasePerOperation() {
        String xml = Reports.junitXml(ledger(), RUN);
        assertThat(xml).contains("tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"1\"");
        assertThat(xml)
                .contains(
                        "<testcase classname=\"openapi/openapi.yaml\" name=\"createRoom\"><failure message=\"Object has missing required properties ([&quot;alias&quot;])\">");
        assertThat(xml).contains("name=\"deleteRoom\"><failure message=\"not exercised\"");
        assertThat(xml).contains("<skipped message=\"needs startRoomRecording");
    }

    @Test
    void markdownHasTheTableAndEachViolationWithItsExchange() {
        String md = Reports.markdown(ledger(), RUN);
        assertThat(md).contains("**does not conform**");
        assertThat(md).contains("| `getRoom` | yes (2) | 200,404 | ok |");
        assertThat(md)
                .contains(
                        "### `createRoom`\n\nObject has missing required properties ([\"alias\"])\n\n```\nPOST https://x/v1/spaces/1/rooms\n< 201\n```");
    }
}
