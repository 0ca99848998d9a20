package dev.moodhoodkit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.api.AuthApi;
import dev.moodhoodkit.client.invoker.ApiResponseDecoder;
import feign.Client;
import feign.Contract;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.form.FormEncoder;
import feign.jackson.JacksonEncoder;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Everything the Feign proxies of one {@link MoodhoodClient} (and of the clients derived from
 * it) share: transport, timeouts, JSON, retry policy, logging, the test seams. Builds a proxy
 * of a generated interface for a given token source.
 */
final class FeignWiring {

    private static final UserAgent USER_AGENT = new UserAgent();

    private final String baseUrl;
    private final Client http;
    private final Request.Options timeouts;
    private final ObjectMapper mapper;
    private final Encoder encoder;
    private final Decoder decoder;
    private final Contract contract = new Rfc3339Contract();
    private final Logger logger = new RedactingLogger();
    private final Logger.Level logLevel;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final Clock clock;

    FeignWiring(
            String baseUrl,
            Client http,
            Request.Options timeouts,
            Logger.Level logLevel,
            RetryPolicy retryPolicy,
            Sleeper sleeper,
            DoubleSupplier jitter,
            Clock clock) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.timeouts = timeouts;
        this.logLevel = logLevel;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.clock = clock;
        this.mapper = JsonMappers.create();
        // As the generated ApiClient: JSON bodies, form bodies where the spec has them.
        this.encoder = new FormEncoder(new JacksonEncoder(mapper));
        this.decoder = new TextAndBinaryDecoder(new ApiResponseDecoder(mapper));
    }

    String baseUrl() {
        return baseUrl;
    }

    Clock clock() {
        return clock;
    }

    /**
     * A proxy of {@code api} whose calls carry the tokens of {@code tokens} (none if
     * {@code null}) and the given per-request options.
     */
    <T> T api(Class<T> api, TokenSource tokens, RequestOptions options) {
        // Only the API's own calls carry the options (and so an idempotency key): a token
        // request made on the way must not reuse the key of the call it serves.
        Feign.Builder builder = builder(tokens, false)
                .requestInterceptor(new RequestOptionsInterceptor(options))
                .options(options.timeout()
                        .map(answer -> new Request.Options(
                                timeouts.connectTimeout(),
                                timeouts.connectTimeoutUnit(),
                                answer.toMillis(),
                                TimeUnit.MILLISECONDS,
                                timeouts.isFollowRedirects()))
                        .orElse(timeouts));
        if (tokens != null) {
            builder.requestInterceptor(new BearerTokenInterceptor(tokens));
        }
        return builder.target(api, baseUrl);
    }

    /**
     * The token endpoint for the caller's own token requests: no bearer token, no options (a
     * log-in does not act, so it gets no idempotency key).
     */
    AuthApi tokenApi() {
        return builder(null, false).target(AuthApi.class, baseUrl);
    }

    /** The two token endpoint proxies of an {@link OAuthTokenSource}. */
    OAuthTokenSource.TokenEndpoint tokenEndpoint() {
        return new OAuthTokenSource.TokenEndpoint(
                builder(null, true).target(AuthApi.class, baseUrl),
                builder(null, false).target(AuthApi.class, baseUrl));
    }

    private Feign.Builder builder(TokenSource tokens, boolean postsRepeatable) {
        return Feign.builder()
                .client(http)
                .options(timeouts)
                .contract(contract)
                .encoder(encoder)
                .decoder(decoder)
                .errorDecoder(new ProblemErrorDecoder(mapper, clock, tokens))
                .retryer(new MoodhoodRetryer(retryPolicy, sleeper, jitter, postsRepeatable))
                .invocationHandlerFactory(new TranslatingInvocationHandlerFactory())
                .requestInterceptor(USER_AGENT)
                .logger(logger)
                .logLevel(logLevel);
    }
}
