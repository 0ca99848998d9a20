package dev.moodhoodkit.server.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the server tests run on, and the datasource properties of each kind.
 * <ul>
 *   <li>By default an in-memory H2 in PostgreSQL mode, one per Spring context.</li>
 *   <li>With {@code -Dmoodhood.test.db=postgres} (or env {@code MOODHOOD_TEST_DB=postgres}) the
 *       PostgreSQL at env {@code MOODHOOD_TEST_PG_URL} (user and password from
 *       {@code MOODHOOD_TEST_PG_USER} / {@code MOODHOOD_TEST_PG_PASSWORD}, default
 *       {@code moodhood}); each context gets a schema of its own, dropped when it closes, so
 *       runs never see each other's rows.</li>
 * </ul>
 */
public final class TestDatabase {

    public static final String SELECTOR = "moodhood.test.db";

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TestDatabase() {}

    /** True when this run targets PostgreSQL. */
    public static boolean postgres() {
        String selected = System.getProperty(SELECTOR, env("MOODHOOD_TEST_DB").orElse("h2"));
        return "postgres".equals(selected.toLowerCase(Locale.ROOT));
    }

    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty("moodhood.test.pg.url")).or(() -> env("MOODHOOD_TEST_PG_URL"));
    }

    /** CI sets {@code MOODHOOD_TEST_PG_REQUIRED=true}: there a missing PostgreSQL fails instead of skipping. */
    static boolean postgresRequired() {
        return env("MOODHOOD_TEST_PG_REQUIRED").map(Boolean::parseBoolean).orElse(false);
    }

    /** Properties of a database no other context sees. */
    public static Map<String, Object> fresh() {
        return shared("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /**
     * Properties of the database called {@code name}: every context given the same name in this
     * JVM shares it (an in-memory H2 kept open until the JVM ends, or one PostgreSQL schema).
     */
    public static Map<String, Object> shared(String name) {
        if (!postgres()) {
            return datasource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
        }
        String url = postgresUrl().orElseThrow(() -> new IllegalStateException("MOODHOOD_TEST_PG_URL is not set"));
        Map<String, Object> properties =
                datasource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, pgUser(), pgPassword());
        // Flyway creates the schema and keeps its history there.
        properties.put("spring.flyway.schemas", name);
        return properties;
    }

    /** Properties of an H2 file database in {@code directory}, as the embedded default runs. */
    public static Map<String, Object> h2File(Path directory) {
        return datasource("jdbc:h2:file:" + directory.resolve("moodhood").toAbsolutePath() + H2_OPTIONS, "sa", "");
    }

    /** Drops a PostgreSQL schema made by {@link #shared(String)}; nothing on H2. */
    public static void drop(String name) {
        if (!postgres()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl().orElseThrow(), pgUser(), pgPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + name, e);
        }
    }

    private static Map<String, Object> datasource(String url, String user, String password) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        return properties;
    }

    private static String pgUser() {
        return env("MOODHOOD_TEST_PG_USER").orElse("moodhood");
    }

    private static String pgPassword() {
        return env("MOODHOOD_TEST_PG_PASSWORD").orElse("moodhood");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    /**
     * Gives each Spring test context a database of its own ({@link #fresh()}), fixed when the
     * context starts; a PostgreSQL schema is dropped when the context closes.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = fresh();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("moodhood-test-database", properties));
            Object schema = properties.get("spring.flyway.schemas");
            if (schema != null) {
                context.addApplicationListener(event -> {
                    if (event instanceof ContextClosedEvent) {
                        drop(schema.toString());
                    }
                });
            }
        }
    }
}
