package dev.moodhoodkit.server.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * The tests' own rendering of JavaScript's {@code JSON.stringify}, written from ECMAScript's
 * QuoteJSONString (not from the server's code), for machines without node. Covers what a parsed
 * webhook body can hold apart from fractional numbers.
 */
final class JsStringify {

    private JsStringify() {}

    static String of(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return String.valueOf(value.asBoolean());
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isString()) {
            return quote(value.asString());
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ",").append(of(value.get(i)));
            }
            return out.append(']').toString();
        }
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                out.append(first ? "" : ",")
                        .append(quote(property.getKey()))
                        .append(':')
                        .append(of(property.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("no rendering here for " + value.getNodeType());
    }

    /** QuoteJSONString: by code unit; named escapes, \\u00XX below space, lone surrogates escaped, lower-case hex. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            String named = switch (codePoint) {
                case 0x08 -> "\\b";
                case 0x09 -> "\\t";
                case 0x0A -> "\\n";
                case 0x0C -> "\\f";
                case 0x0D -> "\\r";
                case 0x22 -> "\\\"";
                case 0x5C -> "\\\\";
                default -> null;
            };
            if (named != null) {
                out.append(named);
            } else if (codePoint < 0x20 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                out.append(String.format("\\u%04x", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
            i += units;
        }
        return out.append('"').toString();
    }

    static String hmacSha256Hex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
