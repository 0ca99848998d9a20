package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.contract.spec.ApiSpec;
import dev.moodhoodkit.contract.spec.SpecOperation;
import dev.moodhoodkit.contract.support.ClientCalls;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.GeneratedClient;
import dev.moodhoodkit.contract.support.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * A client against the generated stubs, for every operation of the spec: its success stub
 * decodes into the client's models without losing or changing a field, and each declared error
 * stub reaches the caller as that status. Every exchange matches a stub (WireMock's "no match"
 * fails the test) and passes the spec's validation listener, so this also validates every stub
 * against the spec. Subclasses say which client and how it reports errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientAgainstStubsTest {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYWNjZXNzVG9rZW4ifQ.c2lnbmF0dXJl";

    private final ApiSpec spec = ContractFiles.spec();
    StubServer stubs;
    private GeneratedClient.Apis client;
    /** The X-Stub-Case of the next call, or none. */
    private volatile String stubCase;

    /** The client under test, sending {@code extraHeaders} with every request. */
    abstract GeneratedClient.Apis connect(String baseUrl, Supplier<Map<String, String>> extraHeaders);

    /** Checks what the client threw for an error stub of this status. */
    abstract void checkFailure(SpecOperation op, SpecOperation.Response response, Throwable thrown);

    @BeforeAll
    void start() {
        stubs = StubServer.start();
        client = connect(stubs.baseUrl(), () -> stubCase == null ? Map.of() : Map.of(StubNames.CASE_HEADER, stubCase));
    }

    @AfterAll
    void stop() {
        stubs.close();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAgainstItsStubs() {
        return spec.operations().stream()
                .map(op -> dynamicContainer(
                        op.operationId(),
                        Stream.concat(
                                Stream.of(dynamicTest("success decodes the example", () -> success(op))),
                                op.responses().stream()
                                        .filter(r -> !r.isSuccess())
                                        .map(r -> dynamicTest(
                                                r.status() + " reaches the caller", () -> failure(op, r))))));
    }

    private void success(SpecOperation op) throws Exception {
        ClientCalls.Call call = call(op);
        SpecOperation.Response expected = op.responses().stream()
                .filter(SpecOperation.Response::isSuccess)
                .findFirst()
                .orElseThrow();
        stubCase = null;
        stubs.reset();

        Object result = call.invoke(client);

        checkExchanges(op, expected.status());
        String bodyFile = StubNames.fileBase(op, expected);
        Path json = ContractFiles.stubsDir().resolve("__files").resolve(bodyFile + ".json");
        Path text = ContractFiles.stubsDir().resolve("__files").resolve(bodyFile + ".txt");
        if (Files.exists(json)) {
            ObjectMapper mapper = client.objectMapper();
            // Written out and read back, so that numbers compare by value (a long 0 is an int 0 in JSON).
            assertThat(mapper.readTree(mapper.writeValueAsString(result)))
                    .as("%s: what the client decoded, written back as JSON", op.displayName())
                    .isEqualTo(mapper.readTree(json.toFile()));
        } else if (Files.exists(text)) {
            assertThat(String.valueOf(result))
                    .as(op.displayName())
                    .isEqualTo(Files.readString(text).trim());
        } else {
            assertThat(result).as("%s answers no body", op.displayName()).isNull();
        }
    }

    private void failure(SpecOperation op, SpecOperation.Response response) {
        ClientCalls.Call call = call(op);
        stubCase = StubNames.caseOf(op, response);
        stubs.reset();
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> call.invoke(client));
        } finally {
            stubCase = null;
        }
        assertThat(thrown)
                .as("%s answered %d", op.displayName(), response.status())
                .isNotNull();
        checkFailure(op, response, thrown);
        checkExchanges(op, response.status());
    }

    /** The problem body of an error stub, as the spec's example has it. */
    JsonNode stubBody(SpecOperation op, SpecOperation.Response response) {
        try {
            return client.objectMapper()
                    .readTree(ContractFiles.stubsDir()
                            .resolve("__files")
                            .resolve(StubNames.fileBase(op, response) + ".json")
                            .toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ClientCalls.Call call(SpecOperation op) {
        ClientCalls.Call call = ClientCalls.BY_OPERATION.get(op.operationId());
        assertThat(call)
                .as("ClientCalls has no call of %s: add one", op.displayName())
                .isNotNull();
        return call;
    }

    /** Every exchange was answered by a stub of this operation, with the status, inside the spec. */
    private void checkExchanges(SpecOperation op, int status) {
        assertThat(stubs.unmatchedRequests())
                .as("%s: requests no stub matched", op.displayName())
                .isEmpty();
        List<String> answeredBy =
                stubs.served().stream().map(StubServer::operationOf).toList();
        assertThat(answeredBy)
                .as("%s: stubs that answered", op.displayName())
                .isNotEmpty()
                .containsOnly(op.operationId());
        assertThat(stubs.served())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo(status));
        assertThat(stubs.specViolations())
                .as("%s: exchanges against the spec", op.displayName())
                .isEmpty();
    }
}
