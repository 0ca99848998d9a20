package dev.moodhoodkit.contract.pact.spec;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.testsupport.SpecValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every interaction of a pact checked against the spec with swagger-request-validator's
 * {@link PactProviderValidator}: the request's path, method, parameters and body, and the
 * response's status, headers and body, as the spec declares them for that operation.
 *
 * <p>Each verdict names the operation: the spec's operationId when the request reaches one of
 * its operations, otherwise what the interaction's description says the client meant to call
 * (descriptions start with the operation's name, "getSpace: ...").
 */
public final class PactSpecValidation {

    /** The verdict on one interaction; {@code errors} is empty when the interaction keeps to the spec. */
    public record Verdict(
            String description, String method, String path, String operation, boolean inSpec, String errors) {

        public boolean passed() {
            return errors.isEmpty();
        }

        /** "getSpace (GET /v1/spaces/…): interaction "…" breaks the spec: …" */
        public String explain() {
            String where = inSpec
                    ? operation
                    : operation + " (no operation of the spec has " + method + " " + specPath() + ")";
            return where + " — interaction \"" + description + "\" (" + method + " " + path + ") breaks the spec:\n"
                    + errors.indent(4);
        }

        private String specPath() {
            return path.replaceAll("[0-9a-f]{24}", "{id}");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Answers that reject the request's content. An interaction expecting one must send content
     * the spec forbids (an empty name for a 422), so for these the request's body and parameter
     * schemas are not held against it; its path, method, security and answer still are.
     */
    private static final java.util.Set<Integer> INPUT_REJECTIONS = java.util.Set.of(400, 422);

    private static boolean isInputSchemaMessage(ValidationReport.Message message) {
        return message.getKey().startsWith("validation.request.body.schema")
                || message.getKey().startsWith("validation.request.parameter.schema");
    }

    private PactSpecValidation() {}

    /** A verdict per interaction of the pact file, in the file's order. */
    public static List<Verdict> validate(Path pactFile) {
        ApiSpec spec = ContractFiles.spec();
        PactProviderValidationResults results;
        try {
            results = PactProviderValidator.createFor(SpecValidation.validator())
                    .withConsumer(ContractFiles.CONSUMER, pactFile.toUri().toURL())
                    .build()
                    .validate();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(pactFile.toString(), e);
        }
        Map<String, ValidationReport> reports = new LinkedHashMap<>();
        results.getConsumerResults().forEach(r -> reports.putAll(r.getInteractionResults()));

        return interactions(pactFile).stream()
                .map(i -> {
                    String description = i.path("description").asText();
                    String method = i.at("/request/method").asText().toUpperCase();
                    String path = i.at("/request/path").asText();
                    Optional<SpecOperation> op = spec.match(method, path);
                    ValidationReport report = reports.get(description);
                    boolean rejectsInput =
                            INPUT_REJECTIONS.contains(i.at("/response/status").asInt());
                    String errors = report == null
                            ? "not validated: the validator did not report on this interaction"
                            : SpecValidation.describe(report, m -> !(rejectsInput && isInputSchemaMessage(m)));
                    String named = op.map(SpecOperation::operationId).orElseGet(() -> claimedOperation(description));
                    return new Verdict(description, method, path, named, op.isPresent(), errors);
                })
                .toList();
    }

    public static String explain(List<Verdict> failures) {
        return failures.stream().map(Verdict::explain).collect(Collectors.joining("\n"));
    }

    /** The operation an interaction says it exercises: its description up to the first colon. */
    static String claimedOperation(String description) {
        int colon = description.indexOf(':');
        return colon > 0 ? description.substring(0, colon) : description;
    }

    private static List<JsonNode> interactions(Path pactFile) {
        try {
            JsonNode pact = JSON.readTree(pactFile.toFile());
            return pact.has("interactions") ? List.copyOf(toList(pact.get("interactions"))) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pact " + pactFile, e);
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
