package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.IntegrationApi;
import dev.moodhoodkit.server.api.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.server.api.model.CreatedPersonalToken;
import dev.moodhoodkit.server.api.model.IntegrationClient;
import dev.moodhoodkit.server.api.model.IntegrationClientCredentials;
import dev.moodhoodkit.server.api.model.PersonalToken;
import dev.moodhoodkit.server.api.model.PersonalTokenList;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The account's Integration section: the caller's own client and personal tokens. */
@RestController
class IntegrationController implements IntegrationApi {

    private static final int SECRET_LENGTH = 32;
    private static final int PERSONAL_TOKEN_LENGTH = 43;

    private final Clients clients;
    private final PersonalTokens personalTokens;
    private final Clock clock;

    IntegrationController(Clients clients, PersonalTokens personalTokens, Clock clock) {
        this.clients = clients;
        this.personalTokens = personalTokens;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<IntegrationClient> getIntegrationClient() {
        Caller.User user = CurrentCaller.user();
        Clients.Client client = clients.byOwner(user.userId())
                .orElseThrow(() ->
                        ProblemException.notFound("You have no client yet: POST /v1/integration/client makes one."));
        return ResponseEntity.ok(new IntegrationClient(client.clientId(), client.createdAt()));
    }

    @Override
    @Transactional
    public ResponseEntity<IntegrationClientCredentials> createIntegrationClient() {
        Caller.User user = CurrentCaller.user();
        if (clients.byOwner(user.userId()).isPresent()) {
            throw ProblemException.conflict(
                    "client-exists",
                    "Client exists",
                    "You already have a client; PUT /v1/integration/client/refresh-secret makes a new secret.");
        }
        String secret = Ids.randomAlphanumeric(SECRET_LENGTH);
        try {
            Clients.Client client = clients.insert("c-" + user.userId(), secret, user.userId());
            return Locations.created(
                    "/integration/client",
                    new IntegrationClientCredentials(client.clientId(), secret, client.createdAt()));
        } catch (DuplicateKeyException raced) {
            throw ProblemException.conflict("client-exists", "Client exists", "You already have a client.");
        }
    }

    @Override
    @Transactional
    public ResponseEntity<IntegrationClientCredentials> refreshIntegrationClientSecret() {
        Caller.User user = CurrentCaller.user();
        Clients.Client client = clients.byOwner(user.userId())
                .orElseThrow(() ->
                        ProblemException.notFound("You have no client yet: POST /v1/integration/client makes one."));
        String secret = Ids.randomAlphanumeric(SECRET_LENGTH);
        clients.setSecret(client.id(), secret);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new IntegrationClientCredentials(client.clientId(), secret, client.createdAt()));
    }

    @Override
    public ResponseEntity<PersonalTokenList> listPersonalTokens(Integer limit, Integer offset) {
        Caller.User user = CurrentCaller.user();
        Paging page = Paging.of(limit, offset);
        PersonalTokenList list = new PersonalTokenList(
                personalTokens.list(user.userId(), page.limit(), page.offset()).stream()
                        .map(IntegrationController::toApi)
                        .toList(),
                (int) personalTokens.count(user.userId()));
        return ResponseEntity.ok(list);
    }

    @Override
    public ResponseEntity<CreatedPersonalToken> createPersonalToken(CreatePersonalTokenRequest request) {
        Caller.User user = CurrentCaller.user();
        String id = Ids.newId();
        String token = PersonalTokens.PREFIX + Ids.randomAlphanumeric(PERSONAL_TOKEN_LENGTH);
        Instant now = clock.instant();
        personalTokens.insert(id, user.userId(), request.getName(), token, now);
        return Locations.created(
                "/users/me/personal-tokens/" + id,
                new CreatedPersonalToken(id, request.getName(), Locations.utc(now), token));
    }

    @Override
    public ResponseEntity<Void> deletePersonalToken(String tokenId) {
        Caller.User user = CurrentCaller.user();
        if (!personalTokens.delete(user.userId(), tokenId)) {
            throw ProblemException.notFound("personal token", tokenId);
        }
        return ResponseEntity.noContent().build();
    }

    private static PersonalToken toApi(PersonalTokens.Token token) {
        PersonalToken api = new PersonalToken(token.id(), token.name(), token.createdAt());
        api.setLastUsedAt(token.lastUsedAt());
        return api;
    }
}
