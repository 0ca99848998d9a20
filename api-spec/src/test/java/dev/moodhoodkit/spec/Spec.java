package dev.moodhoodkit.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
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
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A parsed OpenAPI document plus the small helpers the spec checks share: walking the
 * operations and following local {@code $ref}s to {@code components}.
 */
final class Spec {

    /** The classpath location of the contract, as packaged in the api-spec jar. */
    static final String CLASSPATH_LOCATION = "openapi/openapi.yaml";

    /** The one operation that may be called without a token. */
    static final String TOKEN_PATH = "/auth/token";

    static final PathItem.HttpMethod TOKEN_METHOD = PathItem.HttpMethod.POST;

    static final String PROBLEM_JSON = "application/problem+json";

    /** One operation of the spec, with the path it lives on. */
    record Op(String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {

        boolean isTokenEndpoint() {
            return TOKEN_PATH.equals(path) && TOKEN_METHOD == method;
        }

        /** "POST /auth/token (getAccessToken)": how a failing check names the operation. */
        String displayName() {
            String id = operation.getOperationId() == null ? "no operationId" : operation.getOperationId();
            return method + " " + path + " (" + id + ")";
        }
    }

    private final String text;
    private final OpenAPI api;
    private final List<String> parseMessages;
    private OpenAPI resolved;

    private Spec(String text, OpenAPI api, List<String> parseMessages) {
        this.text = text;
        this.api = api;
        this.parseMessages = parseMessages;
    }

    /** The contract as packaged: classpath {@value #CLASSPATH_LOCATION}. */
    static Spec contract() {
        return fromClasspath(CLASSPATH_LOCATION);
    }

    static Spec fromClasspath(String location) {
        return fromText(readClasspath(location));
    }

    static Spec fromText(String text) {
        ParseOptions options = new ParseOptions();
        // Keep local $refs as they are written (so the checks see what the author wrote) and
        // follow them with the deref helpers below.
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("The spec does not parse: " + result.getMessages());
        }
        return new Spec(
                text,
                result.getOpenAPI(),
                result.getMessages() == null ? List.of() : List.copyOf(result.getMessages()));
    }

    static String readClasspath(String location) {
        try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(location)) {
            Objects.requireNonNull(in, () -> "not on the classpath: " + location);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the parser complained about. Some problems only show here: an example that cannot be
     * read as its schema's type or format (e.g. {@code example: yesterday} on a date-time) is
     * dropped from the model with a message, so no example check would ever see it.
     */
    List<String> parseMessages() {
        return parseMessages;
    }

    String text() {
        return text;
    }

    OpenAPI api() {
        return api;
    }

    /**
     * The same document with every $ref inlined and every allOf merged into one schema, as
     * swagger-request-validator sees it. Validating against an unmerged allOf would reject
     * every object, since each part forbids the other parts' properties (the validator treats
     * undeclared properties as errors).
     */
    synchronized OpenAPI resolvedApi() {
        if (resolved == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            options.setResolveCombinators(true);
            resolved = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        }
        return resolved;
    }

    /** A validator of requests and responses against this spec, allOf merged as {@link #resolvedApi()} does. */
    OpenApiInteractionValidator validator(LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withLevelResolver(levels)
                .withResolveRefs(true)
                .withResolveCombinators(true)
                .build();
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        if (api.getPaths() == null) {
            return ops;
        }
        api.getPaths().forEach((path, item) -> {
            if (item == null) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> ops.add(new Op(path, method, item, operation)));
        });
        return ops;
    }

    /** Path-level parameters overridden by operation-level ones (same name and location). */
    List<Parameter> parameters(Op op) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(
                op.pathItem().getParameters(), op.operation().getParameters())) {
            if (list == null) {
                continue;
            }
            for (Parameter p : list) {
                Parameter resolved = parameter(p);
                byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    ApiResponse response(ApiResponse response) {
        return deref(response, ApiResponse::get$ref, c -> c.getResponses(), "responses");
    }

    RequestBody requestBody(RequestBody body) {
        return deref(body, RequestBody::get$ref, c -> c.getRequestBodies(), "requestBodies");
    }

    Parameter parameter(Parameter parameter) {
        return deref(parameter, Parameter::get$ref, c -> c.getParameters(), "parameters");
    }

    Example example(Example example) {
        return deref(example, Example::get$ref, c -> c.getExamples(), "examples");
    }

    Header header(Header header) {
        return deref(header, Header::get$ref, c -> c.getHeaders(), "headers");
    }

    @SuppressWarnings("rawtypes")
    Schema schema(Schema schema) {
        return deref(schema, Schema::get$ref, c -> (Map) c.getSchemas(), "schemas");
    }

    /** Every example of a media type: the single {@code example} and each named one. */
    Map<String, Object> examples(MediaType mediaType) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (mediaType == null) {
            return all;
        }
        if (mediaType.getExample() != null) {
            all.put("example", mediaType.getExample());
        }
        if (mediaType.getExamples() != null) {
            mediaType.getExamples().forEach((name, ex) -> {
                Example resolved = example(ex);
                if (resolved.getValue() != null) {
                    all.put("examples." + name, resolved.getValue());
                }
            });
        }
        return all;
    }

    /** Follows a chain of local refs ("#/components/<kind>/<name>") to the object itself. */
    private <T> T deref(T value, Function<T, String> ref, Function<Components, Map<String, T>> kind, String kindName) {
        T current = value;
        for (int hops = 0; current != null && ref.apply(current) != null; hops++) {
            String r = ref.apply(current);
            String prefix = "#/components/" + kindName + "/";
            if (!r.startsWith(prefix) || hops > 20) {
                throw new IllegalStateException("cannot follow $ref " + r);
            }
            Map<String, T> map = api.getComponents() == null ? null : kind.apply(api.getComponents());
            T next = map == null ? null : map.get(r.substring(prefix.length()));
            if (next == null) {
                throw new IllegalStateException("dangling $ref " + r);
            }
            current = next;
        }
        return current;
    }
}
