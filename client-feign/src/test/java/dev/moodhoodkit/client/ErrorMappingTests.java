package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.errors.ConflictException;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.OtherProblemType;
import dev.moodhoodkit.client.errors.PermissionException;
import dev.moodhoodkit.client.errors.RateLimitedException;
import dev.moodhoodkit.client.errors.ServerException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.FieldError;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every category of the exception hierarchy, from the spec's own problem and OAuth examples. */
class ErrorMappingTests extends WireMockTestSupport {

    private static final String INVITE_ID = "60d55d12b9ef88ab17b0aac1";
    private static final String ACTIVATE_PATH = "/v1/spaces/" + SPACE_ID + "/invites/" + INVITE_ID + "/activate";

    static Stream<Arguments> problemsOfActivateInvite() {
        return Stream.of(
                Arguments.of(
                        "BadRequest",
                        400,
                        ValidationException.class,
                        "https://moodhood.online/problems/malformed-request",
                        "Malformed request"),
                Arguments.of(
                        "Unauthorized",
                        401,
                        AuthenticationException.class,
                        "https://moodhood.online/problems/unauthorized",
                        "Unauthorized"),
                Arguments.of(
                        "Forbidden",
                        403,
                        PermissionException.class,
                        "https://moodhood.online/problems/forbidden",
                        "Forbidden"),
                Arguments.of(
                        "NotFound",
                        404,
                        NotFoundException.class,
                        "https://moodhood.online/problems/not-found",
                        "Not found"),
                Arguments.of(
                        "Conflict",
                        409,
                        ConflictException.class,
                        "https://moodhood.online/problems/invite-already-activated",
                        "Invite already activated"),
                Arguments.of(
                        "TooManyRequests",
                        429,
                        RateLimitedException.class,
                        "https://moodhood.online/problems/rate-limited",
                        "Too many requests"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("problemsOfActivateInvite")
    void eachProblemBecomesItsCategory(
            String response, int status, Class<? extends MoodhoodException> category, String type, String title) {
        String body = SpecExamples.sharedResponse(response);
        server.stubFor(post(ACTIVATE_PATH).willReturn(problem(status, body).withHeader("Retry-After", "30")));

        // A personal token: no renewal on 401.
        try (MoodhoodClient moodhood = personalTokenClient()) {
            MoodhoodException e =
                    catchThrowableOfType(category, () -> moodhood.invites().activateInvite(SPACE_ID, INVITE_ID));

            assertThat(e.status()).isEqualTo(status);
            assertThat(e.typeUri()).isEqualTo(URI.create(type));
            assertThat(e.type()).isInstanceOf(SpecProblemType.class);
            assertThat(((SpecProblemType) e.type()).status()).isEqualTo(status);
            assertThat(e.title()).isEqualTo(title);
            assertThat(e.detail()).isNotBlank().isEqualTo(jsonField(body, "detail"));
            assertThat(e.requestId()).isEqualTo("0f3c9d7e2b1a4c5d");
            assertThat(e.oauthError()).isNull();
            assertThat(e.getMessage())
                    .startsWith(status + " " + title + ": " + e.detail())
                    .contains("POST " + baseUrl() + "/spaces/" + SPACE_ID + "/invites/" + INVITE_ID + "/activate")
                    .contains("request 0f3c9d7e2b1a4c5d");
            if (e instanceof RateLimitedException limited) {
                assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
            }
        }
    }

    @Test
    void aValidationProblemListsTheFieldsAtFault() {
        server.stubFor(post("/v1/spaces").willReturn(problem(422, SpecExamples.sharedResponse("ValidationFailed"))));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            ValidationException e = catchThrowableOfType(
                    ValidationException.class, () -> moodhood.spaces().createSpace(new CreateSpaceRequest().name(" ")));

            assertThat(e.status()).isEqualTo(422);
            assertThat(e.typeUri()).isEqualTo(URI.create("https://moodhood.online/problems/validation-failed"));
            assertThat(e.fieldErrors())
                    .extracting(FieldError::getField, FieldError::getMessage)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("name", "size must be between 1 and 100"),
                            org.assertj.core.groups.Tuple.tuple("logo", "must be an absolute http or https URL"));
        }
    }

    @Test
    void aProblemTypeTheSpecDoesNotListKeepsItsUri() {
        tolerateSpecViolation("validation.response.body.schema.format");
        server.stubFor(post(ACTIVATE_PATH).willReturn(problem(409, """
                {"type":"https://example.com/problems/new-kind","title":"New kind","status":409,\
                "detail":"A kind of conflict this client does not know yet.","requestId":"0f3c9d7e2b1a4c5d"}""")));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            ConflictException e = catchThrowableOfType(
                    ConflictException.class, () -> moodhood.invites().activateInvite(SPACE_ID, INVITE_ID));
            assertThat(e.type()).isEqualTo(new OtherProblemType(URI.create("https://example.com/problems/new-kind")));
            assertThat(e.type().uri()).isEqualTo(e.typeUri());
        }
    }

