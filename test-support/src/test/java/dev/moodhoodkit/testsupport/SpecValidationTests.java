package dev.moodhoodkit.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;

/** The validator has teeth: exchanges that break openapi.yaml fail, conforming ones pass. */
class SpecValidationTests {

    private static final String USER = """
            {"id":"60d55b7bb9ef88ab17b0aab9","email":"anna@example.com","username":"Anna","createdAt":"2026-11-20T09:30:00Z"}""";

    @Test
    void aResponseThatMatchesTheSpecPasses() {
        assertThatCode(() -> SpecValidation.assertExchangeMatches(getMe(), json(200, USER), "GET /v1/users/me"))
                .doesNotThrowAnyException();
    }

    @Test
    void aResponseMissingARequiredFieldFails() {
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        getMe(), json(200, "{\"id\":\"60d55b7bb9ef88ab17b0aab9\"}"), "GET /v1/users/me"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("email");
    }

    @Test
    void aStatusTheOperationDoesNotDeclareFails() {
        assertThatThrownBy(() -> SpecValidation.assertResponseMatches(
                        "/v1/users/me", Request.Method.GET, json(500, "{}"), "GET /v1/users/me"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("500");
    }

    @Test
    void aPathOutsideTheSpecFails() {
        assertThatThrownBy(() -> SpecValidation.assertResponseMatches(
                        "/v1/nothing-here", Request.Method.GET, json(200, "{}"), "GET /v1/nothing-here"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRequestWithoutItsRequiredBodyFieldsFails() {
        SimpleRequest request = SimpleRequest.Builder.post("/v1/users")
                .withAuthorization("Bearer x")
                .withContentType("application/json")
                .withBody("{\"email\":\"anna@example.com\"}")
                .build();
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        request, json(201, "{\"id\":\"60d55b7bb9ef88ab17b0aab9\"}"), "POST /v1/users"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("password");
    }

    private static final String ROOM = """
            {"id":"60d55c4fb9ef88ab17b0aabd","spaceId":"60d55c0eb9ef88ab17b0aabb","alias":"EGBYWoMZJe",
             "channelId":"60d55c4fb9ef88ab17b0aabe","name":"Monday lesson","type":"lesson","isPublic":false,
             "waitingRoomAudience":"nobody","createdAt":"2026-11-20T09:30:00Z"}""";

    @Test
    void aResponseWithAnUndeclaredPropertyFails() {
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        getMe(), json(200, USER.replace("}", ",\"note\":\"x\"}")), "GET /v1/users/me"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("note");
    }

    @Test
    void anAllOfBodyThatMatchesTheSpecPasses() {
        assertThatCode(() -> SpecValidation.assertExchangeMatches(getRoom(), json(200, ROOM), "GET room"))
                .doesNotThrowAnyException();
    }

    @Test
    void anAllOfBodyWithAWrongTypeOrAnUnknownEnumValueStillFails() {
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        getRoom(), json(200, ROOM.replace("\"isPublic\":false", "\"isPublic\":\"no\"")), "GET room"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        getRoom(), json(200, ROOM.replace("nobody", "somebody")), "GET room"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SpecValidation.assertExchangeMatches(
                        getRoom(), json(200, ROOM.replace("\"name\":\"Monday lesson\",", "")), "GET room"))
                .isInstanceOf(AssertionError.class);
    }

    private static SimpleRequest getRoom() {
        return SimpleRequest.Builder.get("/v1/spaces/60d55c0eb9ef88ab17b0aabb/rooms/60d55c4fb9ef88ab17b0aabd")
                .withAuthorization("Bearer x")
                .build();
    }

    private static SimpleRequest getMe() {
        return SimpleRequest.Builder.get("/v1/users/me")
                .withAuthorization("Bearer x")
                .build();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }
}
