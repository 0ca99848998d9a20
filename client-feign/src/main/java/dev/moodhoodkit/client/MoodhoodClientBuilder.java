package dev.moodhoodkit.client;

import dev.moodhoodkit.client.paging.PagedList;
import feign.Logger;
import feign.Request;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Settings of a {@link MoodhoodClient}. Required: client credentials, or a personal token.
 * {@link #build()} checks everything at once and names every setting that is missing or
 * invalid.
 */
public final class MoodhoodClientBuilder {

    private String baseUrl = MoodhoodClient.DEFAULT_BASE_URL;
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
    private int pageSize = PagedList.MAX_PAGE_SIZE;

    MoodhoodClientBuilder() {}

    /** The API's base URL, ending in the version; default {@value MoodhoodClient#DEFAULT_BASE_URL}. */
    public MoodhoodClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** The integrating application's {@code client_id} and {@code client_secret}. */
    public MoodhoodClientBuilder clientCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        return this;
    }

    /**
     * Act for this user: calls carry a user token from the {@code password} grant (the
     * username is the user's email). Needs the client credentials too.
     */
    public MoodhoodClientBuilder userCredentials(String email, String password) {
        this.email = email;
        this.password = password;
        return this;
    }

    /**
     * Act for the user of this personal token (made in the Integration section): calls
     * carry it as is. Client credentials are then optional (needed only for
     * {@link MoodhoodClient#asClient()} and {@link MoodhoodClient#asUser(String, String)}).
     */
    public MoodhoodClientBuilder personalToken(String personalToken) {
        this.personalToken = personalToken;
        return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public MoodhoodClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }

    /** How long to wait for an answer; default 30 s. */
    public MoodhoodClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }

    /** How failed calls are retried; default {@link RetryPolicy#DEFAULT}, {@link RetryPolicy#NONE} to never retry. */
    public MoodhoodClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return this;
    }

    /**
     * What Feign logs, at DEBUG, to the SLF4J logger {@code dev.moodhoodkit.client.MoodhoodClient};
     * default {@code NONE}. Tokens, secrets and passwords are never logged.
     */
    public MoodhoodClientBuilder logLevel(Logger.Level logLevel) {
        this.logLevel = logLevel;
        return this;
    }

    /**
     * How many items each page request of {@link MoodhoodClient#lists()} asks for, 1 to
     * {@value PagedList#MAX_PAGE_SIZE}; default {@value PagedList#MAX_PAGE_SIZE} (fewest requests).
     * One list can still change it with {@link PagedList#pageSize(int)}.
     */
    public MoodhoodClientBuilder pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    /** Test seam: the clock that tells when a token needs renewing; default UTC system clock. */
    public MoodhoodClientBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Test seam: what waits between retries; default {@link Sleeper#THREAD_SLEEP}. */
    public MoodhoodClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    /**
     * Test seam (or your own transport): the Feign HTTP client to send requests with,
     * instead of the client's own Apache HttpClient 5 pool. The timeouts still apply through
     * Feign's request options; the client does not close it.
     */
    public MoodhoodClientBuilder httpClient(feign.Client httpClient) {
        this.httpClient = httpClient;
        return this;
    }

    /** Test seam: random numbers in [0, 1) for the backoff's jitter. */
    MoodhoodClientBuilder jitter(DoubleSupplier jitter) {
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
            problems.add((hasClientId ? "clientSecret" : "clientId") + " is missing in clientCredentials(id, secret)");
        }
        if (hasUser) {
            if (!hasText(email)) {
                problems.add("the user's email is missing in userCredentials(email, password)");
            } else if (email.indexOf('@') < 1) {
                problems.add(
                        "userCredentials: the username of the password grant is the user's email, was '" + email + "'");
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
        if (pageSize < 1 || pageSize > PagedList.MAX_PAGE_SIZE) {
            problems.add("pageSize must be between 1 and " + PagedList.MAX_PAGE_SIZE + ", was " + pageSize);
        }
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
        ClientContext shared = new ClientContext(wiring, transport, client, pageSize);

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
        return new MoodhoodClient(shared, tokens, actingAs, true, RequestOptions.defaults());
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
