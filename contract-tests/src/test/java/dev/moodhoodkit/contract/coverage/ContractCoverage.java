package dev.moodhoodkit.contract.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What covers each operation of the spec: its pact interactions (matched to the operation by
 * method and path, as the spec declares them), its WireMock stubs, and the provider
 * verification result of its interactions when the verification has run. Written as
 * {@code contract-coverage.md}.
 */
public final class ContractCoverage {

    /** Where the provider verification leaves its per-interaction results for this report. */
    public static final String VERIFICATION_RESULTS = "provider-verification.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One pact interaction: what it asks, what it expects, and how the provider verification went. */
    public record Interaction(String description, String method, String path, int status, String verification) {}

    /** One operation's row. */
    public record Row(SpecOperation operation, List<Interaction> interactions, List<Integer> stubStatuses) {

        boolean hasSuccessInteraction() {
            return interactions.stream().anyMatch(i -> i.status() >= 200 && i.status() < 300);
        }
    }

    private final ApiSpec spec;
    private final List<Row> rows;
    private final List<Interaction> outsideTheSpec;
    private final boolean verified;

    private ContractCoverage(ApiSpec spec, List<Row> rows, List<Interaction> outsideTheSpec, boolean verified) {
        this.spec = spec;
        this.rows = rows;
        this.outsideTheSpec = outsideTheSpec;
        this.verified = verified;
    }

    /**
     * @param pactFile          the pact (may not exist: no interactions)
     * @param stubsDir          the generated stubs ({@code mappings/} read)
     * @param verificationFile  the provider verification's results (may not exist: not run)
     */
    public static ContractCoverage of(ApiSpec spec, Path pactFile, Path stubsDir, Path verificationFile) {
        Map<String, String> results = verificationResults(verificationFile);
        Map<String, List<Interaction>> byOperation = new LinkedHashMap<>();
        List<Interaction> outside = new ArrayList<>();
        for (JsonNode i : read(pactFile).path("interactions")) {
            String description = i.path("description").asText();
            Interaction interaction = new Interaction(
                    description,
                    i.at("/request/method").asText().toUpperCase(),
                    i.at("/request/path").asText(),
                    i.at("/response/status").asInt(),
                    results.getOrDefault(description, results.isEmpty() ? "not run" : "not verified"));
            spec.match(interaction.method(), interaction.path())
                    .ifPresentOrElse(
                            op -> byOperation
                                    .computeIfAbsent(op.operationId(), k -> new ArrayList<>())
                                    .add(interaction),
                            () -> outside.add(interaction));
        }
        Map<String, List<Integer>> stubs = stubStatuses(stubsDir);
        List<Row> rows = spec.operations().stream()
                .map(op -> new Row(
                        op,
                        byOperation.getOrDefault(op.operationId(), List.of()),
                        stubs.getOrDefault(op.operationId(), List.of())))
                .toList();
        return new ContractCoverage(spec, rows, outside, !results.isEmpty());
    }

    public List<Row> rows() {
        return rows;
    }

