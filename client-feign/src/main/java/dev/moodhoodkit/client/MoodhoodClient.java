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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
 * <h2>Retries and per-request options</h2>
 * Connection failures, 429 and 503 are retried as the {@link RetryPolicy} says, honouring
 * {@code Retry-After}. GET, PUT and DELETE are repeated freely; a POST with the
 * {@code Idempotency-Key} it carries: a random one generated for the call (the same on each of
 * its retries), or yours from {@link RequestOptions} given with {@link #with(RequestOptions)},
 * which also sets a call's timeout and extra headers.
 *
 * <h2>Lists</h2>
 * {@link #lists()} gives every list operation as an {@code Iterable}/{@code Stream} of all its
 * items, fetched page by page as they are used.
 *
 * <p>Every request says {@code User-Agent: moodhood-kit-java/<version>}.
 *
 * <p>Instances are thread-safe; make one per application and {@link #close()} it at the end.
 */
public final class MoodhoodClient implements AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://moodhood.online/v1";

    /** The header that marks a POST as safe to repeat (an extension of this kit). */
    public static final String IDEMPOTENCY_KEY_HEADER = RequestHeaders.IDEMPOTENCY_KEY;

    private final ClientContext shared;
    private final TokenSource tokens;
    private final String actingAs;
    private final boolean ownsTransport;
    private final RequestOptions options;
    private final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();

    MoodhoodClient(
            ClientContext shared, TokenSource tokens, String actingAs, boolean ownsTransport, RequestOptions options) {
        this.shared = shared;
        this.tokens = tokens;
        this.actingAs = actingAs;
        this.ownsTransport = ownsTransport;
        this.options = options;
    }

    /** Starts a client; see {@link MoodhoodClientBuilder} for the settings. */
    public static MoodhoodClientBuilder builder() {
        return new MoodhoodClientBuilder();
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
        return new MoodhoodClient(shared, shared.clientTokens, "client " + shared.client.clientId(), false, options);
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
        return new MoodhoodClient(shared, user, "user " + email, false, options);
    }

    /** A view of this client acting for the user of a personal token. */
    public MoodhoodClient withPersonalToken(String personalToken) {
        requireText(personalToken, "personalToken");
        return new MoodhoodClient(shared, new PersonalTokenSource(personalToken), "personal token", false, options);
    }

    /**
     * A view of this client whose calls carry {@code options}: an idempotency key, a timeout,
     * extra headers. It acts for the same principal and shares everything else; keep it for as
     * many calls as should carry these options (a key: one operation).
     *
     * <pre>{@code
     * RequestOptions once = RequestOptions.defaults().withIdempotencyKey(orderId);
     * CreatedId space = moodhood.with(once).spaces().createSpace(request);
     * }</pre>
     */
    public MoodhoodClient with(RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return new MoodhoodClient(shared, tokens, actingAs, false, options);
    }

    /** The options this view's calls carry ({@link RequestOptions#defaults()} unless set with {@link #with}). */
    public RequestOptions options() {
        return options;
    }

    /**
     * Every list operation as all its items, fetched page by page as they are iterated, with
     * this view's token and options; page size from {@link MoodhoodClientBuilder#pageSize(int)}.
     */
    public MoodhoodLists lists() {
        return new MoodhoodLists(this, shared.pageSize);
    }

    /** The API's base URL, e.g. {@code https://moodhood.online/v1}. */
    public String baseUrl() {
        return shared.wiring.baseUrl();
    }

    /**
     * Releases the connection pool that this client and every view derived from it share, if the
     * client made it (not one given with {@link MoodhoodClientBuilder#httpClient(feign.Client)}). Closing a
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
        return (T) apis.computeIfAbsent(type, t -> shared.wiring.api(t, tokens, options));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
