package dev.moodhoodkit.server.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query strings and form bodies that cannot be decoded (a bad percent escape, bytes that are
 * not UTF-8) are the client's mistake: 400, never the 500 they were before (found by the
 * benchmarks' malformed-request run: Tomcat's InvalidParameterException reached the catch-all).
 */
class UndecodableParametersTests extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"?limit=%FF%FE", "?limit=%C3%28", "?%25=%ED%A0%80&limit=5"})
    void anUndecodableQueryStringIsABadRequestProblem(String query) {
        TestUser user = newUser();

        ApiResponse answer = api.request("GET", "/v1/spaces" + query)
                .token(user.token())
                .invalidRequest()
                .send()
                .assertStatus(400);

        assertThat(answer.string("/detail")).contains("cannot be decoded");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "grant_type=client_credentials&client_id=%zz&client_secret=x",
                "grant_type=%C3%28&client_id=kit-demo&client_secret=KitDemoSecret0000ChangeMe0000000"
            })
    void anUndecodableTokenFormIsAnInvalidRequest(String form) {
        ApiResponse answer = api.request("POST", "/v1/auth/token")
                .body("application/x-www-form-urlencoded", form)
                .invalidRequest()
                .send()
                .assertStatus(400);

        assertThat(answer.string("/error")).isEqualTo("invalid_request");
    }
}
