package dev.moodhoodkit.client;

import dev.moodhoodkit.client.api.AuthApi;
import dev.moodhoodkit.client.api.IntegrationApi;
import dev.moodhoodkit.client.api.ParticipantsApi;
import dev.moodhoodkit.client.api.RoomEmbedApi;
import dev.moodhoodkit.client.api.RoomGenerateAccessApi;
import dev.moodhoodkit.client.api.RoomRecordsApi;
import dev.moodhoodkit.client.api.RoomRolesApi;
import dev.moodhoodkit.client.api.SpaceAnalyticsApi;
import dev.moodhoodkit.client.api.SpaceInvitesApi;
import dev.moodhoodkit.client.api.SpaceRoomsApi;
import dev.moodhoodkit.client.api.SpacesApi;
import dev.moodhoodkit.client.api.UsersApi;
import dev.moodhoodkit.client.api.WebHookApi;
import dev.moodhoodkit.client.errors.MoodhoodException;
import feign.Logger;
import feign.Request;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The MoodHood API client: one object that gives every API group of the spec as its generated
 * Feign interface, with the tokens, errors and retries handled inside.
 *
 * <pre>{@code
 * MoodhoodClient moodhood = MoodhoodClient.builder()
 *         .clientCredentials("john-smith", "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4")
 *         .userCredentials("anna@example.com", "correct-horse-battery")
 *         .build();
 * String spaceId = moodhood.spaces().createSpace(new CreateSpaceRequest().name("Lessons")).getId();
 * }</pre>
 *
 * <h2>Which token a call carries</h2>
 * A client built with user credentials ({@code password} grant) or a personal token sends that
 * user's token with every call; a client built with client credentials only sends the client
 * token ({@code client_credentials} grant). {@link #asClient()} gives a view that sends the
 * client token (e.g. to create a user before there is one), {@link #asUser(String, String)} and
 * {@link #withPersonalToken(String)} give views acting for another user. Views share the
 * connection pool, the settings and the client token.
 *
 * <h2>Tokens</h2>
 * Fetched on first use, renewed with the {@code refresh_token} grant shortly before they expire
 * (the safety margin is a tenth of {@code expires_in}, at most 30 s), or by logging in again when
 * the refresh token no longer works. When a call answers 401 the client renews the token once
 * and repeats the call once. Concurrent calls share one token request. A personal token is sent
 * as is: it does not expire, and a 401 is final.
 *
 * <h2>Errors</h2>
 * Every failure is a {@link MoodhoodException}, with a subclass per category; see there.
 *
 * <h2>Retries</h2>
 * Connection failures, 429 and 503 are retried as the {@link RetryPolicy} says, honouring
 * {@code Retry-After}. GET, PUT and DELETE are repeated freely; a POST only when it carries an
 * idempotency key ({@link #idempotent(String, Supplier)}).
 *
 * <p>Instances are thread-safe; make one per application and {@link #close()} it at the end.
 */
public final class MoodhoodClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://moodhood.online/v1";

    /** The header that marks a POST as safe to repeat (an extension of this kit). */
    public static final String IDEMPOTENCY_KEY_HEADER = RequestHeaders.IDEMPOTENCY_KEY;

    private final Shared shared;
    private final TokenSource tokens;
    private final String actingAs;
    private final boolean ownsTransport;
    private final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();

    private MoodhoodClient(Shared shared, TokenSource tokens, String actingAs, boolean ownsTransport) {
        this.shared = shared;
        this.tokens = tokens;
        this.actingAs = actingAs;
        this.ownsTransport = ownsTransport;
    }

    /** Starts a client; see {@link Builder} for the settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Spaces: create, list, read, update, delete ({@code Spaces} tag). */
    public SpacesApi spaces() {
        return api(SpacesApi.class);
    }

    /** Rooms of a space ({@code SpaceRooms} tag). */
    public SpaceRoomsApi rooms() {
        return api(SpaceRoomsApi.class);
    }

    /** Single-use invitations to a space ({@code SpaceInvites} tag). */
    public SpaceInvitesApi invites() {
        return api(SpaceInvitesApi.class);
    }

    /** Roles of users in a room ({@code RoomRoles} tag). */
    public RoomRolesApi roomRoles() {
        return api(RoomRolesApi.class);
    }

    /** Guest links to a room for people without an account ({@code RoomGenerateAccess} tag). */
    public RoomGenerateAccessApi generateAccess() {
        return api(RoomGenerateAccessApi.class);
    }

    /** Participants, signalling tokens, joining and leaving a room's call ({@code Participants} tag). */
    public ParticipantsApi participants() {
        return api(ParticipantsApi.class);
    }

    /** Recordings of a room ({@code RoomRecords} tag). */
    public RoomRecordsApi records() {
        return api(RoomRecordsApi.class);
    }

    /** The iframe that embeds a room ({@code RoomEmbed} tag). */
    public RoomEmbedApi embed() {
        return api(RoomEmbedApi.class);
    }

    /** The webhook of a space and its deliveries ({@code WebHook} tag). */
    public WebHookApi webhooks() {
        return api(WebHookApi.class);
    }

    /** Calls of a space's rooms and their reports ({@code SpaceAnalytics} tag). */
    public SpaceAnalyticsApi analytics() {
        return api(SpaceAnalyticsApi.class);
    }

    /**
     * A call's report as an XLSX workbook ({@code getRoomAnalyticsReport} with
     * {@code format=xlsx}), which {@link #analytics()} cannot return: its method reads the JSON
     * report. The space owner and space moderators may.
     *
     * <pre>{@code
     * Files.write(Path.of("report.xlsx"), moodhood.callReportXlsx(spaceId, roomId, callId));
     * }</pre>
     *
     * @return the workbook's bytes
     */
    public byte[] callReportXlsx(String spaceId, String roomId, String callId) {
        requireText(spaceId, "spaceId");
        requireText(roomId, "roomId");
        requireText(callId, "callId");
        return api(CallReportWorkbooks.class).getRoomAnalyticsReport(spaceId, roomId, callId, "xlsx");
    }

    /** Users: create one, the caller's account and meeting settings ({@code Users} tag). */
    public UsersApi users() {
        return api(UsersApi.class);
    }

    /** The caller's own client id and secret, and personal tokens ({@code Integration} tag). */
    public IntegrationApi integration() {
        return api(IntegrationApi.class);
    }

    /**
     * The token endpoint itself ({@code Auth} tag), for tokens of your own, e.g. a refresh
     * token to put in an embed URL. Its calls carry no bearer token; the tokens it returns are
     * independent of the ones this client manages.
     */
    public AuthApi auth() {
        return shared.authApi;
    }

    /**
     * A view of this client that sends the client token, for the calls a client token makes
     * (creating a user, reading public spaces and rooms).
     *
     * @throws IllegalStateException if the client was built with a personal token only
     */
    public MoodhoodClient asClient() {
        if (shared.clientTokens == null) {
            throw new IllegalStateException(
                    "asClient() needs clientCredentials(id, secret); this client has a personal token only");
        }
        return new MoodhoodClient(shared, shared.clientTokens, "client " + shared.client.clientId(), false);
    }

    /**
     * A view of this client acting for another user, who logs in with the {@code password}
     * grant on first use. Keep the view for as long as you act for that user: each call of this
     * method starts a new login.
     *
     * @throws IllegalStateException if the client has no client credentials (the grant needs them)
     * @throws IllegalArgumentException if the email or the password is blank
     */
    public MoodhoodClient asUser(String email, String password) {
        if (shared.client == null) {
            throw new IllegalStateException(
                    "asUser() needs clientCredentials(id, secret): the password grant sends them");
        }
        requireText(email, "email");
        requireText(password, "password");
        TokenSource user =
                OAuthTokenSource.password(shared.client, email, password, shared.tokenEndpoint, shared.wiring.clock());
        return new MoodhoodClient(shared, user, "user " + email, false);
    }

    /** A view of this client acting for the user of a personal token. */
    public MoodhoodClient withPersonalToken(String personalToken) {
        requireText(personalToken, "personalToken");
        return new MoodhoodClient(shared, new PersonalTokenSource(personalToken), "personal token", false);
    }

    /**
     * Runs {@code call} with an idempotency key on the requests it makes from this thread, so
     * that a POST among them may be retried after a connection failure, a 429 or a 503 without
     * risk of acting twice. Use a new key for each operation, and the same key if you repeat the
     * operation yourself later. {@code call} should make one API call.
     *
     * <pre>{@code
     * CreatedId space = moodhood.idempotent(orderId, () -> moodhood.spaces().createSpace(request));
     * }</pre>
     */
    public <T> T idempotent(String idempotencyKey, Supplier<T> call) {
        requireText(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(call, "call");
        return IdempotencyScope.with(idempotencyKey, call);
    }

    /** {@link #idempotent(String, Supplier)} for a call that returns nothing. */
    public void idempotent(String idempotencyKey, Runnable call) {
        Objects.requireNonNull(call, "call");
        idempotent(idempotencyKey, () -> {
            call.run();
            return null;
        });
    }

    /** {@link #idempotent(String, Supplier)} with a random key (a UUID), for one operation's retries. */
    public <T> T idempotent(Supplier<T> call) {
        return idempotent(UUID.randomUUID().toString(), call);
    }

    /** The API's base URL, e.g. {@code https://moodhood.online/v1}. */
    public String baseUrl() {
        return shared.wiring.baseUrl();
    }

    /**
     * Releases the connection pool that this client and every view derived from it share, if the
     * client made it (not one given with {@link Builder#httpClient(feign.Client)}). Closing a
     * derived view does nothing.
     */
    @Override
    public void close() {
        if (ownsTransport && shared.transport != null) {
            shared.transport.close();
        }
    }

    @Override
    public String toString() {
        return "MoodhoodClient[" + baseUrl() + ", " + actingAs + "]";
    }

    @SuppressWarnings("unchecked")
    private <T> T api(Class<T> type) {
        return (T) apis.computeIfAbsent(type, t -> shared.wiring.api(t, tokens));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    /** What a client and its views share. */
    private static final class Shared {
        final FeignWiring wiring;
        final HttpTransport transport;
        final ClientCredentials client;
        final OAuthTokenSource.TokenEndpoint tokenEndpoint;
        final OAuthTokenSource clientTokens;
        final AuthApi authApi;

        Shared(FeignWiring wiring, HttpTransport transport, ClientCredentials client) {
            this.wiring = wiring;
            this.transport = transport;
            this.client = client;
            this.tokenEndpoint = wiring.tokenEndpoint();
            this.clientTokens =
                    client == null ? null : OAuthTokenSource.clientCredentials(client, tokenEndpoint, wiring.clock());
            this.authApi = wiring.api(AuthApi.class, null);
        }
    }

    /**
     * Settings of a {@link MoodhoodClient}. Required: client credentials, or a personal token.
     * {@link #build()} checks everything at once and names every setting that is missing or
     * invalid.
     */
    public static final class Builder {

        private String baseUrl = DEFAULT_BASE_URL;
        private String clientId;
        private String clientSecret;
        private String email;
        private String password;
        private String personalToken;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Logger.Level logLevel = Logger.Level.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.THREAD_SLEEP;
        private feign.Client httpClient;
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** The API's base URL, ending in the version; default {@value MoodhoodClient#DEFAULT_BASE_URL}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The integrating application's {@code client_id} and {@code client_secret}. */
        public Builder clientCredentials(String clientId, String clientSecret) {
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Act for this user: calls carry a user token from the {@code password} grant (the
         * username is the user's email). Needs the client credentials too.
         */
        public Builder userCredentials(String email, String password) {
            this.email = email;
            this.password = password;
            return this;
        }

        /**
         * Act for the user of this personal token (made in the Integration section): calls
         * carry it as is. Client credentials are then optional (needed only for
         * {@link MoodhoodClient#asClient()} and {@link MoodhoodClient#asUser(String, String)}).
         */
        public Builder personalToken(String personalToken) {
            this.personalToken = personalToken;
            return this;
        }

        /** How long to wait for a connection; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** How long to wait for an answer; default 30 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** How failed calls are retried; default {@link RetryPolicy#DEFAULT}, {@link RetryPolicy#NONE} to never retry. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /**
         * What Feign logs, at DEBUG, to the SLF4J logger {@code dev.moodhoodkit.client.MoodhoodClient};
         * default {@code NONE}. Tokens, secrets and passwords are never logged.
         */
        public Builder logLevel(Logger.Level logLevel) {
            this.logLevel = logLevel;
            return this;
        }

        /** Test seam: the clock that tells when a token needs renewing; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Test seam: what waits between retries; default {@link Sleeper#THREAD_SLEEP}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * Test seam (or your own transport): the Feign HTTP client to send requests with,
         * instead of the client's own Apache HttpClient 5 pool. The timeouts still apply through
         * Feign's request options; the client does not close it.
         */
        public Builder httpClient(feign.Client httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Test seam: random numbers in [0, 1) for the backoff's jitter. */
        Builder jitter(DoubleSupplier jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Checks the settings and makes the client. Nothing is sent yet: the first token is
         * fetched by the first call.
         *
         * @throws IllegalStateException naming every setting that is missing or invalid
         */
        public MoodhoodClient build() {
            List<String> problems = new ArrayList<>();
            String url = checkBaseUrl(problems);
            boolean hasClientId = hasText(clientId);
            boolean hasClientSecret = hasText(clientSecret);
            boolean hasUser = email != null || password != null;
            if (!hasClientId && !hasClientSecret && personalToken == null) {
                problems.add("clientId and clientSecret are missing: call clientCredentials(id, secret)"
                        + " (or personalToken(token) to act with a personal token only)");
            } else if (hasClientId != hasClientSecret) {
                problems.add(
                        (hasClientId ? "clientSecret" : "clientId") + " is missing in clientCredentials(id, secret)");
            }
            if (hasUser) {
                if (!hasText(email)) {
                    problems.add("the user's email is missing in userCredentials(email, password)");
                } else if (email.indexOf('@') < 1) {
                    problems.add("userCredentials: the username of the password grant is the user's email, was '"
                            + email + "'");
                }
                if (!hasText(password)) {
                    problems.add("the user's password is missing in userCredentials(email, password)");
                }
                if (!hasClientId && !hasClientSecret) {
                    problems.add(
                            "userCredentials(email, password) needs clientCredentials(id, secret) too: the password grant sends them");
                }
                if (personalToken != null) {
                    problems.add("give userCredentials(email, password) or personalToken(token), not both");
                }
            }
            if (personalToken != null && !hasText(personalToken)) {
                problems.add("personalToken is blank");
            }
            checkPositive(problems, "connectTimeout", connectTimeout);
            checkPositive(problems, "readTimeout", readTimeout);
            checkSet(problems, "retryPolicy", retryPolicy);
            checkSet(problems, "logLevel", logLevel);
            checkSet(problems, "clock", clock);
            checkSet(problems, "sleeper", sleeper);
            checkSet(problems, "jitter", jitter);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Cannot build the MoodhoodClient: " + String.join("; ", problems));
            }

            HttpTransport transport = httpClient == null ? new HttpTransport(connectTimeout, readTimeout) : null;
            // Redirects are not followed: they would carry the bearer token elsewhere.
            Request.Options timeouts = new Request.Options(connectTimeout, readTimeout, false);
            FeignWiring wiring = new FeignWiring(
                    url,
                    transport == null ? httpClient : transport.feignClient(),
                    timeouts,
                    logLevel,
                    retryPolicy,
                    sleeper,
                    jitter,
                    clock);
            ClientCredentials client = hasClientId ? new ClientCredentials(clientId, clientSecret) : null;
            Shared shared = new Shared(wiring, transport, client);

            TokenSource tokens;
            String actingAs;
            if (personalToken != null) {
                tokens = new PersonalTokenSource(personalToken);
                actingAs = "personal token";
            } else if (hasUser) {
                tokens = OAuthTokenSource.password(client, email, password, shared.tokenEndpoint, clock);
                actingAs = "user " + email;
            } else {
                tokens = shared.clientTokens;
                actingAs = "client " + clientId;
            }
            return new MoodhoodClient(shared, tokens, actingAs, true);
        }

        private String checkBaseUrl(List<String> problems) {
            if (!hasText(baseUrl)) {
                problems.add("baseUrl is missing");
                return null;
            }
            String trimmed = baseUrl.trim().replaceAll("/+$", "");
            try {
                URI uri = new URI(trimmed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.add("baseUrl must be an absolute http or https URL, was '" + baseUrl + "'");
                } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    problems.add("baseUrl must not have a query or a fragment, was '" + baseUrl + "'");
                }
            } catch (URISyntaxException e) {
                problems.add("baseUrl is not a URL (" + e.getReason() + "), was '" + baseUrl + "'");
            }
            return trimmed;
        }

        private static void checkPositive(List<String> problems, String name, Duration value) {
            if (value == null) {
                problems.add(name + " is missing");
            } else if (value.isZero() || value.isNegative()) {
                problems.add(name + " must be positive, was " + value);
            }
        }

        private static void checkSet(List<String> problems, String name, Object value) {
            if (value == null) {
                problems.add(name + " is missing");
            }
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
