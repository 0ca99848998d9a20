package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.client.errors.ConflictException;
import dev.moodhoodkit.client.errors.NotFoundException;
import dev.moodhoodkit.client.errors.PermissionException;
import dev.moodhoodkit.client.errors.SpecProblemType;
import dev.moodhoodkit.client.model.CreateInviteRequest;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateWebHookRequest;
import dev.moodhoodkit.client.model.CreatedRoom;
import dev.moodhoodkit.client.model.GenerateAccessRequest;
import dev.moodhoodkit.client.model.GeneratedAccess;
import dev.moodhoodkit.client.model.GrantRoomRoleRequest;
import dev.moodhoodkit.client.model.InviteActivation;
import dev.moodhoodkit.client.model.InviteStatus;
import dev.moodhoodkit.client.model.Room;
import dev.moodhoodkit.client.model.RoomRole;
import dev.moodhoodkit.client.model.RoomRoleName;
import dev.moodhoodkit.client.model.RoomRoleOfCaller;
import dev.moodhoodkit.client.model.RoomType;
import dev.moodhoodkit.client.model.Space;
import dev.moodhoodkit.client.model.SpaceRole;
import dev.moodhoodkit.client.model.SpaceRoleOfCaller;
import dev.moodhoodkit.client.model.UpdateWebHookRequest;
import dev.moodhoodkit.client.model.User;
import dev.moodhoodkit.client.model.WebHook;
import dev.moodhoodkit.client.model.WebHookWithSecret;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end path through the facade only, against the real reference server:
 * client token, users, user tokens, a space, a room, an invite activated by a second user, a
 * room role, a guest link and the webhook settings.
 */
class EndToEndFlowTests extends EndToEndSupport {

    private static final URI HOOK = URI.create("https://example.com/hook");
    private static final URI OTHER_HOOK = URI.create("https://example.com/hooks/moodhood");

