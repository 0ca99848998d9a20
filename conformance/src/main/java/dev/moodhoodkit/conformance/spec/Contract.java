package dev.moodhoodkit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodhoodkit.conformance.cli.Options.SpecChoice;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chosen contract, read from the api-spec jar: its operations by operationId, and what a
 * request may carry. The runner asks it before every call, so that in mirror mode nothing the
 * real API lacks (an operation, a query parameter, a body field) is ever sent.
 */
public final class Contract {

    /** One operation of the spec. */
    public record SpecOperation(String operationId, String method, String pathTemplate, Operation operation) {}

    private final SpecChoice choice;
    private final String text;
    private final OpenAPI api;
    private final Map<String, SpecOperation> operations = new LinkedHashMap<>();

    /** The chosen spec's operations under the kit's operationIds too, found by method and path. */
    private final Map<String, SpecOperation> byKitName = new LinkedHashMap<>();

    private Contract(SpecChoice choice, String text, OpenAPI kit) {
        this.choice = choice;
        this.text = text;
        this.api = parse(text, choice.resource());
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(
                                operation.getOperationId(),
                                new SpecOperation(operation.getOperationId(), method.name(), path, operation))));
        // The mirror may name an operation as MoodHood does (the records list's real id) where
        // the kit uses a readable one; the walk names operations the kit's way.
        OpenAPI naming = kit == null ? api : kit;
        naming.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.values().stream()
                                .filter(op -> op.pathTemplate().equals(path)
                                        && op.method().equals(method.name()))
                                .findFirst()
                                .ifPresent(op -> byKitName.put(operation.getOperationId(), op))));
    }

    private static OpenAPI parse(String text, String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI parsed = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        if (parsed == null || parsed.getPaths() == null) {
            throw new IllegalStateException(resource + " is not an OpenAPI document");
        }
        return parsed;
    }

    /** The spec of {@code choice} from the classpath (the api-spec jar). */
    public static Contract load(SpecChoice choice) {
        String text = read(choice);
        OpenAPI kit = choice == SpecChoice.FULL ? null : parse(read(SpecChoice.FULL), SpecChoice.FULL.resource());
        return new Contract(choice, text, kit);
    }

    private static String read(SpecChoice choice) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(choice.resource())) {
            if (in == null) {
                throw new IllegalStateException(choice.resource() + " is not on the classpath: this runner's api-spec"
                        + " jar has no " + choice.name().toLowerCase() + " spec");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpecChoice choice() {
        return choice;
    }

    /** The document's text, for the validator. */
    public String text() {
        return text;
    }

    /** Every operation, in the spec's order. */
    public List<SpecOperation> operations() {
        return List.copyOf(operations.values());
    }

    /** The operation of this spec, by its own operationId or by the kit's name for it. */
    public Optional<SpecOperation> operation(String operationId) {
        return Optional.ofNullable(operations.getOrDefault(operationId, byKitName.get(operationId)));
    }

    /** Whether the operation declares this query parameter (path-level parameters included). */
    public boolean hasQueryParameter(SpecOperation operation, String name) {
        List<Parameter> parameters = new ArrayList<>();
        PathItem item = api.getPaths().get(operation.pathTemplate());
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.operation().getParameters() != null) {
            parameters.addAll(operation.operation().getParameters());
        }
        return parameters.stream()
                .map(this::resolve)
                .anyMatch(p -> "query".equals(p.getIn()) && name.equals(p.getName()));
    }

    /**
     * The body less every property its JSON schema does not declare, at any depth: what a
     * flow writes for the full spec, cut down to what the chosen spec has.
     */
    public JsonNode pruneBody(SpecOperation operation, JsonNode body) {
        if (operation.operation().getRequestBody() == null) {
            return body;
        }
        MediaType json = operation.operation().getRequestBody().getContent().get("application/json");
        if (json == null || json.getSchema() == null) {
            return body;
        }
        JsonNode copy = body.deepCopy();
        prune(json.getSchema(), copy);
        return copy;
    }

    private void prune(Schema<?> schema, JsonNode node) {
        Schema<?> resolved = resolve(schema);
        if (node instanceof ObjectNode object) {
            Map<String, Schema> properties = properties(resolved);
            if (properties.isEmpty()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Schema<?> property = properties.get(field.getKey());
                if (property == null) {
                    fields.remove();
                } else {
                    prune(property, field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array && resolved.getItems() != null) {
            array.forEach(element -> prune(resolved.getItems(), element));
        }
    }

    /** Declared properties, through $ref and allOf. */
    private Map<String, Schema> properties(Schema<?> schema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        Schema<?> resolved = resolve(schema);
        if (resolved.getProperties() != null) {
            properties.putAll(resolved.getProperties());
        }
        if (resolved.getAllOf() != null) {
            resolved.getAllOf().forEach(part -> properties.putAll(properties(part)));
        }
        return properties;
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null) {
            current = api.getComponents().getSchemas().get(refName(current.get$ref()));
        }
        return current;
    }

    private Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null
                ? parameter
                : api.getComponents().getParameters().get(refName(parameter.get$ref()));
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
