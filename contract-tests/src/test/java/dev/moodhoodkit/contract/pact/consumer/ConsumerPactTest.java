package dev.moodhoodkit.contract.pact.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.MoodhoodClientBuilder;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.contract.support.ClientCalls;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.GeneratedClient;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What every consumer Pact test shares: the consumer and provider names, matchers for the
 * spec's formats, the three kinds of caller, problem bodies, and the {@code MoodhoodClient}
 * facade (with the generated interfaces underneath) pointed at Pact's mock server.
 *
 * <p>Each interaction's description starts with the operationId it exercises ("getSpace: ..."),
 * so that every report downstream (provider verification, pact-vs-spec, coverage) names the
 * operation.
 */
abstract class ConsumerPactTest {

    static final String CONSUMER = ContractFiles.CONSUMER;

    static final String OBJECT_ID = "[0-9a-f]{24}";
    /** RFC 3339; fractional seconds are optional (toolchain pitfall 4), so no fixed datetime() pattern. */
    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    static final String JSON = "application/json(;.*)?";
    static final String PROBLEM_JSON = "application/problem\\+json(;.*)?";
    static final String PROBLEMS = "https://moodhood.online/problems/";

    // Example values: what the mock server answers and the client sends; at verification the
    // provider states replace the ids and tokens with real ones.
    static final String SPACE_ID = ClientCalls.SPACE;
    static final String ROOM_ID = ClientCalls.ROOM;
    static final String INVITE_ID = ClientCalls.INVITE;
    static final String USER_ID = "60d55b7bb9ef88ab17b0aab9";
    static final String OTHER_USER_ID = ClientCalls.USER;
    static final String PARTICIPANT_ID = ClientCalls.PARTICIPANT;
    static final String RECORD_ID = ClientCalls.RECORD;
    static final String CALL_ID = ClientCalls.CALL;
    static final String TOKEN_ID = ClientCalls.PERSONAL_TOKEN;
    /** An id nothing has: the states create ids at random, so this one never exists. */
    static final String UNKNOWN_ID = "0000000000000000000000ff";

    static final String CREATED_AT = "2026-11-20T09:30:00Z";

    static final String USER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ1c2VyIn0.dXNlci10b2tlbg";
    static final String CLIENT_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJjbGllbnQifQ.Y2xpZW50LXRva2Vu";
    static final String INVITEE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ1c2VyIn0.aW52aXRlZS10b2tlbg";
    /** Signed with a key the server does not have: answers 401 whatever the state. */
    static final String FORGED_TOKEN =
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkiLCJhdWQiOiJ1c2VyIn0.Zm9yZ2VkLXNpZ25hdHVyZQ";

    static String v1(String path) {
        return ContractFiles.spec().basePath() + path;
    }

    /** The path with ${...} expressions filled by the provider state at verification. */
    static PactDslRequestWithPath path(PactDslRequestWithoutPath request, String expression, String example) {
        return request.pathFromProviderState(v1(expression), v1(example));
    }

    /** The caller is the state's user ({@code userToken}). */
    static PactDslRequestWithPath asUser(PactDslRequestWithPath request) {
        return request.headerFromProviderState("Authorization", "Bearer ${userToken}", "Bearer " + USER_TOKEN);
    }

    /** The caller holds the client token of the state's client ({@code clientToken}). */
    static PactDslRequestWithPath asClient(PactDslRequestWithPath request) {
        return request.headerFromProviderState("Authorization", "Bearer ${clientToken}", "Bearer " + CLIENT_TOKEN);
    }

    /** The caller is the state's other user, e.g. the person an invite was sent to ({@code inviteeToken}). */
    static PactDslRequestWithPath asInvitee(PactDslRequestWithPath request) {
        return request.headerFromProviderState("Authorization", "Bearer ${inviteeToken}", "Bearer " + INVITEE_TOKEN);
    }

    static PactDslRequestWithPath withForgedToken(PactDslRequestWithPath request) {
        return request.headers("Authorization", "Bearer " + FORGED_TOKEN);
    }

    /** A JSON request body, sent as the generated client sends it: {@code application/json}, no charset. */
    static PactDslRequestWithPath jsonBody(PactDslRequestWithPath request, Consumer<LambdaDslObject> body) {
        return request.matchHeader("Content-Type", JSON, "application/json")
                .body(newJsonBody(body::accept).build());
    }

    static PactDslResponse json(PactDslResponse response, int status, DslPart body) {
        return response.status(status)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(body);
    }

    static PactDslResponse json(PactDslResponse response, int status, Consumer<LambdaDslObject> body) {
        return json(response, status, newJsonBody(body::accept).build());
    }

    /** An RFC 9457 problem of this status and kind ({@code type} ends in the slug, as the spec lists them). */
    static PactDslResponse problem(PactDslResponse response, int status, String slug) {
        return response.status(status)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(newJsonBody(o -> problemFields(o, status, slug)).build());
    }

    /** A 422 problem naming the field at fault. */
    static PactDslResponse validationProblem(PactDslResponse response, String field) {
        return response.status(422)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(newJsonBody(o -> {
                            problemFields(o, 422, "validation-failed");
                            o.eachLike("errors", e -> {
                                e.stringValue("field", field);
                                e.stringType("message", "must not be blank");
                            });
                        })
                        .build());
    }

    private static void problemFields(LambdaDslObject o, int status, String slug) {
        o.stringValue("type", PROBLEMS + slug);
        o.stringType("title", "Not found");
        o.numberValue("status", status);
        o.stringType("detail", "What went wrong.");
        o.stringType("requestId", "0f3c9d7e2b1a4c5d");
    }

    static void id(LambdaDslObject o, String name) {
        o.stringMatcher(name, OBJECT_ID, SPACE_ID);
    }

    static void dateTime(LambdaDslObject o, String name) {
        o.stringMatcher(name, DATE_TIME, CREATED_AT);
    }

    /**
     * The {@link MoodhoodClient} facade at the mock server, acting with {@code token} as a
     * personal token ({@code Bearer <token>} as is, no token request). So the pacts record the
     * requests the facade makes, its headers ({@code User-Agent}, the {@code Idempotency-Key} of
     * POSTs) and its encoding (RFC 3339 date-times) included, over the generated interfaces it
     * hands out. With {@code token} null: a client with credentials that never fetches a token,
     * for the token endpoint's own calls ({@code auth()}). No retries: a pact interaction is
     * one request.
     */
    static GeneratedClient.Apis client(MockServer server, String token) {
        MoodhoodClientBuilder builder = MoodhoodClient.builder()
                .baseUrl(server.getUrl() + ContractFiles.spec().basePath())
                .retryPolicy(RetryPolicy.NONE);
        builder =
                token == null ? builder.clientCredentials("pact-consumer", "never-sent") : builder.personalToken(token);
        return GeneratedClient.Apis.of(builder.build());
    }

    /** The call fails with this status and a problem document of this kind, as the facade reads it. */
    static void assertProblem(ThrowingCallable call, int status, String slug) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MoodhoodException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.typeUri()).hasToString(PROBLEMS + slug);
            assertThat(e.type()).isInstanceOf(SpecProblemType.class);
        });
    }
}
