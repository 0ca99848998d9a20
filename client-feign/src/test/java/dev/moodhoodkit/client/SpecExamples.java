package dev.moodhoodkit.client;

import dev.moodhoodkit.testsupport.SpecFile;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The spec's own examples, as stub bodies: what WireMock answers is what the contract shows,
 * and a change of the contract reaches these tests.
 */
final class SpecExamples {

    private static final OpenAPI SPEC = SpecFile.resolved();

    private SpecExamples() {}

    /** The example body of a shared response, e.g. {@code components.responses.NotFound}. */
    static String sharedResponse(String name) {
        return example(SPEC.getComponents().getResponses().get(name));
    }

    /** The example body of an operation's response, e.g. {@code ("/spaces/{spaceId}", "get", "200")}. */
    static String response(String path, String method, String status) {
        var item = SPEC.getPaths().get(path);
        var operation = switch (method) {
            case "get" -> item.getGet();
            case "post" -> item.getPost();
            case "put" -> item.getPut();
            case "delete" -> item.getDelete();
            default -> throw new IllegalArgumentException(method);
        };
        return example(operation.getResponses().get(status));
    }

    private static String example(ApiResponse response) {
        MediaType media = response.getContent().values().iterator().next();
        Object example = media.getExample();
        if (example == null && media.getExamples() != null) {
            example = media.getExamples().values().iterator().next().getValue();
        }
        if (example == null) {
            throw new IllegalStateException("The spec gives no example for " + response.getDescription());
        }
        if (example instanceof String text) {
            return text;
        }
        try {
            return Json.mapper().writeValueAsString(example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
