package dev.moodhoodkit.server.webhooks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a JavaScript receiver makes of a webhook call: it parses the raw request body, computes
 * {@code HMAC-SHA256(secret, JSON.stringify(callback.body))} and compares it with
 * {@code callback.signature}. Done by the machine's {@code node} itself (one process kept for the
 * whole test run, one line of JSON per check), so the server's signing is held to JavaScript's
 * real rule rather than to a Java copy of it. Where no {@code node} is installed it says so once
 * and uses {@link JsStringify}, an independent Java rendering of the rule.
 */
final class JavaScriptReceiverCheck {

    /** The receiver's verdict on one call. {@code stringified} is what JSON.stringify made of the body. */
    record Verdict(boolean valid, String stringified, String expectedSignature, String error) {}

    /** The check a Node.js receiver makes (the same as docs/webhooks.md's). */
    private static final String SCRIPT = """
            const crypto = require('node:crypto');
            const lines = require('node:readline').createInterface({input: process.stdin});
            lines.on('line', (line) => {
              const {secret, raw} = JSON.parse(line);
              let verdict;
              try {
                const callback = JSON.parse(raw);
                const stringified = JSON.stringify(callback.body);
                const expected = crypto.createHmac('sha256', secret).update(stringified).digest('hex');
                verdict = {valid: typeof callback.signature === 'string' && callback.signature === expected,
                           stringified, expected};
              } catch (e) {
                verdict = {valid: false, error: String(e)};
              }
              process.stdout.write(JSON.stringify(verdict) + '\\n');
            });
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JavaScriptReceiverCheck instance;

    private final Process node;
    private final Writer toNode;
    private final BufferedReader fromNode;

    private JavaScriptReceiverCheck(Process node) {
        this.node = node;
        this.toNode = node == null ? null : new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        this.fromNode = node == null
                ? null
                : new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The check of this test run: node's if there is one. */
    static synchronized JavaScriptReceiverCheck get() {
        if (instance == null) {
            Optional<Process> node = NodeJs.start("-e", SCRIPT);
            if (node.isEmpty()) {
                System.out.println(
                        "[WARNING] node is not installed: webhook signatures are checked with the tests' Java "
                                + "rendering of JSON.stringify instead of JavaScript's own.");
            }
            instance = new JavaScriptReceiverCheck(node.orElse(null));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> node.ifPresent(Process::destroy)));
        }
        return instance;
    }

    boolean usesNode() {
        return node != null;
    }

    synchronized Verdict check(String rawCallback, String secret) {
        if (node == null) {
            return javaCheck(rawCallback, secret);
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("secret", secret);
        request.put("raw", rawCallback);
        try {
            toNode.write(JSON.writeValueAsString(request) + "\n");
            toNode.flush();
            String line = fromNode.readLine();
            if (line == null) {
                throw new IllegalStateException("node stopped answering: exit " + node.waitFor(1, TimeUnit.SECONDS));
            }
            JsonNode verdict = JSON.readTree(line);
            return new Verdict(
                    verdict.path("valid").asBoolean(),
                    text(verdict, "stringified"),
                    text(verdict, "expected"),
                    text(verdict, "error"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Verdict javaCheck(String rawCallback, String secret) {
        JsonNode callback;
        try {
            callback = JSON.readTree(rawCallback);
        } catch (RuntimeException e) {
            return new Verdict(false, null, null, e.getMessage());
        }
        String stringified = JsStringify.of(callback.get("body"));
        String expected = JsStringify.hmacSha256Hex(secret, stringified);
        JsonNode signature = callback.get("signature");
        return new Verdict(
                signature != null
                        && signature.isString()
                        && signature.asString().equals(expected),
                stringified,
                expected,
                null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
