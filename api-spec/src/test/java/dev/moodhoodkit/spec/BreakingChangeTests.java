package dev.moodhoodkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: the contract must stay compatible with the committed baseline
 * ({@code src/test/resources/baseline/openapi.yaml}), i.e. every client written against the
 * baseline keeps working. Moving the baseline is a deliberate act: see api-spec/README.md.
 */
class BreakingChangeTests {

    static final String BASELINE = "baseline/openapi.yaml";

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void contractIsCompatibleWithTheBaseline() {
        ChangedOpenApi diff = OpenApiCompare.fromContents(
                Spec.readClasspath(BASELINE), Spec.contract().text());
        if (diff.isIncompatible()) {
            fail("The spec breaks clients written against " + BASELINE + ".\n"
                    + "Incompatible changes:\n  " + String.join("\n  ", incompatibilities(diff))
                    + "\n\nFull report:\n" + new MarkdownRender().render(diff)
                    + "\nIf the break is intended, move the baseline deliberately (api-spec/README.md).");
        }
    }

    @Test
    void anUnchangedCopyPassesTheGate() {
        String current = Spec.contract().text();
        assertThat(OpenApiCompare.fromContents(current, mutate(current, root -> {}))
                        .isIncompatible())
                .isFalse();
    }

    @Test
    void gateFlagsARemovedOperation() {
        String current = Spec.contract().text();
        String[] removed = new String[1];
        String planted = mutate(current, root -> {
            ObjectNode paths = (ObjectNode) root.get("paths");
            String path = paths.fieldNames().next();
            ObjectNode item = (ObjectNode) paths.get(path);
            String method = firstMethod(item).orElseThrow();
            item.remove(method);
            removed[0] = method.toUpperCase() + " " + path;
        });

        ChangedOpenApi diff = OpenApiCompare.fromContents(current, planted);

        assertThat(diff.isIncompatible()).as("removing " + removed[0]).isTrue();
        assertThat(incompatibilities(diff)).anyMatch(line -> line.startsWith(removed[0] + ":"));
    }

    @Test
    void gateFlagsANewRequiredParameter() {
        String current = Spec.contract().text();
        String planted = mutate(current, root -> {
            ObjectNode paths = (ObjectNode) root.get("paths");
            ObjectNode item = (ObjectNode) paths.get(paths.fieldNames().next());
            ObjectNode operation = (ObjectNode) item.get(firstMethod(item).orElseThrow());
            ArrayNode parameters = operation.has("parameters")
                    ? (ArrayNode) operation.get("parameters")
                    : operation.putArray("parameters");
            ObjectNode p = parameters.addObject();
            p.put("name", "plantedRequired").put("in", "query").put("required", true);
            p.putObject("schema").put("type", "string");
        });

        assertThat(OpenApiCompare.fromContents(current, planted).isIncompatible())
                .as("a new required query parameter")
                .isTrue();
    }

    /** Making an optional request field required breaks every client that leaves it out. */
    @Test
    void gateFlagsAnOptionalRequestFieldMadeRequired() {
        String current = Spec.contract().text();
        String[] changed = new String[1];
        String planted = mutate(current, root -> changed[0] = requireFirstOptionalRequestField(root));
        Assumptions.assumeTrue(changed[0] != null, "the spec has no request body with an optional field yet");

        ChangedOpenApi diff = OpenApiCompare.fromContents(current, planted);

        assertThat(diff.isIncompatible())
                .as("making " + changed[0] + " required")
                .isTrue();
    }

    /** Removing an enum value that clients may send breaks them. */
    @Test
    void gateFlagsARemovedRequestEnumValue() {
        String current = Spec.contract().text();
        String[] changed = new String[1];
        String planted = mutate(current, root -> changed[0] = dropLastValueOfFirstRequestEnum(root));
        Assumptions.assumeTrue(changed[0] != null, "the spec has no request body with an enum yet");

        assertThat(OpenApiCompare.fromContents(current, planted).isIncompatible())
                .as("removing a value of " + changed[0])
                .isTrue();
    }

    /** "METHOD path: what" for every incompatible change, for a failure message a human can act on. */
    static List<String> incompatibilities(ChangedOpenApi diff) {
        List<String> lines = new ArrayList<>();
        for (Endpoint e : diff.getMissingEndpoints()) {
            lines.add(e.getMethod() + " " + e.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (!op.isIncompatible()) {
                continue;
            }
            List<String> what = new ArrayList<>();
            if (op.getParameters() != null && op.getParameters().isIncompatible()) {
                what.add("parameters");
            }
            if (op.getRequestBody() != null && op.getRequestBody().isIncompatible()) {
                what.add("request body");
            }
            if (op.getApiResponses() != null && op.getApiResponses().isIncompatible()) {
                what.add("responses");
            }
            if (op.getSecurityRequirements() != null
                    && op.getSecurityRequirements().isIncompatible()) {
                what.add("security");
            }
            lines.add(op.getHttpMethod() + " " + op.getPathUrl() + ": incompatible "
                    + (what.isEmpty() ? "change" : String.join(", ", what)));
        }
        return lines;
    }

    private static Optional<String> firstMethod(JsonNode pathItem) {
        Iterator<String> names = pathItem.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (METHODS.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** A copy of the spec text, changed by {@code change} on its YAML tree. */
    private static String mutate(String spec, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Yaml.mapper().readTree(spec);
            change.accept(root);
            return Yaml.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON request body schemas of all operations, followed to their component objects. */
    private static List<ObjectNode> requestSchemas(ObjectNode root) {
        List<ObjectNode> schemas = new ArrayList<>();
        root.path("paths")
                .forEach(item -> item.fields().forEachRemaining(op -> {
                    if (!METHODS.contains(op.getKey())) {
                        return;
                    }
                    JsonNode body = deref(root, op.getValue().path("requestBody"));
                    body.path("content").fields().forEachRemaining(media -> {
                        if (media.getKey().contains("json")) {
                            JsonNode schema = deref(root, media.getValue().path("schema"));
                            if (schema.isObject()) {
                                schemas.add((ObjectNode) schema);
                            }
                        }
                    });
                }));
        return schemas;
    }

    private static String requireFirstOptionalRequestField(ObjectNode root) {
        for (ObjectNode schema : requestSchemas(root)) {
            JsonNode properties = schema.path("properties");
            Iterator<String> names = properties.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode property = properties.get(name);
                boolean required = false;
                for (JsonNode r : schema.path("required")) {
                    required |= r.asText().equals(name);
                }
                if (!required && !property.path("readOnly").asBoolean(false)) {
                    (schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required"))
                            .add(name);
                    return name;
                }
            }
        }
        return null;
    }

    private static String dropLastValueOfFirstRequestEnum(ObjectNode root) {
        for (ObjectNode schema : requestSchemas(root)) {
            JsonNode properties = schema.path("properties");
            Iterator<String> names = properties.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode property = deref(root, properties.get(name));
                if (property.path("enum").isArray() && property.path("enum").size() > 1) {
                    ArrayNode values = (ArrayNode) property.get("enum");
                    values.remove(values.size() - 1);
                    return name;
                }
            }
        }
        return null;
    }

    /** Follows local $refs ("#/a/b/c") in the YAML tree. */
    private static JsonNode deref(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
