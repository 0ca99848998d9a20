package dev.moodhoodkit.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outside the embedded default (the {@code production} and {@code postgres} profiles) there is
 * no bootstrap client unless one is configured, and a server configured with a secret published
 * with the kit does not start.
 */
@ExtendWith(DatabaseAvailable.class)
class ProductionDefaultsTests {

    private static final String PUBLISHED_SECRET = "KitDemoSecret0000ChangeMe0000000";

    private static Map<String, Object> production(String profile, String... settings) {
        Map<String, Object> properties = new LinkedHashMap<>(TestDatabase.fresh());
        properties.put("spring.profiles.active", profile);
        properties.put(ApiTest.NO_WEBHOOK_DELIVERY.split("=")[0], "false");
        for (int i = 0; i + 1 < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "postgres"})
    void profilesOutsideTheEmbeddedDefaultMakeNoDemoClient(String profile) {
        try (ServerInstance server = ServerInstance.start(production(profile))) {
            server.api()
                    .post(
                            "/v1/auth/token",
                            null,
                            ApiTest.Accounts.grant("kit-demo", PUBLISHED_SECRET, "client_credentials"))
                    .assertStatus(401);
        }
    }

    @Test
    void productionProfileMakesTheConfiguredClient() {
        String secret = "a-secret-of-our-own-0123456789abcdef";
        try (ServerInstance server = ServerInstance.start(production(
                "production", "moodhood.bootstrap.client-id", "our-app", "moodhood.bootstrap.client-secret", secret))) {
            assertThat(ApiTest.Accounts.clientToken(server.api(), "our-app", secret))
                    .isNotBlank();
        }
    }

    @Test
    void productionProfileRefusesThePublishedBootstrapSecret() {
        assertThatThrownBy(() -> ServerInstance.start(production(
                                "production",
                                "moodhood.bootstrap.client-id",
                                "kit-demo",
                                "moodhood.bootstrap.client-secret",
                                PUBLISHED_SECRET))
                        .close())
                .hasStackTraceContaining("moodhood.bootstrap.client-secret hold a secret published with the kit");
    }

    @Test
    void productionProfileRefusesThePublishedSecretAsJwtKey() {
        assertThatThrownBy(() -> ServerInstance.start(production(
                                "postgres,production",
                                "moodhood.auth.jwt-secret",
                                java.util.Base64.getEncoder().encodeToString(PUBLISHED_SECRET.getBytes())))
                        .close())
                .hasStackTraceContaining("moodhood.auth.jwt-secret hold a secret published with the kit");
    }

    @Test
    void productionProfileRefusesAClientLeftWithThePublishedSecret() {
        Map<String, Object> database = TestDatabase.fresh();
        Map<String, Object> embedded = new LinkedHashMap<>(database);
        embedded.put(ApiTest.NO_WEBHOOK_DELIVERY.split("=")[0], "false");
        // The embedded default made kit-demo; then the same database is started for production.
        ServerInstance.start(embedded).close();
        Map<String, Object> later = production("production");
        later.putAll(database);
        assertThatThrownBy(() -> ServerInstance.start(later).close())
                .hasStackTraceContaining("kit-demo")
                .hasStackTraceContaining("in the database have the secret published with the kit");
        TestDatabase.drop(String.valueOf(database.get("spring.flyway.schemas")));
    }
}
