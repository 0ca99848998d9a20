package dev.moodhoodkit.server.webhooks;

import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as JavaScript's {@code JSON.stringify(value)} writes it (ECMAScript 2019 and
 * later): no spaces, object keys in insertion order, and strings escaped by JavaScript's rule —
 * {@code \"}, {@code \\}, {@code \b \f \n \r \t} by name, the other control characters and any
 * lone surrogate as {@code \}{@code u} with four lower-case hex digits, everything else (also
 * non-ASCII, {@code /} and U+2028/2029) as it is. A webhook's signature is computed over this
 * text, so a JavaScript receiver that re-serialises the body it parsed gets the same bytes.
 * A JSON library would not do: Jackson writes upper-case hex escapes, and its property order is
 * a setting.
 */
final class JavaScriptJson {

    private JavaScriptJson() {}

    /**
     * {@code value} as JSON: a {@link Map} (its iteration order is the key order), a {@link List},
     * a {@link String}, a {@link Boolean}, an integral {@link Number} within JavaScript's safe
     * integer range, or null. Nothing else occurs in a webhook event.
     */
    static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (Math.abs(number) > (1L << 53) - 1) {
                throw new IllegalArgumentException("beyond JavaScript's safe integers: " + number);
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "no JSON.stringify rule here for " + value.getClass().getSimpleName());
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
