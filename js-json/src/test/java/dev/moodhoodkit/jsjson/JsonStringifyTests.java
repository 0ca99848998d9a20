package dev.moodhoodkit.jsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer's rules, each as JavaScript answers it (checked by hand in node; the node-run
 * comparisons live with the server's signer and the client's vectors).
 */
class JsonStringifyTests {

    @Test
    void objectsKeepTheirOrderButArrayIndexKeysComeFirstInNumericOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", 1);
        object.put("10", "ten");
        object.put("a", List.of(true, false));
        object.put("2", null);
        object.put("01", "not an index");

        assertThat(JsonStringify.stringify(object))
                .isEqualTo("{\"2\":null,\"10\":\"ten\",\"b\":1,\"a\":[true,false],\"01\":\"not an index\"}");
    }

    @Test
    void numbersAreWrittenAsJavaScriptNumbers() {
        assertThat(JsonStringify.stringify(Arrays.asList(1.0, -0.0, 1e21, 1e-7, 0.1 + 0.2, 42L, Double.NaN)))
                .isEqualTo("[1,0,1e+21,1e-7,0.30000000000000004,42,null]");
        assertThat(JsonStringify.number(1.5e-6)).isEqualTo("0.0000015");
        assertThat(JsonStringify.number(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void stringsEscapeOnlyWhatJavaScriptEscapes() {
        assertThat(JsonStringify.quote("\"\\\b\f\n\r\t\u0001/é\u2028\uD83D\uDE00"))
                .isEqualTo("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001/é\u2028\uD83D\uDE00\"");
        assertThat(JsonStringify.quote("x\uD800y\uDC00")).isEqualTo("\"x\\ud800y\\udc00\"");
    }

    @Test
    void whatJavaScriptCouldNotHoldIsRefused() {
        assertThatThrownBy(() -> JsonStringify.stringify(1L << 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonStringify.stringify(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
