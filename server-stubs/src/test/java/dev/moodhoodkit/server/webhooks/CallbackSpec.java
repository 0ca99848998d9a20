package dev.moodhoodkit.server.webhooks;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import dev.moodhoodkit.testsupport.SpecFile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.stream.Collectors;

/**
 * The spec's own declaration of a webhook call: the request body of CreateWebHook's
 * {@code webhookEvent} callback. Request validators check operations, not callbacks, so the
 * receiver's calls are checked against that schema here.
 */
final class CallbackSpec {

    private static final OpenAPI SPEC = SpecFile.resolved();
    private static final Schema<?> CALLBACK = SPEC.getPaths()
            .get("/spaces/{spaceId}/webhook")
            .getPost()
            .getCallbacks()
            .get("webhookEvent")
            .get("{$request.body#/url}")
            .getPost()
            .getRequestBody()
            .getContent()
            .get("application/json")
            .getSchema();
    private static final SchemaValidator VALIDATOR = new SchemaValidator(SPEC, new MessageResolver());

    private CallbackSpec() {}

    /** The problems of {@code rawCallback} against the callback's schema; empty when it matches. */
    static String problems(String rawCallback) {
        ValidationReport report = VALIDATOR.validate(rawCallback, CALLBACK, "webhookEvent.request.body");
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .collect(Collectors.joining("; "));
    }
}
