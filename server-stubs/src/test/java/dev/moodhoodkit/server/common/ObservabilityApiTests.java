package dev.moodhoodkit.server.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * What a Spring user expects of a running server (docs/running-the-server.md): Prometheus
 * metrics, build and git data in {@code /actuator/info}, and the request id in every log line of
 * a request.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityApiTests extends ApiTest {

    /** Actuator beyond health answers the operator's metrics token only (security.ActuatorAuthenticationTests). */
    private HttpResponse<String> actuator(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                .header("Authorization", "Bearer " + METRICS_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusAnswersWithTheServersMetrics() throws Exception {
        api.get("/v1/users/me", null); // one API request, so that its timer exists
        HttpResponse<String> metrics = actuator("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("# TYPE jvm_memory_used_bytes gauge", "http_server_requests_seconds_count{");
    }

    @Test
    void infoNamesTheBuildAndTheCommit() throws Exception {
        HttpResponse<String> info = actuator("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode body = Api.JSON.readTree(info.body());
        assertThat(body.path("build").path("artifact").asString()).isEqualTo("server-stubs");
        assertThat(body.path("build").path("version").asString()).isNotBlank();
        // The build runs in a git clone (CI's is a fresh one); git-commit-id-maven-plugin wrote it.
        assertThat(body.path("git").path("commit").path("id").asString()).matches("[0-9a-f]{7,40}");
    }

    @Test
    void everyLogLineOfARequestNamesItsRequestId(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String logger = "org.springframework.web.servlet.DispatcherServlet";
        logging.setLogLevel(logger, LogLevel.DEBUG);
        try {
            // A page outside the API (not checked against the spec), handled by Spring MVC.
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.baseUrl() + "/openapi.yaml?observability=1"))
                                    .header("X-Request-Id", "observability-test-0001")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            logging.setLogLevel(logger, null);
        }
        List<String> lines = output.getOut()
                .lines()
                .filter(l -> l.contains("DispatcherServlet")
                        && (l.contains("observability=1") || l.contains("Completed 200")))
                .toList();
        assertThat(lines).as("DispatcherServlet's lines of the request").isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("[observability-test-0001]"));
    }
}
