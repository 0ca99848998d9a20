package dev.moodhoodkit.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits themselves, on a server with low ones: wrong passwords for one account, wrong
 * secrets of one client and the calls of one caller run out, then answer 429 with
 * {@code Retry-After} and the RateLimit headers, and an unknown account is answered exactly as a
 * known one.
 */
@ExtendWith(DatabaseAvailable.class)
class RateLimitTests {

    static final int ACCOUNT_FAILURES = 3;
    static final int API_CALLS = 10;

    private static ServerInstance server;
    private static String clientToken;

    /** Low limits, an hour long so that nothing refills during a test. */
    static Map<String, Object> lowLimits(Map<String, Object> database) {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put(ApiTest.NO_WEBHOOK_DELIVERY.split("=")[0], "false");
        properties.put("moodhood.rate-limits.token-account-failures.capacity", ACCOUNT_FAILURES);
        properties.put("moodhood.rate-limits.token-account-failures.period", "1h");
        properties.put("moodhood.rate-limits.token-client-failures.capacity", 50);
        properties.put("moodhood.rate-limits.token-client-failures.period", "1h");
        properties.put("moodhood.rate-limits.api.capacity", API_CALLS);
        properties.put("moodhood.rate-limits.api.period", "1h");
        return properties;
    }

    @BeforeAll
    static void start() {
        server = ServerInstance.start(lowLimits(TestDatabase.fresh()));
        clientToken = server.clientToken();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static ApiResponse password(String email, String password) {
        return server.api()
                .post("/v1/auth/token", null, server.grant("password", "username", email, "password", password));
    }

    @Test
    void wrongPasswordsForOneAccountRunOutThenEvenTheRightOneIsTooMany() {
        TestUser user = server.newUser(clientToken);
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(password(user.email(), "wrong-" + i).assertStatus(400).string("/error"))
                    .isEqualTo("invalid_grant");
        }
        ApiResponse limited = password(user.email(), "wrong-again").assertStatus(429);
        assertTooMany(limited, "token-account", ACCOUNT_FAILURES);
        password(user.email(), user.password()).assertStatus(429);
        // The same account in other letters.
        password(user.email().toUpperCase(), user.password()).assertStatus(429);

        TestUser other = server.newUser(clientToken);
        // Another account is not affected.
        password(other.email(), other.password()).assertStatus(200);
    }

    @Test
    void anUnknownAccountIsAnsweredAsAKnownOne() {
        TestUser known = server.newUser(clientToken);
        String unknown = "nobody-" + known.email();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i <= ACCOUNT_FAILURES + 1; i++) {
            knownAnswers.add(shape(password(known.email(), "wrong-" + i)));
            unknownAnswers.add(shape(password(unknown, "wrong-" + i)));
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.get(ACCOUNT_FAILURES)).startsWith("429 ");
    }

    @Test
    void wrongSecretsOfOneClientRunOut() {
        TestUser owner = server.newUser(clientToken);
        ApiResponse made =
                server.api().post("/v1/integration/client", owner.token(), null).assertStatus(201);
        String clientId = made.string("/clientId");
        String secret = made.string("/clientSecret");
        int failures = 50;
        for (int i = 0; i < failures; i++) {
            server.api()
                    .post("/v1/auth/token", null, ApiTest.Accounts.grant(clientId, "wrong-" + i, "client_credentials"))
                    .assertStatus(401);
        }
        ApiResponse limited = server.api()
                .post("/v1/auth/token", null, ApiTest.Accounts.grant(clientId, secret, "client_credentials"))
                .assertStatus(429);
        assertTooMany(limited, "token-client", failures);
        assertThat(server.clientToken()).as("another client is not affected").isNotBlank();
    }

    @Test
    void theCallsOfOneCallerRunOutAndEveryAnswerSaysWhatIsLeft() {
        TestUser user = server.newUser(clientToken);
        for (int i = 1; i <= API_CALLS; i++) {
            ApiResponse answer = server.api().get("/v1/users/me", user.token()).assertStatus(200);
            assertThat(answer.header("RateLimit-Policy")).contains("\"api\";q=" + API_CALLS + ";w=3600");
            assertThat(answer.header("RateLimit").orElseThrow()).startsWith("\"api\";r=" + (API_CALLS - i) + ";t=");
        }
        ApiResponse limited = server.api().get("/v1/users/me", user.token()).assertStatus(429);
        assertTooMany(limited, "api", API_CALLS);

        TestUser other = server.newUser(clientToken);
        // Another caller is not affected.
        server.api().get("/v1/users/me", other.token()).assertStatus(200);
    }

    static void assertTooMany(ApiResponse answer, String policy, int capacity) {
        assertThat(answer.problemType()).isEqualTo("https://moodhood.online/problems/rate-limited");
        long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(3600L / capacity + 1);
        assertThat(answer.header("RateLimit-Policy")).contains("\"" + policy + "\";q=" + capacity + ";w=3600");
        assertThat(answer.header("RateLimit").orElseThrow()).startsWith("\"" + policy + "\";r=0;t=");
    }

    /** Status, error or problem type and detail: what tells one answer from another. */
    private static String shape(ApiResponse answer) {
        return answer.status() + " "
                + answer.text()
                        .replaceAll("\"(instance|requestId)\":\"[^\"]*\",?", "")
                        .replaceAll("in \\d+ seconds", "in N seconds");
    }
}
