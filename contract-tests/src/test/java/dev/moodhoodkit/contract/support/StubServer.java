package dev.moodhoodkit.contract.support;

import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.moodhoodkit.stubs.wiremock.RequestValidationProblems;
import dev.moodhoodkit.testsupport.SpecValidation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * WireMock loaded with the generated stubs (target/stubs), their extension and the spec's validation listener,
 * which checks every request it receives and every response it gives against the spec. The
 * listener needs a {@link WireMockServer}: WireMockExtension has no hook for it.
 */
public final class StubServer implements AutoCloseable {

    private final WireMockServer server;
    private final OpenApiValidationListener listener;

    private StubServer(WireMockServer server, OpenApiValidationListener listener) {
        this.server = server;
        this.listener = listener;
    }

    public static StubServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .usingFilesUnderDirectory(ContractFiles.stubsDir().toString())
                .extensions(new RequestValidationProblems()));
        OpenApiValidationListener listener = new OpenApiValidationListener(SpecValidation.validator());
        server.addMockServiceRequestListener(listener);
        server.start();
        return new StubServer(server, listener);
    }

    /** {@code http://localhost:<port>/v1}: what a client takes as its base URL. */
    public String baseUrl() {
        return server.baseUrl() + ContractFiles.spec().basePath();
    }

    /** The server itself, for tests that add a stub of their own. */
    public WireMockServer wireMock() {
        return server;
    }

    public int mappingCount() {
        return server.getStubMappings().size();
    }

    /** Forgets what was received and validated so far. */
    public void reset() {
        listener.reset();
        server.resetRequests();
    }

    /** What the spec says about the exchanges since {@link #reset()}: empty when all is well. */
    public String specViolations() {
        return SpecValidation.hasErrors(listener.getReport()) ? SpecValidation.describe(listener.getReport()) : "";
    }

    /** Requests no stub matched, with WireMock's nearest misses; empty when every request matched. */
    public String unmatchedRequests() {
        return server.findAllUnmatchedRequests().stream()
                .map(r -> r.getMethod() + " " + r.getUrl() + " -> nearest: "
                        + server.findNearMissesFor(r).stream()
                                .limit(1)
                                .map(n -> n.getStubMapping() == null
                                        ? "none"
                                        : n.getStubMapping().getName())
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /** The stubs that answered since {@link #reset()}, oldest first. */
    public List<ServeEvent> served() {
        List<ServeEvent> events = new java.util.ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events;
    }

    /** The operationId in the metadata of the stub that answered an exchange. */
    public static String operationOf(ServeEvent event) {
        if (event.getStubMapping() == null || event.getStubMapping().getMetadata() == null) {
            return null;
        }
        return event.getStubMapping().getMetadata().getString("operationId");
    }

    @Override
    public void close() {
        server.stop();
    }
}
