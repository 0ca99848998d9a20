package dev.moodhoodkit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Turns the spec's examples into WireMock stubs: one mapping per operation and declared
 * response, its body taken from the response's example. Run by the build (exec-maven-plugin,
 * {@code process-classes}) as {@code StubGenerator <openapi.yaml> <output dir>}; writes
 * {@code <output>/mappings} and {@code <output>/__files}, the layout WireMock loads.
 *
 * <p>Request matching (see {@link StubNames} for names):
 * <ul>
 * <li>every stub: the method and the path under the base path ({@code /v1});</li>
 * <li>the success stub: the path with the examples' ids, no {@value StubNames#CASE_HEADER}
 *     header, a bearer token when the operation needs one, the required query parameters, and
 *     each required top-level field of a JSON body;</li>
 * <li>the other stubs: {@code X-Stub-Case: <case>} (e.g. {@code not-found}) and any id of the
 *     parameter's pattern, so that any request of the operation can be made to fail that way;</li>
 * <li>the stubs that answer wrong requests as the spec says (missing token, invalid body,
 *     unknown path or id): see {@link SpecBehaviourStubs}.</li>
 * </ul>
 * A response without an example, or two operations that would share a file name, stop the
 * build with a message naming the operation.
 */
public final class StubGenerator {

    private static final ObjectMapper JSON = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private final ApiSpec spec;

    public StubGenerator(ApiSpec spec) {
        this.spec = spec;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StubGenerator <openapi.yaml> <output dir>");
        }
        Path output = Path.of(args[1]);
        List<Stub> stubs = new StubGenerator(ApiSpec.read(Path.of(args[0]))).stubs();
        write(stubs, output);
        System.out.printf(
                "[stubs] %d WireMock mappings for %d operations written to %s%n",
                stubs.size(),
                stubs.stream()
                        .map(Stub::operationId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count(),
                output.toAbsolutePath());
    }

    /** One stub: its file name (without extension), mapping, and body (null for none). */
    public record Stub(String operationId, String fileBase, ObjectNode mapping, String bodyFile, String body) {}

    /** Every stub of the spec, in the spec's order. */
    public List<Stub> stubs() {
        List<Stub> stubs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (SpecOperation op : spec.operations()) {
            for (SpecOperation.Response response : op.responses()) {
                String fileBase = StubNames.fileBase(op, response);
                String owner = owners.putIfAbsent(fileBase, op.operationId());
                if (owner != null) {
                    problems.add(op.displayName() + " " + response.status() + ": stub name " + fileBase
                            + " is taken by " + owner + " (see StubNames)");
                    continue;
                }
                try {
                    stubs.add(stub(op, response, fileBase));
                } catch (IllegalStateException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        try {
            stubs.addAll(new SpecBehaviourStubs(spec).stubs());
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Cannot make WireMock stubs from the spec:\n  - " + String.join("\n  - ", problems));
        }
        return stubs;
    }

    private Stub stub(SpecOperation op, SpecOperation.Response response, String fileBase) {
        String stubCase = StubNames.caseOf(op, response);
        ObjectNode mapping = JSON.createObjectNode();
        mapping.put(
                "id",
                UUID.nameUUIDFromBytes(("moodhood-stub:" + fileBase).getBytes(StandardCharsets.UTF_8))
                        .toString());
        mapping.put(
                "name",
                op.operationId() + " " + response.status()
                        + (stubCase == null ? "" : " (" + StubNames.CASE_HEADER + ": " + stubCase + ")"));
        mapping.set("request", request(op, stubCase));

        ObjectNode answer = mapping.putObject("response");
        answer.put("status", response.status());
        ObjectNode headers = JSON.createObjectNode();
        String bodyFile = null;
        String body = null;
        if (!response.contentTypes().isEmpty()) {
            Map.Entry<String, Object> example = response.examples().entrySet().stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(op.displayName() + " " + response.status() + " "
                            + response.contentTypes() + ": no example to answer with"));
            headers.put("Content-Type", example.getKey());
            bodyFile = fileBase + (isJson(example.getKey()) ? ".json" : ".txt");
            body = render(example.getKey(), example.getValue());
            answer.put("bodyFileName", bodyFile);
        }
        response.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                headers.put(name, value);
            }
        });
        if (!headers.isEmpty()) {
            answer.set("headers", headers);
        }

