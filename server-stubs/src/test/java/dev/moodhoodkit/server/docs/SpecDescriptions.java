package dev.moodhoodkit.server.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptions a spec gives each operation (its own, its parameters', its responses'), as
 * plain text a rendering must contain: Markdown emphasis, code marks and link targets dropped,
 * white space collapsed, cut to their first {@value #SHOWN} characters.
 */
final class SpecDescriptions {

    private static final int SHOWN = 60;

    private SpecDescriptions() {}

    /** One operation: the descriptions its section must show, and each response's. */
    record Described(
            String operationId, String method, String path, List<String> descriptions, Map<String, String> responses) {
        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    static List<Described> read(URL spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI openApi = new OpenAPIV3Parser().read(spec.toString(), null, options);
        if (openApi == null) {
            throw new IllegalStateException(spec + " did not parse");
        }
        List<Described> operations = new ArrayList<>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    List<Parameter> parameters = new ArrayList<>();
                    if (item.getParameters() != null) {
                        parameters.addAll(item.getParameters());
                    }
                    if (operation.getParameters() != null) {
                        parameters.addAll(operation.getParameters());
                    }
                    operations.add(of(path, method.name(), operation, parameters));
                }));
        return operations;
    }

    private static Described of(String path, String method, Operation operation, List<Parameter> parameters) {
        List<String> descriptions = new ArrayList<>();
        if (operation.getDescription() != null && !operation.getDescription().isBlank()) {
            // Its first paragraph: later ones may be lists or tables, rendered with other breaks.
            descriptions.add(shown(operation.getDescription().strip().split("\n\\s*\n")[0]));
        }
        for (Parameter parameter : parameters) {
            if (parameter.getDescription() != null
                    && !parameter.getDescription().isBlank()) {
                descriptions.add(shown(parameter.getDescription().strip().split("\n\\s*\n")[0]));
            }
        }
        Map<String, String> responses = new LinkedHashMap<>();
        operation.getResponses().forEach((status, response) -> {
            if (response.getDescription() != null && !response.getDescription().isBlank()) {
                responses.put(status, shown(response.getDescription().strip().split("\n\\s*\n")[0]));
            }
        });
        return new Described(operation.getOperationId(), method, path, descriptions, responses);
    }

    private static String shown(String markdown) {
        String text = plain(markdown);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN);
    }

    /** Text without Markdown's marks, one space between words; applied to both sides of a comparison. */
    static String plain(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s*[*-]\\s+", "")
                .replace("**", "")
                .replace("`", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
