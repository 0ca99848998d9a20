package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.PublicUrl;
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
 * keep it out of the log. The embedded default also makes the client of the spec's token
 * examples ({@code moodhood.bootstrap.spec-example.*}: MoodHood's guide's {@code john-smith}),
 * so that Swagger UI's "Try it out" of {@code POST /auth/token} works as written; the
 * {@code postgres} and {@code production} profiles leave it out.
 */
@Component
class BootstrapClient implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapClient.class);

    @ConfigurationProperties("moodhood.bootstrap")
    record Properties(String clientId, String clientSecret, boolean print, Pair specExample) {}

    /** A client id and secret. */
    record Pair(String clientId, String clientSecret) {}

    private final Clients clients;
    private final Properties properties;
    private final PublicUrl publicUrl;

    BootstrapClient(Clients clients, Properties properties, PublicUrl publicUrl) {
        this.clients = clients;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.specExample() != null) {
            ensure(properties.specExample().clientId(), properties.specExample().clientSecret());
        }
        if (!ensure(properties.clientId(), properties.clientSecret())) {
            return;
        }
        if (properties.print()) {
            log.info(
                    """

                    ==========================================================================
                     Bootstrap client (moodhood.bootstrap.*), for trying the API at once:
                       client_id     = {}
                       client_secret = {}
                     Get a client token:
                       curl -s -X POST {}/v1/auth/token -H 'Content-Type: application/json' \\
                         -d '{"grant_type":"client_credentials","client_id":"{}","client_secret":"{}"}'
                    ==========================================================================""",
                    properties.clientId(),
                    properties.clientSecret(),
                    publicUrl.base(),
                    properties.clientId(),
                    properties.clientSecret());
        }
    }

    /** Makes the client, or resets its secret; false when no client id is configured. */
    private boolean ensure(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank()) {
            return false;
        }
        var existing = clients.byClientId(clientId);
        if (existing.isEmpty()) {
            try {
                clients.insert(clientId, clientSecret, null);
            } catch (DuplicateKeyException raced) {
                // another instance on the same database made it
            }
        } else if (!existing.get().secretMatches(clientSecret)) {
            clients.setSecret(existing.get().id(), clientSecret);
        }
        return true;
    }
}
