package dev.moodhoodkit.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a request is read back from curl's arguments. */
class DocsCurlRunTests {

    @Test
    void readsMethodUrlHeadersAndJsonBody() {
        CurlRun.SentRequest sent = CurlRun.SentRequest.of(List.of(
                "-s",
                "-X",
                "POST",
                "http://localhost:1/v1/spaces",
                "-H",
                "Authorization: Bearer abc",
                "-H",
                "Content-Type: application/json",
                "-d",
                "{\"name\":\"x\"}"));

        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.url().getPath()).isEqualTo("/v1/spaces");
        assertThat(sent.headers())
                .containsEntry("Authorization", "Bearer abc")
                .containsEntry("Content-Type", "application/json");
        assertThat(sent.body()).isEqualTo("{\"name\":\"x\"}");
        assertThat(sent.forbidden()).isEmpty();
    }

    @Test
    void dataWithoutAMethodIsAFormPostAndSeveralDataAreJoined() {
        CurlRun.SentRequest sent = CurlRun.SentRequest.of(List.of("http://h/v1/auth/token", "-d", "a=1", "--data=b=2"));

        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.body()).isEqualTo("a=1&b=2");
        assertThat(sent.headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void optionsTheRunnerNeedsAreReportedAndOutputIsKept() {
        CurlRun.SentRequest sent =
                CurlRun.SentRequest.of(List.of("-w", "%{http_code}", "-o", "report.xlsx", "http://h/x"));

        assertThat(sent.forbidden()).containsExactly("-w");
        assertThat(sent.output()).isEqualTo("report.xlsx");
        assertThat(sent.method()).isEqualTo("GET");
    }
}
