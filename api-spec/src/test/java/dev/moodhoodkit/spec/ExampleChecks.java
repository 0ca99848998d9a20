package dev.moodhoodkit.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every example of a spec into a check that validates it against what it exemplifies:
 * <ul>
 * <li>request body examples: sent as a request to their operation (path, method, content type
 *     and body checked by swagger-request-validator's {@link OpenApiInteractionValidator});</li>
 * <li>response examples: validated as that operation's response with that status and content
 *     type;</li>
 * <li>parameter and header examples, and schema-level {@code example}s anywhere in the
 *     schemas: validated against their own schema.</li>
 * </ul>
 * Plus one presence check per operation: its request body and its 2xx responses with content
 * carry at least one example.
 */
final class ExampleChecks {

    /** One check: a name that says which example, and what is wrong with it (empty: nothing). */
    record Check(String name, Supplier<List<String>> problems) {}

    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    private final Spec spec;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemaValidator;
    private final String basePath;

    ExampleChecks(Spec spec) {
        this.spec = spec;
        // Only the example itself is under test here: parameters, security and headers of the
        // synthetic requests/responses are not built from examples (parameter and header
        // examples get their own checks below).
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.parameter", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.header", ValidationReport.Level.IGNORE)
                .build();
        this.validator = spec.validator(levels);
        this.schemaValidator = new SchemaValidator(spec.resolvedApi(), new MessageResolver(levels));
        this.basePath = basePath(spec);
    }

    /** Requests are made against the first server's path (e.g. /v1), as a client would. */
    private static String basePath(Spec spec) {
        if (spec.api().getServers() == null || spec.api().getServers().isEmpty()) {
            return "";
        }
        String path = URI.create(spec.api().getServers().get(0).getUrl()).getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
    }

    /** Checks grouped by operation (display name), then the component schemas' examples. */
    Map<String, List<Check>> byOperation() {
        Map<String, List<Check>> all = new LinkedHashMap<>();
        Set<Object> seenSchemas = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Spec.Op op : spec.operations()) {
            List<Check> checks = new ArrayList<>();
            checks.add(presence(op));
            requestBodyChecks(op, checks);
            responseChecks(op, checks);
            for (Parameter p : spec.parameters(op)) {
                valueChecks(
                        "parameter " + p.getIn() + " " + p.getName(),
                        p.getSchema(),
                        p.getExample(),
                        p.getExamples(),
                        checks);
                schemaChecks("parameter " + p.getName() + " schema", p.getSchema(), checks, seenSchemas);
            }
            all.put(op.displayName(), checks);
        }
        List<Check> components = new ArrayList<>();
        OpenAPI resolved = spec.resolvedApi();
        if (resolved.getComponents() != null && resolved.getComponents().getSchemas() != null) {
            resolved.getComponents()
                    .getSchemas()
                    .forEach((name, schema) ->
                            schemaChecks("#/components/schemas/" + name, schema, components, seenSchemas));
        }
        asWrittenChecks(components);
        if (!components.isEmpty()) {
            all.put("schema-level examples", components);
        }
        return all;
    }

    private Check presence(Spec.Op op) {
        return new Check("has request and response examples", () -> {
            List<String> problems = new ArrayList<>();
            RequestBody body = spec.requestBody(op.operation().getRequestBody());
            if (body != null && body.getContent() != null) {
                body.getContent().forEach((type, media) -> {
                    if (!hasExample(type, media)) {
                        problems.add("request body " + type + " has no example");
                    }
                });
            }
            if (op.operation().getResponses() != null) {
                op.operation().getResponses().forEach((code, r) -> {
                    ApiResponse response = spec.response(r);
                    if (code.startsWith("2") && response.getContent() != null) {
                        response.getContent().forEach((type, media) -> {
                            if (!hasExample(type, media)) {
                                problems.add("response " + code + " " + type + " has no example");
                            }
                        });
                    }
                });
            }
            return problems;
        });
    }

    /** Binary and other opaque media (e.g. a spreadsheet download) need no example. */
    private boolean hasExample(String type, MediaType media) {
        String t = type.toLowerCase();
        if (!(t.contains("json") || t.startsWith("application/x-www-form-urlencoded"))) {
            return true;
        }
        if (!spec.examples(media).isEmpty()) {
            return true;
        }
        Schema<?> schema = media.getSchema() == null ? null : spec.schema(media.getSchema());
        return schema != null && schema.getExample() != null;
    }

    private void requestBodyChecks(Spec.Op op, List<Check> checks) {
        RequestBody body = spec.requestBody(op.operation().getRequestBody());
        if (body == null || body.getContent() == null) {
            return;
        }
        body.getContent()
                .forEach((type, media) -> spec.examples(media)
                        .forEach((name, value) -> checks.add(new Check("request " + type + " " + name, () -> {
                            SimpleRequest.Builder request = new SimpleRequest.Builder(
                                            Request.Method.valueOf(op.method().name()), basePath + concretePath(op))
                                    .withContentType(type)
                                    .withBody(serialize(value, type));
                            return errors(validator.validateRequest(request.build()));
                        }))));
    }

    private void responseChecks(Spec.Op op, List<Check> checks) {
        if (op.operation().getResponses() == null) {
            return;
        }
        op.operation().getResponses().forEach((code, r) -> {
            ApiResponse response = spec.response(r);
            int status = status(code);
            if (response.getContent() != null) {
                response.getContent()
                        .forEach((type, media) -> spec.examples(media)
                                .forEach((name, value) -> checks.add(new Check(
                                        "response " + code + " " + type + " " + name,
                                        () -> errors(validator.validateResponse(
                                                basePath + concretePath(op),
                                                Request.Method.valueOf(
                                                        op.method().name()),
                                                SimpleResponse.Builder.status(status)
                                                        .withContentType(type)
                                                        .withBody(serialize(value, type))
                                                        .build()))))));
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((headerName, h) -> {
                    Header header = spec.header(h);
                    valueChecks(
                            "response " + code + " header " + headerName,
                            header.getSchema(),
                            header.getExample(),
                            header.getExamples(),
                            checks);
                });
            }
        });
    }

    /** The example(s) of a parameter or header, validated against its schema. */
    private void valueChecks(
            String what, Schema<?> schema, Object example, Map<String, Example> examples, List<Check> checks) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (example != null) {
            values.put("example", example);
        }
        if (examples != null) {
            examples.forEach((name, ex) -> {
                Example resolved = spec.example(ex);
                if (resolved.getValue() != null) {
                    values.put("examples." + name, resolved.getValue());
                }
            });
        }
        if (schema == null) {
            return;
        }
        values.forEach((name, value) -> checks.add(new Check(what + " " + name, () -> validateAgainst(value, schema))));
    }

    /**
     * Schema-level examples: each {@code example} of a schema and of its nested properties,
     * items, composed parts and additionalProperties, validated against that very schema.
     * Walked on the resolved document, where allOf parts are merged and $refs inlined; each
     * schema is checked once, under the first name it is reached by.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void schemaChecks(String where, Schema schema, List<Check> checks, Set<Object> seen) {
        if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
            return;
        }
        if (schema.getExample() != null) {
            Object example = schema.getExample();
            checks.add(new Check(where + " example", () -> validateAgainst(example, schema)));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties())
                    .forEach((name, property) -> schemaChecks(where + "." + name, property, checks, seen));
        }
        schemaChecks(where + "[]", schema.getItems(), checks, seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            schemaChecks(where + ".*", additional, checks, seen);
        }
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    schemaChecks(where + "/" + i, parts.get(i), checks, seen);
                }
            }
        }
    }

    /** Validates a value (a parsed example) against a schema, as JSON. */
    private List<String> validateAgainst(Object value, Schema<?> schema) {
        return errors(
                schemaValidator.validate(() -> JSON.readTree(toJson(value, spec.schema(schema))), schema, "example"));
    }

    /**
     * The parser silently drops a schema example it cannot cast to the schema's type or format
     * (e.g. {@code example: yesterday} on a date-time, {@code example: many} on an integer), so
     * the model-based checks above never see it. These checks read such examples as written.
     */
    private void asWrittenChecks(List<Check> checks) {
        JsonNode root;
        try {
            root = Yaml.mapper().readTree(spec.text());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        walkAsWritten(root, "#", checks);
    }

    private void walkAsWritten(JsonNode node, String pointer, List<Check> checks) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkAsWritten(node.get(i), pointer + "/" + i, checks);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode example = node.get("example");
        if (example != null && !example.isNull() && node.path("type").isTextual()) {
            String type = node.path("type").asText();
            String format = node.path("format").asText("");
            if (Set.of("integer", "number", "boolean").contains(type)
                    || Set.of("date", "date-time", "uuid").contains(format)) {
                checks.add(new Check(pointer + " example (as written)", () -> castProblems(example, type, format)));
            }
        }
        node.fields().forEachRemaining(field -> {
            // values of examples are data, not schemas; extensions are free-form
            if (!field.getKey().equals("example")
                    && !field.getKey().equals("examples")
                    && !field.getKey().startsWith("x-")) {
                walkAsWritten(
                        field.getValue(),
                        pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                        checks);
            }
        });
    }

    private static List<String> castProblems(JsonNode example, String type, String format) {
        boolean ok = switch (type) {
            case "integer" -> example.isIntegralNumber();
            case "number" -> example.isNumber();
            case "boolean" -> example.isBoolean();
            default -> example.isTextual() && parses(example.asText(), format);
        };
        return ok
                ? List.of()
                : List.of("example " + example + " is not a valid " + type
                        + (format.isEmpty() ? "" : " (" + format + ")"));
    }

    private static boolean parses(String text, String format) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> UUID.fromString(text);
                default -> {}
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Fills each {@code {param}} with the parameter's example (or its name when it has none). */
    private String concretePath(Spec.Op op) {
        Map<String, Parameter> pathParams = spec.parameters(op).stream()
                .filter(p -> "path".equals(p.getIn()))
                .collect(Collectors.toMap(Parameter::getName, p -> p, (a, b) -> b));
        Matcher m = PATH_PARAM.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Parameter p = pathParams.get(m.group(1));
            Object value = p == null ? null : p.getExample();
            if (value == null
                    && p != null
                    && p.getExamples() != null
                    && !p.getExamples().isEmpty()) {
                value = spec.example(p.getExamples().values().iterator().next()).getValue();
            }
            if (value == null && p != null && p.getSchema() != null) {
                Schema<?> s = spec.schema(p.getSchema());
                value = s.getExample() != null
                        ? s.getExample()
                        : s.getEnum() != null && !s.getEnum().isEmpty()
                                ? s.getEnum().get(0)
                                : null;
            }
            String text = value == null ? m.group(1) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(text, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int status(String code) {
        if (code.matches("\\d{3}")) {
            return Integer.parseInt(code);
        }
        if (code.matches("[1-5]XX")) {
            return (code.charAt(0) - '0') * 100;
        }
        return 599; // "default": any status not listed
    }

    private static String serialize(Object value, String mediaType) {
        String type = mediaType.toLowerCase();
        try {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                JsonNode node = JSON.valueToTree(value);
                List<String> pairs = new ArrayList<>();
                node.fields()
                        .forEachRemaining(e -> pairs.add(encode(e.getKey()) + "="
                                + encode(
                                        e.getValue().isValueNode()
                                                ? e.getValue().asText()
                                                : e.getValue().toString())));
                return String.join("&", pairs);
            }
            if (type.contains("json")) {
                return JSON.writeValueAsString(value);
            }
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON text of a value; the parser turns date(-time) examples into Java dates: undo that. */
    private static String toJson(Object value, Schema<?> schema) {
        try {
            if (value instanceof Date date) {
                boolean dateOnly = schema != null && "date".equals(schema.getFormat());
                SimpleDateFormat format = new SimpleDateFormat(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ssXXX");
                format.setTimeZone(TimeZone.getTimeZone("UTC"));
                return JSON.writeValueAsString(format.format(date));
            }
            if (value instanceof OffsetDateTime time) {
                return JSON.writeValueAsString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            }
            if (value instanceof java.time.temporal.TemporalAccessor) {
                return JSON.writeValueAsString(value.toString());
            }
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                .collect(Collectors.toList());
    }
}
