package dev.moodhoodkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The spec's machine-readable extension markers (described in the spec's {@code info}), read
 * on the YAML tree as written, where {@code $ref}s are still visible.
 */
final class KitExtensions {

    /** The element (operation, parameter, property, response, media type, header, example, tag, server) is the kit's. */
    static final String MARK = "x-kit-extension";

    /** The listed enum values of the schema are the kit's. */
    static final String VALUES = "x-kit-extension-values";

    /** The listed keywords of the schema (minLength, default, enum...) are the kit's. */
    static final String KEYWORDS = "x-kit-extension-keywords";

    /** Rules the kit adds that no keyword states, as short sentences. */
    static final String RULES = "x-kit-extension-rules";

    /** MoodHood's own operationId, where the kit's differs. */
    static final String MOODHOOD_OPERATION_ID = "x-moodhood-operation-id";

    /** Where a mirrored operation is known from: guide, client-code or swagger-site. */
    static final String MOODHOOD_SOURCE = "x-moodhood-source";

    /** In {@code info}: what MoodHood has that the kit does not mirror. */
    static final String NOT_MIRRORED = "x-moodhood-not-mirrored";

    /** The word that marks an extension in a description. */
    static final String PROSE = "**Extension**";

    static final Set<String> PARTIAL_MARKERS = Set.of(VALUES, KEYWORDS, RULES);

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The component kinds whose entries may be marked and are then removed with every reference to them. */
    static final List<String> COMPONENT_KINDS =
            List.of("schemas", "parameters", "responses", "headers", "examples", "requestBodies");

    private KitExtensions() {}

    static boolean marked(JsonNode node) {
        return node != null && node.isObject() && node.path(MARK).asBoolean(false);
    }

    static boolean partlyMarked(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String marker : PARTIAL_MARKERS) {
            if (node.has(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a list marker ({@code x-kit-extension-values: [a, b]}), empty when absent. */
    static List<String> list(JsonNode node, String marker) {
        List<String> values = new ArrayList<>();
        node.path(marker).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The element's own prose: description, or summary for examples. */
    static String prose(JsonNode node) {
        if (node.path("description").isTextual()) {
            return node.get("description").asText();
        }
        return node.path("summary").asText("");
    }

    /** The prose begins with the word, as a wholly marked element's must. */
    static boolean proseBeginsWithMark(JsonNode node) {
        return prose(node).stripLeading().startsWith(PROSE);
    }

    static boolean proseMentionsMark(JsonNode node) {
        return prose(node).contains(PROSE);
    }
}
