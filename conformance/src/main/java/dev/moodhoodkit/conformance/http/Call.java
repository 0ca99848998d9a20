package dev.moodhoodkit.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One call a flow wants to make, named by the spec's operationId: the client resolves the
 * method and path from the chosen spec, so a flow never spells a URL.
 */
public final class Call {

    final String operationId;
    final Map<String, String> pathParameters = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    String token;
    JsonNode json;
    String rawBody;
    String rawContentType;
    Set<Integer> expected = Set.of();
    String why;
    boolean offContract;

    private Call(String operationId) {
        this.operationId = operationId;
    }

    public static Call to(String operationId) {
        return new Call(operationId);
    }

    public Call path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    /** A query parameter; left out where the chosen spec does not declare it. */
    public Call query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public Call token(String bearer) {
        this.token = bearer;
        return this;
    }

    /** A JSON body; properties the chosen spec does not declare are left out. */
    public Call json(JsonNode body) {
        this.json = body;
        return this;
    }

    /**
     * A request that breaks the contract on purpose (no token, a malformed body...): it is
     * sent as written and only the answer is checked against the spec.
     */
    public Call offContract(String contentType, String body) {
        this.offContract = true;
        this.rawContentType = contentType;
        this.rawBody = body;
        return this;
    }

    /** A request without a token, on purpose. */
    public Call offContract() {
        this.offContract = true;
        return this;
    }

    /** The statuses the spec's prose promises for this call, and why; any other is a violation. */
    public Call expect(String why, Integer... statuses) {
        this.expected = Set.of(statuses);
        this.why = why;
        return this;
    }

    public String operationId() {
        return operationId;
    }
}
