package dev.moodhoodkit.server.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the client of {@code moodhood.bootstrap.client-id} exists with the configured
 * secret, so a newcomer can get a client token at once. The embedded default prints the pair
 * ({@code moodhood.bootstrap.print=true}); production profiles should set their own secret and
 * keep it out of the log.
 */
@Component
class BootstrapClient implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapClient.class);

    @ConfigurationProperties("moodhood.bootstrap")
    record Properties(String clientId, String clientSecret, boolean print) {}

    private final Clients clients;
    private final Properties properties;

    BootstrapClient(Clients clients, Properties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            return;
        }
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            throw new IllegalStateException(
                    "moodhood.bootstrap.client-id is set but moodhood.bootstrap.client-secret is not");
        }
        var existing = clients.byClientId(properties.clientId());
        if (existing.isEmpty()) {
            try {
                clients.insert(properties.clientId(), properties.clientSecret(), null);
            } catch (DuplicateKeyException raced) {
                // another instance on the same database made it
            }
        } else if (!existing.get().secretMatches(properties.clientSecret())) {
            clients.setSecret(existing.get().id(), properties.clientSecret());
        }
        if (properties.print()) {
            log.info(
                    """

                    ==========================================================================
                     Bootstrap client (moodhood.bootstrap.*), for trying the API at once:
                       client_id     = {}
                       client_secret = {}
                     Get a client token:
                       curl -s -X POST http://localhost:<port>/v1/auth/token -H 'Content-Type: application/json' \\
                         -d '{"grant_type":"client_credentials","client_id":"{}","client_secret":"{}"}'
                    ==========================================================================""",
                    properties.clientId(),
                    properties.clientSecret(),
                    properties.clientId(),
                    properties.clientSecret());
        }
    }
}
