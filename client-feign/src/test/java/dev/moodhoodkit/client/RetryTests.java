package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.moodhoodkit.client.errors.ConnectionException;
import dev.moodhoodkit.client.errors.RateLimitedException;
import dev.moodhoodkit.client.errors.ServerException;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTests extends WireMockTestSupport {

    private static final String SPACE_PATH = "/v1/spaces/" + SPACE_ID;
    private static final String RATE_LIMITED = SpecExamples.sharedResponse("TooManyRequests");
    private static final String UNAVAILABLE = """
            {"type":"https://moodhood.online/problems/unavailable","title":"Service unavailable","status":503,\
            "detail":"Down for maintenance.","instance":"/v1/spaces","requestId":"0f3c9d7e2b1a4c5d"}""";
    private static final RetryPolicy FOUR_ATTEMPTS = RetryPolicy.of(4, Duration.ofMillis(200), Duration.ofMillis(500));

    @BeforeEach
    void clientToken() {
        stubClientToken("token", 3600);
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterSeconds() {
        failThenSucceed(
                () -> get(SPACE_PATH),
                List.of(
                        problem(429, RATE_LIMITED).withHeader("Retry-After", "7"),
                        problem(429, RATE_LIMITED).withHeader("Retry-After", "2")),
                json(200, spaceJson()));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
        server.verify(3, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterOrElseTheCappedBackoff() {
        tolerateUndeclaredStatus();
        failThenSucceed(
                () -> get(SPACE_PATH),
                List.of(
                        problem(503, UNAVAILABLE).withHeader("Retry-After", "3"),
                        problem(503, UNAVAILABLE),
                        problem(503, UNAVAILABLE)),
                json(200, spaceJson()));

        try (MoodhoodClient moodhood =
                clientBuilder().retryPolicy(FOUR_ATTEMPTS).build()) {
            moodhood.spaces().getSpace(SPACE_ID);
        }
        server.verify(4, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        // Jitter pinned to its top: the server's 3 s, then the ceilings of retries 2 and 3:
        // 200 ms × 2 = 400 ms, 200 ms × 4 = 800 ms capped at 500 ms.
        assertThat(sleeper.waits())
                .containsExactly(Duration.ofSeconds(3), Duration.ofMillis(400), Duration.ofMillis(500));
    }

    @Test
    void theBackoffIsJitteredBetweenHalfAndAllOfItsCeilingAndCapped() {
        tolerateUndeclaredStatus();
        server.stubFor(get(SPACE_PATH).willReturn(problem(503, UNAVAILABLE)));

        try (MoodhoodClient moodhood = clientBuilder()
                .jitter(() -> 0.0)
                .retryPolicy(RetryPolicy.of(5, Duration.ofMillis(200), Duration.ofMillis(500)))
                .build()) {
            assertThatThrownBy(() -> moodhood.spaces().getSpace(SPACE_ID))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.detail()).isEqualTo("Down for maintenance.");
                    });
        }
        server.verify(5, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        // Jitter at its bottom: half of 200, 400, 500 (capped), 500 ms.
        assertThat(sleeper.waits())
                .containsExactly(
                        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void whenTheAttemptsAreSpentTheRateLimitIsThrownWithItsRetryAfter() {
        server.stubFor(get(SPACE_PATH).willReturn(problem(429, RATE_LIMITED).withHeader("Retry-After", "1")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThatThrownBy(() -> moodhood.spaces().getSpace(SPACE_ID))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                        assertThat(e.requestId()).isEqualTo("0f3c9d7e2b1a4c5d");
                    });
        }
        server.verify(RetryPolicy.DEFAULT.maxAttempts(), getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterLongerThanThePolicyAcceptsFailsAtOnce() {
        server.stubFor(get(SPACE_PATH).willReturn(problem(429, RATE_LIMITED).withHeader("Retry-After", "3600")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThatThrownBy(() -> moodhood.spaces().getSpace(SPACE_ID))
                    .isInstanceOfSatisfying(
                            RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aResetConnectionIsRetried() {
        tolerateFaults();
        failThenSucceed(
                () -> get(SPACE_PATH),
                List.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                json(200, spaceJson()));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).containsExactly(RetryPolicy.DEFAULT.baseBackoff());
    }

    @Test
    void aReadTimeoutIsRetriedThenThrownAsATimeout() {
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson()).withFixedDelay(2_000)));

        try (MoodhoodClient moodhood = clientBuilder()
                .readTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                .build()) {
            assertThatThrownBy(() -> moodhood.spaces().getSpace(SPACE_ID))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.status()).isZero();
                        assertThat(e.getMessage()).contains("GET " + baseUrl() + "/spaces/" + SPACE_ID);
                    });
        }
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void aReadTimeoutFollowedByAnAnswerSucceeds() {
        failThenSucceed(
                () -> get(SPACE_PATH), List.of(json(200, spaceJson()).withFixedDelay(4_000)), json(200, spaceJson()));

        // A wide margin for the prompt answer: the machine may be busy.
        try (MoodhoodClient moodhood =
                clientBuilder().readTimeout(Duration.ofMillis(1_500)).build()) {
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
    }

    @Test
    void aPostWithoutAKeyOfItsOwnIsRetriedWithOneGeneratedKey() {
        tolerateUndeclaredStatus();
        tolerateFaults();
        failThenSucceed(
                () -> post("/v1/spaces"),
                List.of(problem(503, UNAVAILABLE), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                json(201, SpecExamples.response("/spaces", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/spaces/" + SPACE_ID));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces().createSpace(new CreateSpaceRequest().name("Lessons"));
            moodhood.spaces().createSpace(new CreateSpaceRequest().name("Lessons"));
        }
        List<String> keys = idempotencyKeysOf("/v1/spaces");
        // Three attempts of the first call, one of the second.
        assertThat(keys).hasSize(4);
        assertThat(keys.get(0)).matches("[0-9a-f-]{36}");
        assertThat(keys.subList(0, 3)).containsOnly(keys.get(0));
        assertThat(keys.get(3)).matches("[0-9a-f-]{36}").isNotEqualTo(keys.get(0));
        server.verify(0, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withHeader("Idempotency-Key", matching(".*")));
    }

    @Test
    void aPostWithTheCallersKeyIsRetriedWithThatKey() {
        tolerateUndeclaredStatus();
        tolerateFaults();
        failThenSucceed(
                () -> post("/v1/spaces"),
                List.of(problem(503, UNAVAILABLE), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                json(201, SpecExamples.response("/spaces", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/spaces/" + SPACE_ID));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            RequestOptions once = RequestOptions.defaults().withIdempotencyKey("order-4711");
            String id = moodhood.with(once)
                    .spaces()
                    .createSpace(new CreateSpaceRequest().name("Lessons"))
                    .getId();
            assertThat(id).isEqualTo(SPACE_ID);
        }
        server.verify(
                3, postRequestedFor(urlPathEqualTo("/v1/spaces")).withHeader("Idempotency-Key", equalTo("order-4711")));
        server.verify(0, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withHeader("Idempotency-Key", matching(".*")));
    }

    @Test
    void optionsTravelWithTheirViewOnly() {
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson())));
        server.stubFor(get(SPACE_PATH + "/rooms")
                .willReturn(json(200, SpecExamples.response("/spaces/{spaceId}/rooms", "get", "200"))));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            MoodhoodClient traced = moodhood.with(RequestOptions.defaults().withHeader("X-Correlation-Id", "c-1"));
            traced.spaces().getSpace(SPACE_ID);
            moodhood.spaces().getSpace(SPACE_ID);
            traced.rooms().listRooms(SPACE_ID, null, null);
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(SPACE_PATH)).withHeader("X-Correlation-Id", equalTo("c-1")));
        server.verify(1, getRequestedFor(urlPathEqualTo(SPACE_PATH)).withoutHeader("X-Correlation-Id"));
        server.verify(
                1,
                getRequestedFor(urlPathEqualTo(SPACE_PATH + "/rooms")).withHeader("X-Correlation-Id", equalTo("c-1")));
        // A GET is safe to repeat as it is: it gets no key.
        server.verify(0, getRequestedFor(urlPathEqualTo(SPACE_PATH)).withHeader("Idempotency-Key", matching(".*")));
    }

    @Test
    void aTimeoutOfTheOptionsReplacesTheReadTimeout() {
        tolerateFaults();
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson()).withFixedDelay(1_500)));

        try (MoodhoodClient moodhood =
                clientBuilder().retryPolicy(RetryPolicy.NONE).build()) {
            MoodhoodClient impatient = moodhood.with(RequestOptions.defaults().withTimeout(Duration.ofMillis(200)));
            assertThatThrownBy(() -> impatient.spaces().getSpace(SPACE_ID))
                    .isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("Timed out");
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
    }

    private List<String> idempotencyKeysOf(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .map(request -> request.getHeader("Idempotency-Key"))
                .toList();
    }

    @Test
    void tokenRequestsAreRetriedWhenTheEndpointIsBusy() {
        server.resetMappings();
        failThenSucceed(
                () -> tokenRequest("client_credentials"),
                List.of(problem(429, RATE_LIMITED).withHeader("Retry-After", "1")),
                json(200, tokenResponse("token", "refresh", 3600)));
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces().getSpace(SPACE_ID);
        }
        server.verify(2, tokenRequested("client_credentials"));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    /** Answers {@code failures} in turn, then {@code success} for ever. */
    private static void failThenSucceed(
            Supplier<MappingBuilder> request,
            List<ResponseDefinitionBuilder> failures,
            ResponseDefinitionBuilder success) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures.size(); i++) {
            String next = "after failure " + (i + 1);
            server.stubFor(request.get()
                    .inScenario("retries")
                    .whenScenarioStateIs(state)
                    .willReturn(failures.get(i))
                    .willSetStateTo(next));
            state = next;
        }
        server.stubFor(
                request.get().inScenario("retries").whenScenarioStateIs(state).willReturn(success));
    }
}
