package dev.moodhoodkit.stubs.wiremock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a parsed JSON body against the JSON Schema keywords the spec's request bodies use
 * (type, required, properties, items, enum, pattern, min/maxLength, minimum/maximum, allOf) and
 * lists each field at fault with a message in the server's words. Written here because the
 * stubs jar must load in WireMock standalone, whose JSON Schema library is shaded out of reach;
 * the mapping's {@code matchesJsonSchema} (that library) stays the judge of whether a body is
 * invalid, this only names the fields.
 */
final class BodyCheck {

    private final List<Map<String, String>> errors = new ArrayList<>();

    /** The fields of {@code body} that break {@code schema}, in the body's order. */
    List<Map<String, String>> check(Map<String, Object> schema, Object body) {
        errors.clear();
        value(schema, body, "");
        return List.copyOf(errors);
    }

    @SuppressWarnings("unchecked")
    private void value(Map<String, Object> schema, Object value, String field) {
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> value((Map<String, Object>) part, value, field));
        }
        if (value == null) {
            if (!field.isEmpty() && !admitsNull(schema)) {
                fault(field, "must not be null");
            } else if (field.isEmpty()) {
                fault("body", "must not be empty");
            }
            return;
        }
        Object type = schema.get("type");
        if (type instanceof String expected && !hasType(value, expected)) {
            fault(field.isEmpty() ? "body" : field, "must be " + article(expected));
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
            fault(field, "must be one of " + allowed);
        }
        if (value instanceof String text) {
            text(schema, text, field);
        } else if (value instanceof Number number) {
            number(schema, number, field);
        } else if (value instanceof Map<?, ?> object) {
            object(schema, (Map<String, Object>) object, field);
        } else if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                value((Map<String, Object>) items, list.get(i), field + "[" + i + "]");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void object(Map<String, Object> schema, Map<String, Object> object, String field) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (schema.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (!object.containsKey(name)) {
                    fault(prefix + name, "must not be null");
                }
            }
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            object.forEach((name, value) -> {
                if (properties.get(name) instanceof Map<?, ?> property) {
                    value((Map<String, Object>) property, value, prefix + name);
                }
            });
        }
    }

    private void text(Map<String, Object> schema, String text, String field) {
        int length = text.codePointCount(0, text.length());
        Number min = (Number) schema.get("minLength");
        Number max = (Number) schema.get("maxLength");
        if ((min != null && length < min.intValue()) || (max != null && length > max.intValue())) {
            fault(field, "size must be between " + (min == null ? 0 : min) + " and " + (max == null ? "∞" : max));
        }
        if (schema.get("pattern") instanceof String pattern
                && !Pattern.compile(pattern).matcher(text).find()) {
            fault(field, "must match \"" + pattern + "\"");
        }
    }

    private void number(Map<String, Object> schema, Number number, String field) {
        if (schema.get("minimum") instanceof Number min && number.doubleValue() < min.doubleValue()) {
            fault(field, "must be greater than or equal to " + min);
        }
        if (schema.get("maximum") instanceof Number max && number.doubleValue() > max.doubleValue()) {
            fault(field, "must be less than or equal to " + max);
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case "number" -> value instanceof Number;
            default -> true;
        };
    }

    private static boolean admitsNull(Map<String, Object> schema) {
        return schema.get("type") instanceof List<?> types && types.contains("null");
    }

    private static String article(String type) {
        return (type.equals("object") || type.equals("array") || type.equals("integer") ? "an " : "a ") + type;
    }

    private void fault(String field, String message) {
        boolean known = errors.stream().anyMatch(e -> e.get("field").equals(field));
        if (!known) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("message", message);
            errors.add(error);
        }
    }
}
