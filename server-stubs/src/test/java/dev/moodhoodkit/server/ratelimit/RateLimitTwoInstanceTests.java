package dev.moodhoodkit.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits hold across instances: two servers on one PostgreSQL, where {@code store: auto} puts
 * the buckets, count a caller's calls and an account's failures together, wherever they land.
 * PostgreSQL only (the embedded H2 default keeps its buckets in memory: one instance).
 */
@ExtendWith(DatabaseAvailable.class)
class RateLimitTwoInstanceTests {

    private static String databaseName;
    private static ServerInstance first;
    private static ServerInstance second;

    @BeforeAll
    static void start() {
        assumeTrue(TestDatabase.postgres(), "buckets are shared through PostgreSQL only");
        databaseName = "limits_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = RateLimitTests.lowLimits(TestDatabase.shared(databaseName));
        first = ServerInstance.start(properties);
        second = ServerInstance.start(properties);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (databaseName != null) {
            TestDatabase.drop(databaseName);
        }
    }

    private static ServerInstance instance(int i) {
        return i % 2 == 0 ? first : second;
    }

    @Test
    void wrongPasswordsOnEitherInstanceCountAgainstOneAccount() {
        TestUser user = first.newUser(first.clientToken());
        for (int i = 0; i < RateLimitTests.ACCOUNT_FAILURES; i++) {
            instance(i)
                    .api()
                    .post(
                            "/v1/auth/token",
                            null,
                            instance(i).grant("password", "username", user.email(), "password", "wrong-" + i))
                    .assertStatus(400);
        }
        for (ServerInstance server : new ServerInstance[] {first, second}) {
            ApiResponse limited = server.api()
                    .post(
                            "/v1/auth/token",
                            null,
                            server.grant("password", "username", user.email(), "password", user.password()))
                    .assertStatus(429);
            RateLimitTests.assertTooMany(limited, "token-account", RateLimitTests.ACCOUNT_FAILURES);
        }
    }

    @Test
    void aCallersCallsOnBothInstancesShareOneQuota() {
        TestUser user = first.newUser(first.clientToken());
        for (int i = 1; i <= RateLimitTests.API_CALLS; i++) {
            ApiResponse answer =
                    instance(i).api().get("/v1/users/me", user.token()).assertStatus(200);
            assertThat(answer.header("RateLimit").orElseThrow())
                    .startsWith("\"api\";r=" + (RateLimitTests.API_CALLS - i) + ";t=");
        }
        RateLimitTests.assertTooMany(
                first.api().get("/v1/users/me", user.token()).assertStatus(429), "api", RateLimitTests.API_CALLS);
        RateLimitTests.assertTooMany(
                second.api().get("/v1/users/me", user.token()).assertStatus(429), "api", RateLimitTests.API_CALLS);
    }
}
