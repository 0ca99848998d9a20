package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.FieldError;
import dev.moodhoodkit.contract.support.ClientCalls;
import dev.moodhoodkit.contract.support.StubServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stubs answer what a client gets wrong as the spec says the server does (401, 422 naming
 * the field, 400, 404 problems), seen through the facade and through plain HTTP, and every such
 * answer is one the spec declares for the operation.
 */
class SpecBehaviourStubsTest {

    private static final String UNKNOWN_ID = "0000000000000000000000ff";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StubServer stubs;

    @BeforeAll
    static void start() {
        stubs = StubServer.start();
    }

    @AfterAll
    static void stop() {
        stubs.close();
    }

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    private static MoodhoodClient client(String token) {
        return MoodhoodClient.builder()
                .baseUrl(stubs.baseUrl())
                .personalToken(token)
                .retryPolicy(RetryPolicy.NONE)
                .build();
    }

    @Test
    void aMalformedTokenIsTheDeclared401() {
        try (MoodhoodClient moodhood = client("not a token!")) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class, () -> moodhood.spaces().getSpace(ClientCalls.SPACE));
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.type()).isEqualTo(SpecProblemType.UNAUTHORIZED);
        }
        assertThat(stubs.specViolations()).isEmpty();
    }

    @Test
    void noTokenIsTheDeclared401() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(uri("/spaces/" + ClientCalls.SPACE)).GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).path("type").asText())
                .isEqualTo(SpecProblemType.UNAUTHORIZED.uri().toString());
        // The request breaks the spec on purpose (no token); the answer is the declared one.
        assertThat(stubs.specViolations())
                .contains("validation.request.security.missing")
                .doesNotContain("response");
    }

    @Test
    void aBodyThatBreaksTheSchemaIsThe422NamingTheFields() {
        try (MoodhoodClient moodhood = client("any-token")) {
            ValidationException blank = catchThrowableOfType(
                    ValidationException.class, () -> moodhood.spaces().createSpace(new CreateSpaceRequest().name("")));
            ValidationException missing = catchThrowableOfType(
                    ValidationException.class, () -> moodhood.spaces().createSpace(new CreateSpaceRequest()));

            assertThat(blank.status()).isEqualTo(422);
            assertThat(blank.type()).isEqualTo(SpecProblemType.VALIDATION_FAILED);
            assertThat(blank.fieldErrors()).extracting(FieldError::getField).containsExactly("name");
            assertThat(blank.fieldErrors().get(0).getMessage()).startsWith("size must be between 1 and");
            assertThat(missing.fieldErrors())
                    .extracting(FieldError::getField, FieldError::getMessage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "must not be null"));
            // A good body still gets the example.
            assertThat(moodhood.spaces()
                            .createSpace(new CreateSpaceRequest().name("Lessons"))
                            .getId())
                    .matches("[0-9a-f]{24}");
        }
        // The bodies break the spec on purpose; every answer is one the spec declares.
        assertThat(stubs.specViolations()).doesNotContain("validation.response");
    }

    @Test
    void aBodyThatIsNoJsonIsTheDeclared400() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/spaces"))
                .header("Authorization", "Bearer any-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": ")));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText())
                .isEqualTo(SpecProblemType.MALFORMED_REQUEST.uri().toString());
    }

    @Test
    void anUnknownIdOrPathIsTheDeclared404() throws Exception {
        try (MoodhoodClient moodhood = client("any-token")) {
            NotFoundException e = catchThrowableOfType(
                    NotFoundException.class, () -> moodhood.spaces().getSpace(UNKNOWN_ID));
            assertThat(e.type()).isEqualTo(SpecProblemType.NOT_FOUND);
            assertThat(moodhood.spaces().getSpace(ClientCalls.SPACE).getId()).isEqualTo(ClientCalls.SPACE);
        }
        assertThat(stubs.specViolations()).isEmpty();

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/no-such-thing"))
                .header("Authorization", "Bearer any-token")
                .GET());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(answer.body()).path("type").asText())
                .isEqualTo(SpecProblemType.NOT_FOUND.uri().toString());
    }

    private static URI uri(String path) {
        return URI.create(stubs.baseUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
