package dev.moodhoodkit.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * swagger-request-validator set up once for this spec, and its reports in one format: what the
 * server's API tests, the docs test, the pact and stub checks and the client's WireMock tests
 * hold every request and answer against.
 */
public final class SpecValidation {

    private static OpenApiInteractionValidator validator;

    private SpecValidation() {}

    /**
     * The validator of {@link SpecFile}, built once per JVM (parsing the spec takes a second).
     * Refs are resolved and allOf parts merged before validation: against an unmerged allOf
     * (Room, CreateRoomRequest) the validator's strict additionalProperties would make each part
     * forbid the other parts' properties, so no valid body could pass. Request paths carry the
     * spec's base path ({@code /v1}), as on the wire.
     */
    public static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(SpecFile.text())
                    .withResolveRefs(true)
                    .withResolveCombinators(true)
                    .build();
        }
        return validator;
    }

    /** Fails with the validator's report unless request and response both match the spec. */
    public static void assertExchangeMatches(Request request, Response response, String what) {
        failOnErrors(validator().validate(request, response), what, "request and response");
    }

    /**
     * Fails unless the response is one the spec declares for {@code method path}: for requests
     * that break the contract on purpose (no token, malformed JSON...), what the server answers
     * must still be declared.
     */
    public static void assertResponseMatches(String path, Request.Method method, Response response, String what) {
        failOnErrors(validator().validateResponse(path, method, response), what, "response");
    }

    /** Whether the report holds an error (warnings and infos do not count). */
    public static boolean hasErrors(ValidationReport report) {
        return report.getMessages().stream().anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR);
    }

    /** The errors of a report, one per line, each with the operation it concerns when known. */
    public static String describe(ValidationReport report) {
        return describe(report, m -> true);
    }

    /** Like {@link #describe(ValidationReport)}, keeping only the messages {@code keep} accepts. */
    public static String describe(ValidationReport report, Predicate<ValidationReport.Message> keep) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(keep)
                .map(m -> "["
                        + m.getContext()
                                .flatMap(ValidationReport.MessageContext::getApiOperation)
                                .map(op -> op.getOperation().getOperationId())
                                .orElse("no operation")
                        + "] "
                        + m.getKey() + ": " + m.getMessage().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    private static void failOnErrors(ValidationReport report, String what, String part) {
        if (hasErrors(report)) {
            throw new AssertionError(
                    "The " + part + " of " + what + " does not match openapi.yaml:\n" + describe(report));
        }
    }
}
