package dev.moodhoodkit.server.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URL;
import java.util.function.Supplier;

/**
 * Checks exchanges against THE contract: {@code openapi/openapi.yaml} from the api-spec jar on
 * the test classpath, the very file the server is generated from and serves. Built once per JVM
 * (parsing the spec takes about a second).
 */
public final class SpecValidator {

    /** The spec's own server entry for this machine; its path ({@code /v1}) is the API's base. */
    static final String LOCAL_SERVER = "http://localhost:8080/v1";

    private static final OpenApiInteractionValidator VALIDATOR = build(false);

    /**
     * The same without additionalProperties checking, for bodies whose schema is an
     * {@code allOf} (rooms): the strict validator closes every branch of an allOf with
     * {@code additionalProperties: false}, so each branch rejects the other branches'
     * properties and no valid body passes (the library documents this; its remedy is
     * {@code LevelResolverFactory.withAdditionalPropertiesIgnored()}). Types, formats, enums
     * and required fields inside the allOf are still checked.
     */
    private static final OpenApiInteractionValidator COMPOSITION_VALIDATOR = build(true);

    private SpecValidator() {}

    public static URL specUrl() {
        URL url = SpecValidator.class.getClassLoader().getResource("openapi/openapi.yaml");
        if (url == null) {
            throw new IllegalStateException(
                    "openapi/openapi.yaml is not on the test classpath (api-spec jar missing?)");
        }
        return url;
    }

    private static OpenApiInteractionValidator build(boolean additionalPropertiesIgnored) {
        OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createForSpecificationUrl(
                        specUrl().toString())
                .withBasePathOverride(URI.create(LOCAL_SERVER).getPath());
        if (additionalPropertiesIgnored) {
            builder.withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored());
        }
        return builder.build();
    }

    /** The strict report, or, when all its errors are allOf failures, the allOf-aware one. */
    private static ValidationReport checked(ValidationReport strict, Supplier<ValidationReport> composition) {
        boolean onlyAllOf = strict.hasErrors()
                && strict.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .allMatch(m -> m.getKey().endsWith(".schema.allOf"));
        return onlyAllOf ? composition.get() : strict;
    }

    /** Fails with the validator's report unless request and response both match the spec. */
    static void assertExchangeMatches(Request request, Response response, String what) {
        failOnErrors(
                checked(VALIDATOR.validate(request, response), () -> COMPOSITION_VALIDATOR.validate(request, response)),
                what,
                "request and response");
    }

    /**
     * Fails unless the response matches the spec. For requests that break the contract on
     * purpose (no token, malformed JSON...): what the server answers must still be declared.
     */
    static void assertResponseMatches(String path, Request.Method method, Response response, String what) {
        failOnErrors(
                checked(
                        VALIDATOR.validateResponse(path, method, response),
                        () -> COMPOSITION_VALIDATOR.validateResponse(path, method, response)),
                what,
                "response");
    }

    private static void failOnErrors(ValidationReport report, String what, String part) {
        if (report.hasErrors()) {
            throw new AssertionError("The " + part + " of " + what + " does not match openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }
}