        ObjectNode metadata = mapping.putObject("metadata");
        metadata.put("operationId", op.operationId());
        metadata.put("method", op.method());
        metadata.put("path", spec.basePath() + op.path());
        metadata.put("status", response.status());
        if (stubCase != null) {
            metadata.put("case", stubCase);
        }
        metadata.put(
                "selectedBy",
                stubCase == null ? "no " + StubNames.CASE_HEADER + " header" : StubNames.CASE_HEADER + ": " + stubCase);
        return new Stub(op.operationId(), fileBase, mapping, bodyFile, body);
    }

    private ObjectNode request(SpecOperation op, String stubCase) {
        ObjectNode request = JSON.createObjectNode();
        request.put("method", op.method());
        ObjectNode headers;
        if (stubCase != null) {
            request.put("urlPathPattern", op.wireMockPathRegex(spec.basePath()));
            headers = request.putObject("headers");
            headers.putObject(StubNames.CASE_HEADER).put("equalTo", stubCase);
            return request;
        }
        // The success stub knows the objects of the spec's examples only: another id is
        // unknown and falls through to the catch-all 404 (SpecBehaviourStubs).
        request.put("urlPath", spec.basePath() + op.examplePath());
        headers = request.putObject("headers");
        headers.putObject(StubNames.CASE_HEADER).put("absent", true);
        if (op.secured()) {
            headers.putObject("Authorization").put("matches", SpecBehaviourStubs.BEARER);
        }
        List<SpecOperation.Param> requiredQuery =
                op.queryParams().stream().filter(SpecOperation.Param::required).toList();
        if (!requiredQuery.isEmpty()) {
            ObjectNode query = request.putObject("queryParameters");
            requiredQuery.forEach(
                    p -> query.putObject(p.name()).put("matches", p.pattern() == null ? ".+" : p.unanchoredPattern()));
        }
        // Body fields only when JSON is the one way to send the body: the token endpoint also
        // takes a form, which JSON paths cannot match.
        op.requestBody()
                .filter(b -> b.contentTypes().stream().allMatch(StubGenerator::isJson))
                .ifPresent(b -> {
                    if (!b.requiredProperties().isEmpty()) {
                        ArrayNode patterns = request.putArray("bodyPatterns");
                        b.requiredProperties()
                                .forEach(field -> patterns.addObject().put("matchesJsonPath", "$." + field));
                    }
                });
        return request;
    }

    private static boolean isJson(String contentType) {
        return contentType.contains("json");
    }

    private static String render(String contentType, Object example) {
        if (!isJson(contentType)) {
            return example instanceof JsonNode node ? node.asText() : String.valueOf(example);
        }
        try {
            return JSON.writeValueAsString(example) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code mappings/} and {@code __files/} under the output directory with the stubs. */
    public static void write(List<Stub> stubs, Path output) {
        try {
            Path mappings = output.resolve("mappings");
            Path files = output.resolve("__files");
            deleteRecursively(mappings);
            deleteRecursively(files);
            Files.createDirectories(mappings);
            Files.createDirectories(files);
            for (Stub stub : stubs) {
                Files.writeString(
                        mappings.resolve(stub.fileBase() + ".json"),
                        JSON.writeValueAsString(stub.mapping()) + "\n",
                        StandardCharsets.UTF_8);
                if (stub.bodyFile() != null) {
                    Files.writeString(files.resolve(stub.bodyFile()), stub.body(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the stubs to " + output.toAbsolutePath(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
