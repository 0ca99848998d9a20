package dev.moodhoodkit.client.webhooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code JSON.parse} and {@code JSON.stringify} as JavaScript does them, for the signature rule
 * "HMAC of {@code JSON.stringify(body)}": a receiver must produce the very characters a
 * JavaScript receiver would, whatever the sender's formatting.
 *
 * <p>What JavaScript does that a Java JSON library does not:
 * <ul>
 *   <li>every number is a double, printed the ECMAScript way ({@code 1.0} → {@code 1},
 *       {@code 1e21} → {@code 1e+21}, {@code 1e-7} → {@code 1e-7}, {@code -0} → {@code 0},
 *       too large → {@code null});</li>
 *   <li>object keys that are array indices ({@code "0"} … {@code "4294967294"}) come first,
 *       in numeric order, then the others in the order sent; a repeated key keeps its first
 *       place and its last value;</li>
 *   <li>strings escape only {@code "}, {@code \}, control characters ({@code \b \f \n \r \t},
 *       else <code>&#92;u00xx</code>) and unpaired surrogates; {@code /}, non-ASCII, U+2028 and U+2029
 *       are written as they are.</li>
 * </ul>
 */
final class JavaScriptJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON value read as JavaScript would: Map, List, String, Double, Boolean or {@link #NULL}. */
    static final Object NULL = new Object();

    private JavaScriptJson() {}

    /** {@code JSON.parse(text)}. */
    static Object parse(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON text");
            }
            Object value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("trailing content after the JSON value");
            }
            return value;
        }
    }

    /** {@code JSON.stringify(value)} of a value from {@link #parse}. */
    static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String key = parser.currentName();
                    // LinkedHashMap.put keeps a repeated key's first place, as JavaScript does.
                    object.put(key, read(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(read(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // The literal, rounded to the nearest double as JavaScript does (no long/BigInteger).
                return Double.parseDouble(parser.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IOException("unexpected " + token);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> object) {
            writeObject((Map<String, Object>) object, out);
        } else if (value instanceof List<?> array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String string) {
            quote(string, out);
        } else if (value instanceof Double number) {
            out.append(number(number));
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else {
            out.append("null");
        }
    }

    private static void writeObject(Map<String, Object> object, StringBuilder out) {
        List<String> indices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String key : object.keySet()) {
            (isArrayIndex(key) ? indices : names).add(key);
        }
        indices.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        indices.addAll(names);
        out.append('{');
        boolean first = true;
        for (String key : indices) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(key, out);
            out.append(':');
            write(object.get(key), out);
        }
        out.append('}');
    }

    /** A canonical decimal integer from 0 to 2^32 - 2, which JavaScript orders before other keys. */
    private static boolean isArrayIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 10 || (length > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    /** ECMAScript QuoteJSONString. */
    private static void quote(String string, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < string.length() && Character.isLowSurrogate(string.charAt(i + 1))) {
                            out.append(c).append(string.charAt(++i));
                        } else {
                            unicodeEscape(c, out);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicodeEscape(c, out); // unpaired: a pair was consumed above
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u")
                .append(HEX[c >> 12 & 0xF])
                .append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }

    /** ECMAScript Number::toString (radix 10), as JSON.stringify uses it; non-finite is "null". */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0"; // also -0
        }
        // The shortest digits that read back as the same double, and of those the closest.
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = null;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate.stripTrailingZeros();
                break;
            }
        }
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits × 10^(n − k)
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? '+' : '-').append(Math.abs(n - 1));
        }
        return out.toString();
    }
}
