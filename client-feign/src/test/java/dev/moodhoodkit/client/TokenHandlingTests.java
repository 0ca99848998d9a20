package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.Space;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenHandlingTests extends WireMockTestSupport {

    private static final String SPACE_PATH = "/v1/spaces/" + SPACE_ID;
    private static final String UNAUTHORIZED = SpecExamples.sharedResponse("Unauthorized");

    @Test
    void fetchesTheClientTokenOnFirstUseAndReusesIt() {
        stubClientToken("client-token-1", 3600);
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer client-token-1"))
                .willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThat(server.getAllServeEvents())
                    .as("nothing is sent before the first call")
                    .isEmpty();
            Space space = moodhood.spaces().getSpace(SPACE_ID);
            moodhood.spaces().getSpace(SPACE_ID);

            assertThat(space.getId()).isEqualTo(SPACE_ID);
        }
        server.verify(1, tokenRequested("client_credentials"));
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
    }

    @Test
    void refreshesTheTokenShortlyBeforeItExpires() {
        // 600 s of life: renewed 30 s (the margin's cap) before the end, by the refresh grant.
        stubClientToken("token-1", 600);
        server.stubFor(tokenRequest("refresh_token")
                .withRequestBody(matchingJsonPath("$.refresh_token", equalTo("refresh-of-token-1")))
                .willReturn(json(200, tokenResponse("token-2", "refresh-2", 600))));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(json(200, spaceJson())));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces().getSpace(SPACE_ID);
            clock.advance(Duration.ofSeconds(569));
            moodhood.spaces().getSpace(SPACE_ID);
            server.verify(0, tokenRequested("refresh_token"));

            clock.advance(Duration.ofSeconds(1));
            moodhood.spaces().getSpace(SPACE_ID);
        }
        server.verify(1, tokenRequested("client_credentials"));
        server.verify(1, tokenRequested("refresh_token"));
        server.verify(
                2, getRequestedFor(urlPathEqualTo(SPACE_PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
        server.verify(
                1, getRequestedFor(urlPathEqualTo(SPACE_PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
    }

    @Test
    void aShortLivedTokenIsRenewedATenthOfItsLifeBeforeItsEnd() {
        stubClientToken("token-1", 60);
        server.stubFor(tokenRequest("refresh_token").willReturn(json(200, tokenResponse("token-2", "refresh-2", 60))));
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            moodhood.spaces().getSpace(SPACE_ID);
            clock.advance(Duration.ofSeconds(53));
            moodhood.spaces().getSpace(SPACE_ID);
            server.verify(0, tokenRequested("refresh_token"));
            clock.advance(Duration.ofSeconds(1));
            moodhood.spaces().getSpace(SPACE_ID);
        }
        server.verify(1, tokenRequested("refresh_token"));
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndTheCallRepeated() {
        stubClientToken("revoked-token", 3600);
        server.stubFor(tokenRequest("refresh_token")
                .withRequestBody(matchingJsonPath("$.refresh_token", equalTo("refresh-of-revoked-token")))
                .willReturn(json(200, tokenResponse("fresh-token", "refresh-2", 3600))));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer revoked-token"))
                .willReturn(problem(401, UNAUTHORIZED)));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(json(200, spaceJson())));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThat(moodhood.spaces().getSpace(SPACE_ID).getId()).isEqualTo(SPACE_ID);
        }
        server.verify(1, tokenRequested("client_credentials"));
        server.verify(1, tokenRequested("refresh_token"));
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        assertThat(sleeper.waits()).as("a fresh token needs no backoff").isEmpty();
    }

    @Test
    void aPostRejectedFor401IsRepeatedWithAFreshTokenEvenWithoutIdempotencyKey() {
        stubClientToken("revoked-token", 3600);
        server.stubFor(tokenRequest("refresh_token").willReturn(json(200, tokenResponse("fresh-token", "r2", 3600))));
        server.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer revoked-token"))
                .willReturn(problem(401, UNAUTHORIZED)));
        server.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(json(201, SpecExamples.response("/users", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/users/60d55b7bb9ef88ab17b0aab9")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThat(moodhood.users().createNewUser(newUser()).getId()).isNotBlank();
        }
        server.verify(2, postRequestedFor(urlPathEqualTo("/v1/users")));
    }

    @Test
    void aSecond401AfterTheFreshTokenIsFinal() {
        stubClientToken("token-1", 3600);
        server.stubFor(tokenRequest("refresh_token").willReturn(json(200, tokenResponse("token-2", "r2", 3600))));
        server.stubFor(get(SPACE_PATH).willReturn(problem(401, UNAUTHORIZED)));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            assertThatThrownBy(() -> moodhood.spaces().getSpace(SPACE_ID))
                    .isInstanceOf(AuthenticationException.class)
                    .satisfies(e ->
                            assertThat(((AuthenticationException) e).status()).isEqualTo(401));
        }
        server.verify(2, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        server.verify(1, tokenRequested("refresh_token"));
    }

    @Test
    void aRefreshTokenThatNoLongerWorksLeadsToANewLogin() {
        server.stubFor(tokenRequest("password")
                .inScenario("logins")
                .whenScenarioStateIs("Started")
                .willReturn(json(200, tokenResponse("user-token-1", "user-refresh-1", 60)))
                .willSetStateTo("second"));
        server.stubFor(tokenRequest("password")
                .inScenario("logins")
                .whenScenarioStateIs("second")
                .willReturn(json(200, tokenResponse("user-token-2", "user-refresh-2", 60))));
        server.stubFor(tokenRequest("refresh_token")
                .willReturn(json(400, SpecExamples.response("/auth/token", "post", "400"))));
        server.stubFor(get(SPACE_PATH).willReturn(json(200, spaceJson())));

        try (MoodhoodClient anna = clientBuilder()
                .userCredentials("anna@example.com", "correct-horse-battery")
                .build()) {
            anna.spaces().getSpace(SPACE_ID);
            clock.advance(Duration.ofSeconds(59));
            anna.spaces().getSpace(SPACE_ID);
        }
        server.verify(
                2,
                tokenRequested("password")
                        .withRequestBody(matchingJsonPath("$.username", equalTo("anna@example.com")))
                        .withRequestBody(matchingJsonPath("$.password", equalTo("correct-horse-battery"))));
        server.verify(1, tokenRequested("refresh_token"));
        server.verify(getRequestedFor(urlPathEqualTo(SPACE_PATH))
                .withHeader("Authorization", equalTo("Bearer user-token-2")));
    }

    @Test
    void twentyConcurrentFirstCallsShareOneTokenRequest() throws Exception {
        server.stubFor(tokenRequest("client_credentials")
                .willReturn(json(200, tokenResponse("shared-token", "shared-refresh", 3600))
                        .withFixedDelay(300)));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer shared-token"))
                .willReturn(json(200, spaceJson())));

        ExecutorService callers = Executors.newFixedThreadPool(20);
        try (MoodhoodClient moodhood = clientBuilder().build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Space>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(callers.submit(() -> {
                    start.await();
                    return moodhood.spaces().getSpace(SPACE_ID);
                }));
            }
            start.countDown();
            for (Future<Space> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS).getId()).isEqualTo(SPACE_ID);
            }
        } finally {
            callers.shutdownNow();
        }
        server.verify(1, tokenRequested("client_credentials"));
        server.verify(20, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
    }

    @Test
    void aClientWithUserCredentialsSendsTheUserTokenAndAsClientTheClientToken() {
        stubClientToken("client-token", 3600);
        server.stubFor(
                tokenRequest("password").willReturn(json(200, tokenResponse("anna-token", "anna-refresh", 3600))));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer anna-token"))
                .willReturn(json(200, spaceJson())));
        server.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer client-token"))
                .willReturn(json(201, SpecExamples.response("/users", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/users/60d55b7bb9ef88ab17b0aab9")));

        try (MoodhoodClient anna = clientBuilder()
                .userCredentials("anna@example.com", "correct-horse-battery")
                .build()) {
            anna.spaces().getSpace(SPACE_ID);
            anna.asClient().users().createNewUser(newUser());
            anna.asClient().users().createNewUser(newUser());
        }
        server.verify(1, tokenRequested("password"));
        server.verify(1, tokenRequested("client_credentials"));
    }

    @Test
    void asUserLogsAnotherUserInAndSharesTheClientToken() {
        stubClientToken("client-token", 3600);
        server.stubFor(tokenRequest("password")
                .withRequestBody(matchingJsonPath("$.username", equalTo("boris@example.com")))
                .willReturn(json(200, tokenResponse("boris-token", "boris-refresh", 3600))));
        server.stubFor(post("/v1/users")
                .withHeader("Authorization", equalTo("Bearer client-token"))
                .willReturn(json(201, SpecExamples.response("/users", "post", "201"))
                        .withHeader("Location", "https://moodhood.online/v1/users/60d55b7bb9ef88ab17b0aab9")));
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer boris-token"))
                .willReturn(json(200, spaceJson())));

        try (MoodhoodClient admin = clientBuilder().build()) {
            admin.users().createNewUser(newUser());
            MoodhoodClient boris = admin.asUser("boris@example.com", "correct-horse-battery");
            boris.spaces().getSpace(SPACE_ID);
            assertThat(boris.toString()).contains("boris@example.com").doesNotContain("correct-horse-battery");
            admin.asClient().users().createNewUser(newUser());
        }
        server.verify(1, tokenRequested("client_credentials"));
        server.verify(1, tokenRequested("password"));
    }

    @Test
    void aPersonalTokenIsSentAsIsAndItsRejectionIsFinal() {
        server.stubFor(get(SPACE_PATH)
                .withHeader("Authorization", equalTo("Bearer personal-abc"))
                .willReturn(problem(401, UNAUTHORIZED)));

        try (MoodhoodClient owner = MoodhoodClient.builder()
                .baseUrl(baseUrl())
                .personalToken("personal-abc")
                .sleeper(sleeper)
                .build()) {
            assertThatThrownBy(() -> owner.spaces().getSpace(SPACE_ID))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("The access token has expired.");
            assertThatThrownBy(owner::asClient)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("clientCredentials");
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(SPACE_PATH)));
        server.verify(0, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void wrongUserCredentialsFailWithTheOAuthError() {
        server.stubFor(
                tokenRequest("password").willReturn(json(400, SpecExamples.response("/auth/token", "post", "400"))));

        try (MoodhoodClient anna =
                clientBuilder().userCredentials("anna@example.com", "wrong").build()) {
            assertThatThrownBy(() -> anna.spaces().getSpace(SPACE_ID))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.oauthError()).isEqualTo("invalid_grant");
                        assertThat(e.detail()).isEqualTo("Invalid credentials");
                    });
        }
        server.verify(1, tokenRequested("password"));
        server.verify(0, WireMock.anyRequestedFor(urlPathEqualTo(SPACE_PATH)));
    }

    private static CreateUserRequest newUser() {
        return new CreateUserRequest()
                .email("boris@example.com")
                .username("boris")
                .password("correct-horse-battery");
    }
}
