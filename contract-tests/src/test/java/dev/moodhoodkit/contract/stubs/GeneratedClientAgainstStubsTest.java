package dev.moodhoodkit.contract.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import feign.FeignException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated Feign client against the generated stubs, for every operation of the spec:
 * its success stub decodes into the client's models without losing or changing a field, and
 * each declared error stub reaches the caller as that status. Every exchange passes the spec's
 * validation listener and matches a stub (WireMock's "no match" fails the test).
 */
class GeneratedClientAgainstStubsTest {

    private static final ApiSpec SPEC = ContractFiles.spec();
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiYWNjZXNzVG9rZW4ifQ.c2lnbmF0dXJl";

    private static StubServer stubs;
    private static GeneratedClient.Apis client;
    /** The X-Stub-Case of the next call, or none. */
    private static volatile String stubCase;

    @BeforeAll
    static void start() {
        stubs = StubServer.start();
        client = GeneratedClient.connect(stubs.baseUrl(), () -> TOKEN,
                () -> stubCase == null ? Map.of() : Map.of(StubNames.CASE_HEADER, stubCase));
    }

    @AfterAll
    static void stop() {
        stubs.close();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationThroughTheGeneratedClient() {
        return SPEC.operations().stream().map(op -> dynamicContainer(op.operationId(), Stream.concat(
                Stream.of(dynamicTest("success decodes the example", () -> success(op))),
                op.responses().stream().filter(r -> !r.isSuccess()).map(r -> dynamicTest(
                        r.status() + " reaches the caller", () -> failure(op, r))))));
    }

    private void success(SpecOperation op) throws Exception {
        ClientCalls.Call call = call(op);
        SpecOperation.Response expected = op.responses().stream().filter(SpecOperation.Response::isSuccess)
                .findFirst().orElseThrow();
        stubCase = null;
        stubs.reset();

        Object result = call.invoke(client);

        checkExchange(op, expected.status());
        String bodyFile = StubNames.fileBase(op, expected);
        Path json = ContractFiles.stubsDir().resolve("__files").resolve(bodyFile + ".json");
        Path text = ContractFiles.stubsDir().resolve("__files").resolve(bodyFile + ".txt");
        if (Files.exists(json)) {
            ObjectMapper mapper = client.objectMapper();
            JsonNode answered = mapper.readTree(json.toFile());
            // Written out and read back, so that numbers compare by value (a long 0 is an int 0 in JSON).
            assertThat(mapper.readTree(mapper.writeValueAsString(result))).as("%s: what the client decoded, written back as JSON",
                    op.displayName()).isEqualTo(answered);
        } else if (Files.exists(text)) {
            assertThat(String.valueOf(result)).as(op.displayName()).isEqualTo(Files.readString(text).trim());
        } else {
            assertThat(result).as("%s answers no body", op.displayName()).isNull();
        }
    }

    private void failure(SpecOperation op, SpecOperation.Response response) throws IOException {
        ClientCalls.Call call = call(op);
        stubCase = StubNames.caseOf(op, response);
        stubs.reset();
        try {
            assertThatThrownBy(() -> call.invoke(client)).as(op.displayName())
                    .isInstanceOfSatisfying(FeignException.class, e -> {
                        assertThat(e.status()).isEqualTo(response.status());
                        assertThat(body(e)).as("the problem body reaches the caller").isNotBlank();
                    });
        } finally {
            stubCase = null;
        }
        checkExchange(op, response.status());
    }

    /**
     * The answer's body. Feign's default error decoder turns an answer with Retry-After (429)
     * into a RetryableException that keeps the body only on its cause.
     */
    private static String body(FeignException e) {
        if (e.contentUTF8().isBlank() && e.getCause() instanceof FeignException cause) {
            return cause.contentUTF8();
        }
        return e.contentUTF8();
    }

    private static ClientCalls.Call call(SpecOperation op) {
        ClientCalls.Call call = ClientCalls.BY_OPERATION.get(op.operationId());
        assertThat(call).as("ClientCalls has no call of %s: add one", op.displayName()).isNotNull();
        return call;
    }

    /** Exactly one exchange, answered by a stub of this operation, with the status, inside the spec. */
    private static void checkExchange(SpecOperation op, int status) {
        assertThat(stubs.unmatchedRequests()).as("%s: requests no stub matched", op.displayName()).isEmpty();
        List<String> answeredBy = stubs.served().stream().map(StubServer::operationOf).toList();
        assertThat(answeredBy).as("%s: stubs that answered", op.displayName()).containsExactly(op.operationId());
        assertThat(stubs.served().get(0).getResponse().getStatus()).isEqualTo(status);
        assertThat(stubs.specViolations()).as("%s: exchange against the spec", op.displayName()).isEmpty();
    }
}
