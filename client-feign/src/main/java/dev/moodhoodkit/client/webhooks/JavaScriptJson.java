package dev.moodhoodkit.client.webhooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.moodhoodkit.jsjson.JsonStringify;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code JSON.parse} as JavaScript does it, for the signature rule "HMAC of
 * {@code JSON.stringify(body)}": the callback is read into plain values (every number a double,
 * as in JavaScript) and written back by {@link JsonStringify}, the writer the server signs with,
 * so a receiver produces the very characters a JavaScript receiver would, whatever the sender's
 * formatting. Jackson 2's streaming parser reads; its databind would lose key order and number
 * literals.
 */
final class JavaScriptJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JavaScriptJson() {}

    /**
     * {@code JSON.parse(text)}: a Map (keys in the order sent; a repeated key keeps its first
     * place and its last value), List, String, Double, Boolean or null, ready for
     * {@link JsonStringify#stringify}.
     */
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
                return null;
            default:
                throw new IOException("unexpected " + token);
        }
    }
}
