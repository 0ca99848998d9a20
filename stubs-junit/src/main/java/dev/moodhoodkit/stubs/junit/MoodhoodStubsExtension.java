package dev.moodhoodkit.stubs.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.stubs.wiremock.RequestValidationProblems;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** What {@link MoodhoodStubs} does: see there. */
public final class MoodhoodStubsExtension implements BeforeAllCallback, ParameterResolver {

    /** Where the stubs jar keeps its WireMock root (mappings/, __files/) on the classpath. */
    static final String STUBS_ON_CLASSPATH = "moodhood-stubs";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MoodhoodStubsExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(StubsServer.class, key -> StubsServer.start(), StubsServer.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MoodhoodClient.class || (type == String.class && parameter.isAnnotated(StubsBaseUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        StubsServer server = context.getStore(NAMESPACE).get(StubsServer.class, StubsServer.class);
        if (server == null) {
            throw new ParameterResolutionException("@MoodhoodStubs must be on the test class");
        }
        if (parameter.getParameter().getType() == String.class) {
            return server.baseUrl();
        }
        var builder = MoodhoodClient.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.NONE);
        if (parameter.isAnnotated(WithoutToken.class)) {
            // The facade always sends its token: the transport takes it off again.
            builder.personalToken("removed-before-sending").httpClient(new WithoutAuthorization());
        } else {
            builder.personalToken(token(context));
        }
        ClosedAfterTest client = new ClosedAfterTest(builder.build());
        context.getStore(NAMESPACE).put(client, client);
        return client.client;
    }

    private static String token(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, MoodhoodStubs.class))
                .map(MoodhoodStubs::token)
                .orElse("stub-token");
    }

    /** WireMock with the stubs, stopped when the test class is done. */
    @SuppressWarnings("deprecation") // CloseableResource: what JUnit 5 before 5.13 closes
    private static final class StubsServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        private final WireMockServer server;

        private StubsServer(WireMockServer server) {
            this.server = server;
        }

        static StubsServer start() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                    .dynamicPort()
                    .bindAddress("127.0.0.1")
                    .usingFilesUnderClasspath(STUBS_ON_CLASSPATH)
                    .extensions(new RequestValidationProblems()));
            server.start();
            return new StubsServer(server);
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.port() + "/v1";
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    /** An injected client, closed when its test is done. */
    @SuppressWarnings("deprecation")
    private static final class ClosedAfterTest implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        final MoodhoodClient client;

        ClosedAfterTest(MoodhoodClient client) {
            this.client = client;
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
