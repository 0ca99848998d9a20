package dev.moodhoodkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives the mirror (the API as MoodHood is known to have it) from the contract's YAML tree:
 * every element marked {@code x-kit-extension: true} goes, with every {@code $ref} to a marked
 * component; marked enum values and keywords go; properties that go leave {@code required} and
 * the examples; MoodHood's own operationId replaces the kit's; sentences that say
 * <b>Extension</b> leave the descriptions; components nothing refers to any more go. The
 * result is plain OpenAPI without any {@code x-kit-*} key.
 */
final class MirrorBuilder {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`*(\"'])");

    private final ObjectNode original;
    private final ObjectNode root;
    private final Set<String> markedRefs = new HashSet<>();

    private MirrorBuilder(ObjectNode contract) {
        this.original = contract;
        this.root = contract.deepCopy();
        JsonNode components = original.path("components");
        for (String kind : KitExtensions.COMPONENT_KINDS) {
            components.path(kind).fields().forEachRemaining(e -> {
                if (KitExtensions.marked(e.getValue())) {
                    markedRefs.add("#/components/" + kind + "/" + e.getKey());
                }
            });
        }
    }

    /** The mirror of a contract (the argument is not changed). */
    static ObjectNode mirror(ObjectNode contract) {
        MirrorBuilder builder = new MirrorBuilder(contract);
        builder.pruneExamples(builder.root);
        builder.strip(builder.root, "");
        builder.dropEmptyPaths();
        builder.dropUnusedComponents();
        builder.describe();
        return builder.root;
    }

    /** A node that goes: marked itself, or a reference to a marked component. */
    private boolean goes(JsonNode node) {
        return KitExtensions.marked(node)
                || (node.isObject()
                        && node.has("$ref")
                        && markedRefs.contains(node.get("$ref").asText()));
    }

    // ---- examples: drop the values of properties that go, while the schemas are intact ----

    private void pruneExamples(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::pruneExamples);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode schema = object.get("schema");
        if (schema != null && (object.has("example") || object.has("examples"))) {
            // a media type, parameter or header: its examples follow its schema
            if (object.has("example")) {
                prune(object.get("example"), schema);
            }
            object.path("examples").forEach(example -> {
                JsonNode resolved =
                        example.has("$ref") ? at(root, example.get("$ref").asText()) : example;
                if (resolved.has("value")) {
                    prune(resolved.get("value"), schema);
                }
            });
        }
        if (looksLikeSchema(object) && object.has("example")) {
            prune(object.get("example"), object);
        }
        object.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("example") && !e.getKey().equals("value")) {
                pruneExamples(e.getValue());
            }
        });
    }

    private static boolean looksLikeSchema(JsonNode node) {
        return node.has("properties") || node.has("allOf") || node.has("items") || node.has("type");
    }

    /** Removes from an example value what the schema marks as the kit's (schema read from the original). */
    private void prune(JsonNode value, JsonNode schemaNode) {
        JsonNode schema = deref(schemaNode);
        if (value.isArray()) {
            JsonNode items = schema.get("items");
            if (items != null) {
                value.forEach(v -> prune(v, items));
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        collectProperties(schema, properties, 0);
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = properties.get(field.getKey());
            if (property == null) {
                continue;
            }
            if (goes(property) || goes(deref(property))) {
                fields.remove();
            } else {
                prune(field.getValue(), property);
            }
        }
    }

    private void collectProperties(JsonNode schemaNode, Map<String, JsonNode> into, int depth) {
        JsonNode schema = deref(schemaNode);
        if (depth > 10) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(e -> into.putIfAbsent(e.getKey(), e.getValue()));
        schema.path("allOf").forEach(part -> collectProperties(part, into, depth + 1));
    }

    private JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            current = at(original, current.get("$ref").asText());
        }
        return current;
    }

    private static JsonNode at(JsonNode document, String ref) {
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : MissingNode.getInstance();
    }

    // ---- the elements: remove what goes, and every marker ----

    /** Strips a node in place; answers the names of the fields it removed. */
    private List<String> strip(JsonNode node, String key) {
        List<String> removed = new ArrayList<>();
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = array.size() - 1; i >= 0; i--) {
                if (goes(array.get(i))) {
                    array.remove(i);
                } else {
                    strip(array.get(i), key);
                }
            }
            return removed;
        }
        if (!node.isObject()) {
            return removed;
        }
        ObjectNode object = (ObjectNode) node;
        boolean namesMap = key.equals("properties") || key.equals("paths");
        List<String> removedProperties = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            // example values are data: nothing in them is a marker
            if (!namesMap && (field.getKey().equals("example") || field.getKey().equals("value"))) {
                continue;
            }
            if (goes(field.getValue())) {
                removed.add(field.getKey());
                fields.remove();
            } else {
                List<String> below = strip(field.getValue(), field.getKey());
                if (!namesMap && field.getKey().equals("properties")) {
                    removedProperties.addAll(below);
                }
            }
        }
        if (namesMap) {
            return removed; // a map of names, not an element with markers of its own
        }
        for (String emptied : List.of("content", "headers", "parameters", "examples", "responses")) {
            if (object.path(emptied).isContainerNode() && object.get(emptied).isEmpty()) {
                object.remove(emptied); // all of it was the kit's
            }
        }
        removeFromRequired(object, removedProperties);
        dropExtensionValues(object);
        for (String keyword : KitExtensions.list(object, KitExtensions.KEYWORDS)) {
            object.remove(keyword);
        }
        JsonNode moodhoodId = object.remove(KitExtensions.MOODHOOD_OPERATION_ID);
        if (moodhoodId != null) {
            object.put("operationId", moodhoodId.asText());
        }
        object.remove(List.of(
                KitExtensions.MARK,
                KitExtensions.VALUES,
                KitExtensions.KEYWORDS,
                KitExtensions.RULES,
                KitExtensions.MOODHOOD_SOURCE,
                KitExtensions.NOT_MIRRORED));
        if (object.path("description").isTextual()) {
            object.put(
                    "description",
                    withoutExtensionSentences(object.get("description").asText()));
        }
        return removed;
    }

    private static void removeFromRequired(ObjectNode schema, List<String> removedProperties) {
        if (!schema.path("required").isArray() || removedProperties.isEmpty()) {
            return;
        }
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (removedProperties.contains(required.get(i).asText())) {
                required.remove(i);
            }
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
    }

    private static void dropExtensionValues(ObjectNode schema) {
        List<String> values = KitExtensions.list(schema, KitExtensions.VALUES);
        if (values.isEmpty() || !schema.has("enum")) {
            return;
        }
        ArrayNode enumeration = (ArrayNode) schema.get("enum");
        for (int i = enumeration.size() - 1; i >= 0; i--) {
            if (values.contains(enumeration.get(i).asText())) {
                enumeration.remove(i);
            }
        }
        if (enumeration.isEmpty()) {
            schema.remove("enum"); // MoodHood's values are not known: any string
        }
        for (String key : List.of("default", "example")) {
            if (schema.has(key) && values.contains(schema.get(key).asText())) {
                if (key.equals("example") && enumeration.size() > 0) {
                    schema.set(key, enumeration.get(0));
                } else if (key.equals("default")) {
                    schema.remove(key);
                }
            }
        }
    }

    /**
     * A description less its sentences and list items that say <b>Extension</b> or name the
     * kit's markers, and less headings left with nothing under them; kept whole if nothing
     * would be left (every element that is wholly the kit's is gone already).
     */
    static String withoutExtensionSentences(String text) {
        if (!kitProse(text)) {
            return text;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            String heading = "";
            String body = paragraph;
            if (paragraph.startsWith("#")) {
                int end = paragraph.indexOf('\n');
                heading = end < 0 ? paragraph : paragraph.substring(0, end);
                body = end < 0 ? "" : paragraph.substring(end + 1);
            }
            String kept = body.lines().anyMatch(l -> l.stripLeading().startsWith("* "))
                    ? listWithout(body)
                    : sentencesWithout(body);
            if (!kept.isBlank()) {
                paragraphs.add(heading.isEmpty() ? kept : heading + "\n" + kept);
            } else if (!heading.isEmpty() && body.isBlank()) {
                paragraphs.add(heading);
            }
        }
        String result = String.join("\n\n", paragraphs);
        return result.isBlank() ? text : result + (text.endsWith("\n") ? "\n" : "");
    }

    private static boolean kitProse(String text) {
        return text.contains(KitExtensions.PROSE) || text.contains("x-kit-") || text.contains("x-moodhood-");
    }

    private static String listWithout(String paragraph) {
        List<String> items = new ArrayList<>();
        for (String line : paragraph.split("\n")) {
            if (line.stripLeading().startsWith("* ") || items.isEmpty()) {
                items.add(line);
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String item : items) {
            if (!kitProse(item)) {
                kept.add(item);
            } else if (!item.stripLeading().startsWith("* ")) {
                kept.add(sentencesWithout(item));
            }
        }
        return String.join("\n", kept).strip();
    }

    private static String sentencesWithout(String paragraph) {
        List<String> kept = new ArrayList<>();
        for (String sentence :
                SENTENCE_END.split(paragraph.replaceAll("\\s*\n\\s*", " ").strip())) {
            if (!kitProse(sentence)) {
                kept.add(sentence);
            }
        }
        return String.join(" ", kept);
    }

    // ---- what is left empty or unused ----

    private void dropEmptyPaths() {
        JsonNode paths = root.path("paths");
        Iterator<Map.Entry<String, JsonNode>> items = paths.fields();
        while (items.hasNext()) {
            JsonNode item = items.next().getValue();
            boolean hasOperation = false;
            for (String method : KitExtensions.HTTP_METHODS) {
                hasOperation |= item.has(method);
            }
            if (!hasOperation) {
                items.remove();
            }
        }
    }

    private void dropUnusedComponents() {
        JsonNode components = root.path("components");
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> refs = new HashSet<>();
            collectRefs(root, refs);
            for (String kind : KitExtensions.COMPONENT_KINDS) {
                Iterator<String> names = components.path(kind).fieldNames();
                while (names.hasNext()) {
                    if (!refs.contains("#/components/" + kind + "/" + names.next())) {
                        names.remove();
                        changed = true;
                    }
                }
            }
        }
        for (String kind : KitExtensions.COMPONENT_KINDS) {
            if (components.path(kind).isEmpty() && components.isObject()) {
                ((ObjectNode) components).remove(kind);
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private void describe() {
        ObjectNode info = (ObjectNode) root.get("info");
        info.put("title", info.path("title").asText() + " (mirror)");
        info.set(
                "description",
                new TextNode("The MoodHood API as it is known from MoodHood's guide and public client code: the"
                        + " kit's `openapi.yaml` less every element it marks as an extension, derived by the"
                        + " build. Diff it against MoodHood's own Swagger export to see what the sources got"
                        + " wrong.\n\n"
                        + info.path("description").asText()));
    }
}
