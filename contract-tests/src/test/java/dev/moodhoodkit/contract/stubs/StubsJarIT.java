package dev.moodhoodkit.contract.stubs;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.standalone.WireMockServerRunner;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.ValidationException;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.FieldError;
import dev.moodhoodkit.client.model.Space;
import dev.moodhoodkit.stubs.wiremock.RequestValidationProblems;
import feign.Request;
import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged stubs jar used the two ways docs/contract-testing.md shows: on the classpath of
 * a JUnit 5 test with WireMockExtension, and unpacked for WireMock standalone's
 * {@code --root-dir}. Failsafe puts the jar built in this module on the classpath.
 */
class StubsJarIT {

    /** As in docs/contract-testing.md: the jar's moodhood-stubs folder and its extension. */
    @RegisterExtension
    static WireMockExtension moodhood = WireMockExtension.newInstance()
            .options(wireMockConfig()
                    .dynamicPort()
                    .usingFilesUnderClasspath("moodhood-stubs")
                    .extensions(new RequestValidationProblems()))
            .build();

    @Test
    void theStubsJarOnTheClasspathAnswersTheFacade() {
        try (MoodhoodClient client = MoodhoodClient.builder()
                .baseUrl(moodhood.baseUrl() + "/v1")
                .personalToken("any-token-will-do")
                .build()) {
            Space space = client.spaces().getSpace("60d55c0eb9ef88ab17b0aabb");

            assertThat(space.getName()).isEqualTo("Design school");
        }
    }

    @Test
    void theXStubCaseHeaderPicksAnErrorStub() {
        ApacheHttp5Client http = new ApacheHttp5Client();
        try (MoodhoodClient client = MoodhoodClient.builder()
                .baseUrl(moodhood.baseUrl() + "/v1")
                .personalToken("any-token-will-do")
                .retryPolicy(RetryPolicy.NONE)
                .httpClient((request, options) -> http.execute(withCase(request, "not-found"), options))
                .build()) {
            assertThatThrownBy(() -> client.spaces().getSpace("60d55c0eb9ef88ab17b0aabb"))
                    .isInstanceOfSatisfying(
                            NotFoundException.class,
                            e -> assertThat(e.requestId()).isEqualTo("0f3c9d7e2b1a4c5d"));
        }
    }

    @Test
    void theUnpackedJarServesWireMockStandalone(@TempDir Path dir) throws Exception {
        unpack(stubsJar(), dir);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WireMockServerRunner standalone = new WireMockServerRunner();
        // As in docs/contract-testing.md: java -cp wiremock-standalone.jar:<stubs jar> wiremock.Run
        // --port ... --root-dir <unpacked>/moodhood-stubs --extensions ...RequestValidationProblems
        standalone.run(
                "--port",
                String.valueOf(port),
                "--root-dir",
                dir.resolve("moodhood-stubs").toString(),
                "--extensions",
                RequestValidationProblems.class.getName(),
                "--disable-banner");
        try (MoodhoodClient client = MoodhoodClient.builder()
                .baseUrl("http://localhost:" + port + "/v1")
                .personalToken("any-token-will-do")
                .build()) {
            assertThat(client.rooms()
                            .getRoom("60d55c0eb9ef88ab17b0aabb", "60d55c4fb9ef88ab17b0aabd")
                            .getAlias())
                    .isEqualTo("EGBYWoMZJe");
            ValidationException invalid = catchThrowableOfType(
                    ValidationException.class, () -> client.spaces().createSpace(new CreateSpaceRequest().name("")));
            assertThat(invalid.fieldErrors()).extracting(FieldError::getField).containsExactly("name");
        } finally {
            standalone.stop();
        }
    }

    private static Path stubsJar() {
        String classpath = System.getProperty("java.class.path");
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> entry.endsWith("-stubs.jar"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the stubs jar is not on the classpath: " + classpath));
    }

    private static void unpack(Path jar, Path dir) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private static Request withCase(Request request, String stubCase) {
        var headers = new LinkedHashMap<>(request.headers());
        headers.put(StubNames.CASE_HEADER, List.of(stubCase));
        return Request.create(
                request.httpMethod(),
                request.url(),
                headers,
                request.body(),
                request.charset(),
                request.requestTemplate());
    }
}
