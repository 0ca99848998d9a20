package dev.moodhoodkit.contract.pact.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.errors.AuthenticationException;
import dev.moodhoodkit.client.model.OAuthError;
import dev.moodhoodkit.client.model.TokenRequest;
import dev.moodhoodkit.client.model.TokenResponse;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Auth: the token endpoint (OAuth 2.0: snake_case fields, OAuth errors instead of problems). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class AuthPactTest extends ConsumerPactTest {

    private static final String CLIENT_ID = "john-smith";
    private static final String CLIENT_SECRET = "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4";

    @Pact(consumer = CONSUMER)
    RequestResponsePact clientCredentialsGrantAnswersTokens(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        builder.given(ProviderStates.CLIENT)
                                                .uponReceiving(
                                                        "getAccessToken: a client token for the client's id and secret")
                                                .method("POST")
                                                .path(v1("/auth/token")),
                                        o -> {
                                            o.stringValue("grant_type", "client_credentials");
                                            o.valueFromProviderState("client_id", "${clientId}", CLIENT_ID);
                                            o.valueFromProviderState("client_secret", "${clientSecret}", CLIENT_SECRET);
                                        })
                                .willRespondWith(),
                        200,
                        this::tokens)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "clientCredentialsGrantAnswersTokens")
    void clientCredentialsGrantAnswersTokens(MockServer server) {
        TokenResponse tokens = client(server, null)
                .auth()
                .getAccessToken(new TokenRequest()
                        .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                        .clientId(CLIENT_ID)
                        .clientSecret(CLIENT_SECRET));

        assertThat(tokens.getTokenType()).isEqualTo(TokenResponse.TokenTypeEnum.BEARER);
        assertThat(tokens.getAccessToken()).isNotBlank();
        assertThat(tokens.getExpiresIn()).isPositive();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact passwordGrantAnswersUserTokens(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        builder.given(ProviderStates.USER)
                                                .uponReceiving(
                                                        "getAccessToken: a user token for the user's email and password")
                                                .method("POST")
                                                .path(v1("/auth/token")),
                                        o -> {
                                            o.stringValue("grant_type", "password");
                                            o.valueFromProviderState("client_id", "${clientId}", CLIENT_ID);
                                            o.valueFromProviderState("client_secret", "${clientSecret}", CLIENT_SECRET);
                                            o.valueFromProviderState("username", "${email}", "anna@example.com");
                                            o.valueFromProviderState(
                                                    "password", "${password}", "correct-horse-battery");
                                        })
                                .willRespondWith(),
                        200,
                        this::tokens)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "passwordGrantAnswersUserTokens")
    void passwordGrantAnswersUserTokens(MockServer server) {
        TokenResponse tokens = client(server, null)
                .auth()
                .getAccessToken(new TokenRequest()
                        .grantType(TokenRequest.GrantTypeEnum.PASSWORD)
                        .clientId(CLIENT_ID)
                        .clientSecret(CLIENT_SECRET)
                        .username("anna@example.com")
                        .password("correct-horse-battery"));

        assertThat(tokens.getRefreshToken()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact wrongClientSecretAnswersInvalidClient(PactDslWithProvider builder) {
        return jsonBody(
                        builder.given(ProviderStates.CLIENT)
                                .uponReceiving("getAccessToken: a wrong client secret is an invalid_client error")
                                .method("POST")
                                .path(v1("/auth/token")),
                        o -> {
                            o.stringValue("grant_type", "client_credentials");
                            o.valueFromProviderState("client_id", "${clientId}", CLIENT_ID);
                            o.stringValue("client_secret", "not-the-secret");
                        })
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(newJsonBody(o -> {
                            o.stringValue("error", "invalid_client");
                            o.stringType("error_description", "Client authentication failed");
                        })
                        .build())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "wrongClientSecretAnswersInvalidClient")
    void wrongClientSecretAnswersInvalidClient(MockServer server) {
        assertThatThrownBy(() -> client(server, null)
                        .auth()
                        .getAccessToken(new TokenRequest()
                                .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                                .clientId(CLIENT_ID)
                                .clientSecret("not-the-secret")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.oauthError()).isEqualTo(OAuthError.ErrorEnum.INVALID_CLIENT.getValue());
                });
    }

    private void tokens(au.com.dius.pact.consumer.dsl.LambdaDslObject o) {
        o.stringValue("token_type", "Bearer");
        o.stringMatcher("access_token", "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+", USER_TOKEN);
        o.stringMatcher("refresh_token", "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+", USER_TOKEN);
        o.integerType("expires_in", 900);
    }
}
