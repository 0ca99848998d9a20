package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.ConflictException;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.PermissionException;
import dev.moodhoodkit.client.errors.RateLimitedException;
import dev.moodhoodkit.client.errors.ServerException;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.contract.support.GeneratedClient;
import feign.Request;
import feign.hc5.ApacheHttp5Client;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterAll;

/**
 * The MoodhoodClient facade (what users are told to use) against the stubs, acting with a
 * personal token: every operation decodes its success stub, and every error stub becomes the
 * exception of its category carrying the status, the problem's type and the request id. Retries
 * are off so that a 429 or 503 stub answers at once.
 */
class MoodhoodClientAgainstStubsTest extends ClientAgainstStubsTest {

    private static final Map<Integer, Class<? extends MoodhoodException>> CATEGORIES = Map.of(
            400, ValidationException.class,
            401, AuthenticationException.class,
            403, PermissionException.class,
            404, NotFoundException.class,
            409, ConflictException.class,
            413, ValidationException.class,
            422, ValidationException.class,
            431, ValidationException.class,
            429, RateLimitedException.class,
            503, ServerException.class);

    private MoodhoodClient facade;

    @Override
    GeneratedClient.Apis connect(String baseUrl, Supplier<Map<String, String>> extraHeaders) {
        ApacheHttp5Client http = new ApacheHttp5Client(
                HttpClients.custom().disableAutomaticRetries().build());
        facade = MoodhoodClient.builder()
                .baseUrl(baseUrl)
                .personalToken(TOKEN)
                .retryPolicy(RetryPolicy.NONE)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                // The seam for a transport of one's own: here it adds the header picking the stub.
                .httpClient((request, options) -> http.execute(withHeaders(request, extraHeaders.get()), options))
                .build();
        return GeneratedClient.Apis.of(facade);
    }

    @AfterAll
    void closeFacade() {
        facade.close();
    }

    @Override
    void checkFailure(SpecOperation op, SpecOperation.Response response, Throwable thrown) {
        // The token endpoint's 400 and 401 are OAuth errors (invalid_grant, invalid_client).
        Class<? extends MoodhoodException> expected =
                op.operationId().equals("getAccessToken") && response.status() <= 401
                        ? AuthenticationException.class
                        : CATEGORIES.get(response.status());
        assertThat(thrown).as(op.displayName()).isInstanceOf(expected);
        MoodhoodException failure = (MoodhoodException) thrown;
        assertThat(failure.status()).isEqualTo(response.status());
        JsonNode sent = stubBody(op, response);
        if (sent.has("type")) {
            assertThat(failure.typeUri()).hasToString(sent.get("type").asText());
            // A refusal before the request reaches the application (431) carries no request id.
            assertThat(failure.requestId())
                    .isEqualTo(sent.has("requestId") ? sent.get("requestId").asText() : null);
        } else {
            assertThat(failure.oauthError()).isEqualTo(sent.get("error").asText());
        }
        if (failure instanceof ValidationException invalid && sent.has("errors")) {
            assertThat(invalid.fieldErrors()).hasSize(sent.get("errors").size());
        }
        String retryAfter = response.headers().get("Retry-After");
        if (retryAfter != null && failure instanceof RateLimitedException limited) {
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        if (retryAfter != null && failure instanceof ServerException unavailable) {
            assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
    }

    private static Request withHeaders(Request request, Map<String, String> extra) {
        if (extra.isEmpty()) {
            return request;
        }
        Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
        extra.forEach((name, value) -> headers.put(name, List.of(value)));
        return Request.create(
                request.httpMethod(),
                request.url(),
                headers,
                request.body(),
                request.charset(),
                request.requestTemplate());
    }
}
