package dev.moodhoodkit.contract.support;

import dev.moodhoodkit.client.model.CreateInviteRequest;
import dev.moodhoodkit.client.model.CreateParticipantRequest;
import dev.moodhoodkit.client.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.CreateWebHookRequest;
import dev.moodhoodkit.client.model.GenerateAccessRequest;
import dev.moodhoodkit.client.model.GrantRoomRoleRequest;
import dev.moodhoodkit.client.model.MeetingSettings;
import dev.moodhoodkit.client.model.ParticipantRef;
import dev.moodhoodkit.client.model.RoomRoleName;
import dev.moodhoodkit.client.model.RoomType;
import dev.moodhoodkit.client.model.SpaceRole;
import dev.moodhoodkit.client.model.TokenRequest;
import dev.moodhoodkit.client.model.UpdateRoomRequest;
import dev.moodhoodkit.client.model.UpdateSpaceRequest;
import dev.moodhoodkit.client.model.UpdateWebHookRequest;
import java.net.URI;
import java.util.Map;

/**
 * One call of the generated client per operationId of the spec, with plausible arguments (the
 * spec's example ids and values). Tests that must reach every operation look their calls up
 * here by operationId, so an operation added to the spec without a call fails them by name.
 */
public final class ClientCalls {

    public static final String SPACE = "60d55c0eb9ef88ab17b0aabb";
    public static final String ROOM = "60d55c4fb9ef88ab17b0aabd";
    public static final String INVITE = "60d55d12b9ef88ab17b0aac1";
    public static final String USER = "60d55b9cb9ef88ab17b0aaba";
    public static final String PARTICIPANT = "60d55e01b9ef88ab17b0aac5";
    public static final String RECORD = "60d55f33b9ef88ab17b0aac9";
    public static final String CALL = "60d55e90b9ef88ab17b0aac7";
    public static final String PERSONAL_TOKEN = "60d560aab9ef88ab17b0aacb";

    /** A call of one operation; answers what the client returned (null for no body). */
    @FunctionalInterface
    public interface Call {
        Object invoke(GeneratedClient.Apis apis) throws Exception;
    }

    private ClientCalls() {}

