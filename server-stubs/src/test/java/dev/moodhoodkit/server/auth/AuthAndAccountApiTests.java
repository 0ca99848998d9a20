package dev.moodhoodkit.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The auth and account calls over HTTP, every exchange checked against openapi.yaml: the token
 * endpoint's three grants, users, the current user, personal tokens and the integration client.
 */
class AuthAndAccountApiTests extends ApiTest {

    @Test
    void clientCredentialsGrantAnswersABearerTokenThatIsNotCached() {
        ApiResponse tokens =
                api.post("/v1/auth/token", null, grant("client_credentials")).assertStatus(200);

        assertThat(tokens.string("/token_type")).isEqualTo("Bearer");
        assertThat(tokens.body().get("expires_in").asInt()).isPositive();
        assertThat(tokens.header("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void tokenEndpointAcceptsAFormEncodedBody() {
        ApiResponse tokens = api.request("POST", "/v1/auth/token")
                .body(
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&client_id=kit-demo"
                                + "&client_secret=KitDemoSecret0000ChangeMe0000000")
                .send()
                .assertStatus(200);

        api.post(
                        "/v1/users",
                        tokens.string("/access_token"),
                        Map.of("email", uniqueEmail(), "username", "Form", "password", DEFAULT_PASSWORD))
                .assertStatus(201);
    }

    @Test
    void wrongClientSecretAnswersInvalidClient() {
        ApiResponse answer = api.post(
                        "/v1/auth/token",
                        null,
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                "kit-demo",
                                "client_secret",
                                "not-the-secret"))
                .assertStatus(401);

        assertThat(answer.string("/error")).isEqualTo("invalid_client");
    }

    @Test
    void passwordGrantWithAWrongPasswordAnswersInvalidGrant() {
        TestUser user = newUser();

        ApiResponse answer = passwordGrant(user.email(), "wrong-password-1").assertStatus(400);

        assertThat(answer.string("/error")).isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenWorksOnceAndItsReuseRevokesTheWholeFamily() {
        TestUser user = newUser();
        ApiResponse rotated = api.post(
                        "/v1/auth/token", null, grant("refresh_token", "refresh_token", user.refreshToken()))
                .assertStatus(200);
        api.get("/v1/users/me", rotated.string("/access_token")).assertStatus(200);

        ApiResponse reuse = api.post(
                        "/v1/auth/token", null, grant("refresh_token", "refresh_token", user.refreshToken()))
                .assertStatus(400);
        assertThat(reuse.string("/error")).isEqualTo("invalid_grant");

        // The token of the second generation belongs to the leaked family: it is revoked too.
        api.post("/v1/auth/token", null, grant("refresh_token", "refresh_token", rotated.string("/refresh_token")))
                .assertStatus(400);
    }

    @Test
    void createNewUserAnswersItsIdAndLocationAndTheUserCanSignIn() {
        String email = uniqueEmail();
        ApiResponse created = api.post(
                        "/v1/users",
                        clientToken(),
                        Map.of(
                                "email",
                                email,
                                "username",
                                "Anna",
                                "password",
                                DEFAULT_PASSWORD,
                                "phone",
                                "+79991234567"))
                .assertStatus(201);
        String id = created.string("/id");
        assertThat(created.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/v1/users/" + id));

        String token = passwordGrant(email, DEFAULT_PASSWORD).assertStatus(200).string("/access_token");
        ApiResponse me = api.get("/v1/users/me", token).assertStatus(200);

        assertThat(me.string("/id")).isEqualTo(id);
        assertThat(me.string("/email")).isEqualTo(email);
        assertThat(me.string("/username")).isEqualTo("Anna");
        assertThat(me.string("/phone")).isEqualTo("+79991234567");
    }

    @Test
    void createNewUserWithATakenEmailAnswersConflict() {
        TestUser user = newUser();

        api.post(
                        "/v1/users",
                        clientToken(),
                        Map.of("email", user.email(), "username", "Again", "password", DEFAULT_PASSWORD))
                .assertStatus(409);
    }

    @Test
    void createNewUserWithoutAPasswordAnswersAValidationProblemNamingTheField() {
        ApiResponse answer = api.request("POST", "/v1/users")
                .token(clientToken())
                .json(Map.of("email", uniqueEmail(), "username", "No password"))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.text()).contains("password");
    }

    @Test
    void getCurrentUserWithAClientTokenAnswersForbidden() {
        api.get("/v1/users/me", clientToken()).assertStatus(403);
    }

    @Test
    void personalTokenActsForItsUserIsListedWithoutItsValueAndStopsWorkingOnceDeleted() {
        TestUser user = newUser();
        ApiResponse created = api.post("/v1/users/me/personal-tokens", user.token(), Map.of("name", "CRM integration"))
                .assertStatus(201);
        String personal = created.string("/token");
        String tokenId = created.string("/id");

        assertThat(api.get("/v1/users/me", personal).assertStatus(200).string("/id"))
                .isEqualTo(user.id());
        ApiResponse list =
                api.get("/v1/users/me/personal-tokens?limit=10", user.token()).assertStatus(200);
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.string("/items/0/id")).isEqualTo(tokenId);
        assertThat(list.text()).doesNotContain(personal);

        api.delete("/v1/users/me/personal-tokens/" + tokenId, user.token()).assertStatus(204);

        api.get("/v1/users/me", personal).assertStatus(401);
        api.delete("/v1/users/me/personal-tokens/" + tokenId, user.token()).assertStatus(404);
    }

    @Test
    void anotherUsersPersonalTokenCannotBeDeleted() {
        TestUser owner = newUser();
        TestUser other = newUser();
        String tokenId = api.post("/v1/users/me/personal-tokens", owner.token(), Map.of("name", "mine"))
                .assertStatus(201)
                .string("/id");

        api.delete("/v1/users/me/personal-tokens/" + tokenId, other.token()).assertStatus(404);

        assertThat(api.get("/v1/users/me/personal-tokens", owner.token())
                        .assertStatus(200)
                        .body()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void integrationClientIsMadeOnceGivesClientTokensAndARefreshedSecretReplacesTheOldOne() {
        TestUser user = newUser();
        api.get("/v1/integration/client", user.token()).assertStatus(404);

        ApiResponse created =
                api.post("/v1/integration/client", user.token(), null).assertStatus(201);
        String clientId = created.string("/clientId");
        String firstSecret = created.string("/clientSecret");
        api.post("/v1/integration/client", user.token(), null).assertStatus(409);
        assertThat(api.get("/v1/integration/client", user.token())
                        .assertStatus(200)
                        .string("/clientId"))
                .isEqualTo(clientId);

        api.post("/v1/auth/token", null, clientGrant(clientId, firstSecret)).assertStatus(200);

        String newSecret = api.put("/v1/integration/client/refresh-secret", user.token(), null)
                .assertStatus(200)
                .string("/clientSecret");
        assertThat(newSecret).isNotEqualTo(firstSecret);
        api.post("/v1/auth/token", null, clientGrant(clientId, firstSecret)).assertStatus(401);
        api.post("/v1/auth/token", null, clientGrant(clientId, newSecret)).assertStatus(200);
    }

    @Test
    void meetingSettingsAreEmptyForANewUser() {
        TestUser user = newUser();

        ApiResponse settings =
                api.get("/v1/users/me/settings/meetings", user.token()).assertStatus(200);

        assertThat(settings.body().has("spaceId")).isFalse();
        assertThat(settings.body().has("roomId")).isFalse();
    }

    private static Map<String, String> clientGrant(String clientId, String secret) {
        return Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
    }
}
