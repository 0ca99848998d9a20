package dev.moodhoodkit.contract.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.stream.Collectors;

/** swagger-request-validator set up for this spec, shared by the WireMock and Pact checks. */
public final class SpecValidator {

    private SpecValidator() {}

    /**
     * Refs resolved and allOf merged first: against an unmerged allOf (Room, CreateRoomRequest)
     * every object would fail, each part forbidding the other parts' properties.
     */
    public static OpenApiInteractionValidator forSpec() {
        return OpenApiInteractionValidator.createForInlineApiSpecification(
                        ContractFiles.spec().text())
                .withResolveRefs(true)
                .withResolveCombinators(true)
                .build();
    }

    /** The errors of a report, one per line, each with the operation it concerns when known. */
    public static String describe(ValidationReport report) {
        return describe(report, m -> true);
    }

    /** Like {@link #describe(ValidationReport)}, keeping only the messages {@code keep} accepts. */
    public static String describe(
            ValidationReport report, java.util.function.Predicate<ValidationReport.Message> keep) {
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

    public static boolean hasErrors(ValidationReport report) {
        return report.getMessages().stream().anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR);
    }
}
