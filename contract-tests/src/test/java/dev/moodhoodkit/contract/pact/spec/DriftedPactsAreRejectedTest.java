package dev.moodhoodkit.contract.pact.spec;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import dev.moodhoodkit.contract.support.ContractFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pact-vs-spec check rejects the three drifts a client can make, each with a message that
 * names the operation: a value outside an enum, a path the spec does not have, and a missing
 * required field. A faithful interaction of the same operation passes, so the rejections are
 * the drift's doing and not the checker's.
 */
class DriftedPactsAreRejectedTest {

    private static final String SPACE = "/v1/spaces/60d55c0eb9ef88ab17b0aabb";
    private static final String AUTHORIZATION = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ1c2VyIn0.dXNlci10b2tlbg";

    @TempDir
    Path dir;

    @Test
    void aFaithfulInteractionPasses() throws IOException {
        List<PactSpecValidation.Verdict> verdicts = validate(b -> room(b, "lesson"));

        assertThat(verdicts)
                .singleElement()
                .satisfies(v -> assertThat(v.errors()).isEmpty());
    }

    @Test
    void anEnumValueTheSpecDoesNotHaveIsRejected() throws IOException {
        List<PactSpecValidation.Verdict> verdicts = validate(b -> room(b, "classroom"));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.explain()).startsWith("getRoom ").contains("classroom").contains("enum");
        });
    }

    @Test
    void aPathTheSpecDoesNotHaveIsRejected() throws IOException {
        List<PactSpecValidation.Verdict> verdicts =
                validate(b -> b.uponReceiving("listSpaceMembers: the members of a space")
                        .method("GET")
                        .path(SPACE + "/members")
                        .headers("Authorization", AUTHORIZATION)
                        .willRespondWith()
                        .status(200)
                        .body(newJsonBody(o -> o.integerType("total", 1)).build()));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.explain())
                    .startsWith("listSpaceMembers (no operation of the spec has GET /v1/spaces/{id}/members)")
                    .contains("No API path found");
        });
    }

    @Test
    void aMissingRequiredFieldIsRejected() throws IOException {
        List<PactSpecValidation.Verdict> verdicts = validate(b -> b.uponReceiving("createSpace: a space without a name")
                .method("POST")
                .path("/v1/spaces")
                .headers("Authorization", AUTHORIZATION)
                .body(newJsonBody(o -> o.booleanValue("isPublic", false)).build())
                .willRespondWith()
                .status(201)
                .body(newJsonBody(o -> o.stringValue("id", "60d55c0eb9ef88ab17b0aabb"))
                        .build()));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.explain()).startsWith("createSpace ").contains("name").contains("required");
        });
    }

    /**
     * An interaction expecting a 422 sends what the spec forbids on purpose: that is not held
     * against it, but an answer outside the spec still is.
     */
    @Test
    void aValidationFailureMayBreakTheRequestSchemaButNotTheAnswer() throws IOException {
        Function<String, Function<PactDslWithProvider, PactDslResponse>> emptyName =
                field -> b -> b.uponReceiving("createSpace: an empty name")
                        .method("POST")
                        .path("/v1/spaces")
                        .headers("Authorization", AUTHORIZATION)
                        .body(newJsonBody(o -> o.stringValue("name", "")).build())
                        .willRespondWith()
                        .status(422)
                        .headers(java.util.Map.of("Content-Type", "application/problem+json"))
                        .body(newJsonBody(o -> {
                                    o.stringValue(field, "https://moodhood.online/problems/validation-failed");
                                    o.stringValue("title", "Validation failed");
                                    o.numberValue("status", 422);
                                })
                                .build());

        assertThat(validate(emptyName.apply("type")))
                .singleElement()
                .satisfies(v -> assertThat(v.errors()).isEmpty());
        assertThat(validate(emptyName.apply("kind"))).singleElement().satisfies(v -> {
            assertThat(v.passed()).isFalse();
            assertThat(v.explain()).startsWith("createSpace ").contains("type");
        });
    }

    private static PactDslResponse room(PactDslWithProvider builder, String type) {
        return builder.uponReceiving("getRoom: a room")
                .method("GET")
                .path(SPACE + "/rooms/60d55c4fb9ef88ab17b0aabd")
                .headers("Authorization", AUTHORIZATION)
                .willRespondWith()
                .status(200)
                .headers(java.util.Map.of("Content-Type", "application/json"))
                .body(newJsonBody(o -> {
                            o.stringValue("id", "60d55c4fb9ef88ab17b0aabd");
                            o.stringValue("spaceId", "60d55c0eb9ef88ab17b0aabb");
                            o.stringValue("alias", "EGBYWoMZJe");
                            o.stringValue("channelId", "60d55c4fb9ef88ab17b0aabe");
                            o.stringValue("name", "Monday lesson");
                            o.stringValue("type", type);
                            o.booleanValue("isPublic", false);
                            o.stringValue("createdAt", "2026-11-20T09:30:00Z");
                        })
                        .build());
    }

    /** Writes a one-interaction pact as the consumer tests would, and validates it. */
    private List<PactSpecValidation.Verdict> validate(Function<PactDslWithProvider, PactDslResponse> interaction)
            throws IOException {
        RequestResponsePact pact = interaction
                .apply(ConsumerPactBuilder.consumer(ContractFiles.CONSUMER).hasPactWith(ContractFiles.PROVIDER))
                .toPact();
        Path file = dir.resolve("drifted.json");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            DefaultPactWriter.INSTANCE.writePact(pact, out, PactSpecVersion.V3);
        }
        return PactSpecValidation.validate(file);
    }
}