    /** Operations without a pact interaction that expects success, or without a stub; empty when all are covered. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (Row row : rows) {
            if (row.interactions().isEmpty()) {
                gaps.add(row.operation().displayName() + ": no pact interaction");
            } else if (!row.hasSuccessInteraction()) {
                gaps.add(row.operation().displayName() + ": no pact interaction of its success");
            }
            if (row.stubStatuses().isEmpty()) {
                gaps.add(row.operation().displayName() + ": no WireMock stub");
            }
        }
        outsideTheSpec.forEach(i -> gaps.add("interaction \"" + i.description() + "\" (" + i.method() + " " + i.path()
                + "): no operation of the spec"));
        return gaps;
    }

    /** The report, one row per operationId in the spec's order. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Contract coverage\n\n")
                .append("One row per operation of the spec (")
                .append(rows.size())
                .append(" operations). ")
                .append("Pact: the interactions of `moodhood-feign-client` with `moodhood-reference-server`, ")
                .append("by expected status. Stubs: the generated WireMock mappings, by status. Provider: ")
                .append(
                        verified
                                ? "how the provider verification went for the operation's interactions."
                                : "not run yet (it runs in the integration-test phase and rewrites this file).")
                .append("\n\n")
                .append("| operationId | request | pact interactions | stubs | provider verification |\n")
                .append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            SpecOperation op = row.operation();
            md.append("| ")
                    .append(op.operationId())
                    .append(" | `")
                    .append(op.method())
                    .append(' ')
                    .append(spec.basePath())
                    .append(op.path())
                    .append('`')
                    .append(" | ")
                    .append(
                            row.interactions().isEmpty()
                                    ? "**none**"
                                    : row.interactions().size() + ": "
                                            + row.interactions().stream()
                                                    .map(Interaction::status)
                                                    .sorted()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(
                            row.stubStatuses().isEmpty()
                                    ? "**none**"
                                    : row.stubStatuses().size() + ": "
                                            + row.stubStatuses().stream()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(verification(row))
                    .append(" |\n");
        }
        List<Interaction> failed = rows.stream()
                .flatMap(r -> r.interactions().stream())
                .filter(i -> i.verification().startsWith("failed"))
                .toList();
        if (!failed.isEmpty()) {
            md.append("\n## Failed provider verifications\n\n");
            failed.forEach(i -> md.append("- ")
                    .append(i.description())
                    .append(": ")
                    .append(i.verification().replace('\n', ' '))
                    .append('\n'));
        }
        if (!outsideTheSpec.isEmpty()) {
            md.append("\n## Pact interactions outside the spec\n\n");
            outsideTheSpec.forEach(i -> md.append("- ")
                    .append(i.description())
                    .append(" (`")
                    .append(i.method())
                    .append(' ')
                    .append(i.path())
                    .append("`)\n"));
        }
        List<String> gaps = gaps();
        md.append("\n## Gaps\n\n")
                .append(
                        gaps.isEmpty()
                                ? "None: every operation has a pact interaction of its " + "success and a stub.\n"
                                : gaps.stream().map(g -> "- " + g).collect(Collectors.joining("\n")) + "\n");
        return md.toString();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private String verification(Row row) {
        if (row.interactions().isEmpty()) {
            return "-";
        }
        if (!verified) {
            return "not run";
        }
        long passed = row.interactions().stream()
                .filter(i -> i.verification().equals("passed"))
                .count();
        List<String> failed = row.interactions().stream()
                .filter(i -> !i.verification().equals("passed"))
                .map(i ->
                        i.status() + " " + i.verification().lines().findFirst().orElse(""))
                .toList();
        return failed.isEmpty()
                ? "passed " + passed + "/" + row.interactions().size()
                : "**" + failed.size() + " of " + row.interactions().size() + " not passed** ("
                        + String.join("; ", failed).replace("|", "\\|") + ")";
    }

    private static Map<String, List<Integer>> stubStatuses(Path stubsDir) {
        Map<String, List<Integer>> byOperation = new LinkedHashMap<>();
        Path mappings = stubsDir.resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            return byOperation;
        }
        try (Stream<Path> files = Files.list(mappings)) {
            for (Path file : files.sorted().toList()) {
                JsonNode metadata = read(file).path("metadata");
                byOperation
                        .computeIfAbsent(metadata.path("operationId").asText(), k -> new ArrayList<>())
                        .add(metadata.path("status").asInt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byOperation.replaceAll((op, statuses) -> List.copyOf(new TreeSet<>(statuses)));
        return byOperation;
    }

    /** description -> "passed" or "failed: <message>". */
    private static Map<String, String> verificationResults(Path file) {
        Map<String, String> results = new LinkedHashMap<>();
        read(file)
                .fields()
                .forEachRemaining(e -> results.put(e.getKey(), e.getValue().asText()));
        return results;
    }

    private static JsonNode read(Path file) {
        if (file == null || !Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
