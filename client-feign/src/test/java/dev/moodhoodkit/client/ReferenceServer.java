package dev.moodhoodkit.client;

import dev.moodhoodkit.server.MoodhoodServerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reference server ({@code server-stubs}), started in this JVM on a free port with an
 * in-memory H2 database, once for all the end-to-end test classes of a run
 * ({@code @ExtendWith(ReferenceServer.class)}) and stopped when the run ends.
 *
 * <p>Access tokens live {@link #ACCESS_TOKEN_TTL} only, so that the client's token renewal is
 * exercised by waiting a few seconds; every call of every test goes through it.
 */
final class ReferenceServer implements BeforeAllCallback {

    /** The bootstrap client that the server creates at start. */
    static final String CLIENT_ID = "kit-e2e";

    static final String CLIENT_SECRET = "KitE2eSecret00000000000000000000";

    static final Duration ACCESS_TOKEN_TTL = Duration.ofSeconds(3);

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes what it holds when the whole test run ends.
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(ReferenceServer.class, key -> Running.start(), Running.class);
    }

    /** The API's base URL, e.g. {@code http://localhost:41234/v1}. */
    static String baseUrl() {
        return running().baseUrl;
    }

    /** Where the server looks for record files ({@code <recordId>.mp4}). */
    static Path recordsDir() {
        return running().recordsDir;
    }

    private static Running running() {
        if (running == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(ReferenceServer.class)");
        }
        return running;
    }

    /** A started server and what to clean up after it. */
    private static final class Running implements AutoCloseable {

        final ConfigurableApplicationContext context;
        final String baseUrl;
        final Path recordsDir;

        private Running(ConfigurableApplicationContext context, String baseUrl, Path recordsDir) {
            this.context = context;
            this.baseUrl = baseUrl;
            this.recordsDir = recordsDir;
        }

        static Running start() {
            Path recordsDir;
            try {
                recordsDir = Files.createTempDirectory("moodhood-e2e-records");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // As command-line arguments: they outrank the server's application.yaml (default
            // properties given to the builder would not).
            ConfigurableApplicationContext context = new SpringApplicationBuilder(MoodhoodServerApplication.class)
                    .bannerMode(Banner.Mode.OFF)
                    .run(
                            "--server.port=0",
                            // A database of its own per run; DB_CLOSE_DELAY keeps it between connections.
                            "--spring.datasource.url=jdbc:h2:mem:client-e2e-" + UUID.randomUUID()
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "--moodhood.bootstrap.client-id=" + CLIENT_ID,
                            "--moodhood.bootstrap.client-secret=" + CLIENT_SECRET,
                            "--moodhood.bootstrap.print=false",
                            "--moodhood.auth.access-token-ttl=" + ACCESS_TOKEN_TTL.toSeconds() + "s",
                            // The tests register webhooks at https://example.com/...: never call them.
                            "--moodhood.webhooks.delivery.enabled=false",
                            "--moodhood.records.storage-dir=" + recordsDir);
            String port = context.getEnvironment().getRequiredProperty("local.server.port");
            return new Running(context, "http://localhost:" + port + "/v1", recordsDir);
        }

        @Override
        public void close() throws IOException {
            context.close();
            try (Stream<Path> files = Files.walk(recordsDir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
