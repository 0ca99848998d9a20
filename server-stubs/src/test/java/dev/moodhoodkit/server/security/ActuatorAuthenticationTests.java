package dev.moodhoodkit.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Metrics need the operator's metrics token (no API token opens them); health stays public. */
class ActuatorAuthenticationTests extends ApiTest {

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsNeedTheMetricsToken() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/metrics", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");

        TestUser user = newUser();
        assertThat(get("/actuator/metrics", user.token()).statusCode())
                .as("a user token")
                .isEqualTo(401);
        assertThat(get("/actuator/metrics/jvm.memory.used", clientToken()).statusCode())
                .as("a client token")
                .isEqualTo(401);
        assertThat(get("/actuator", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> operator = get("/actuator/metrics", METRICS_TOKEN);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("\"names\"");
    }

    @Test
    void healthStaysPublic() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