    @Test
    void fromTheClientTokenToTheWebhookSettings() {
        // Client token -> users; each user view logs in with the password grant on first use.
        TestUser anna = newUser("Anna");
        TestUser boris = newUser("Boris");
        User annaAsSeen = anna.client().users().getCurrentUser();
        assertThat(annaAsSeen.getId()).isEqualTo(anna.id());
        assertThat(annaAsSeen.getEmail()).isEqualTo(anna.email());

        // Anna's private space and private room.
        String spaceId = anna.client()
                .spaces()
                .createSpace(new CreateSpaceRequest().name("Lessons").isPublic(false))
                .getId();
        Space space = anna.client().spaces().getSpace(spaceId);
        assertThat(space.getOwnerId()).isEqualTo(anna.id());
        assertThat(space.getRoleInSpace()).isEqualTo(SpaceRoleOfCaller.ROLE_SPACE_OWNER);
        CreatedRoom created = anna.client()
                .rooms()
                .createRoom(
                        spaceId,
                        new CreateRoomRequest()
                                .name("Monday lesson")
                                .type(RoomType.LESSON)
                                .isPublic(false));
        String roomId = created.getId();
        assertThat(created.getAlias()).isNotBlank();
        assertThat(boris.client().spaces().listSpaces(null, null).getItems())
                .extracting(Space::getId)
                .doesNotContain(spaceId);

        // An invite, activated by Boris: he is now a member of the space, once only.
        String inviteId = anna.client()
                .invites()
                .createInvite(
                        spaceId,
                        new CreateInviteRequest()
                                .role(SpaceRole.ROLE_SPACE_USER)
                                .expiresAt(OffsetDateTime.now().plusDays(7)))
                .getId();
        assertThat(anna.client()
                        .invites()
                        .listInvites(spaceId, InviteStatus.PENDING, null, null)
                        .getItems())
                .singleElement()
                .satisfies(invite -> assertThat(invite.getId()).isEqualTo(inviteId));
        InviteActivation activation = boris.client().invites().activateInvite(spaceId, inviteId);
        assertThat(activation.getSpaceId()).isEqualTo(spaceId);
        assertThat(activation.getRole()).isEqualTo(SpaceRole.ROLE_SPACE_USER);
        assertThat(boris.client().spaces().getSpace(spaceId).getRoleInSpace())
                .isEqualTo(SpaceRoleOfCaller.ROLE_SPACE_USER);
        assertThat(anna.client()
                        .invites()
                        .listInvites(spaceId, InviteStatus.ACTIVATED, null, null)
                        .getItems())
                .singleElement()
                .satisfies(invite -> assertThat(invite.getActivatedBy()).isEqualTo(boris.id()));
        assertThatThrownBy(() -> boris.client().invites().activateInvite(spaceId, inviteId))
                .isInstanceOf(ConflictException.class);

        // A private room stays closed to a member of its space until he has a room role there.
        assertThatThrownBy(() -> boris.client().rooms().getRoom(spaceId, roomId))
                .isInstanceOf(NotFoundException.class);
        RoomRole role = anna.client()
                .roomRoles()
                .grantRoleToUserAtRoom(
                        spaceId,
                        roomId,
                        new GrantRoomRoleRequest().targetUserId(boris.id()).role(RoomRoleName.ROLE_ROOM_MODERATOR));
        assertThat(role.getUserId()).isEqualTo(boris.id());
        assertThat(role.getRole()).isEqualTo(RoomRoleName.ROLE_ROOM_MODERATOR);
        Room roomAsBorisSees = boris.client().rooms().getRoom(spaceId, roomId);
        assertThat(roomAsBorisSees.getRoleInRoom()).isEqualTo(RoomRoleOfCaller.ROLE_ROOM_MODERATOR);

        // As room moderator Boris makes a guest link; its token opens that room and nothing else.
        GeneratedAccess access = boris.client()
                .generateAccess()
                .roomGenerateAccess(
                        spaceId,
                        roomId,
                        new GenerateAccessRequest()
                                .username("Guest Lecturer")
                                .role(GenerateAccessRequest.RoleEnum.USER)
                                .ttl(3600));
        assertThat(access.getUrl().getPath()).isEqualTo("/room/" + created.getAlias());
        assertThat(access.getUrl().getRawQuery()).startsWith("participantName=Guest%20Lecturer&accessToken=");
        assertThat(Duration.between(OffsetDateTime.now(), access.getExpiresAt()))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
        MoodhoodClient guest = moodhood.withPersonalToken(queryParameter(access.getUrl(), "accessToken"));
        assertThat(guest.rooms().getRoom(spaceId, roomId).getId()).isEqualTo(roomId);
        assertThatThrownBy(() -> guest.spaces().getSpace(spaceId)).isInstanceOf(PermissionException.class);

        // The space's webhook: only its owner manages it.
        WebHookWithSecret hook = anna.client().webhooks().createWebHook(spaceId, new CreateWebHookRequest().url(HOOK));
        assertThat(hook.getUrl()).isEqualTo(HOOK);
        assertThat(hook.getIsActive()).isTrue();
        assertThat(hook.getSecret()).matches("[0-9a-f]{32}");
        assertThatThrownBy(() ->
                        anna.client().webhooks().createWebHook(spaceId, new CreateWebHookRequest().url(OTHER_HOOK)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.type()).isEqualTo(SpecProblemType.WEBHOOK_EXISTS));
        assertThatThrownBy(() -> boris.client().webhooks().getWebHook(spaceId)).isInstanceOf(PermissionException.class);

        WebHook read = anna.client().webhooks().getWebHook(spaceId);
        assertThat(read.getUrl()).isEqualTo(HOOK);
        assertThat(read.getIsActive()).isTrue();

        WebHook updated = anna.client()
                .webhooks()
                .updateWebHook(
                        spaceId, new UpdateWebHookRequest().url(OTHER_HOOK).isActive(false));
        assertThat(updated.getUrl()).isEqualTo(OTHER_HOOK);
        assertThat(updated.getIsActive()).isFalse();
        // Only what is sent changes: the URL stays when the update names isActive alone.
        assertThat(anna.client()
                        .webhooks()
                        .updateWebHook(spaceId, new UpdateWebHookRequest().isActive(true))
                        .getUrl())
                .isEqualTo(OTHER_HOOK);

        WebHookWithSecret refreshed = anna.client().webhooks().refreshSecretWebHook(spaceId);
        assertThat(refreshed.getSecret()).matches("[0-9a-f]{32}").isNotEqualTo(hook.getSecret());
        assertThat(refreshed.getUrl()).isEqualTo(OTHER_HOOK);
        assertThat(anna.client()
                        .webhooks()
                        .listWebHookDeliveries(spaceId, null, null)
                        .getTotal())
                .isZero();

        anna.client().webhooks().deleteWebHook(spaceId);
        assertThatThrownBy(() -> anna.client().webhooks().getWebHook(spaceId)).isInstanceOf(NotFoundException.class);
    }

    /** The decoded value of one query parameter. */
    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }
}
