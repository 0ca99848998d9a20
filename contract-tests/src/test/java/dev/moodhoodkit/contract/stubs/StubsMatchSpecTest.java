package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.StubServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated stub, loaded into WireMock as a user loads the stubs jar, answers a request
 * built from the spec's examples with the status it promises, and both the request and the
 * stub's answer pass the spec's validation listener.
 */
class StubsMatchSpecTest {

    private static final ObjectMapper JSON = Json.mapper();
    /** Any JWT-shaped token: the stubs check that one is sent, not what it is. */
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYWNjZXNzVG9rZW4ifQ.c2lnbmF0dXJl";

    private static final ApiSpec SPEC = ContractFiles.spec();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StubServer stubs;

    @BeforeAll
    static void startWireMock() {
        stubs = StubServer.start();
    }

    @AfterAll
    static void stopWireMock() {
        stubs.close();
    }

    @Test
    void everyDeclaredResponseOfEveryOperationHasAStub() throws IOException {
        Set<String> expected = new TreeSet<>();
        SPEC.operations().forEach(op -> op.responses().forEach(r -> expected.add(StubNames.fileBase(op, r) + ".json")));
        Set<String> written;
        try (Stream<Path> files = Files.list(ContractFiles.stubsDir().resolve("mappings"))) {
            written = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(written).as("mapping files under %s", ContractFiles.stubsDir()).isEqualTo(expected);
        assertThat(stubs.mappingCount()).as("mappings WireMock loaded").isEqualTo(expected.size());
    }

    /** The check above can fail: a stub whose answer breaks the spec is reported, naming the operation. */
    @Test
    void aStubAnsweringOutsideTheSpecIsReported() throws Exception {
        SpecOperation getSpace = SPEC.operation("getSpace").orElseThrow();
        StubMapping drifted = stubs.wireMock().stubFor(WireMock.get(WireMock.urlPathMatching("/v1/spaces/[0-9a-f]{24}"))
                .withHeader(StubNames.CASE_HEADER, WireMock.equalTo("drifted"))
                .atPriority(1)
                .willReturn(WireMock.okJson("""
                        {"id": "60d55c0eb9ef88ab17b0aabb", "name": "Design school", "isPublic": "yes",
                         "ownerId": "60d55b7bb9ef88ab17b0aab9", "createdAt": "2026-11-20T09:30:00Z"}""")));
        try {
            stubs.reset();
            HTTP.send(exampleRequest(getSpace, "drifted"), HttpResponse.BodyHandlers.ofString());
            assertThat(stubs.specViolations()).contains("[getSpace]").contains("isPublic");
        } finally {
            stubs.wireMock().removeStub(drifted);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStubAnswersAsTheSpecSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(ContractFiles.stubsDir().resolve("mappings")).sorted()) {
            for (Path file : files.toList()) {
                JsonNode mapping = JSON.readTree(file.toFile());
                tests.add(dynamicTest(file.getFileName().toString(), () -> check(mapping)));
            }
        }
        return tests.stream();
    }

    private void check(JsonNode mapping) throws Exception {
        JsonNode metadata = mapping.path("metadata");
        SpecOperation op = SPEC.operation(metadata.path("operationId").asText()).orElseThrow();
        String stubCase = metadata.hasNonNull("case") ? metadata.get("case").asText() : null;
        stubs.reset();

        HttpResponse<String> response = HTTP.send(exampleRequest(op, stubCase), HttpResponse.BodyHandlers.ofString());

        assertThat(stubs.unmatchedRequests()).as("%s: request built from the spec's examples", op.displayName())
                .isEmpty();
        assertThat(response.statusCode()).as("%s status", op.displayName())
                .isEqualTo(metadata.path("status").asInt());
        assertThat(stubs.specViolations()).as("%s: request and stub answer against the spec", op.displayName())
                .isEmpty();
    }

    /** The request a client would make from the spec's examples, plus the header picking the case. */
    private HttpRequest exampleRequest(SpecOperation op, String stubCase) throws IOException {
        StringBuilder url = new StringBuilder(stubs.rootUrl()).append(SPEC.basePath()).append(op.examplePath());
        String query = op.queryParams().stream().filter(SpecOperation.Param::required)
                .map(p -> p.name() + "=" + URLEncoder.encode(p.example(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.toString()));
        if (op.requestBody().isPresent()) {
            Map.Entry<String, Object> example = op.requestBody().get().examples().entrySet().stream()
                    .filter(e -> e.getKey().contains("json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(op.displayName() + " has no JSON request example"));
            request.header("Content-Type", example.getKey());
            body = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(example.getValue()));
        }
        if (op.secured()) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        if (stubCase != null) {
            request.header(StubNames.CASE_HEADER, stubCase);
        }
        return request.method(op.method(), body).build();
    }
}
