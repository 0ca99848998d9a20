package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.MeetingSettings;
import dev.moodhoodkit.client.model.User;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Users: creating users, the current user and their default meeting room. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class UsersPactTest extends ConsumerPactTest {

    private static final String EMAIL = "anna@example.com";

    private static CreateUserRequest anna(String email) {
        return new CreateUserRequest().email(email).username("Anna").password("correct-horse-battery");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createNewUserWithClientTokenAnswersItsId(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asClient(builder.given(ProviderStates.CLIENT)
                                                .uponReceiving(
                                                        "createNewUser: a client creates a user with an unused email")
                                                .method("POST")
                                                .path(v1("/users"))),
                                        o -> {
                                            o.valueFromProviderState("email", "${newEmail}", EMAIL);
                                            o.stringValue("username", "Anna");
                                            o.stringValue("password", "correct-horse-battery");
                                        })
                                .willRespondWith(),
                        201,
                        o -> id(o, "id"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createNewUserWithClientTokenAnswersItsId")
    void createNewUserWithClientTokenAnswersItsId(MockServer server) {
        assertThat(client(server, CLIENT_TOKEN)
                        .users()
                        .createNewUser(anna(EMAIL))
                        .getId())
                .matches(OBJECT_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createNewUserWithTakenEmailAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asClient(builder.given(ProviderStates.USER)
                                                .uponReceiving(
                                                        "createNewUser: an email that a user has already is a conflict")
                                                .method("POST")
                                                .path(v1("/users"))),
                                        o -> {
                                            o.valueFromProviderState("email", "${email}", EMAIL);
                                            o.stringValue("username", "Anna");
                                            o.stringValue("password", "correct-horse-battery");
                                        })
                                .willRespondWith(),
                        409,
                        "email-taken")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createNewUserWithTakenEmailAnswersConflict")
    void createNewUserWithTakenEmailAnswersConflict(MockServer server) {
        assertProblem(() -> client(server, CLIENT_TOKEN).users().createNewUser(anna(EMAIL)), 409, "email-taken");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getCurrentUserAnswersTheCaller(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER)
                                        .uponReceiving("getCurrentUser: the user the token acts for")
                                        .method("GET")
                                        .path(v1("/users/me")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("id", "${userId}", USER_ID);
                            o.valueFromProviderState("email", "${email}", EMAIL);
                            o.stringType("username", "Anna");
                            dateTime(o, "createdAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getCurrentUserAnswersTheCaller")
    void getCurrentUserAnswersTheCaller(MockServer server) {
        User me = client(server, USER_TOKEN).users().getCurrentUser();

        assertThat(me.getId()).isEqualTo(USER_ID);
        assertThat(me.getEmail()).isEqualTo(EMAIL);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getCurrentUserWithClientTokenIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asClient(builder.given(ProviderStates.CLIENT)
                                        .uponReceiving("getCurrentUser: a client token is not a user, 403")
                                        .method("GET")
                                        .path(v1("/users/me")))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getCurrentUserWithClientTokenIsForbidden")
    void getCurrentUserWithClientTokenIsForbidden(MockServer server) {
        assertProblem(() -> client(server, CLIENT_TOKEN).users().getCurrentUser(), 403, "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getMeetingSettingsAnswersTheDefaultRoom(PactDslWithProvider builder) {
        return json(
                        asUser(builder.given(ProviderStates.USER_WITH_MEETING_ROOM)
                                        .uponReceiving("getMeetingSettings: the caller's default meeting room")
                                        .method("GET")
                                        .path(v1("/users/me/settings/meetings")))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getMeetingSettingsAnswersTheDefaultRoom")
    void getMeetingSettingsAnswersTheDefaultRoom(MockServer server) {
        MeetingSettings settings = client(server, USER_TOKEN).users().getMeetingSettings();

        assertThat(settings.getRoomId()).isEqualTo(ROOM_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getMeetingSettingsWithForgedTokenIsUnauthorized(PactDslWithProvider builder) {
        return problem(
                        withForgedToken(builder.uponReceiving(
                                                "getMeetingSettings: a token the server did not sign is 401")
                                        .method("GET")
                                        .path(v1("/users/me/settings/meetings")))
                                .willRespondWith(),
                        401,
                        "unauthorized")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getMeetingSettingsWithForgedTokenIsUnauthorized")
    void getMeetingSettingsWithForgedTokenIsUnauthorized(MockServer server) {
        assertProblem(() -> client(server, FORGED_TOKEN).users().getMeetingSettings(), 401, "unauthorized");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateMeetingSettingsAnswersTheStoredRoom(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.ROOM)
                                                .uponReceiving(
                                                        "updateMeetingSettings: the caller makes one of their rooms the default")
                                                .method("PUT")
                                                .path(v1("/users/me/settings/meetings"))),
                                        o -> {
                                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                                        })
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateMeetingSettingsAnswersTheStoredRoom")
    void updateMeetingSettingsAnswersTheStoredRoom(MockServer server) {
        MeetingSettings stored = client(server, USER_TOKEN)
                .users()
                .updateMeetingSettings(new MeetingSettings().spaceId(SPACE_ID).roomId(ROOM_ID));

        assertThat(stored.getSpaceId()).isEqualTo(SPACE_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateMeetingSettingsWithUnknownRoomAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(builder.given(ProviderStates.SPACE)
                                                .uponReceiving(
                                                        "updateMeetingSettings: a room that does not exist is 404")
                                                .method("PUT")
                                                .path(v1("/users/me/settings/meetings"))),
                                        o -> {
                                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                                            o.stringValue("roomId", UNKNOWN_ID);
                                        })
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateMeetingSettingsWithUnknownRoomAnswersNotFound")
    void updateMeetingSettingsWithUnknownRoomAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .users()
                        .updateMeetingSettings(
                                new MeetingSettings().spaceId(SPACE_ID).roomId(UNKNOWN_ID)),
                404,
                "not-found");
    }
}
