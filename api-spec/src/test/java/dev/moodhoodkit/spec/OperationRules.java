package dev.moodhoodkit.spec;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules every operation of the contract follows. {@link #violations} returns what is wrong
 * with one operation, in words a spec author can act on; an empty list means it is fine.
 */
final class OperationRules {

    private OperationRules() {}

    static List<String> violations(Spec spec, Spec.Op op) {
        List<String> problems = new ArrayList<>();
        Operation operation = op.operation();

        if (isBlank(operation.getOperationId())) {
            problems.add("has no operationId");
        }
        if (isBlank(operation.getSummary())) {
            problems.add("has no summary");
        }
        if (isBlank(operation.getDescription())) {
            problems.add("has no description");
        }
        checkTags(spec, operation, problems);
        checkSecurity(spec, op, problems);
        checkResponses(spec, op, problems);
        return problems;
    }

    private static void checkTags(Spec spec, Operation operation, List<String> problems) {
        List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
        if (tags.size() != 1) {
            problems.add("must have exactly one tag, has " + tags);
            return;
        }
        Set<String> declared = spec.api().getTags() == null
                ? Set.of()
                : spec.api().getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        if (!declared.contains(tags.get(0))) {
            problems.add("tag '" + tags.get(0) + "' is not declared in the top-level tags " + declared);
        }
    }

    /**
     * Every operation but the token endpoint needs a token: a non-empty effective security
     * (its own or the global one) without an empty ("anonymous") alternative. The token endpoint
     * must not silently inherit a global bearer requirement: it declares its own
     * (usually {@code security: []}).
     */
    private static void checkSecurity(Spec spec, Spec.Op op, List<String> problems) {
        List<SecurityRequirement> own = op.operation().getSecurity();
        List<SecurityRequirement> global = spec.api().getSecurity();
        List<SecurityRequirement> effective = own != null ? own : global;
        Map<String, ?> schemes =
                spec.api().getComponents() == null || spec.api().getComponents().getSecuritySchemes() == null
                        ? Map.of()
                        : spec.api().getComponents().getSecuritySchemes();

        if (effective != null) {
            for (SecurityRequirement requirement : effective) {
                for (String name : requirement.keySet()) {
                    if (!schemes.containsKey(name)) {
                        problems.add("security names '" + name + "', which is not in components.securitySchemes");
                    }
                }
            }
        }

        if (op.isTokenEndpoint()) {
            if (own == null && global != null && !global.isEmpty()) {
                problems.add("is the token endpoint but inherits the global security " + global
                        + "; declare 'security: []' on it");
            }
            return;
        }
        if (effective == null || effective.isEmpty()) {
            problems.add("has no security (only " + Spec.TOKEN_METHOD + " " + Spec.TOKEN_PATH
                    + " may be called without a token)");
        } else if (effective.stream().anyMatch(Map::isEmpty)) {
            problems.add("allows anonymous access ('{}' in security); only the token endpoint may");
        }
    }

    private static void checkResponses(Spec spec, Spec.Op op, List<String> problems) {
        Map<String, ApiResponse> responses = op.operation().getResponses() == null
                ? Map.of()
                : op.operation().getResponses();
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            problems.add("has no 2xx response");
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            problems.add("has no 4xx response");
        }
        if (op.isTokenEndpoint()) {
            return; // OAuth 2.0 errors (RFC 6749 §5.2), not problem details
        }
        responses.forEach((code, response) -> {
            if (!(code.startsWith("4") || code.startsWith("5"))) {
                return;
            }
            ApiResponse resolved = spec.response(response);
            Set<String> types = resolved.getContent() == null
                    ? Set.of()
                    : resolved.getContent().keySet();
            if (!types.equals(Set.of(Spec.PROBLEM_JSON))) {
                problems.add("error response " + code + " must have exactly the content type " + Spec.PROBLEM_JSON
                        + ", has " + types);
            }
        });
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
