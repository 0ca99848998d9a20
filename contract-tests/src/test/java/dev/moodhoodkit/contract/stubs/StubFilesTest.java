package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.support.ClientCalls;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.GeneratedClient;
import dev.moodhoodkit.contract.support.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stub files as a user of the stubs jar gets them: one mapping per operation and declared
 * response, named by {@link StubNames}, each with its body file, all loadable by WireMock; and
 * the validation listener that checks them does catch an answer outside the spec.
 */
class StubFilesTest {

    private static final ApiSpec SPEC = ContractFiles.spec();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDeclaredResponseOfEveryOperationHasOneMappingFile() throws IOException {
        Set<String> expected = new TreeSet<>();
        SPEC.operations().forEach(op -> op.responses().forEach(r -> expected.add(StubNames.fileBase(op, r) + ".json")));
        // The stubs that answer wrong requests as the spec says (SpecBehaviourStubs).
        SPEC.operations().forEach(op -> {
            String base = StubNames.verbAndResource(op) + "-";
            if (op.secured() && declares(op, 401)) {
                expected.add(base + StubNames.NO_TOKEN + ".json");
                expected.add(base + StubNames.MALFORMED_TOKEN + ".json");
            }
            boolean jsonBody = op.requestBody()
                    .filter(b -> b.contentTypes().stream().allMatch(t -> t.contains("json")))
                    .isPresent();
            if (jsonBody && (declares(op, 422) || declares(op, 400))) {
                expected.add(base + StubNames.INVALID_BODY + ".json");
            }
        });
        expected.add(StubNames.UNKNOWN_PATH + ".json");

        assertThat(files("mappings"))
                .as("mapping files under %s", ContractFiles.stubsDir())
                .isEqualTo(expected);
    }

    @Test
    void everyMappingNamesItsOperationAndHasItsBodyFile() throws IOException {
        Set<String> bodies = files("__files");
        for (String name : files("mappings")) {
            JsonNode mapping = JSON.readTree(
                    ContractFiles.stubsDir().resolve("mappings").resolve(name).toFile());
            if (name.equals(StubNames.UNKNOWN_PATH + ".json")) {
                continue; // the catch-all answers for no operation
            }
            assertThat(SPEC.operation(mapping.at("/metadata/operationId").asText()))
                    .as(name)
                    .isPresent();
            JsonNode bodyFile = mapping.at("/response/bodyFileName");
            if (!bodyFile.isMissingNode()) {
                assertThat(bodies).as("%s answers %s", name, bodyFile.asText()).contains(bodyFile.asText());
            }
        }
    }

    @Test
    void wireMockLoadsEveryMapping() throws IOException {
        try (StubServer stubs = StubServer.start()) {
            assertThat(stubs.mappingCount()).isEqualTo(files("mappings").size());
        }
    }

    /** The listener that checks every stub in GeneratedClientAgainstStubsTest can fail, naming the operation. */
    @Test
    void aStubAnsweringOutsideTheSpecIsReported() {
        try (StubServer stubs = StubServer.start()) {
            StubMapping drifted = WireMock.get(WireMock.urlPathMatching("/v1/spaces/[0-9a-f]{24}"))
                    .withHeader(StubNames.CASE_HEADER, WireMock.equalTo("drifted"))
                    .willReturn(WireMock.okJson("""
                            {"id": "60d55c0eb9ef88ab17b0aabb", "name": "Design school", "isPublic": "yes",
                             "ownerId": "60d55b7bb9ef88ab17b0aab9", "createdAt": "2026-11-20T09:30:00Z"}"""))
                    .build();
            stubs.wireMock().addStubMapping(drifted);
            GeneratedClient.Apis client = GeneratedClient.connect(
                    stubs.baseUrl(), () -> "any-token", () -> Map.of(StubNames.CASE_HEADER, "drifted"));

            // The client itself cannot read "yes" as a boolean either.
            assertThatThrownBy(() -> ClientCalls.BY_OPERATION.get("getSpace").invoke(client))
                    .hasMessageContaining("isPublic");
            assertThat(stubs.specViolations()).contains("[getSpace]").contains("isPublic");
        }
    }

    private static boolean declares(dev.moodhoodkit.contract.spec.SpecOperation op, int status) {
        return op.responses().stream().anyMatch(r -> r.status() == status);
    }

    private static Set<String> files(String dir) throws IOException {
        try (Stream<Path> files = Files.list(ContractFiles.stubsDir().resolve(dir))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
