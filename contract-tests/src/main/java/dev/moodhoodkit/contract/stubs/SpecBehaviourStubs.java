package dev.moodhoodkit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.stubs.wiremock.RequestValidationProblems;
import io.swagger.v3.core.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stubs that answer a wrong request the way the spec says the server does, instead of
 * WireMock's plain-text 404 ({@link StubNames} names them):
 * <ul>
 * <li>{@code <verb>-<resource>-no-token}, {@code -malformed-token} (priority 1): a secured
 *     operation called without a bearer token, or with one that is not an RFC 6750 token,
 *     answers its declared 401 problem;</li>
 * <li>{@code <verb>-<resource>-invalid-body} (priority 2): a JSON body that breaks the
 *     operation's request schema (WireMock's {@code matchesJsonSchema}) answers its declared
 *     422 (or 400) problem; with the {@link RequestValidationProblems} extension loaded, the
 *     problem's {@code errors} name the fields at fault, and a body that is no JSON answers the
 *     declared 400;</li>
 * <li>{@code unknown-path} (lowest priority): any request no other stub takes, e.g. a path the
 *     API does not have or an id the examples do not know (the success stubs answer for the
 *     examples' ids only), answers the declared 404 problem.</li>
 * </ul>
 * The stubs a test selects with {@value StubNames#CASE_HEADER} are left alone.
 */
final class SpecBehaviourStubs {

    /** An RFC 6750 bearer token: {@code Bearer} and base64-ish characters. */
    static final String BEARER = "[Bb]earer [A-Za-z0-9\\-._~+/]+=*";

    private static final ObjectMapper JSON = Json.mapper();

    private final ApiSpec spec;
    private final RequestSchemas schemas;

    SpecBehaviourStubs(ApiSpec spec) {
        this.spec = spec;
        this.schemas = new RequestSchemas(spec.text());
    }

    /** The spec-behaviour stubs of every operation, then the catch-all 404. */
    List<StubGenerator.Stub> stubs() {
        List<StubGenerator.Stub> stubs = new ArrayList<>();
        SpecOperation notFoundOwner = null;
        for (SpecOperation op : spec.operations()) {
            Optional<SpecOperation.Response> unauthorized = declared(op, 401);
            if (op.secured() && unauthorized.isPresent()) {
                stubs.add(tokenStub(op, unauthorized.get(), StubNames.NO_TOKEN));
                stubs.add(tokenStub(op, unauthorized.get(), StubNames.MALFORMED_TOKEN));
            }
            Optional<SpecOperation.Response> invalid = declared(op, 422).or(() -> declared(op, 400));
            Optional<ObjectNode> schema = op.requestBody()
                    .filter(b -> b.contentTypes().stream().allMatch(t -> t.contains("json")))
                    .flatMap(b -> schemas.jsonBodySchema(op));
            if (invalid.isPresent() && schema.isPresent()) {
                stubs.add(invalidBodyStub(op, invalid.get(), schema.get()));
            }
            if (notFoundOwner == null && declared(op, 404).isPresent()) {
                notFoundOwner = op;
            }
        }
        if (notFoundOwner != null) {
            stubs.add(unknownPathStub(notFoundOwner));
        }
        return stubs;
    }

    private StubGenerator.Stub tokenStub(SpecOperation op, SpecOperation.Response unauthorized, String stubCase) {
        String fileBase = StubNames.verbAndResource(op) + "-" + stubCase;
        ObjectNode mapping = mapping(fileBase, op.operationId() + " 401 (" + stubCase + ")", 1);
        ObjectNode request = request(mapping, op);
        ObjectNode authorization = request.with("headers").putObject("Authorization");
        if (stubCase.equals(StubNames.NO_TOKEN)) {
            authorization.put("absent", true);
        } else {
            authorization.put("doesNotMatch", BEARER);
        }
        answerWithFileOf(mapping, op, unauthorized);
        metadata(
                mapping,
                op,
                401,
                stubCase.equals(StubNames.NO_TOKEN)
                        ? "no Authorization header"
                        : "Authorization is not a bearer token");
        return new StubGenerator.Stub(op.operationId(), fileBase, mapping, null, null);
    }

    private StubGenerator.Stub invalidBodyStub(SpecOperation op, SpecOperation.Response invalid, ObjectNode schema) {
        String fileBase = StubNames.verbAndResource(op) + "-" + StubNames.INVALID_BODY;
        ObjectNode mapping = mapping(fileBase, op.operationId() + " " + invalid.status() + " (invalid body)", 2);
        ObjectNode request = request(mapping, op);
        ObjectNode notSchema = request.putArray("bodyPatterns").addObject().putObject("not");
        notSchema.put("matchesJsonSchema", schema.toString());
        notSchema.put("schemaVersion", "V4");

        ObjectNode answer = mapping.putObject("response");
        answer.put("status", invalid.status());
        ObjectNode headers = answer.putObject("headers");
        headers.put("Content-Type", "application/problem+json");
        invalid.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                headers.put(name, value);
            }
        });
        ObjectNode problem = problemOf(invalid);
        problem.remove("errors");
        problem.remove("instance");
        problem.put("detail", "The body does not match the request schema of " + op.operationId() + ".");
        answer.set("jsonBody", problem);
        answer.putArray("transformers").add(RequestValidationProblems.NAME);
        ObjectNode parameters = answer.putObject("transformerParameters");
        parameters.set(RequestValidationProblems.SCHEMA, schema);
        declared(op, 400).ifPresent(malformed -> {
            ObjectNode notJson = problemOf(malformed);
            notJson.remove("instance");
            notJson.put("detail", "The body is not valid JSON.");
            parameters.set(RequestValidationProblems.MALFORMED, notJson);
        });
        metadata(mapping, op, invalid.status(), "a body that breaks the request schema");
        return new StubGenerator.Stub(op.operationId(), fileBase, mapping, null, null);
    }

    private StubGenerator.Stub unknownPathStub(SpecOperation owner) {
        ObjectNode mapping = mapping(StubNames.UNKNOWN_PATH, "any request no other stub takes: 404", 10);
        mapping.putObject("request").put("method", "ANY").put("urlPattern", ".*");
        SpecOperation.Response notFound = declared(owner, 404).orElseThrow();
        answerWithFileOf(mapping, owner, notFound);
        ObjectNode answer = (ObjectNode) mapping.get("response");
        answer.remove("bodyFileName");
        ObjectNode problem = problemOf(notFound);
        problem.remove("instance");
        problem.put("detail", "Nothing here: a path the API does not have, or an id the stubs do not know.");
        answer.set("jsonBody", problem);
        ObjectNode metadata = mapping.putObject("metadata");
        metadata.put("status", 404);
        metadata.put("selectedBy", "no other stub matches");
        return new StubGenerator.Stub(null, StubNames.UNKNOWN_PATH, mapping, null, null);
    }

    private static ObjectNode mapping(String fileBase, String name, int priority) {
        ObjectNode mapping = JSON.createObjectNode();
        mapping.put(
                "id",
                UUID.nameUUIDFromBytes(("moodhood-stub:" + fileBase).getBytes(StandardCharsets.UTF_8))
                        .toString());
        mapping.put("name", name);
        mapping.put("priority", priority);
        return mapping;
    }

    private ObjectNode request(ObjectNode mapping, SpecOperation op) {
        ObjectNode request = mapping.putObject("request");
        request.put("method", op.method());
        request.put("urlPathPattern", op.wireMockPathRegex(spec.basePath()));
        request.putObject("headers").putObject(StubNames.CASE_HEADER).put("absent", true);
        return request;
    }

    /** Answers as the operation's stub for this response does, with its body file. */
    private static void answerWithFileOf(ObjectNode mapping, SpecOperation op, SpecOperation.Response response) {
        ObjectNode answer = mapping.putObject("response");
        answer.put("status", response.status());
        ObjectNode headers = answer.putObject("headers");
        headers.put("Content-Type", response.examples().keySet().iterator().next());
        response.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                headers.put(name, value);
            }
        });
        answer.put("bodyFileName", StubNames.fileBase(op, response) + ".json");
    }

    private void metadata(ObjectNode mapping, SpecOperation op, int status, String selectedBy) {
        ObjectNode metadata = mapping.putObject("metadata");
        metadata.put("operationId", op.operationId());
        metadata.put("method", op.method());
        metadata.put("path", spec.basePath() + op.path());
        metadata.put("status", status);
        metadata.put("selectedBy", selectedBy);
    }

    private static ObjectNode problemOf(SpecOperation.Response response) {
        Object example = response.examples().values().iterator().next();
        JsonNode node = JSON.valueToTree(example);
        return (ObjectNode) node.deepCopy();
    }

    private static Optional<SpecOperation.Response> declared(SpecOperation op, int status) {
        return op.responses().stream()
                .filter(r -> r.status() == status && !r.examples().isEmpty())
                .findFirst();
    }
}
