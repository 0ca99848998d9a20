package dev.moodhoodkit.server.testing;

import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One answer of the server, already checked against the spec by {@link Api}.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body as JSON; a {@link MissingNode} when it is empty or not JSON
 * @param text    the body as text
 * @param what    "METHOD path", for assertion messages
 */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body, String text, String what) {

    /** Fails with the body in the message unless the status is {@code expected}. */
    public ApiResponse assertStatus(int expected) {
        if (status != expected) {
            throw new AssertionError(what + " answered " + status + " instead of " + expected + ": " + text);
        }
        return this;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The text at a JSON pointer ({@code "/items/0/id"}); fails if it is absent. */
    public String string(String pointer) {
        JsonNode node = body.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new AssertionError(what + ": no " + pointer + " in " + text);
        }
        return node.asString();
    }

    /** The problem's {@code type} of an RFC 9457 answer. */
    public String problemType() {
        return string("/type");
    }
}
