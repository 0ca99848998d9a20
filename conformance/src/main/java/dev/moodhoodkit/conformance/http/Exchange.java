package dev.moodhoodkit.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A request sent and the answer received, as the report shows them. */
public record Exchange(
        String operationId,
        String method,
        String url,
        String requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        String responseBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 2000;

    /** The answer as JSON, or a missing node when it is not JSON. */
    public JsonNode json() {
        try {
            return responseBody.isEmpty() ? MissingNode.getInstance() : JSON.readTree(responseBody);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A text field of the JSON answer, or null. */
    public String text(String field) {
        JsonNode value = json().path(field);
        return value.isTextual() ? value.asText() : null;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The exchange as a few lines of text; secrets in bodies are cut to their first characters. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(url).append('\n');
        if (requestBody != null && !requestBody.isEmpty()) {
            text.append("> ").append(shorten(Redaction.redact(requestBody))).append('\n');
        }
        text.append("< ").append(status);
        responseHeaders.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                .forEach(h -> text.append(" ").append(String.join(",", h.getValue())));
        if (!responseBody.isEmpty()) {
            text.append('\n').append("< ").append(shorten(Redaction.redact(responseBody)));
        }
        return text.toString();
    }

    private static String shorten(String body) {
        return body.length() <= SHOWN ? body : body.substring(0, SHOWN) + "... (" + body.length() + " chars)";
    }
}
