package dev.moodhoodkit.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.model.WebHookCallback;
import dev.moodhoodkit.client.model.WebHookEvent;
import dev.moodhoodkit.client.model.WebHookEventName;
import dev.moodhoodkit.jsjson.JsonStringify;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against vectors that Node computed (src/test/resources/webhooks/make-vectors.js):
 * what a JavaScript receiver accepts, this one accepts, and nothing else.
 */
class WebhookSignaturesTests {

    private static final String SECRET = "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4";

    record Vector(String name, String secret, String callback, String canonicalBody, String signature) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> nodeVectors() throws IOException {
        try (InputStream in = WebhookSignaturesTests.class.getResourceAsStream("/webhooks/vectors.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Vector> vectors = new ArrayList<>();
            for (JsonNode v : root.get("vectors")) {
                vectors.add(new Vector(
                        v.get("name").asText(),
                        v.get("secret").asText(),
                        v.get("callback").asText(),
                        v.get("canonicalBody").asText(),
                        v.get("signature").asText()));
            }
            assertThat(vectors).hasSizeGreaterThan(20);
            return vectors.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeVectors")
    void reSerialisesTheBodyExactlyAsJsonStringify(Vector vector) throws IOException {
        Object callback = JavaScriptJson.parse(vector.callback());
        Object body = ((java.util.Map<?, ?>) callback).get("body");
        assertThat(JsonStringify.stringify(body)).isEqualTo(vector.canonicalBody());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeVectors")
    void acceptsWhatNodeSigned(Vector vector) {
        assertThat(WebhookSignatures.verify(vector.secret(), vector.callback())).isTrue();
        assertThat(WebhookSignatures.verify(vector.secret(), vector.callback().getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeVectors")
    void signsAsNodeDoes(Vector vector) {
        String rawBody = vector.callback()
                .substring(vector.callback().indexOf(':') + 1, vector.callback().lastIndexOf(",\n"));
        assertThat(WebhookSignatures.sign(vector.secret(), rawBody)).isEqualTo(vector.signature());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeVectors")
    void rejectsAnotherSecretOrAnotherSignature(Vector vector) {
        assertThat(WebhookSignatures.verify(vector.secret() + "x", vector.callback()))
                .isFalse();
        String flipped = vector.signature().charAt(0) == '0'
                ? "1" + vector.signature().substring(1)
                : "0" + vector.signature().substring(1);
        assertThat(WebhookSignatures.verify(vector.secret(), vector.callback().replace(vector.signature(), flipped)))
                .isFalse();
        assertThat(WebhookSignatures.verify(
                        vector.secret(),
                        vector.callback()
                                .replace(vector.signature(), vector.signature().toUpperCase())))
                .as("upper-case hex is not what a JavaScript receiver compares")
                .isFalse();
    }

    @Test
    void rejectsAChangedBody() {
        String signed = callback(
                "{\"eventName\":\"call_started\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",\"spaceId\":\"60d55c0eb9ef88ab17b0aabb\"}");
        assertThat(WebhookSignatures.verify(SECRET, signed)).isTrue();

        assertThat(WebhookSignatures.verify(SECRET, signed.replace("call_started", "call_finished")))
                .isFalse();
        assertThat(WebhookSignatures.verify(
                        SECRET,
                        signed.replace("\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",", "")
                                .replace("\"spaceId\"", "\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",\"spaceId\"")))
                .as("same fields, other order")
                .isTrue();
        assertThat(WebhookSignatures.verify(
                        SECRET,
                        signed.replace(
                                "{\"eventName\":\"call_started\",\"roomId\":\"60d55c4fb9ef88ab17b0aabd\"",
                                "{\"roomId\":\"60d55c4fb9ef88ab17b0aabd\",\"eventName\":\"call_started\"")))
                .as("keys swapped")
                .isFalse();
    }

    @Test
    void rejectsWhatIsNoSignedCall() {
        assertThat(WebhookSignatures.verify(SECRET, (String) null)).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "")).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "not json")).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "{\"body\":{}}")).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "{\"signature\":\"ab\"}")).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "{\"body\":{},\"signature\":12}"))
                .isFalse();
        assertThat(WebhookSignatures.verify(SECRET, callback("{}") + " trailing"))
                .isFalse();
        assertThatThrownBy(() -> WebhookSignatures.verify("", "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signsAGeneratedEventAsTheServerSendsIt() {
        WebHookEvent event = new WebHookEvent()
                .eventName(WebHookEventName.CALL_STARTED)
                .roomId("60d55c4fb9ef88ab17b0aabd")
                .spaceId("60d55c0eb9ef88ab17b0aabb");

        // The first Node vector is the spec's example event in the spec's key order.
        assertThat(WebhookSignatures.sign(SECRET, event))
                .isEqualTo(nodeVector("spec example").signature());
        WebHookCallback callback = WebhookSignatures.callback(SECRET, event);
        assertThat(callback.getSignature()).isEqualTo(WebhookSignatures.sign(SECRET, event));
    }

    @Test
    void givesTheEventOfAVerifiedCallOnly() {
        String raw = nodeVector("record event, pretty-printed").callback();

        WebHookEvent event = WebhookSignatures.verifiedEvent(SECRET, raw);

        assertThat(event.getEventName()).isEqualTo(WebHookEventName.RECORD_FINISHED);
        assertThat(event.getRecordId()).isEqualTo("60d55f33b9ef88ab17b0aac9");
        assertThatThrownBy(() -> WebhookSignatures.verifiedEvent("another-secret", raw))
                .isInstanceOf(InvalidWebhookSignatureException.class);
    }

    @Test
    void printsNumbersAsEcmaScriptDoes() {
        assertThat(JsonStringify.number(1.0)).isEqualTo("1");
        assertThat(JsonStringify.number(-0.0)).isEqualTo("0");
        assertThat(JsonStringify.number(1e21)).isEqualTo("1e+21");
        assertThat(JsonStringify.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(JsonStringify.number(1e-7)).isEqualTo("1e-7");
        assertThat(JsonStringify.number(1.5e-6)).isEqualTo("0.0000015");
        assertThat(JsonStringify.number(Double.MIN_VALUE))
                .as("Java 17 prints 4.9E-324")
                .isEqualTo("5e-324");
        assertThat(JsonStringify.number(2e-3)).isEqualTo("0.002");
        assertThat(JsonStringify.number(-123.456)).isEqualTo("-123.456");
        assertThat(JsonStringify.number(Double.POSITIVE_INFINITY)).isEqualTo("null");
    }

    private static String callback(String body) {
        return "{\"body\":" + body + ",\"signature\":\"" + WebhookSignatures.sign(SECRET, body) + "\"}";
    }

    private static Vector nodeVector(String name) {
        try {
            return nodeVectors().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
