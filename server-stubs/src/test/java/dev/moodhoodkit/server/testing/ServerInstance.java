package dev.moodhoodkit.server.testing;

import dev.moodhoodkit.server.MoodhoodServerApplication;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole server started by the test itself, on a random port and the database the test
 * chooses ({@link TestDatabase#shared}, {@link TestDatabase#h2File}): for restarts (close one,
 * start another on the same database) and for several instances on one database. Outside
 * Spring's test context cache on purpose: each is a separate process-like server.
 */
public final class ServerInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;

    private ServerInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api(port());
    }

    /** Starts a server on {@code database} (datasource properties). */
    public static ServerInstance start(Map<String, Object> database) {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("server.port", "0");
        properties.put("moodhood.bootstrap.print", "false");
        properties.put("spring.main.banner-mode", "off");
        // As command-line arguments: they outrank application.yaml (builder properties would not).
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplicationBuilder(MoodhoodServerApplication.class).build();
        return new ServerInstance(application.run(args));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public Api api() {
        return api;
    }

    public String property(String name) {
        return context.getEnvironment().getRequiredProperty(name);
    }

    /**
     * Whether the server really runs on {@code database} (as its pool reports it), not on the
     * default ./data file nor on another test's database: same URL (without options) and, on
     * PostgreSQL, the same schema.
     */
    public boolean runsOn(Map<String, Object> database) {
        String expected = database.get("spring.datasource.url").toString().split("[;?]")[0];
        try (Connection connection = bean(DataSource.class).getConnection()) {
            boolean sameUrl = connection.getMetaData().getURL().split("[;?]")[0].equals(expected);
            Object schema = database.get("spring.flyway.schemas");
            return sameUrl && (schema == null || schema.equals(connection.getSchema()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A client token of the bootstrap client. */
    public String clientToken() {
        return ApiTest.Accounts.clientToken(
                api, property("moodhood.bootstrap.client-id"), property("moodhood.bootstrap.client-secret"));
    }

    /** A new user with a user token. */
    public TestUser newUser(String clientToken) {
        return ApiTest.Accounts.newUser(
                api,
                clientToken,
                property("moodhood.bootstrap.client-id"),
                property("moodhood.bootstrap.client-secret"));
    }

    /** A token request body for the bootstrap client. */
    public Map<String, String> grant(String grantType, String... fields) {
        return ApiTest.Accounts.grant(
                property("moodhood.bootstrap.client-id"),
                property("moodhood.bootstrap.client-secret"),
                grantType,
                fields);
    }

    @Override
    public void close() {
        context.close();
    }
}
