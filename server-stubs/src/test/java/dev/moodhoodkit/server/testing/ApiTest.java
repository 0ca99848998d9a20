package dev.moodhoodkit.server.testing;

import dev.moodhoodkit.server.MoodhoodServerApplication;
import dev.moodhoodkit.server.common.Problems;
import dev.moodhoodkit.testsupport.MutableClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the server's API tests: the whole server on a random port, on a database of its own
 * ({@link TestDatabase}: in-memory H2, or PostgreSQL with {@code -Dmoodhood.test.db=postgres}),
 * driven over real HTTP by {@link #api}, which checks every exchange against openapi.yaml.
 * Subclasses share one context (Spring caches it), so tests make their own users and never
 * count on an empty database.
 *
 * <p>Tests seed through the API ({@link #fixtures}, {@link #user}), as a client would, so
 * every row they need was made by the code under test. Time moves with {@link #clock}, the
 * server's {@code Clock} bean replaced by a {@link MutableClock} (the system clock until a test
 * advances it, set back after each test), never by editing rows.
 */
@SpringBootTest(
        classes = {MoodhoodServerApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"moodhood.bootstrap.print=false", ApiTest.NO_WEBHOOK_DELIVERY})
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@ExtendWith(DatabaseAvailable.class)
public abstract class ApiTest {

    public static final String DEFAULT_PASSWORD = "correct-horse-battery";

    /** The operator's token that opens Actuator's metrics and info (test config's moodhood.security.metrics-token). */
    public static final String METRICS_TOKEN = "test-metrics-token-0123456789abcdef";

    /**
     * The webhook outbox stays as the tests write it: they read queued deliveries and seed
     * webhooks at example.com. The delivery tests (webhooks.WebHookDeliveryTests) run servers
     * of their own that deliver.
     */
    public static final String NO_WEBHOOK_DELIVERY = "moodhood.webhooks.delivery.enabled=false";

    @LocalServerPort
    private int port;

    /** The server's clock ({@link TestClock}): {@link #advance} moves what the server takes for now. */
    @Autowired
    protected MutableClock clock;

    /**
     * For reading what the API does not show (the webhook outbox, a participant's caller
     * kind): tests write through the API only.
     */
    @Autowired
    protected JdbcClient jdbc;

    @Value("${moodhood.bootstrap.client-id}")
    private String bootstrapClientId;

    @Value("${moodhood.bootstrap.client-secret}")
    private String bootstrapClientSecret;

    protected Api api;

    /** Spaces, rooms, guest links, webhooks... made through {@link #api}. */
    protected Fixtures fixtures;

    private String clientToken;

    @BeforeEach
    void connectToServer() {
        api = new Api(port);
        fixtures = new Fixtures(api);
    }

    @AfterEach
    void setTheClockBack() {
        clock.reset();
    }

    /**
     * Moves the server's clock forward. Tokens issued before may have expired then: sign in
     * again ({@link #signIn}); the client token is fetched anew.
     */
    protected void advance(Duration duration) {
        clock.advance(duration);
        clientToken = null;
    }

    protected int port() {
        return port;
    }

    /** A client token of the bootstrap client (made once per test). */
    protected String clientToken() {
        if (clientToken == null) {
            clientToken = Accounts.clientToken(api, bootstrapClientId, bootstrapClientSecret);
        }
        return clientToken;
    }

    /**
     * Sets the server's clock to {@code instant} (earlier or later than now), from where it
     * ticks on: for rows whose dates a test needs to know.
     */
    protected void setClock(java.time.Instant instant) {
        advance(Duration.between(clock.instant(), instant));
    }

    /** A new user of the bootstrap client, with a user token from the password grant. */
    protected TestUser newUser() {
        return user("Test user");
    }

    /** A new user called {@code name}, with a user token from the password grant. */
    protected TestUser user(String name) {
        return Accounts.newUser(api, clientToken(), bootstrapClientId, bootstrapClientSecret, name);
    }

    /** The user with fresh tokens from the password grant (after the clock moved, say). */
    protected TestUser signIn(TestUser user) {
        ApiResponse tokens = passwordGrant(user.email(), user.password()).assertStatus(200);
        return new TestUser(
                user.id(),
                user.email(),
                user.password(),
                tokens.string("/access_token"),
                tokens.string("/refresh_token"));
    }

    /** The problem type of a problem answer, as its slug ({@code guest-link-used}). */
    protected static String slug(ApiResponse problem) {
        return problem.problemType().substring(Problems.TYPE_BASE.length());
    }

    /** A request that breaks the contract on purpose: only the answer is checked against the spec. */
    protected ApiResponse invalid(String method, String path, String token, Object body) {
        return api.request(method, path)
                .token(token)
                .json(body)
                .invalidRequest()
                .send();
    }

    /** The single number a {@code SELECT COUNT(*)} answers. */
    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The password grant for {@code email}. */
    protected ApiResponse passwordGrant(String email, String password) {
        return api.post("/v1/auth/token", null, grant("password", "username", email, "password", password));
    }

    /** A token request body for the bootstrap client: {@code grant("refresh_token", "refresh_token", value)}. */
    protected Map<String, String> grant(String grantType, String... fields) {
        return Accounts.grant(bootstrapClientId, bootstrapClientSecret, grantType, fields);
    }

    /** An email no other test uses. */
    protected static String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 20) + "@example.com";
    }

    /** Helpers that work on any running server (also the ones tests start themselves). */
    public static final class Accounts {

        private Accounts() {}

        public static String clientToken(Api api, String clientId, String clientSecret) {
            return api.post("/v1/auth/token", null, grant(clientId, clientSecret, "client_credentials"))
                    .assertStatus(200)
                    .string("/access_token");
        }

        public static TestUser newUser(Api api, String clientToken, String clientId, String clientSecret) {
            return newUser(api, clientToken, clientId, clientSecret, "Test user");
        }

        public static TestUser newUser(
                Api api, String clientToken, String clientId, String clientSecret, String username) {
            String email = uniqueEmail();
            String id = api.post(
                            "/v1/users",
                            clientToken,
                            Map.of("email", email, "username", username, "password", DEFAULT_PASSWORD))
                    .assertStatus(201)
                    .string("/id");
            ApiResponse tokens = api.post(
                            "/v1/auth/token",
                            null,
                            grant(clientId, clientSecret, "password", "username", email, "password", DEFAULT_PASSWORD))
                    .assertStatus(200);
            return new TestUser(
                    id, email, DEFAULT_PASSWORD, tokens.string("/access_token"), tokens.string("/refresh_token"));
        }

        public static Map<String, String> grant(
                String clientId, String clientSecret, String grantType, String... fields) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("grant_type", grantType);
            body.put("client_id", clientId);
            body.put("client_secret", clientSecret);
            for (int i = 0; i + 1 < fields.length; i += 2) {
                body.put(fields[i], fields[i + 1]);
            }
            return body;
        }
    }
}
