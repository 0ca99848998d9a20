package dev.moodhoodkit.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic client authentication on the token endpoint (RFC 6749 §2.3.1), as OAuth 2.0 tools
 * (Swagger UI's Authorize) send it, the challenge only where it cannot pop up a browser's login
 * box, and the spec's own token example working on the embedded default. A body without
 * {@code client_id} and {@code client_secret} breaks the TokenRequest schema, which requires them
 * in the body (MoodHood's own way): those requests are sent unchecked, their answers checked.
 */
class TokenBasicAuthApiTests extends ApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientCredentialsInABasicHeaderGetAClientToken() {
        ApiResponse tokens = api.request("POST", "/v1/auth/token")
                .header("Authorization", basic("kit-demo", "KitDemoSecret0000ChangeMe0000000"))
                .body(FORM, "grant_type=client_credentials&scope=")
                .invalidRequest()
                .send()
                .assertStatus(200);

        api.post(
                        "/v1/users",
                        tokens.string("/access_token"),
                        Map.of("email", uniqueEmail(), "username", "Basic", "password", DEFAULT_PASSWORD))
                .assertStatus(201);
    }

    @Test
    void thePasswordGrantTakesTheClientFromABasicHeaderToo() {
        String email = newUser().email();
        ApiResponse tokens = api.request("POST", "/v1/auth/token")
                .header("Authorization", basic("kit-demo", "KitDemoSecret0000ChangeMe0000000"))
                .body(
                        FORM,
                        "grant_type=password&username=" + email.replace("@", "%40") + "&password=" + DEFAULT_PASSWORD)
                .invalidRequest()
                .send()
                .assertStatus(200);

        api.get("/v1/users/me", tokens.string("/access_token")).assertStatus(200);
    }

    @Test
    void aWrongSecretInABasicHeaderIsChallengedExceptFromAScript() {
        ApiResponse plain = api.request("POST", "/v1/auth/token")
                .header("Authorization", basic("kit-demo", "not-the-secret"))
                .body(FORM, "grant_type=client_credentials")
                .invalidRequest()
                .send()
                .assertStatus(401);
        assertThat(plain.string("/error")).isEqualTo("invalid_client");
        assertThat(plain.header("WWW-Authenticate")).hasValue("Basic realm=\"moodhood\"");

        ApiResponse script = api.request("POST", "/v1/auth/token")
                .header("Authorization", basic("kit-demo", "not-the-secret"))
                .header("X-Requested-With", "XMLHttpRequest")
                .body(FORM, "grant_type=client_credentials")
                .invalidRequest()
                .send()
                .assertStatus(401);
        assertThat(script.string("/error")).isEqualTo("invalid_client");
        assertThat(script.header("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aWrongSecretInTheBodyIsRefusedWithoutAChallenge() {
        ApiResponse answer = api.post(
                        "/v1/auth/token",
                        null,
                        Map.of("grant_type", "client_credentials", "client_id", "kit-demo", "client_secret", "wrong"))
                .assertStatus(401);

        assertThat(answer.string("/error")).isEqualTo("invalid_client");
        assertThat(answer.header("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aClientAuthenticatesOnceNotInTheHeaderAndTheBody() {
        ApiResponse answer = api.request("POST", "/v1/auth/token")
                .header("Authorization", basic("kit-demo", "KitDemoSecret0000ChangeMe0000000"))
                .json(Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        "kit-demo",
                        "client_secret",
                        "KitDemoSecret0000ChangeMe0000000"))
                .send()
                .assertStatus(400);

        assertThat(answer.string("/error")).isEqualTo("invalid_request");
    }

    @Test
    void aBasicHeaderThatIsNotBase64FailsClientAuthentication() {
        ApiResponse answer = api.request("POST", "/v1/auth/token")
                .header("Authorization", "Basic ***")
                .body(FORM, "grant_type=client_credentials")
                .invalidRequest()
                .send()
                .assertStatus(401);

        assertThat(answer.string("/error")).isEqualTo("invalid_client");
    }

    @Test
    void theSpecsTokenExampleWorksOnTheEmbeddedDefault() {
        // POST /auth/token's example in openapi.yaml, as MoodHood's guide gives it.
        api.post(
                        "/v1/auth/token",
                        null,
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                "john-smith",
                                "client_secret",
                                "VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4"))
                .assertStatus(200);
    }
}
