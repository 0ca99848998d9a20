package dev.moodhoodkit.contract.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The contract, read once and turned into what the contract tests need: its operations with
 * their paths, parameters, security and the examples of their requests and responses.
 *
 * <p>Main code, not test-support: the stub generator reads it at build time (generate-resources),
 * where test-scoped dependencies are not on the classpath. The tests parse the text
 * test-support's {@code SpecFile} reads, so every module checks against the same file.
 *
 * <p>Local {@code $ref}s are followed here rather than by the parser, so that a response
 * shared under {@code components/responses} (NotFound, Conflict...) keeps its name: the
 * stubs name their cases after it.
 */
public final class ApiSpec {

    private final String text;
    private final OpenAPI api;
    private final String basePath;
    private final List<SpecOperation> operations;

    private ApiSpec(String text, OpenAPI api) {
        this.text = text;
        this.api = api;
        this.basePath = basePath(api);
        this.operations = List.copyOf(readOperations());
    }

    public static ApiSpec read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec " + file.toAbsolutePath(), e);
        }
    }

    public static ApiSpec parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("The spec does not parse: " + result.getMessages());
        }
        return new ApiSpec(text, result.getOpenAPI());
    }

    /** The spec as written, for validators that parse it themselves. */
    public String text() {
        return text;
    }

    /** The path of the first server's URL ({@code /v1}): what clients put before every path. */
    public String basePath() {
        return basePath;
    }

    public List<SpecOperation> operations() {
        return operations;
    }

    public Optional<SpecOperation> operation(String operationId) {
        return operations.stream()
                .filter(op -> op.operationId().equals(operationId))
                .findFirst();
    }

    /** The operation whose method and path template match a concrete request path (base path included). */
    public Optional<SpecOperation> match(String method, String requestPath) {
        if (!requestPath.startsWith(basePath)) {
            return Optional.empty();
        }
        String path = requestPath.substring(basePath.length());
        return operations.stream()
                .filter(op -> op.method().equalsIgnoreCase(method)
                        && op.pathPattern().matcher(path).matches())
                .findFirst();
    }

    private static String basePath(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty()) {
            return "";
        }
        String path = URI.create(api.getServers().get(0).getUrl()).getPath();
        return path == null ? "" : path.replaceAll("/$", "");
    }

    private List<SpecOperation> readOperations() {
        List<SpecOperation> ops = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getOperationId() == null) {
                        throw new IllegalStateException(method + " " + path + " has no operationId");
                    }
                    ops.add(new SpecOperation(
                            operation.getOperationId(),
                            method.name(),
                            path,
                            operation.getTags() == null ? List.of() : operation.getTags(),
                            parameters(item, operation),
                            secured(operation),
                            requestBody(operation),
                            responses(operation)));
                }));
        return ops;
    }

    /** Security of the operation, or the document's when it declares none; {@code []} means none. */
    private boolean secured(Operation operation) {
        List<SecurityRequirement> security =
                operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return security != null && !security.isEmpty() && security.stream().noneMatch(Map::isEmpty);
    }

    private List<SpecOperation.Param> parameters(PathItem item, Operation operation) {
        Map<String, SpecOperation.Param> byKey = new LinkedHashMap<>();
        for (List<Parameter> list : Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list == null) {
                continue;
            }
            for (Parameter declared : list) {
                Parameter p = deref(declared, Parameter::get$ref, Components::getParameters, "parameters");
                Schema<?> schema = schema(p.getSchema());
                Object example = p.getExample() != null ? p.getExample() : schema == null ? null : schema.getExample();
                byKey.put(
                        p.getIn() + ":" + p.getName(),
                        new SpecOperation.Param(
                                p.getName(),
                                p.getIn(),
                                Boolean.TRUE.equals(p.getRequired()),
                                schema == null ? null : schema.getPattern(),
                                example == null ? null : String.valueOf(example)));
            }
        }
        return List.copyOf(byKey.values());
    }

    private Optional<SpecOperation.Body> requestBody(Operation operation) {
        RequestBody body =
                deref(operation.getRequestBody(), RequestBody::get$ref, Components::getRequestBodies, "requestBodies");
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> examples = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        body.getContent().forEach((type, media) -> {
            Object example = firstExample(media);
            if (example != null) {
                examples.put(type, example);
            }
            if (type.contains("json")) {
                required.addAll(requiredProperties(media.getSchema()));
            }
        });
        return Optional.of(
                new SpecOperation.Body(List.copyOf(body.getContent().keySet()), examples, List.copyOf(required)));
    }

    private List<SpecOperation.Response> responses(Operation operation) {
        List<SpecOperation.Response> responses = new ArrayList<>();
        operation.getResponses().forEach((code, declared) -> {
            String sharedName = componentName(declared.get$ref(), "responses");
            ApiResponse response = deref(declared, ApiResponse::get$ref, Components::getResponses, "responses");
            Map<String, String> headers = new LinkedHashMap<>();
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, h) -> {
                    Header header = deref(h, Header::get$ref, Components::getHeaders, "headers");
                    Object example = header.getExample() != null
                            ? header.getExample()
                            : header.getSchema() == null
                                    ? null
                                    : schema(header.getSchema()).getExample();
                    if (example != null) {
                        headers.put(name, String.valueOf(example));
                    }
                });
            }
            Map<String, Object> examples = new LinkedHashMap<>();
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    Object example = firstExample(media);
                    if (example != null) {
                        examples.put(type, example);
                    }
                });
            }
            List<String> contentTypes = response.getContent() == null
                    ? List.of()
                    : List.copyOf(response.getContent().keySet());
            responses.add(
                    new SpecOperation.Response(Integer.parseInt(code), sharedName, contentTypes, examples, headers));
        });
        return responses;
    }

    /** The media type's {@code example}, else its first named example, else its schema's example. */
    private Object firstExample(MediaType media) {
        if (media.getExample() != null) {
            return media.getExample();
        }
        if (media.getExamples() != null) {
            for (Example named : media.getExamples().values()) {
                Example example = deref(named, Example::get$ref, Components::getExamples, "examples");
                if (example.getValue() != null) {
                    return example.getValue();
                }
            }
        }
        Schema<?> schema = schema(media.getSchema());
        return schema == null ? null : schema.getExample();
    }

    /** Required properties of an object schema, allOf parts included (CreateRoomRequest is an allOf). */
    private Set<String> requiredProperties(Schema<?> declared) {
        Set<String> required = new LinkedHashSet<>();
        Schema<?> schema = schema(declared);
        if (schema == null) {
            return required;
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                required.addAll(requiredProperties(part));
            }
        }
        return required;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema<?> schema(Schema<?> schema) {
        return deref(schema, Schema::get$ref, c -> (Map) c.getSchemas(), "schemas");
    }

    private static String componentName(String ref, String kind) {
        String prefix = "#/components/" + kind + "/";
        return ref != null && ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
    }

    /** Follows a chain of local refs ("#/components/<kind>/<name>") to the object itself. */
    private <T> T deref(T value, Function<T, String> ref, Function<Components, Map<String, T>> kind, String kindName) {
        T current = value;
        for (int hops = 0; current != null && ref.apply(current) != null; hops++) {
            String name = componentName(ref.apply(current), kindName);
            Map<String, T> components = api.getComponents() == null ? null : kind.apply(api.getComponents());
            if (name == null || components == null || !components.containsKey(name) || hops > 20) {
                throw new IllegalStateException("Cannot follow $ref " + ref.apply(current));
            }
            current = components.get(name);
        }
        return current;
    }
}
