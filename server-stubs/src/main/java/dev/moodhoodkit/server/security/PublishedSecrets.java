package dev.moodhoodkit.server.security;

import dev.moodhoodkit.server.common.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a server that would accept a secret anyone can read in this repository (the
 * README, the guide, application.yaml): the demo client's secret as the bootstrap client's or as
 * the JWT key, or a client left in the database with that secret by an earlier start. It is on
 * wherever {@code moodhood.security.refuse-published-secrets} is true, which the {@code postgres}
 * and {@code production} profiles set; the embedded default keeps the demo client for trying the
 * API on one's own machine.
 */
@Component
class PublishedSecrets implements InitializingBean {

    /** The secrets this repository publishes; a server that accepts one is open to everybody. */
    static final Set<String> PUBLISHED = Set.of("KitDemoSecret0000ChangeMe0000000", "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4");

    private static final List<String> SECRET_SETTINGS = List.of(
            "moodhood.bootstrap.client-secret",
            "moodhood.bootstrap.spec-example.client-secret",
            "moodhood.auth.jwt-secret",
            "moodhood.security.metrics-token");

    private final Environment environment;
    private final JdbcClient jdbc;
    private final boolean refuse;

    PublishedSecrets(
            Environment environment,
            JdbcClient jdbc,
            @Value("${moodhood.security.refuse-published-secrets:false}") boolean refuse) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.refuse = refuse;
    }

    @Override
    public void afterPropertiesSet() {
        if (!refuse) {
            return;
        }
        List<String> published = new ArrayList<>();
        for (String setting : SECRET_SETTINGS) {
            String value = environment.getProperty(setting);
            if (value != null && isPublished(value.trim())) {
                published.add(setting);
            }
        }
        if (!published.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join(" and ", published)
                    + " hold a secret published with the kit. Set your own (see docs/security.md,"
                    + " the production checklist).");
        }
        List<String> clients = PUBLISHED.stream()
                .flatMap(secret -> jdbc
                        .sql("SELECT client_id FROM clients WHERE secret_hash = ?")
                        .param(Hashes.sha256(secret))
                        .query(String.class)
                        .list()
                        .stream())
                .toList();
        if (!clients.isEmpty()) {
            throw new IllegalStateException("Refusing to start: the client(s) " + clients
                    + " in the database have the secret published with the kit (made by an earlier start"
                    + " with the demo defaults). Delete them or give them a secret of your own.");
        }
    }

    /** The value itself, or its base64 form (a JWT key is given in base64). */
    private static boolean isPublished(String value) {
        return PUBLISHED.stream()
                .anyMatch(secret -> secret.equals(value)
                        || java.util.Base64.getEncoder()
                                .encodeToString(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .equals(value));
    }
}
