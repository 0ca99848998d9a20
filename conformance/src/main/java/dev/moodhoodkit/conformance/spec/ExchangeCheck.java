package dev.moodhoodkit.conformance.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.moodhoodkit.conformance.cli.Options.SpecChoice;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks requests and answers against the chosen contract with swagger-request-validator, the
 * spec's own {@code /v1} base replaced by the deployment's base path.
 */
public final class ExchangeCheck {

    /**
     * The mirror says what the real API has; a deployment may answer more (the kit's own
     * server sends every extension). More fields than the mirror lists, or a body where the
     * mirror declares none, break no client of the real API, so they are not violations in
     * mirror mode. Against the full spec, every undeclared field is one.
     */
    private static final LevelResolver MIRROR_LEVELS = LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.body.unexpected", ValidationReport.Level.IGNORE)
            .build();

    private final OpenApiInteractionValidator strict;

    /**
     * The same without additionalProperties checking, for bodies whose schema is an
     * {@code allOf} (rooms): the strict validator closes each branch of an allOf with
     * {@code additionalProperties: false}, so every branch rejects the others' properties and
     * no valid body passes (the library documents this and names this remedy). Types, formats,
     * enums and required fields inside the allOf are still checked.
     */
    private final Supplier<OpenApiInteractionValidator> composition;

    private OpenApiInteractionValidator compositionValidator;

    public ExchangeCheck(Contract contract, String basePath) {
        this.strict = contract.choice() == SpecChoice.MIRROR
                ? builder(contract, basePath).withLevelResolver(MIRROR_LEVELS).build()
                : builder(contract, basePath).build();
        // Built on first need only: parsing the spec again costs a second or two.
        this.composition = () -> {
            if (compositionValidator == null) {
                compositionValidator = builder(contract, basePath)
                        .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                        .build();
            }
            return compositionValidator;
        };
    }

    private static OpenApiInteractionValidator.Builder builder(Contract contract, String basePath) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(contract.text())
                .withBasePathOverride(basePath.isEmpty() ? "/" : basePath);
    }

    /** The errors of the request alone: a request with errors is not the chosen spec's to send. */
    public List<String> requestErrors(Request request) {
        return errors(
                checked(strict.validateRequest(request), () -> composition.get().validateRequest(request)));
    }

    /** The errors of a whole exchange. */
    public List<String> exchangeErrors(Request request, Response response) {
        return errors(checked(
                strict.validate(request, response), () -> composition.get().validate(request, response)));
    }

    /** The errors of an answer to a request that breaks the contract on purpose. */
    public List<String> responseErrors(String path, Request.Method method, Response response) {
        return errors(checked(
                strict.validateResponse(path, method, response),
                () -> composition.get().validateResponse(path, method, response)));
    }

    private static ValidationReport checked(ValidationReport report, Supplier<ValidationReport> composition) {
        boolean onlyAllOf = report.hasErrors()
                && report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .allMatch(m -> m.getKey().endsWith(".schema.allOf"));
        return onlyAllOf ? composition.get() : report;
    }

    /**
     * The errors, without allOf's umbrella message ("failed to match all required schemas")
     * when the errors it sums up are reported too: the report then names the field at fault first.
     */
    private static List<String> errors(ValidationReport report) {
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        boolean specific = errors.stream().anyMatch(m -> !m.getKey().endsWith(".schema.allOf"));
        return errors.stream()
                .filter(m -> !specific || !m.getKey().endsWith(".schema.allOf"))
                .map(ExchangeCheck::describe)
                .toList();
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getMessage());
        message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .ifPresent(pointers ->
                        text.append(" (at ").append(pointers.getInstance()).append(')'));
        message.getNestedMessages().forEach(nested -> text.append("\n    ").append(describe(nested)));
        return text.toString();
    }
}
