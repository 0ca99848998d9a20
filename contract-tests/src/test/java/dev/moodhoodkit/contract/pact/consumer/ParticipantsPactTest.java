package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreateParticipantRequest;
import dev.moodhoodkit.client.model.ParticipantRef;
import dev.moodhoodkit.client.model.ParticipantRole;
import dev.moodhoodkit.client.model.RoomPresence;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Participants: registering for a room's call, the signaling token, joining and leaving. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class ParticipantsPactTest extends ConsumerPactTest {

    private static final String SPACE = "/spaces/" + SPACE_ID;
    private static final String ROOM = SPACE + "/rooms/" + ROOM_ID;

    @Pact(consumer = CONSUMER)
    RequestResponsePact createParticipantAnswersItsId(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "createParticipant: the room owner registers as a speaker")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/participants",
                                                SPACE + "/participants")),
                                        o -> {
                                            o.stringValue("name", "Anna");
                                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                                            o.stringValue("role", "speaker");
                                            o.stringValue("clientUniqueId", "3f1c9a7e-browser-tab-1");
                                        })
                                .willRespondWith(),
                        201,
                        o -> id(o, "id"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createParticipantAnswersItsId")
    void createParticipantAnswersItsId(MockServer server) {
        String id = client(server, USER_TOKEN)
                .participants()
                .createParticipant(
                        SPACE_ID,
                        new CreateParticipantRequest()
                                .name("Anna")
                                .roomId(ROOM_ID)
                                .role(ParticipantRole.SPEAKER)
                                .clientUniqueId("3f1c9a7e-browser-tab-1"))
                .getId();

        assertThat(id).matches(OBJECT_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createParticipantInUnknownRoomAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.SPACE)
                                                        .uponReceiving(
                                                                "createParticipant: a room the space does not have is 404")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/participants",
                                                SPACE + "/participants")),
                                        o -> {
                                            o.stringValue("name", "Anna");
                                            o.stringValue("roomId", UNKNOWN_ID);
                                        })
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createParticipantInUnknownRoomAnswersNotFound")
    void createParticipantInUnknownRoomAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .participants()
                        .createParticipant(
                                SPACE_ID,
                                new CreateParticipantRequest().name("Anna").roomId(UNKNOWN_ID)),
                404,
                "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createSignalingTokenAnswersAToken(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.PARTICIPANT)
                                                .uponReceiving(
                                                        "createSignalingToken: the participant's token for the media server")
                                                .method("POST"),
                                        "/spaces/${spaceId}/participants/${participantId}/signaling-token",
                                        SPACE + "/participants/" + PARTICIPANT_ID + "/signaling-token"))
                                .willRespondWith(),
                        200,
                        o -> o.stringType("signalingToken", USER_TOKEN))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createSignalingTokenAnswersAToken")
    void createSignalingTokenAnswersAToken(MockServer server) {
        assertThat(client(server, USER_TOKEN)
                        .participants()
                        .createSignalingToken(SPACE_ID, PARTICIPANT_ID)
                        .getSignalingToken())
                .isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createSignalingTokenOfUnknownParticipantAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving(
                                                        "createSignalingToken: a participant that does not exist is 404")
                                                .method("POST"),
                                        "/spaces/${spaceId}/participants/" + UNKNOWN_ID + "/signaling-token",
                                        SPACE + "/participants/" + UNKNOWN_ID + "/signaling-token"))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createSignalingTokenOfUnknownParticipantAnswersNotFound")
    void createSignalingTokenOfUnknownParticipantAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN).participants().createSignalingToken(SPACE_ID, UNKNOWN_ID),
                404,
                "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact joinRoomStartsTheCall(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.PARTICIPANT)
                                                        .uponReceiving(
                                                                "joinRoom: the first participant to join starts a call")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/rooms/${roomId}/join",
                                                ROOM + "/join")),
                                        o -> o.valueFromProviderState(
                                                "participantId", "${participantId}", PARTICIPANT_ID))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("participantId", "${participantId}", PARTICIPANT_ID);
                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                            id(o, "callId");
                            dateTime(o, "joinedAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "joinRoomStartsTheCall")
    void joinRoomStartsTheCall(MockServer server) {
        RoomPresence presence = client(server, USER_TOKEN)
                .participants()
                .joinRoom(SPACE_ID, ROOM_ID, new ParticipantRef().participantId(PARTICIPANT_ID));

        assertThat(presence.getCallId()).matches(OBJECT_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact joinRoomWithUnknownParticipantAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "joinRoom: a participant that was never registered is 404")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/rooms/${roomId}/join",
                                                ROOM + "/join")),
                                        o -> o.stringValue("participantId", UNKNOWN_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "joinRoomWithUnknownParticipantAnswersNotFound")
    void joinRoomWithUnknownParticipantAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .participants()
                        .joinRoom(SPACE_ID, ROOM_ID, new ParticipantRef().participantId(UNKNOWN_ID)),
                404,
                "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact leaveRoomAnswersNoContent(PactDslWithProvider builder) {
        return jsonBody(
                        asUser(path(
                                builder.given(ProviderStates.PARTICIPANT, Map.of("joined", true))
                                        .uponReceiving("leaveRoom: a participant in the call leaves")
                                        .method("POST"),
                                "/spaces/${spaceId}/rooms/${roomId}/leave",
                                ROOM + "/leave")),
                        o -> o.valueFromProviderState("participantId", "${participantId}", PARTICIPANT_ID))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "leaveRoomAnswersNoContent")
    void leaveRoomAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN)
                .participants()
                .leaveRoom(SPACE_ID, ROOM_ID, new ParticipantRef().participantId(PARTICIPANT_ID));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact leaveRoomWithUnknownParticipantAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "leaveRoom: a participant that was never registered is 404")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/rooms/${roomId}/leave",
                                                ROOM + "/leave")),
                                        o -> o.stringValue("participantId", UNKNOWN_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "leaveRoomWithUnknownParticipantAnswersNotFound")
    void leaveRoomWithUnknownParticipantAnswersNotFound(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .participants()
                        .leaveRoom(SPACE_ID, ROOM_ID, new ParticipantRef().participantId(UNKNOWN_ID)),
                404,
                "not-found");
    }
}
