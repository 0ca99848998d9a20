package dev.moodhoodkit.contract.stubs;

import dev.moodhoodkit.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How stubs are named and selected, in one place because users of the stubs jar rely on it:
 * <ul>
 * <li>file: {@code mappings/<verb>-<resource>[-<case>].json}, its body {@code __files/} the same
 *     name with {@code .json} or {@code .txt};</li>
 * <li>resource: the path's literal segments joined by {@code -}; parameters are left out, except
 *     that a path ending in a parameter ends in {@code item} ({@code GET /spaces} is
 *     {@code get-spaces}, {@code GET /spaces/{spaceId}} is {@code get-spaces-item});</li>
 * <li>case: none for the operation's success response; for the others a name per status
 *     ({@link #CASES}), which is also the value of the {@value #CASE_HEADER} request header that
 *     selects the stub.</li>
 * </ul>
 */
public final class StubNames {

    /** The request header that picks an error stub: {@code X-Stub-Case: not-found}. */
    public static final String CASE_HEADER = "X-Stub-Case";

    /** Case names by status, as the spec's shared responses name them. */
    public static final Map<Integer, String> CASES = Map.of(
            400, "bad-request",
            401, "unauthorized",
            403, "forbidden",
            404, "not-found",
            409, "conflict",
            422, "validation-failed",
            429, "too-many-requests",
            503, "unavailable");

    /** The spec-behaviour stubs' cases (see {@code SpecBehaviourStubs}): not selected by header. */
    public static final String NO_TOKEN = "no-token";

    public static final String MALFORMED_TOKEN = "malformed-token";
    public static final String INVALID_BODY = "invalid-body";

    /** The catch-all 404 stub's file name. */
    public static final String UNKNOWN_PATH = "unknown-path";

    private StubNames() {}

    /** {@code get-spaces-rooms-item} for {@code GET /spaces/{spaceId}/rooms/{roomId}}. */
    public static String verbAndResource(SpecOperation op) {
        List<String> parts = new ArrayList<>();
        parts.add(op.method().toLowerCase());
        String[] segments = op.path().replaceAll("^/", "").split("/");
        for (int i = 0; i < segments.length; i++) {
            boolean parameter = segments[i].startsWith("{");
            if (!parameter) {
                parts.add(segments[i]);
            } else if (i == segments.length - 1) {
                parts.add("item");
            }
        }
        return String.join("-", parts);
    }

    /**
     * The case of a response: null for the operation's success response (the first 2xx it
     * declares), else the status's name.
     */
    public static String caseOf(SpecOperation op, SpecOperation.Response response) {
        SpecOperation.Response success = op.responses().stream()
                .filter(SpecOperation.Response::isSuccess)
                .findFirst()
                .orElse(null);
        if (response == success) {
            return null;
        }
        return CASES.getOrDefault(response.status(), "status-" + response.status());
    }

    /** {@code get-spaces-item-not-found}: the mapping's and its body's file name, without extension. */
    public static String fileBase(SpecOperation op, SpecOperation.Response response) {
        String stubCase = caseOf(op, response);
        return verbAndResource(op) + (stubCase == null ? "" : "-" + stubCase);
    }
}
