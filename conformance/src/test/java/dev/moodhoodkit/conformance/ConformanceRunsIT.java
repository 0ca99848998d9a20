package dev.moodhoodkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.MoodhoodServerApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged runner ({@code target/moodhood-conformance.jar}, started as users start it)
 * against one reference server started here: green on the full spec with every operation
 * exercised, green on the mirror, red against a drifted copy of the server with the operation
 * and the field named, and stopped by its request budget.
 */
class ConformanceRunsIT {

    private static final String CLIENT_ID = "kit-demo";
    private static final String CLIENT_SECRET = "KitDemoSecret0000ChangeMe0000000";
    private static final Path REPORTS = Path.of("target", "conformance-runs");

    private static ConfigurableApplicationContext server;
    private static int port;

    /** What one run of the jar printed and answered. */
    record Result(int exit, String output, Path reportDir) {
        String junit() throws IOException {
            return Files.readString(reportDir.resolve("junit.xml"));
        }
    }

    @BeforeAll
    static void startServer() {
        String database = "jdbc:h2:mem:conformance-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        server = new SpringApplicationBuilder(MoodhoodServerApplication.class)
                .build()
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + database,
                        "--moodhood.bootstrap.client-id=" + CLIENT_ID,
                        "--moodhood.bootstrap.client-secret=" + CLIENT_SECRET,
                        "--moodhood.bootstrap.print=false",
                        "--moodhood.records.storage-dir=target/records",
                        "--spring.main.banner-mode=off");
        port = Integer.parseInt(server.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theReferenceServerConformsToTheFullSpecWithEveryOperationExercised() throws Exception {
        Result run = run("full", port, "--spec", "full");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("The deployment conforms to openapi/openapi.yaml");
        assertThat(run.output()).doesNotContainPattern("(?m)^\\w+ +no ").doesNotContain("FAIL");
        String junit = run.junit();
        assertThat(junit).contains("failures=\"0\"").contains("skipped=\"0\"");
        assertThat(junit).containsPattern("tests=\"(4[4-9]|[5-9][0-9])\"");
        assertThat(Files.readString(run.reportDir().resolve("report.md"))).contains("**conforms**");
    }

    @Test
    void theReferenceServerConformsToTheMirror() throws Exception {
        Result run = run("mirror", port, "--spec", "mirror");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("The deployment conforms to openapi/openapi-mirror.yaml");
        assertThat(run.output()).doesNotContainPattern("(?m)^\\w+ +no ").doesNotContain("FAIL");
        // The mirror's walk never calls an extension: the deletes, for one, are not MoodHood's.
        assertThat(run.output()).doesNotContain("deleteSpace").contains("left behind: space ");
    }

    @Test
    void aServerThatRenamedOneFieldFailsNamingTheOperationAndTheField() throws Exception {
        try (DriftingProxy drifted = new DriftingProxy(port)) {
            Result run = run("drifted", drifted.port(), "--spec", "full");
            assertThat(run.exit()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("does NOT conform");
            assertThat(run.output()).containsPattern("createRoom +yes \\(1\\) +201 +FAIL: .*\"(roomAlias|alias)\"");
            assertThat(run.output())
                    .contains("VIOLATION createRoom: Object has missing required properties ([\"alias\"])")
                    .contains(
                            "VIOLATION createRoom: Object instance has properties which are not allowed by the schema: [\"roomAlias\"]");
            // Only the drifted answer fails.
            assertThat(run.output().lines().filter(line -> line.contains("FAIL")))
                    .hasSize(1);
            assertThat(run.junit()).contains("failures=\"1\"");
        }
    }

    @Test
    void theRequestBudgetStopsTheWalk() throws Exception {
        Result run = run("budget", port, "--max-requests", "8");
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("the request budget (--max-requests 8) is spent");
        assertThat(run.output()).contains("does NOT conform to openapi/openapi.yaml (8 requests)");
        assertThat(run.output()).containsPattern("createRoom +no +- +FAIL: not exercised");
    }

    private static Result run(String name, int targetPort, String... options) throws Exception {
        Path reportDir = REPORTS.resolve(name);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("moodhood.conformance.jar", "target/moodhood-conformance.jar"),
                "--base-url",
                "http://127.0.0.1:" + targetPort + "/v1",
                "--client-id",
                CLIENT_ID,
                "--client-secret",
                CLIENT_SECRET,
                "--rate",
                "200/s",
                "--prefix",
                "mhconf-it",
                "--report-dir",
                reportDir.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("--- conformance run " + name + " ---\n" + text);
        return new Result(process.exitValue(), text, reportDir);
    }
}
