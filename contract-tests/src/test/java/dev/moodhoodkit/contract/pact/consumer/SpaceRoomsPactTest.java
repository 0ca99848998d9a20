package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreatedRoom;
import dev.moodhoodkit.client.model.Room;
import dev.moodhoodkit.client.model.RoomList;
import dev.moodhoodkit.client.model.RoomRoleOfCaller;
import dev.moodhoodkit.client.model.RoomType;
import dev.moodhoodkit.client.model.UpdateRoomRequest;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SpaceRooms: the rooms of a space. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class SpaceRoomsPactTest extends ConsumerPactTest {

    static final String ALIAS = "[A-Za-z0-9]{10}";
    static final Map<String, Object> LESSON = Map.of("type", "lesson", "isRecordAllowed", false);

    /** A room as its owner sees it, with the settings a client shows. */
    static void ownedRoom(LambdaDslObject o, String name, String type) {
        o.valueFromProviderState("id", "${roomId}", ROOM_ID);
        o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
        o.stringMatcher("alias", ALIAS, "EGBYWoMZJe");
        id(o, "channelId");
        o.stringValue("name", name);
        o.stringValue("type", type);
        o.booleanType("isPublic", false);
        o.booleanType("isScreensharingAllowed", true);
        o.booleanType("isChatAllowed", true);
        o.booleanType("isRecordAllowed", false);
        o.booleanType("isMicrophonePublishingAllowed", true);
        o.booleanType("isCameraPublishingAllowed", true);
        o.stringMatcher("waitingRoomAudience", "nobody|guests|everyone", "nobody");
        o.stringValue("roleInRoom", "role_room_owner");
        dateTime(o, "createdAt");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listRoomsAnswersTheRooms(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.ROOM, LESSON)
                                                .uponReceiving("listRooms: the rooms of the caller's space")
                                                .method("GET"),
                                        "/spaces/${spaceId}/rooms",
                                        "/spaces/" + SPACE_ID + "/rooms"))
                                .willRespondWith(),
                        200,
                        o -> {
                            o.eachLike("items", r -> {
                                id(r, "id");
                                r.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                                r.stringMatcher("alias", ALIAS, "EGBYWoMZJe");
                                id(r, "channelId");
                                r.stringType("name", "Monday lesson");
                                r.stringMatcher("type", "lesson|webinar", "lesson");
                                r.booleanType("isPublic", false);
                                dateTime(r, "createdAt");
                            });
                            o.integerType("total", 1);
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listRoomsAnswersTheRooms")
    void listRoomsAnswersTheRooms(MockServer server) {
        RoomList rooms = client(server, USER_TOKEN).rooms().listRooms(SPACE_ID, null, null);

        assertThat(rooms.getItems()).extracting("spaceId").containsOnly(SPACE_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listRoomsOfAnotherUsersPrivateSpaceAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.PRIVATE_SPACE_OF_ANOTHER_USER)
                                                .uponReceiving("listRooms: another user's private space is 404")
                                                .method("GET"),
                                        "/spaces/${spaceId}/rooms",
                                        "/spaces/" + SPACE_ID + "/rooms"))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listRoomsOfAnotherUsersPrivateSpaceAnswersNotFound")
    void listRoomsOfAnotherUsersPrivateSpaceAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).rooms().listRooms(SPACE_ID, null, null), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createRoomAnswersItsIds(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.SPACE)
                                                        .uponReceiving(
                                                                "createRoom: the space owner creates a lesson room")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/rooms",
                                                "/spaces/" + SPACE_ID + "/rooms")),
                                        o -> {
                                            o.stringValue("name", "Monday lesson");
                                            o.stringValue("type", "lesson");
                                            o.booleanValue("isPublic", false);
                                            o.booleanValue("isScreensharingAllowed", true);
                                            o.booleanValue("isChatAllowed", true);
                                        })
                                .willRespondWith(),
                        201,
                        o -> {
                            id(o, "id");
                            o.stringMatcher("alias", ALIAS, "EGBYWoMZJe");
                            id(o, "channelId");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createRoomAnswersItsIds")
    void createRoomAnswersItsIds(MockServer server) {
        CreatedRoom room = client(server, USER_TOKEN)
                .rooms()
                .createRoom(
                        SPACE_ID,
                        new CreateRoomRequest()
                                .name("Monday lesson")
                                .type(RoomType.LESSON)
                                .isPublic(false)
                                .isScreensharingAllowed(true)
                                .isChatAllowed(true));

        assertThat(room.getAlias()).matches(ALIAS);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createRoomByPlainMemberIsForbidden(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(
                                                                ProviderStates.SPACE_MEMBER,
                                                                Map.of("role", "role_space_user"))
                                                        .uponReceiving(
                                                                "createRoom: a member without the moderator role is 403")
                                                        .method("POST"),
                                                "/spaces/${spaceId}/rooms",
                                                "/spaces/" + SPACE_ID + "/rooms")),
                                        o -> o.stringValue("name", "Monday lesson"))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createRoomByPlainMemberIsForbidden")
    void createRoomByPlainMemberIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .rooms()
                        .createRoom(SPACE_ID, new CreateRoomRequest().name("Monday lesson")),
                403,
                "forbidden");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getRoomAnswersTheRoom(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                        builder.given(ProviderStates.ROOM, LESSON)
                                                .uponReceiving("getRoom: the owner reads their room with its settings")
                                                .method("GET"),
                                        "/spaces/${spaceId}/rooms/${roomId}",
                                        "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID))
                                .willRespondWith(),
                        200,
                        o -> ownedRoom(o, "Monday lesson", "lesson"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getRoomAnswersTheRoom")
    void getRoomAnswersTheRoom(MockServer server) {
        Room room = client(server, USER_TOKEN).rooms().getRoom(SPACE_ID, ROOM_ID);

        assertThat(room.getType()).isEqualTo(RoomType.LESSON);
        assertThat(room.getRoleInRoom()).isEqualTo(RoomRoleOfCaller.ROLE_ROOM_OWNER);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getUnknownRoomAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving("getRoom: a room the space does not have is 404")
                                                .method("GET"),
                                        "/spaces/${spaceId}/rooms/" + UNKNOWN_ID,
                                        "/spaces/" + SPACE_ID + "/rooms/" + UNKNOWN_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getUnknownRoomAnswersNotFound")
    void getUnknownRoomAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).rooms().getRoom(SPACE_ID, UNKNOWN_ID), 404, "not-found");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateRoomAnswersTheUpdatedRoom(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, LESSON)
                                                        .uponReceiving(
                                                                "updateRoom: the owner turns a lesson into a webinar; other settings stay")
                                                        .method("PUT"),
                                                "/spaces/${spaceId}/rooms/${roomId}",
                                                "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID)),
                                        o -> {
                                            o.stringValue("name", "Monday webinar");
                                            o.stringValue("type", "webinar");
                                        })
                                .willRespondWith(),
                        200,
                        o -> ownedRoom(o, "Monday webinar", "webinar"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateRoomAnswersTheUpdatedRoom")
    void updateRoomAnswersTheUpdatedRoom(MockServer server) {
        Room room = client(server, USER_TOKEN)
                .rooms()
                .updateRoom(
                        SPACE_ID,
                        ROOM_ID,
                        new UpdateRoomRequest().name("Monday webinar").type(RoomType.WEBINAR));

        assertThat(room.getType()).isEqualTo(RoomType.WEBINAR);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact updateRoomWithEmptyNameFailsValidation(PactDslWithProvider builder) {
        return validationProblem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, LESSON)
                                                        .uponReceiving(
                                                                "updateRoom: an empty name fails validation, naming the field")
                                                        .method("PUT"),
                                                "/spaces/${spaceId}/rooms/${roomId}",
                                                "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID)),
                                        o -> o.stringValue("name", ""))
                                .willRespondWith(),
                        "name")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "updateRoomWithEmptyNameFailsValidation")
    void updateRoomWithEmptyNameFailsValidation(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .rooms()
                        .updateRoom(SPACE_ID, ROOM_ID, new UpdateRoomRequest().name("")),
                422,
                "validation-failed");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteRoomAnswersNoContent(PactDslWithProvider builder) {
        return asUser(path(
                        builder.given(ProviderStates.ROOM, LESSON)
                                .uponReceiving("deleteRoom: the owner deletes their room")
                                .method("DELETE"),
                        "/spaces/${spaceId}/rooms/${roomId}",
                        "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID))
                .willRespondWith()
                .status(204)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteRoomAnswersNoContent")
    void deleteRoomAnswersNoContent(MockServer server) {
        client(server, USER_TOKEN).rooms().deleteRoom(SPACE_ID, ROOM_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact deleteUnknownRoomAnswersNotFound(PactDslWithProvider builder) {
        return problem(
                        asUser(path(
                                        builder.given(ProviderStates.SPACE)
                                                .uponReceiving("deleteRoom: a room the space does not have is 404")
                                                .method("DELETE"),
                                        "/spaces/${spaceId}/rooms/" + UNKNOWN_ID,
                                        "/spaces/" + SPACE_ID + "/rooms/" + UNKNOWN_ID))
                                .willRespondWith(),
                        404,
                        "not-found")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteUnknownRoomAnswersNotFound")
    void deleteUnknownRoomAnswersNotFound(MockServer server) {
        assertProblem(() -> client(server, USER_TOKEN).rooms().deleteRoom(SPACE_ID, UNKNOWN_ID), 404, "not-found");
    }
}
