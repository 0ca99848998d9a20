package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.client.model.CreatedPersonalToken;
import dev.moodhoodkit.client.model.IntegrationClient;
import dev.moodhoodkit.client.model.IntegrationClientCredentials;
import dev.moodhoodkit.client.model.PersonalTokenList;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Integration: the caller's own client id and secret, and personal tokens. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class IntegrationPactTest extends ConsumerPactTest {

    private static final String CLIENT_ID_PATTERN = "[A-Za-z0-9._-]{3,64}";
    private static final String SECRET_PATTERN = "[A-Za-z0-9]{32}";

    @Pact(consumer = CONSUMER)
    RequestResponsePact getIntegrationClientAnswersTheClient(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER_WITH_INTEGRATION_CLIENT)
                                        .uponReceiving("getIntegrationClient: the caller's client, without its secret")
                                        .method("GET")
                                        .path(v1("/integration/client")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState(
                                    "clientId", "${integrationClientId}", "c-60d55b7bb9ef88ab17b0aab9");
                            dateTime(o, "createdAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getIntegrationClientAnswersTheClient")
    void getIntegrationClientAnswersTheClient(MockServer server) {
        IntegrationClient client = client(server, USER_TOKEN).integration().getIntegrationClient();

        assertThat(client.getClientId()).isEqualTo("c-60d55b7bb9ef88ab17b0aab9");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getIntegrationClientWithoutOneAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(builder.given(ProviderStates.USER)
                                        .uponReceiving("getIntegrationClient: a user who made no client gets 404")
                                        .method("GET")
                                        .path(v1("/integration/client")))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getIntegrationClientWithoutOneAnswersNotFound")
    void getIntegrationClientWithoutOneAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).integration().getIntegrationClient(), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createIntegrationClientAnswersTheSecretOnce(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER)
                                        .uponReceiving("createIntegrationClient: a client id and secret for the caller")
                                        .method("POST")
                                        .path(v1("/integration/client")))
                                .willRespondWith(),
                        201,
                        o -> {
                            o.stringMatcher("clientId", CLIENT_ID_PATTERN, "c-60d55b7bb9ef88ab17b0aab9");
                            o.stringMatcher("clientSecret", SECRET_PATTERN, "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4");
                            dateTime(o, "createdAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createIntegrationClientAnswersTheSecretOnce")
    void createIntegrationClientAnswersTheSecretOnce(MockServer server) {
        IntegrationClientCredentials credentials =
                client(server, USER_TOKEN).integration().createIntegrationClient();

        assertThat(credentials.getClientSecret()).hasSize(32);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createIntegrationClientTwiceAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        asUser(builder.given(ProviderStates.USER_WITH_INTEGRATION_CLIENT)
                                        .uponReceiving(
                                                "createIntegrationClient: a second client for the same user is a conflict")
                                        .method("POST")
                                        .path(v1("/integration/client")))
                                .willRespondWith(),
                        409,
                        "client-exists")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createIntegrationClientTwiceAnswersConflict")
    void createIntegrationClientTwiceAnswersConflict(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).integration().createIntegrationClient(), 409, "client-exists");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refreshIntegrationClientSecretAnswersANewSecret(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER_WITH_INTEGRATION_CLIENT)
                                        .uponReceiving(
                                                "refreshIntegrationClientSecret: a new secret for the caller's client")
                                        .method("PUT")
                                        .path(v1("/integration/client/refresh-secret")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState(
                                    "clientId", "${integrationClientId}", "c-60d55b7bb9ef88ab17b0aab9");
                            o.stringMatcher("clientSecret", SECRET_PATTERN, "Q2mX8pLr4TnV7bYc1KdZ9sWf3HgJ6aRe");
                            dateTime(o, "createdAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refreshIntegrationClientSecretAnswersANewSecret")
    void refreshIntegrationClientSecretAnswersANewSecret(MockServer server) {
        IntegrationClientCredentials credentials =
                client(server, USER_TOKEN).integration().refreshIntegrationClientSecret();

        assertThat(credentials.getClientSecret()).isEqualTo("Q2mX8pLr4TnV7bYc1KdZ9sWf3HgJ6aRe");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refreshIntegrationClientSecretWithoutClientAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(builder.given(ProviderStates.USER)
                                        .uponReceiving(
                                                "refreshIntegrationClientSecret: a user who made no client gets 404")
                                        .method("PUT")
                                        .path(v1("/integration/client/refresh-secret")))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refreshIntegrationClientSecretWithoutClientAnswersNotFound")
    void refreshIntegrationClientSecretWithoutClientAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).integration().refreshIntegrationClientSecret(), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listPersonalTokensAnswersTokensWithoutValues(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER_WITH_PERSONAL_TOKEN)
                                        .uponReceiving("listPersonalTokens: the caller's tokens, without their values")
                                        .method("GET")
                                        .path(v1("/users/me/personal-tokens")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", t -> {
                                t.valueFromProviderState("id", "${tokenId}", TOKEN_ID);
                                t.stringType("name", "CRM integration");
                                dateTime(t, "createdAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listPersonalTokensAnswersTokensWithoutValues")
    void listPersonalTokensAnswersTokensWithoutValues(MockServer server) {
        PersonalTokenList tokens = client(server, USER_TOKEN).integration().listPersonalTokens(null, null);

        assertThat(tokens.getItems()).extracting("id").containsExactly(TOKEN_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listPersonalTokensWithClientTokenIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asClient(builder.given(ProviderStates.CLIENT)
                                        .uponReceiving("listPersonalTokens: a client token is not a user, 403")
                                        .method("GET")
                                        .path(v1("/users/me/personal-tokens")))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listPersonalTokensWithClientTokenIsForbidden")
    void listPersonalTokensWithClientTokenIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, CLIENT_TOKEN).integration().listPersonalTokens(null, null), 403, "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createPersonalTokenAnswersItsValueOnce(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.USER)
                                                .uponReceiving(
                                                        "createPersonalToken: a token acting as the caller, shown once")
                                                .method("POST")
                                                .path(v1("/users/me/personal-tokens"))),
                                        o -> o.stringValue("name", "CRM integration"))
                                .willRespondWith(),
                        201,
                        o -> {
                            id(o, "id");
                            o.stringValue("name", "CRM integration");
                            dateTime(o, "createdAt");
                            o.stringMatcher(
                                    "token", "mhp_[A-Za-z0-9]{43}", "mhp_Vx3kQ9TzL2bW7yN4cR8mD1fH6jP0sA5gE2uK9wXoYtZ");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createPersonalTokenAnswersItsValueOnce")
    void createPersonalTokenAnswersItsValueOnce(MockServer server) {
        CreatedPersonalToken token = client(server, USER_TOKEN)
                .integration()
                .createPersonalToken(new CreatePersonalTokenRequest().name("CRM integration"));

        assertThat(token.getToken()).startsWith("mhp_");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createPersonalTokenWithoutNameFailsValidation(PactDslWithProvider builder) {
        return validationProblem(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.USER)
                                                .uponReceiving(
                                                        "createPersonalToken: an empty name fails validation, naming the field")
                                                .method("POST")
                                                .path(v1("/users/me/personal-tokens"))),
                                        o -> o.stringValue("name", ""))
                                .willRespondWith(),
                        "name")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createPersonalTokenWithoutNameFailsValidation")
    void createPersonalTokenWithoutNameFailsValidation(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .integration()
                        .createPersonalToken(new CreatePersonalTokenRequest().name("")),
                422,
                "validation-failed");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deletePersonalTokenAnswersNoContent(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.USER_WITH_PERSONAL_TOKEN)
                                .uponReceiving("deletePersonalToken: the caller deletes one of their tokens")
                                .method("DELETE"),
                        "/users/me/personal-tokens/${tokenId}",
                        "/users/me/personal-tokens/" + TOKEN_ID))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deletePersonalTokenAnswersNoContent")
    void deletePersonalTokenAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN).integration().deletePersonalToken(TOKEN_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteUnknownPersonalTokenAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(builder.given(ProviderStates.USER)
                                        .uponReceiving("deletePersonalToken: a token the caller does not have is 404")
                                        .method("DELETE")
                                        .path(v1("/users/me/personal-tokens/" + UNKNOWN_ID)))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteUnknownPersonalTokenAnswersNotFound")
    void deleteUnknownPersonalTokenAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).integration().deletePersonalToken(UNKNOWN_ID), 404, "not-found");
    }
}