    @Test
    void aServerErrorIsAServerExceptionAndNotRetriedWhenNot503() {
        tolerateUndeclaredStatus();
        server.stubFor(get("/v1/spaces/" + SPACE_ID).willReturn(problem(500, """
                {"type":"https://moodhood.online/problems/internal","title":"Internal error","status":500,\
                "detail":"Something went wrong on our side.","requestId":"abc123"}""")));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            ServerException e = catchThrowableOfType(
                    ServerException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.requestId()).isEqualTo("abc123");
            assertThat(e.retryAfter()).isEmpty();
        }
        server.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/spaces/" + SPACE_ID)));
    }

    @Test
    void anAnswerThatIsNoProblemKeepsTheStatusLineAndTheRequestIdHeader() {
        tolerateUndeclaredStatus();
        server.stubFor(get("/v1/spaces/" + SPACE_ID)
                .willReturn(aResponse()
                        .withStatus(502)
                        .withStatusMessage("Bad Gateway")
                        .withHeader("Content-Type", "text/html")
                        .withHeader("X-Request-Id", "from-the-proxy")
                        .withBody("<html><body>502 Bad Gateway</body></html>")));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            ServerException e = catchThrowableOfType(
                    ServerException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.title()).isEqualTo("Bad Gateway");
            assertThat(e.typeUri()).isNull();
            assertThat(e.detail()).isNull();
            assertThat(e.requestId()).isEqualTo("from-the-proxy");
        }
    }

    @Test
    void theRequestIdComesFromTheHeaderWhenTheProblemHasNone() {
        server.stubFor(get("/v1/spaces/" + SPACE_ID).willReturn(problem(404, """
                {"type":"https://moodhood.online/problems/not-found","title":"Not found","status":404}""")));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            NotFoundException e = catchThrowableOfType(
                    NotFoundException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.requestId()).as("the stub's X-Request-Id header").isEqualTo("req-404");
        }
    }

    @Test
    void wrongClientCredentialsAreAnAuthenticationFailure() {
        server.stubFor(tokenRequest("client_credentials")
                .willReturn(json(401, SpecExamples.response("/auth/token", "post", "401"))
                        .withHeader("WWW-Authenticate", "Basic realm=\"moodhood\"")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.oauthError()).isEqualTo("invalid_client");
            assertThat(e.detail()).isEqualTo("Client authentication failed");
            assertThat(e.requestId()).isEqualTo("req-401");
            assertThat(e.getMessage())
                    .contains("POST " + baseUrl() + "/auth/token")
                    .contains("error invalid_client");
        }
        server.verify(1, tokenRequested("client_credentials"));
    }

    @Test
    void aMalformedTokenRequestIsAValidationFailure() {
        server.stubFor(tokenRequest("client_credentials").willReturn(json(400, """
                {"error":"unsupported_grant_type","error_description":"grant_type must be one of client_credentials, password, refresh_token"}""")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            ValidationException e = catchThrowableOfType(
                    ValidationException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.oauthError()).isEqualTo("unsupported_grant_type");
            assertThat(e.fieldErrors()).isEmpty();
        }
    }

    @Test
    void anOAuthErrorCodeTheSpecDoesNotListIsKeptAsText() {
        tolerateSpecViolation("validation.response.body.schema.enum");
        server.stubFor(tokenRequest("client_credentials").willReturn(json(400, """
                {"error":"invalid_scope","error_description":"No such scope"}""")));

        try (MoodhoodClient moodhood = clientBuilder().build()) {
            ValidationException e = catchThrowableOfType(
                    ValidationException.class, () -> moodhood.spaces().getSpace(SPACE_ID));
            assertThat(e.oauthError()).isEqualTo("invalid_scope");
            assertThat(e.detail()).isEqualTo("No such scope");
        }
    }

    private MoodhoodClient personalTokenClient() {
        return MoodhoodClient.builder()
                .baseUrl(baseUrl())
                .personalToken("personal-token")
                .sleeper(sleeper)
                .build();
    }

    private static String jsonField(String json, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .get(field)
                    .asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
