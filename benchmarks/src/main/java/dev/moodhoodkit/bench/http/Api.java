package dev.moodhoodkit.bench.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.TokenRequest;
import dev.moodhoodkit.client.model.TokenResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few calls the benchmark tools make, over the JDK {@link HttpClient} (HTTP/1.1, no retries):
 * the tools must see every answer as the server gave it, which the Feign facade, with its
 * retries, would hide. Bodies are the generated client models.
 */
public final class Api {

    public static final String BOOTSTRAP_CLIENT_ID = "kit-demo";
    public static final String BOOTSTRAP_CLIENT_SECRET = "KitDemoSecret0000ChangeMe0000000";

    private final String baseUrl;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    public Api(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The server's root, e.g. {@code http://127.0.0.1:18400}. */
    public String baseUrl() {
        return baseUrl;
    }

    public ObjectMapper json() {
        return json;
    }

    /** An answer: its status and body, and the Retry-After header if any. */
    public record Answer(int status, String body, String retryAfter) {

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** Sends and returns the answer; connection failures and timeouts are thrown as they are. */
    public Answer send(String method, String path, String bearer, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    /** {@link #send} for setup calls that must succeed: anything but 2xx is an error. */
    public JsonNode expectOk(String method, String path, String bearer, Object body) {
        try {
            Answer answer = send(method, path, bearer, body);
            if (!answer.ok()) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String clientToken() {
        TokenRequest request = new TokenRequest()
                .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                .clientId(BOOTSTRAP_CLIENT_ID)
                .clientSecret(BOOTSTRAP_CLIENT_SECRET);
        return token(request);
    }

    public String userToken(String email, String password) {
        TokenRequest request = new TokenRequest()
                .grantType(TokenRequest.GrantTypeEnum.PASSWORD)
                .clientId(BOOTSTRAP_CLIENT_ID)
                .clientSecret(BOOTSTRAP_CLIENT_SECRET)
                .username(email)
                .password(password);
        return token(request);
    }

    private String token(TokenRequest request) {
        JsonNode answer = expectOk("POST", "/v1/auth/token", null, request);
        return json.convertValue(answer, TokenResponse.class).getAccessToken();
    }

    /** Creates a user with the client token and returns its id. */
    public String createUser(String clientToken, String email, String password) {
        return expectOk(
                        "POST",
                        "/v1/users",
                        clientToken,
                        new CreateUserRequest()
                                .email(email)
                                .username("Bench user")
                                .password(password))
                .get("id")
                .asText();
    }

    /** Creates a private space owned by the token's user and returns its id. */
    public String createSpace(String userToken, String name) {
        return expectOk("POST", "/v1/spaces", userToken, new CreateSpaceRequest().name(name))
                .get("id")
                .asText();
    }
}
