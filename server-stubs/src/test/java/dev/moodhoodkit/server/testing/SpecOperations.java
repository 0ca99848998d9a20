package dev.moodhoodkit.server.testing;

import dev.moodhoodkit.testsupport.SpecFile;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every operation of openapi.yaml, read from the spec itself (never a hand-kept list), with
 * what tests need to call it: method, path, tag, the security schemes it takes, the statuses it
 * declares, its parameters and its request example.
 */
public final class SpecOperations {

    private static final List<SpecOperation> ALL = read();

    private SpecOperations() {}

    /** One operation of the spec. */
    public record SpecOperation(
            String method,
            String path,
            String operationId,
            String tag,
            Set<String> securitySchemes,
            Set<String> statuses,
            List<String> pathParameters,
            Map<String, String> requiredQuery,
            Optional<String> jsonExample) {

        public boolean takes(String scheme) {
            return securitySchemes.contains(scheme);
        }

        public boolean declares(int status) {
            return statuses.contains(String.valueOf(status));
        }

        /** The path with each parameter replaced by {@code values.get(name)}, plus the required query. */
        public String url(Map<String, String> values) {
            String url = path;
            for (String name : pathParameters) {
                url = url.replace("{" + name + "}", values.get(name));
            }
            if (!requiredQuery.isEmpty()) {
                url += requiredQuery.entrySet().stream()
                        .map(q -> q.getKey() + "=" + values.getOrDefault(q.getKey(), q.getValue()))
                        .collect(Collectors.joining("&", "?", ""));
            }
            return "/v1" + url;
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    public static List<SpecOperation> all() {
        return ALL;
    }

    private static List<SpecOperation> read() {
        OpenAPI spec = SpecFile.resolved();
        List<SecurityRequirement> global = spec.getSecurity() == null ? List.of() : spec.getSecurity();
        List<SpecOperation> operations = new ArrayList<>();
        spec.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(toOperation(path, item, method, operation, global))));
        operations.sort(Comparator.comparing(SpecOperation::path).thenComparing(SpecOperation::method));
        return List.copyOf(operations);
    }

    private static SpecOperation toOperation(
            String path,
            PathItem item,
            PathItem.HttpMethod method,
            Operation operation,
            List<SecurityRequirement> global) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : global;
        Set<String> schemes = security.stream()
                .flatMap(requirement -> requirement.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        List<String> pathParameters = parameters.stream()
                .filter(p -> "path".equals(p.getIn()))
                .map(Parameter::getName)
                .toList();
        Map<String, String> requiredQuery = new LinkedHashMap<>();
        parameters.stream()
                .filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> requiredQuery.put(p.getName(), exampleOf(p)));
        return new SpecOperation(
                method.name(),
                path,
                operation.getOperationId(),
                operation.getTags() == null || operation.getTags().isEmpty()
                        ? ""
                        : operation.getTags().get(0),
                schemes,
                new TreeSet<>(operation.getResponses().keySet()),
                pathParameters,
                requiredQuery,
                jsonExample(operation));
    }

    private static String exampleOf(Parameter parameter) {
        Object example = parameter.getExample() != null
                ? parameter.getExample()
                : parameter.getSchema() != null ? parameter.getSchema().getExample() : null;
        if (example == null) {
            throw new IllegalStateException("required query parameter " + parameter.getName() + " has no example");
        }
        return String.valueOf(example);
    }

    private static Optional<String> jsonExample(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Optional.empty();
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json == null) {
            return Optional.empty();
        }
        Object example = json.getExample();
        if (example == null && json.getExamples() != null && !json.getExamples().isEmpty()) {
            Example first = json.getExamples().values().iterator().next();
            example = first.getValue();
        }
        if (example == null && json.getSchema() != null) {
            example = json.getSchema().getExample();
        }
        if (example == null) {
            throw new IllegalStateException(operation.getOperationId() + " has a JSON body without an example");
        }
        try {
            return Optional.of(Json.mapper().writeValueAsString(example));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
