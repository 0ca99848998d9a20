package dev.moodhoodkit.contract.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.moodhoodkit.client.model.EmbedDescriptor;
import dev.moodhoodkit.client.model.GenerateAccessRequest;
import dev.moodhoodkit.client.model.GeneratedAccess;
import dev.moodhoodkit.client.model.GrantRoomRoleRequest;
import dev.moodhoodkit.client.model.RoomRole;
import dev.moodhoodkit.client.model.RoomRoleName;
import dev.moodhoodkit.contract.support.ContractFiles;
import dev.moodhoodkit.contract.support.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who gets into a room: RoomRoles, RoomGenerateAccess (guest links) and RoomEmbed (the iframe). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFiles.PROVIDER, pactVersion = PactSpecVersion.V3)
class RoomAccessPactTest extends ConsumerPactTest {

    private static final String ROOM = "/spaces/" + SPACE_ID + "/rooms/" + ROOM_ID;
    private static final String ROOM_EXPRESSION = "/spaces/${spaceId}/rooms/${roomId}";

    @Pact(consumer = CONSUMER)
    RequestResponsePact grantRoleToUserAtRoomAnswersTheRole(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM_AND_SECOND_USER)
                                                        .uponReceiving(
                                                                "grantRoleToUserAtRoom: the room owner makes another user a moderator")
                                                        .method("POST"),
                                                ROOM_EXPRESSION + "/roles",
                                                ROOM + "/roles")),
                                        o -> {
                                            o.valueFromProviderState("targetUserId", "${targetUserId}", OTHER_USER_ID);
                                            o.stringValue("role", "role_room_moderator");
                                        })
                                .willRespondWith(),
                        200,
                        o -> {
                            o.valueFromProviderState("spaceId", "${spaceId}", SPACE_ID);
                            o.valueFromProviderState("roomId", "${roomId}", ROOM_ID);
                            o.valueFromProviderState("userId", "${targetUserId}", OTHER_USER_ID);
                            o.stringValue("role", "role_room_moderator");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "grantRoleToUserAtRoomAnswersTheRole")
    void grantRoleToUserAtRoomAnswersTheRole(MockServer server) {
        RoomRole role = client(server, USER_TOKEN)
                .roomRoles()
                .grantRoleToUserAtRoom(
                        SPACE_ID,
                        ROOM_ID,
                        new GrantRoomRoleRequest().targetUserId(OTHER_USER_ID).role(RoomRoleName.ROLE_ROOM_MODERATOR));

        assertThat(role.getUserId()).isEqualTo(OTHER_USER_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact grantRoleToTheRoomOwnerAnswersConflict(PactDslWithProvider builder) {
        return problem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "grantRoleToUserAtRoom: the room owner's own role cannot change, 409")
                                                        .method("POST"),
                                                ROOM_EXPRESSION + "/roles",
                                                ROOM + "/roles")),
                                        o -> {
                                            o.valueFromProviderState("targetUserId", "${userId}", USER_ID);
                                            o.stringValue("role", "role_room_user");
                                        })
                                .willRespondWith(),
                        409,
                        "room-owner-role")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "grantRoleToTheRoomOwnerAnswersConflict")
    void grantRoleToTheRoomOwnerAnswersConflict(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .roomRoles()
                        .grantRoleToUserAtRoom(
                                SPACE_ID,
                                ROOM_ID,
                                new GrantRoomRoleRequest().targetUserId(USER_ID).role(RoomRoleName.ROLE_ROOM_USER)),
                409,
                "room-owner-role");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact roomGenerateAccessAnswersAGuestLink(PactDslWithProvider builder) {
        return json(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "roomGenerateAccess: the room owner makes a one-time guest link")
                                                        .method("POST"),
                                                ROOM_EXPRESSION + "/generate-access",
                                                ROOM + "/generate-access")),
                                        o -> {
                                            o.stringValue("username", "Guest Lecturer");
                                            o.stringValue("role", "user");
                                            o.stringValue("externalUserId", "crm-4711");
                                            o.numberValue("ttl", 86400);
                                            o.booleanValue("isPermanent", false);
                                        })
                                .willRespondWith(),
                        200,
                        o -> {
                            o.stringMatcher(
                                    "url",
                                    "https?://.+/room/[A-Za-z0-9]{10}\\?.*accessToken=.+",
                                    "https://moodhood.online/room/EGBYWoMZJe?participantName=Guest%20Lecturer&accessToken="
                                            + USER_TOKEN);
                            dateTime(o, "expiresAt");
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "roomGenerateAccessAnswersAGuestLink")
    void roomGenerateAccessAnswersAGuestLink(MockServer server) {
        GeneratedAccess link = client(server, USER_TOKEN)
                .guestAccess()
                .roomGenerateAccess(
                        SPACE_ID,
                        ROOM_ID,
                        new GenerateAccessRequest()
                                .username("Guest Lecturer")
                                .role(GenerateAccessRequest.RoleEnum.USER)
                                .externalUserId("crm-4711"));

        assertThat(link.getUrl().getQuery()).contains("accessToken=");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact roomGenerateAccessBeyondTheLongestTtlFailsValidation(PactDslWithProvider builder) {
        return validationProblem(
                        jsonBody(
                                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "roomGenerateAccess: a ttl above 432000 s fails validation, naming the field")
                                                        .method("POST"),
                                                ROOM_EXPRESSION + "/generate-access",
                                                ROOM + "/generate-access")),
                                        o -> {
                                            o.stringValue("username", "Guest Lecturer");
                                            o.stringValue("role", "user");
                                            o.numberValue("ttl", 500000);
                                            o.booleanValue("isPermanent", false);
                                        })
                                .willRespondWith(),
                        "ttl")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "roomGenerateAccessBeyondTheLongestTtlFailsValidation")
    void roomGenerateAccessBeyondTheLongestTtlFailsValidation(MockServer server) {
        assertProblem(
                () -> client(server, USER_TOKEN)
                        .guestAccess()
                        .roomGenerateAccess(
                                SPACE_ID,
                                ROOM_ID,
                                new GenerateAccessRequest()
                                        .username("Guest Lecturer")
                                        .role(GenerateAccessRequest.RoleEnum.USER)
                                        .ttl(500000)),
                422,
                "validation-failed");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getRoomEmbedAnswersTheIframe(PactDslWithProvider builder) {
        return json(
                        asUser(path(
                                                builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                        .uponReceiving(
                                                                "getRoomEmbed: the room owner's iframe, 600px high")
                                                        .method("GET"),
                                                ROOM_EXPRESSION + "/embed",
                                                ROOM + "/embed")
                                        .query("participantName=Anna&height=600px"))
                                .willRespondWith(),
                        200,
                        o -> {
                            String url = "https://moodhood.online/room/EGBYWoMZJe?participantName=Anna&refreshToken="
                                    + USER_TOKEN;
                            o.stringMatcher(
                                    "roomUrl",
                                    "https?://.+/room/[A-Za-z0-9]{10}\\?participantName=Anna&refreshToken=.+",
                                    url);
                            o.object("iframe", f -> {
                                f.stringMatcher("src", "https?://.+/room/[A-Za-z0-9]{10}\\?.+", url);
                                f.stringValue("width", "100%");
                                f.stringValue("height", "600px");
                                f.stringValue("frameborder", "0");
                                f.stringMatcher(
                                        "allow", ".*\\bcamera\\b.*", "camera; microphone; display-capture; fullscreen");
                                f.booleanValue("allowusermedia", true);
                            });
                            o.stringMatcher(
                                    "html",
                                    "<iframe .*></iframe>",
                                    "<iframe src=\"" + url + "\" width=\"100%\" height=\"600px\"></iframe>");
                            o.object("permissions", p -> {
                                p.booleanValue("camera", true);
                                p.booleanValue("microphone", true);
                                p.booleanType("screenShare", true);
                                p.booleanType("chat", true);
                                p.booleanValue("moderate", true);
                            });
                        })
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getRoomEmbedAnswersTheIframe")
    void getRoomEmbedAnswersTheIframe(MockServer server) {
        EmbedDescriptor embed =
                client(server, USER_TOKEN).embed().getRoomEmbed(SPACE_ID, ROOM_ID, "Anna", null, "600px");

        assertThat(embed.getIframe().getHeight()).isEqualTo("600px");
        assertThat(embed.getPermissions().getModerate()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getRoomEmbedWithClientTokenIsForbidden(PactDslWithProvider builder) {
        return problem(
                        asClient(path(
                                        builder.given(ProviderStates.ROOM, SpaceRoomsPactTest.LESSON)
                                                .uponReceiving("getRoomEmbed: a client token is not a user, 403")
                                                .method("GET"),
                                        ROOM_EXPRESSION + "/embed",
                                        ROOM + "/embed"))
                                .willRespondWith(),
                        403,
                        "forbidden")
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getRoomEmbedWithClientTokenIsForbidden")
    void getRoomEmbedWithClientTokenIsForbidden(MockServer server) {
        assertProblem(
                () -> client(server, CLIENT_TOKEN).embed().getRoomEmbed(SPACE_ID, ROOM_ID, null, null, null),
                403,
                "forbidden");
    }
}
