package dev.moodhoodkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the prose and the markers of a spec agree ({@link KitExtensions}):
 * <ul>
 * <li>a description (or an example's summary) that begins with <b>Extension</b> belongs to an
 *     element marked {@code x-kit-extension: true}, and a marked element's begins so (a marked
 *     media type, which has no description of its own, is mentioned by its response's);</li>
 * <li>a description that mentions <b>Extension</b> further on belongs to an element with a
 *     partial marker ({@code -values}, {@code -keywords}, {@code -rules}) or with a marked part
 *     of its own (shared responses and headers, marked once where they are defined, do not
 *     count);</li>
 * <li>a partial marker names values in the enum, keywords on the schema, or non-empty rules,
 *     and its element's prose mentions <b>Extension</b> and the values and keywords;</li>
 * <li>a marked property is never required, a marker never stands beside a {@code $ref} (which
 *     OpenAPI 3.0 tells tools to ignore), and every operation that is not the kit's says where
 *     it is known from ({@code x-moodhood-source}).</li>
 * </ul>
 * Each problem names the JSON pointer of the element.
 */
final class MarkerChecks {

    private static final Set<String> SOURCES = Set.of("guide", "client-code", "swagger-site");

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private MarkerChecks(JsonNode root) {
        this.root = root;
    }

    static List<String> problems(JsonNode root) {
        MarkerChecks checks = new MarkerChecks(root);
        root.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("info")) {
                checks.walk(e.getValue(), "/" + e.getKey(), e.getKey(), null);
            }
        });
        checks.operations();
        return checks.problems;
    }

    private void walk(JsonNode node, String pointer, String key, JsonNode parent) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, key, parent);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean namesMap = key.equals("properties");
        if (!namesMap && !isNameMap(key)) {
            element(node, pointer);
        }
        node.fields().forEachRemaining(e -> {
            String child = e.getKey();
            // example data is not an element; an Example object's value neither
            if (!namesMap && (child.equals("example") || child.equals("value"))) {
                return;
            }
            walk(e.getValue(), pointer + "/" + child.replace("~", "~0").replace("/", "~1"), child, node);
        });
    }

    /** Keys whose value maps names to elements (the map itself is not an element). */
    private static boolean isNameMap(String key) {
        return Set.of(
                        "paths",
                        "responses",
                        "content",
                        "headers",
                        "schemas",
                        "parameters",
                        "examples",
                        "callbacks",
                        "securitySchemes",
                        "requestBodies",
                        "components")
                .contains(key);
    }

    private void element(JsonNode node, String pointer) {
        boolean marked = KitExtensions.marked(node);
        String prose = KitExtensions.prose(node);
        if (node.has(KitExtensions.MARK) && !node.get(KitExtensions.MARK).isBoolean()) {
            problems.add(pointer + ": " + KitExtensions.MARK + " must be true or false");
        }
        if (node.has("$ref") && (node.has(KitExtensions.MARK) || KitExtensions.partlyMarked(node))) {
            problems.add(pointer + ": a marker beside $ref is ignored by OpenAPI 3.0; wrap the $ref in allOf");
        }
        boolean mediaType = pointer.contains("/content/") && !node.has("description") && !node.has("summary");
        if (marked && mediaType) {
            // the response (or request body) that holds the content: two levels up
            String holder = pointer.substring(0, pointer.lastIndexOf("/content/"));
            if (!KitExtensions.prose(root.at(holder)).contains(KitExtensions.PROSE)) {
                problems.add(pointer + ": a marked body, but " + holder + " does not say **Extension**");
            }
        } else if (marked && !KitExtensions.proseBeginsWithMark(node)) {
            problems.add(pointer + ": marked x-kit-extension, but its description does not begin with **Extension**");
        }
        if (!marked && KitExtensions.proseBeginsWithMark(node)) {
            problems.add(pointer
                    + ": its description begins with **Extension**, but it is not marked x-kit-extension: true");
        }
        if (!marked
                && !KitExtensions.proseBeginsWithMark(node)
                && prose.contains(KitExtensions.PROSE)
                && !KitExtensions.partlyMarked(node)
                && !hasMarkedPart(node, new HashSet<>())) {
            problems.add(pointer + ": its description mentions **Extension**, but nothing in it is marked");
        }
        partialMarkers(node, pointer, prose);
    }

    private void partialMarkers(JsonNode node, String pointer, String prose) {
        List<String> values = KitExtensions.list(node, KitExtensions.VALUES);
        if (node.has(KitExtensions.VALUES)) {
            List<String> enumeration = new ArrayList<>();
            node.path("enum").forEach(v -> enumeration.add(v.asText()));
            for (String value : values) {
                if (!enumeration.contains(value)) {
                    problems.add(pointer + ": x-kit-extension-values names `" + value + "`, which is not in its enum");
                }
                if (!prose.contains("`" + value + "`")) {
                    problems.add(pointer + ": its description does not name the extension value `" + value + "`");
                }
            }
        }
        List<String> keywords = KitExtensions.list(node, KitExtensions.KEYWORDS);
        for (String keyword : keywords) {
            if (!node.has(keyword)) {
                problems.add(pointer + ": x-kit-extension-keywords names " + keyword + ", which it does not have");
            }
            if (!prose.contains("`" + keyword + "`") && !(keyword.equals("enum") && prose.contains("list of"))) {
                problems.add(pointer + ": its description does not name the extension keyword `" + keyword + "`");
            }
        }
        if (node.has(KitExtensions.RULES)
                && KitExtensions.list(node, KitExtensions.RULES).isEmpty()) {
            problems.add(pointer + ": x-kit-extension-rules is empty");
        }
        if (KitExtensions.partlyMarked(node) && !prose.contains(KitExtensions.PROSE)) {
            problems.add(
                    pointer + ": it has a partial extension marker, but its description does not say **Extension**");
        }
    }

    /**
     * Whether something below the node is marked: inline, or through $refs to schemas and
     * parameters (each followed once). Shared responses and headers do not count: they say
     * **Extension** where they are defined.
     */
    private boolean hasMarkedPart(JsonNode node, Set<String> seen) {
        for (JsonNode child : children(node)) {
            if (!child.isContainerNode()) {
                continue;
            }
            if (child.has("$ref")) {
                String ref = child.get("$ref").asText();
                if (!(ref.startsWith("#/components/schemas/") || ref.startsWith("#/components/parameters/"))
                        || !seen.add(ref)) {
                    continue;
                }
                JsonNode target = root.at(ref.substring(1));
                if (KitExtensions.marked(target) || KitExtensions.partlyMarked(target) || hasMarkedPart(target, seen)) {
                    return true;
                }
                continue;
            }
            if (KitExtensions.marked(child) || KitExtensions.partlyMarked(child) || hasMarkedPart(child, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> children(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                children.add(e.getValue());
            }
        });
        if (node.isArray()) {
            node.forEach(children::add);
        }
        return children;
    }

    /** Marked properties are not required; every operation says where it comes from. */
    private void operations() {
        requiredChecks(root, "");
        root.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!KitExtensions.HTTP_METHODS.contains(op.getKey())) {
                        return;
                    }
                    String where = "/paths/" + path.getKey().replace("/", "~1") + "/" + op.getKey();
                    JsonNode operation = op.getValue();
                    String source =
                            operation.path(KitExtensions.MOODHOOD_SOURCE).asText("");
                    if (KitExtensions.marked(operation) && !source.isEmpty()) {
                        problems.add(where + ": the kit's operation names a MoodHood source");
                    }
                    if (!KitExtensions.marked(operation) && !SOURCES.contains(source)) {
                        problems.add(
                                where
                                        + ": neither marked x-kit-extension nor x-moodhood-source: guide, client-code or swagger-site");
                    }
                }));
    }

    private void requiredChecks(JsonNode node, String pointer) {
        if (node.isObject()
                && node.path("properties").isObject()
                && node.path("required").isArray()) {
            node.get("required").forEach(name -> {
                JsonNode property = node.get("properties").path(name.asText());
                if (KitExtensions.marked(property)) {
                    problems.add(pointer + "/properties/" + name.asText()
                            + ": an extension is required; an extension adds, never requires");
                }
            });
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                requiredChecks(e.getValue(), pointer + "/" + e.getKey());
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requiredChecks(node.get(i), pointer + "/" + i);
            }
        }
    }
}
