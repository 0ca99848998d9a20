package dev.moodhoodkit.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.moodhoodkit.server.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A write the embedded database acknowledged survives the process being killed (kill -9, no
 * shutdown hook): with the options of the server's default H2 URL, a child JVM commits rows one
 * by one and reports each commit, is killed, and every reported row must be in the file. With
 * H2's default write delay the last half-second of commits was lost (found by the benchmarks'
 * kill -9 run); {@code WRITE_DELAY=0} in application.yaml is what this test holds in place.
 */
class KilledProcessDurabilityTests {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void everyCommitAcknowledgedBeforeAKillIsInTheDatabaseFile() throws Exception {
        assumeFalse(TestDatabase.postgres(), "the embedded H2 default only");
        String url = "jdbc:h2:file:" + dataDir.resolve("moodhood").toAbsolutePath() + defaultH2Options();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE acked (id INT PRIMARY KEY, payload VARCHAR(200))");
        }

        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommittingWriter.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        int lastAcknowledged = -1;
        try (BufferedReader acks =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastAcknowledged < ACKNOWLEDGED_BEFORE_KILL && (line = acks.readLine()) != null) {
                assertThat(line).as("the writer's output").matches("\\d+");
                lastAcknowledged = Integer.parseInt(line);
            }
            writer.destroyForcibly(); // SIGKILL: nothing gets to flush
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(lastAcknowledged).isEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM acked WHERE id <= " + lastAcknowledged)) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("acknowledged commits found after the kill")
                    .isEqualTo(lastAcknowledged + 1);
        }
    }

    /** The options (;MODE=...;WRITE_DELAY=...) of the server's default datasource URL. */
    private static String defaultH2Options() throws Exception {
        try (InputStream yaml = KilledProcessDurabilityTests.class.getResourceAsStream("/application.yaml")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> first =
                    (Map<String, Object>) new Yaml().loadAll(yaml).iterator().next();
            @SuppressWarnings("unchecked")
            Map<String, Object> datasource =
                    (Map<String, Object>) ((Map<String, Object>) first.get("spring")).get("datasource");
            String url = datasource.get("url").toString();
            assertThat(url).startsWith("jdbc:h2:file:");
            return url.substring(url.indexOf(';'));
        }
    }

    /** The child process: commits rows 0, 1, 2... one per transaction, printing each id once committed. */
    public static final class CommittingWriter {

        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO acked (id, payload) VALUES (?, ?)")) {
                    for (int id = 0; ; id++) {
                        insert.setInt(1, id);
                        insert.setString(2, "row " + id);
                        insert.executeUpdate();
                        connection.commit();
                        System.out.println(id);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