    public static final Map<String, Call> BY_OPERATION = Map.ofEntries(
            Map.entry(
                    "getAccessToken",
                    a -> a.auth()
                            .getAccessToken(new TokenRequest()
                                    .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                                    .clientId("john-smith")
                                    .clientSecret("VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4"))),
            Map.entry("getIntegrationClient", a -> a.integration().getIntegrationClient()),
            Map.entry("createIntegrationClient", a -> a.integration().createIntegrationClient()),
            Map.entry("refreshIntegrationClientSecret", a -> a.integration().refreshIntegrationClientSecret()),
            Map.entry("listPersonalTokens", a -> a.integration().listPersonalTokens(null, null)),
            Map.entry(
                    "createPersonalToken",
                    a -> a.integration().createPersonalToken(new CreatePersonalTokenRequest().name("CRM integration"))),
            Map.entry("deletePersonalToken", a -> {
                a.integration().deletePersonalToken(PERSONAL_TOKEN);
                return null;
            }),
            Map.entry(
                    "createNewUser",
                    a -> a.users()
                            .createNewUser(new CreateUserRequest()
                                    .email("anna@example.com")
                                    .username("Anna")
                                    .password("correct-horse-battery"))),
            Map.entry("getCurrentUser", a -> a.users().getCurrentUser()),
            Map.entry("getMeetingSettings", a -> a.users().getMeetingSettings()),
            Map.entry(
                    "updateMeetingSettings",
                    a -> a.users()
                            .updateMeetingSettings(
                                    new MeetingSettings().spaceId(SPACE).roomId(ROOM))),
            Map.entry("listSpaces", a -> a.spaces().listSpaces(null, null)),
            Map.entry("createSpace", a -> a.spaces().createSpace(new CreateSpaceRequest().name("Design school"))),
            Map.entry("getSpace", a -> a.spaces().getSpace(SPACE)),
            Map.entry(
                    "updateSpace",
                    a -> a.spaces()
                            .updateSpace(
                                    SPACE,
                                    new UpdateSpaceRequest()
                                            .name("Design school")
                                            .isPublic(true))),
            Map.entry("deleteSpace", a -> {
                a.spaces().deleteSpace(SPACE);
                return null;
            }),
            Map.entry("listRooms", a -> a.rooms().listRooms(SPACE, null, null)),
            Map.entry(
                    "createRoom",
                    a -> a.rooms()
                            .createRoom(
                                    SPACE,
                                    new CreateRoomRequest()
                                            .name("Monday lesson")
                                            .type(RoomType.LESSON))),
            Map.entry("getRoom", a -> a.rooms().getRoom(SPACE, ROOM)),
            Map.entry(
                    "updateRoom",
                    a -> a.rooms()
                            .updateRoom(
                                    SPACE,
                                    ROOM,
                                    new UpdateRoomRequest()
                                            .name("Monday webinar")
                                            .type(RoomType.WEBINAR))),
            Map.entry("deleteRoom", a -> {
                a.rooms().deleteRoom(SPACE, ROOM);
                return null;
            }),
            Map.entry("listInvites", a -> a.invites().listInvites(SPACE, null, null, null)),
            Map.entry(
                    "createInvite",
                    a -> a.invites().createInvite(SPACE, new CreateInviteRequest().role(SpaceRole.ROLE_SPACE_USER))),
            Map.entry("revokeInvite", a -> {
                a.invites().revokeInvite(SPACE, INVITE);
                return null;
            }),
            Map.entry("activateInvite", a -> a.invites().activateInvite(SPACE, INVITE)),
            Map.entry(
                    "grantRoleToUserAtRoom",
                    a -> a.roomRoles()
                            .grantRoleToUserAtRoom(
                                    SPACE,
                                    ROOM,
                                    new GrantRoomRoleRequest()
                                            .targetUserId(USER)
                                            .role(RoomRoleName.ROLE_ROOM_MODERATOR))),
            Map.entry(
                    "roomGenerateAccess",
                    a -> a.guestAccess()
                            .roomGenerateAccess(
                                    SPACE,
                                    ROOM,
                                    new GenerateAccessRequest()
                                            .username("Guest Lecturer")
                                            .role(GenerateAccessRequest.RoleEnum.USER))),
            Map.entry(
                    "createParticipant",
                    a -> a.participants()
                            .createParticipant(
                                    SPACE,
                                    new CreateParticipantRequest().name("Anna").roomId(ROOM))),
            Map.entry("createSignalingToken", a -> a.participants().createSignalingToken(SPACE, PARTICIPANT)),
            Map.entry(
                    "joinRoom",
                    a -> a.participants().joinRoom(SPACE, ROOM, new ParticipantRef().participantId(PARTICIPANT))),
            Map.entry("leaveRoom", a -> {
                a.participants().leaveRoom(SPACE, ROOM, new ParticipantRef().participantId(PARTICIPANT));
                return null;
            }),
            Map.entry("listRoomRecords", a -> a.records().listRoomRecords(SPACE, ROOM, null, null, null, null)),
            Map.entry("startRoomRecording", a -> a.records().startRoomRecording(SPACE, ROOM)),
            Map.entry("stopRoomRecording", a -> a.records().stopRoomRecording(SPACE, ROOM)),
            Map.entry(
                    "RedirectToDownloadRoomRecord", a -> a.records().redirectToDownloadRoomRecord(SPACE, ROOM, RECORD)),
            Map.entry("getRoomEmbed", a -> a.embed().getRoomEmbed(SPACE, ROOM, null, null, null)),
            Map.entry("GetWebHook", a -> a.webhooks().getWebHook(SPACE)),
            Map.entry(
                    "CreateWebHook",
                    a -> a.webhooks()
                            .createWebHook(
                                    SPACE,
                                    new CreateWebHookRequest().url(URI.create("https://example.com/moodhood/events")))),
            Map.entry(
                    "UpdateWebHook",
                    a -> a.webhooks().updateWebHook(SPACE, new UpdateWebHookRequest().isActive(false))),
            Map.entry("DeleteWebHook", a -> {
                a.webhooks().deleteWebHook(SPACE);
                return null;
            }),
            Map.entry("RefreshSecretWebHook", a -> a.webhooks().refreshSecretWebHook(SPACE)),
            Map.entry("listWebHookDeliveries", a -> a.webhooks().listWebHookDeliveries(SPACE, null, null)),
            Map.entry("analyticsCalls", a -> a.analytics().analyticsCalls(SPACE, null, null, null, null)),
            Map.entry("getRoomAnalyticsReport", a -> a.analytics().getRoomAnalyticsReport(SPACE, ROOM, CALL, null)));
}
