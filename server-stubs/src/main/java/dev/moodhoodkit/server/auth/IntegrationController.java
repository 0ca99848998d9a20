package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.IntegrationApi;
import dev.moodhoodkit.server.api.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.server.api.model.CreatedPersonalToken;
import dev.moodhoodkit.server.api.model.IntegrationClient;
import dev.moodhoodkit.server.api.model.IntegrationClientCredentials;
import dev.moodhoodkit.server.api.model.PersonalToken;
import dev.moodhoodkit.server.api.model.PersonalTokenList;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The account's Integration section: the caller's own client and personal tokens. */
@RestController
class IntegrationController implements IntegrationApi {

    private final IntegrationService service;

    IntegrationController(IntegrationService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<IntegrationClient> getIntegrationClient() {
        Clients.Client client = service.client(CurrentCaller.user());
        return ResponseEntity.ok(new IntegrationClient(client.clientId(), client.createdAt()));
    }

    @Override
    public ResponseEntity<IntegrationClientCredentials> createIntegrationClient() {
        IntegrationService.Credentials created = service.createClient(CurrentCaller.user());
        return Locations.created("/integration/client", credentials(created));
    }

    @Override
    public ResponseEntity<IntegrationClientCredentials> refreshIntegrationClientSecret() {
        IntegrationService.Credentials renewed = service.refreshSecret(CurrentCaller.user());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(credentials(renewed));
    }

    @Override
    public ResponseEntity<PersonalTokenList> listPersonalTokens(Integer limit, Integer offset) {
        Caller.User user = CurrentCaller.user();
        Paging page = Paging.of(limit, offset);
        PersonalTokenList list = new PersonalTokenList(
                service.personalTokens(user, page.limit(), page.offset()).stream()
                        .map(IntegrationController::toApi)
                        .toList(),
                (int) service.personalTokenCount(user));
        return ResponseEntity.ok(list);
    }

    @Override
    public ResponseEntity<CreatedPersonalToken> createPersonalToken(CreatePersonalTokenRequest request) {
        IntegrationService.NewPersonalToken created =
                service.createPersonalToken(CurrentCaller.user(), request.getName());
        return Locations.created(
                "/users/me/personal-tokens/" + created.id(),
                new CreatedPersonalToken(
                        created.id(), created.name(), Locations.utc(created.createdAt()), created.token()));
    }

    @Override
    public ResponseEntity<Void> deletePersonalToken(String tokenId) {
        service.deletePersonalToken(CurrentCaller.user(), tokenId);
        return ResponseEntity.noContent().build();
    }

    private static IntegrationClientCredentials credentials(IntegrationService.Credentials credentials) {
        return new IntegrationClientCredentials(
                credentials.clientId(), credentials.clientSecret(), credentials.createdAt());
    }

    private static PersonalToken toApi(PersonalTokens.Token token) {
        PersonalToken api = new PersonalToken(token.id(), token.name(), token.createdAt());
        api.setLastUsedAt(token.lastUsedAt());
        return api;
    }
}
