package dev.moodhoodkit.jsjson;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as JavaScript's {@code JSON.stringify(value)} writes it (ECMAScript 2019 and
 * later), for the webhook signature rule "HMAC of {@code JSON.stringify(body)}": the server signs
 * this text and a receiver in any language must produce the very same characters.
 *
 * <p>Written by hand because no JSON library does it: Jackson writes upper-case hex escapes, its
 * property order is a setting, and its numbers are Java's ({@code 1.0E21}, not {@code 1e+21}).
 * The input is plain Java values (maps, lists, strings, numbers, booleans, null), so the server
 * (Jackson 3) and the client (Jackson 2) both use it without the other's Jackson.
 *
 * <ul>
 *   <li>no spaces; a {@link Map}'s keys that are array indices ({@code "0"} … {@code "4294967294"})
 *       first in numeric order, then the others in the map's iteration order;</li>
 *   <li>every number is a JavaScript number (a double), printed by ECMAScript's
 *       Number::toString ({@code 1.0} → {@code 1}, {@code 1e21} → {@code 1e+21}, {@code -0} →
 *       {@code 0}, non-finite → {@code null}); an integral Java number beyond JavaScript's safe
 *       integers is refused, as it would not survive the trip;</li>
 *   <li>strings escape only {@code "}, {@code \}, control characters ({@code \b \f \n \r \t},
 *       else <code>&#92;u00xx</code>, lower-case hex) and unpaired surrogates; {@code /},
 *       non-ASCII, U+2028 and U+2029 are written as they are.</li>
 * </ul>
 */
public final class JsonStringify {

    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStringify() {}

    /**
     * {@code JSON.stringify(value)} of a {@link Map} (string keys), a {@link List}, a
     * {@link String}, a {@link Boolean}, a {@link Number} or null, nested as deep as needed.
     *
     * @throws IllegalArgumentException for any other type, or an integral number beyond
     *     ±(2^53 − 1)
     */
    public static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** ECMAScript QuoteJSONString: {@code text} as a JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    /** ECMAScript Number::toString (radix 10), as {@code JSON.stringify} uses it; non-finite is "null". */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0"; // also -0
        }
        // The shortest digits that read back as the same double, and of those the closest.
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
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

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(number(((Number) value).doubleValue()));
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            long integral = ((Number) value).longValue();
            if (Math.abs(integral) > MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("beyond JavaScript's safe integers: " + integral);
            }
            out.append(number(integral));
        } else if (value instanceof Map<?, ?> object) {
            writeObject(object, out);
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
                    "no JSON.stringify rule here for " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> object, StringBuilder out) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object key : object.keySet()) {
            String name = String.valueOf(key);
            (isArrayIndex(name) ? keys : names).add(name);
        }
        keys.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        keys.addAll(names);
        out.append('{');
        boolean first = true;
        for (String key : keys) {
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

    /** A canonical decimal integer from 0 to 2^32 − 2, which JavaScript orders before other keys. */
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
                        unicodeEscape(c, out); // unpaired: a pair was written whole above
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
}
