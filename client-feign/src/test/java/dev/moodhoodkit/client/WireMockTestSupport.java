package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.moodhoodkit.testsupport.MutableClock;
import dev.moodhoodkit.testsupport.SpecValidation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server on a free port for the client under test. After each test: no request may
 * have gone unmatched, and every request and answer must agree with the spec (the request
 * bodies the client sends, the stubs' answers), except gaps a test declares on purpose.
 */
abstract class WireMockTestSupport {

    static final String CLIENT_ID = "john-smith";
    static final String CLIENT_SECRET = "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4";
    static final String SPACE_ID = "60d55c0eb9ef88ab17b0aabb";
    static final String TOKEN_PATH = "/v1/auth/token";

    static WireMockServer server;
    private static OpenApiValidationListener specCheck;

    /** Moved by hand, to reach a token's expiry without waiting for it. */
    final MutableClock clock = MutableClock.fixedAt(Instant.parse("2026-11-20T09:00:00Z"));

    final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<String> toleratedSpecGaps = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        OpenApiInteractionValidator validator = SpecValidation.validator();
        specCheck = new OpenApiValidationListener(validator);
        server.addMockServiceRequestListener(specCheck);
        server.start();
        warmUp(validator);
    }

    /**
     * The listener checks each exchange before WireMock answers, and its first check loads the
     * JSON schema machinery (a second or so): done here, so that it does not eat into the short
     * read timeouts of the timeout tests.
     */
    private static void warmUp(OpenApiInteractionValidator validator) {
        validator.validate(
                SimpleRequest.Builder.post("/v1/auth/token")
                        .withContentType("application/json")
                        .withBody("{\"grant_type\":\"client_credentials\",\"client_id\":\"a\",\"client_secret\":\"b\"}")
                        .build(),
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(tokenResponse("a", "r", 60))
                        .build());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
        specCheck.reset();
    }

    @AfterEach
    void everyRequestMatchedAStubAndTheSpec() {
        List<LoggedRequest> unmatched = server.findAllUnmatchedRequests();
        assertThat(unmatched).as("requests no stub matched").isEmpty();
        List<String> violations = specCheck.getReport().getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !toleratedSpecGaps.contains(message.getKey()))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.toList());
        assertThat(violations).as("requests or answers that break the spec").isEmpty();
    }

    /**
     * This test answers with something the spec does not declare (e.g. 503, which the client
     * must handle though no operation lists it): do not count it as a stub error.
     */
    void tolerateUndeclaredStatus() {
        toleratedSpecGaps.add("validation.response.status.unknown");
    }

    /** This test answers with something the spec forbids on purpose, reported under {@code key}. */
    void tolerateSpecViolation(String key) {
        toleratedSpecGaps.add(key);
    }

    /** This test answers with a WireMock fault (a reset connection): there is no body to check. */
    void tolerateFaults() {
        toleratedSpecGaps.add("validation.response.body.missing");
    }

    String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** A builder aimed at the server, with the test clock, no real sleeping, and jitter pinned to its top. */
    MoodhoodClientBuilder clientBuilder() {
        return MoodhoodClient.builder()
                .baseUrl(baseUrl())
                .clientCredentials(CLIENT_ID, CLIENT_SECRET)
                .clock(clock)
                .sleeper(sleeper)
                .jitter(() -> 1.0);
    }

    static String tokenResponse(String accessToken, String refreshToken, int expiresIn) {
        return "{\"token_type\":\"Bearer\",\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken
                + "\",\"expires_in\":" + expiresIn + "}";
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-" + status)
                .withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("X-Request-Id", "req-" + status)
                .withBody(body);
    }

    static MappingBuilder tokenRequest(String grantType) {
        return post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo(grantType)))
                .withRequestBody(matchingJsonPath("$.client_id", equalTo(CLIENT_ID)))
                .withRequestBody(matchingJsonPath("$.client_secret", equalTo(CLIENT_SECRET)));
    }

    static void stubClientToken(String accessToken, int expiresIn) {
        server.stubFor(tokenRequest("client_credentials")
                .willReturn(json(200, tokenResponse(accessToken, "refresh-of-" + accessToken, expiresIn))));
    }

    static RequestPatternBuilder tokenRequested(String grantType) {
        return postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo(grantType)));
    }

    static String spaceJson() {
        return SpecExamples.response("/spaces/{spaceId}", "get", "200");
    }
}
