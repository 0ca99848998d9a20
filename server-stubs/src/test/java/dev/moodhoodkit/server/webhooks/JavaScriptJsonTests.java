package dev.moodhoodkit.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.jsjson.JsonStringify;
import dev.moodhoodkit.server.testing.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The server's JSON.stringify: as ECMAScript specifies it, and as node writes it. */
class JavaScriptJsonTests {

    /** Strings whose escaping differs between JSON writers. */
    private static final List<String> TRICKY = List.of(
            "plain",
            "quote \" and backslash \\",
            "\b\f\n\r\t",
            "\u0000\u0001\u001f",
            "\u007f",
            "slash /",
            "line sep \u2028 para sep \u2029",
            "é ü ж 漢",
            "emoji \uD83D\uDE00",
            "lone high \uD800 end",
            "lone low \uDC00",
            "reversed \uDC00\uD800",
            "<script>&'");

    @Test
    void stringsAreEscapedAsJavaScriptDoes() {
        assertThat(JsonStringify.quote("quote \" and backslash \\")).isEqualTo("\"quote \\\" and backslash \\\\\"");
        assertThat(JsonStringify.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
        assertThat(JsonStringify.quote("\u0000\u0001\u001f\u007f")).isEqualTo("\"\\u0000\\u0001\\u001f\u007f\"");
        assertThat(JsonStringify.quote("a/b \u2028 é \uD83D\uDE00")).isEqualTo("\"a/b \u2028 é \uD83D\uDE00\"");
        assertThat(JsonStringify.quote("x\uD800y\uDC00")).isEqualTo("\"x\\ud800y\\udc00\"");
    }

    @Test
    void objectsKeepTheirKeyOrderWithoutSpaces() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventName", "call_started");
        body.put("roomId", "60d55c4fb9ef88ab17b0aabd");
        body.put("nested", Map.of("n", 42L));
        body.put("list", List.of(true, "x"));
        body.put("none", null);

        assertThat(JsonStringify.stringify(body))
                .isEqualTo(
                        "{\"eventName\":\"call_started\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",\"nested\":{\"n\":42},"
                                + "\"list\":[true,\"x\"],\"none\":null}");
        assertThat(JsonStringify.stringify(1.5)).isEqualTo("1.5");
        assertThatThrownBy(() -> JsonStringify.stringify(1L << 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTestsOwnRenderingAgreesWithTheServers() {
        for (String text : TRICKY) {
            assertThat(JsStringify.quote(text)).as(text).isEqualTo(JsonStringify.quote(text));
        }
    }

    @Test
    void nodeWritesTheSameStrings() throws Exception {
        Optional<Process> started = NodeJs.start("-e", """
                let input = '';
                process.stdin.on('data', (chunk) => { input += chunk; });
                process.stdin.on('end', () => {
                  process.stdout.write(JSON.stringify(JSON.parse(input).map((s) => JSON.stringify(s))));
                });
                """);
        Assumptions.assumeTrue(started.isPresent(), "node is not installed");
        Process node = started.get();
        node.getOutputStream().write(asciiJsonArray(TRICKY).getBytes(StandardCharsets.US_ASCII));
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).isZero();

        JsonNode fromNode = Api.JSON.readTree(output);
        List<String> expected = new ArrayList<>();
        fromNode.forEach(item -> expected.add(item.asString()));
        assertThat(TRICKY.stream().map(JsonStringify::quote).toList()).containsExactlyElementsOf(expected);
    }

    /** The strings as a JSON array in ASCII, every other character escaped, so lone surrogates reach node intact. */
    private static String asciiJsonArray(List<String> strings) throws IOException {
        StringBuilder out = new StringBuilder("[");
        for (String text : strings) {
            out.append(out.length() > 1 ? "," : "").append('"');
            for (char c : text.toCharArray()) {
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
