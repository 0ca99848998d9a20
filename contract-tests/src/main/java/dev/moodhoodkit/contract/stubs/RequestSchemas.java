package dev.moodhoodkit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodhoodkit.contract.spec.SpecOperation;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON request body schema of an operation as a self-contained JSON Schema (draft 4, which
 * OpenAPI 3.0's schema dialect extends), for WireMock's {@code matchesJsonSchema}: every
 * {@code $ref} inlined, {@code nullable} written as a type that admits null, and the keywords
 * JSON Schema does not know (example, description, x-…) or that the server does not enforce as
 * the schema words them ({@code format}) left out, so a body the server takes is never refused.
 */
final class RequestSchemas {

    /** Keywords kept: those draft 4 validates and that the spec uses for request bodies. */
    private static final Set<String> KEPT = Set.of(
            "type",
            "properties",
            "required",
            "items",
            "enum",
            "pattern",
            "minLength",
            "maxLength",
            "minimum",
            "maximum",
            "minItems",
            "maxItems",
            "uniqueItems",
            "additionalProperties",
            "allOf",
            "anyOf",
            "oneOf");

    private final JsonNode spec;

    RequestSchemas(String specText) {
        try {
            this.spec = Yaml.mapper().readTree(specText);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec as YAML", e);
        }
    }

    /** The schema of {@code application/json} bodies of {@code op}, if it takes one. */
    Optional<ObjectNode> jsonBodySchema(SpecOperation op) {
        JsonNode body = follow(spec.path("paths")
                .path(op.path())
                .path(op.method().toLowerCase(Locale.ROOT))
                .path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of((ObjectNode) inline(schema, new ArrayDeque<>()));
    }

    private JsonNode inline(JsonNode schema, Deque<String> refs) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (refs.contains(ref)) {
                throw new IllegalStateException("recursive schema " + ref + ": cannot inline it for WireMock");
            }
            refs.push(ref);
            JsonNode inlined = inline(follow(schema), refs);
            refs.pop();
            return inlined;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        schema.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!KEPT.contains(name)) {
                return;
            }
            switch (name) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    value.fields().forEachRemaining(p -> properties.set(p.getKey(), inline(p.getValue(), refs)));
                }
                case "items" -> out.set("items", inline(value, refs));
                case "additionalProperties" -> out.set(name, value.isObject() ? inline(value, refs) : value.deepCopy());
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = out.putArray(name);
                    value.forEach(part -> parts.add(inline(part, refs)));
                }
                default -> out.set(name, value.deepCopy());
            }
        });
        if (schema.path("nullable").asBoolean(false) && out.has("type")) {
            ArrayNode types =
                    JsonNodeFactory.instance.arrayNode().add(out.get("type")).add("null");
            out.set("type", types);
            if (out.has("enum")) {
                ((ArrayNode) out.get("enum")).addNull();
            }
        }
        return out;
    }

    /** The node a local {@code $ref} points at (the node itself when it is none). */
    private JsonNode follow(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 20) {
                throw new IllegalStateException("Cannot follow $ref " + ref);
            }
            current = spec.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("$ref " + ref + " points at nothing");
            }
        }
        return current;
    }
}
