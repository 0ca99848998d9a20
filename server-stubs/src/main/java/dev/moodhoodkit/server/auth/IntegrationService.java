package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own integration client and personal tokens (the account's Integration section). */
@Service
class IntegrationService {

    private static final int SECRET_LENGTH = 32;
    private static final int PERSONAL_TOKEN_LENGTH = 43;

    /** A client with its secret, shown once when it is made or renewed. */
    record Credentials(String clientId, String clientSecret, OffsetDateTime createdAt) {}

    /** A new personal token with its value, shown once. */
    record NewPersonalToken(String id, String name, Instant createdAt, String token) {}

    private final Clients clients;
    private final PersonalTokens personalTokens;
    private final Clock clock;

    IntegrationService(Clients clients, PersonalTokens personalTokens, Clock clock) {
        this.clients = clients;
        this.personalTokens = personalTokens;
        this.clock = clock;
    }

    Clients.Client client(Caller.User user) {
        return clients.byOwner(user.userId())
                .orElseThrow(() ->
                        ProblemException.notFound("You have no client yet: POST /v1/integration/client makes one."));
    }

    @Transactional
    Credentials createClient(Caller.User user) {
        if (clients.byOwner(user.userId()).isPresent()) {
            throw ProblemException.conflict(
                    "client-exists",
                    "Client exists",
                    "You already have a client; PUT /v1/integration/client/refresh-secret makes a new secret.");
        }
        String secret = Ids.randomAlphanumeric(SECRET_LENGTH);
        try {
            Clients.Client client = clients.insert("c-" + user.userId(), secret, user.userId());
            return new Credentials(client.clientId(), secret, client.createdAt());
        } catch (DuplicateKeyException raced) {
            throw ProblemException.conflict("client-exists", "Client exists", "You already have a client.");
        }
    }

    @Transactional
    Credentials refreshSecret(Caller.User user) {
        Clients.Client client = client(user);
        String secret = Ids.randomAlphanumeric(SECRET_LENGTH);
        clients.setSecret(client.id(), secret);
        return new Credentials(client.clientId(), secret, client.createdAt());
    }

    List<PersonalTokens.Token> personalTokens(Caller.User user, int limit, int offset) {
        return personalTokens.list(user.userId(), limit, offset);
    }

    long personalTokenCount(Caller.User user) {
        return personalTokens.count(user.userId());
    }

    NewPersonalToken createPersonalToken(Caller.User user, String name) {
        String id = Ids.newId();
        String token = PersonalTokens.PREFIX + Ids.randomAlphanumeric(PERSONAL_TOKEN_LENGTH);
        Instant now = clock.instant();
        personalTokens.insert(id, user.userId(), name, token, now);
        return new NewPersonalToken(id, name, now, token);
    }

    void deletePersonalToken(Caller.User user, String tokenId) {
        if (!personalTokens.delete(user.userId(), tokenId)) {
            throw ProblemException.notFound("personal token", tokenId);
        }
    }
}
