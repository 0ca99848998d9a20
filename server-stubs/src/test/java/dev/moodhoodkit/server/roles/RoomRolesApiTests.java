package dev.moodhoodkit.server.roles;

import static dev.moodhoodkit.server.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RoomRoles call over HTTP, every exchange checked against openapi.yaml. */
class RoomRolesApiTests extends ApiTest {

    private TestUser owner;
    private String space;

    @BeforeEach
    void spaceWithOwner() {
        owner = newUser();
        space = fixtures.space(owner.token(), false);
    }

    private String roles(String roomId) {
        return "/v1/spaces/" + space + "/rooms/" + roomId + "/roles";
    }

    private String room(String roomId) {
        return "/v1/spaces/" + space + "/rooms/" + roomId;
    }

    @Test
    void grantRoleOpensAPrivateRoomToItsTargetAndAnswersTheRole() {
        TestUser target = newUser();
        String closed = fixtures.room(owner.token(), space, false);
        api.get(room(closed), target.token()).assertStatus(404);

        ApiResponse granted = api.post(
                        roles(closed), owner.token(), json("targetUserId", target.id(), "role", "role_room_user"))
                .assertStatus(200);

        assertThat(granted.string("/spaceId")).isEqualTo(space);
        assertThat(granted.string("/roomId")).isEqualTo(closed);
        assertThat(granted.string("/userId")).isEqualTo(target.id());
        assertThat(granted.string("/role")).isEqualTo("role_room_user");
        assertThat(api.get(room(closed), target.token()).assertStatus(200).string("/roleInRoom"))
                .isEqualTo("role_room_user");
    }

    @Test
    void grantRoleReplacesTheRoleTheTargetHad() {
        TestUser target = newUser();
        String closed = fixtures.room(owner.token(), space, false);
        fixtures.grant(owner.token(), space, closed, target.id(), "role_room_user");

        fixtures.grant(owner.token(), space, closed, target.id(), "role_room_moderator");

        assertThat(api.get(room(closed), target.token()).string("/roleInRoom")).isEqualTo("role_room_moderator");
        // A room moderator may change the room now.
        api.put(room(closed), target.token(), json("name", "Moderated")).assertStatus(200);
    }

    @Test
    void aRoomModeratorMayGrantRolesAndAPlainRoomUserMayNot() {
        TestUser moderator = newUser();
        TestUser user = newUser();
        String closed = fixtures.room(owner.token(), space, false);
        fixtures.grant(owner.token(), space, closed, moderator.id(), "role_room_moderator");
        fixtures.grant(owner.token(), space, closed, user.id(), "role_room_user");

        api.post(
                        roles(closed),
                        moderator.token(),
                        json("targetUserId", newUser().id(), "role", "role_room_user"))
                .assertStatus(200);
        api.post(roles(closed), user.token(), json("targetUserId", newUser().id(), "role", "role_room_user"))
                .assertStatus(403);
    }

    @Test
    void theSpaceOwnerCannotGrantRolesInARoomTheyCannotEnter() {
        TestUser moderator = newUser();
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");
        String closed = fixtures.room(moderator.token(), space, false);
        String open = fixtures.room(moderator.token(), space, true);

        api.post(roles(closed), owner.token(), json("targetUserId", owner.id(), "role", "role_room_moderator"))
                .assertStatus(404);
        api.post(roles(open), owner.token(), json("targetUserId", owner.id(), "role", "role_room_moderator"))
                .assertStatus(403);

        fixtures.grant(moderator.token(), space, closed, owner.id(), "role_room_moderator");
        api.get(room(closed), owner.token()).assertStatus(200);
    }

    @Test
    void grantRoleToAnUnknownUserAnswersNotFound() {
        String open = fixtures.room(owner.token(), space, true);

        ApiResponse answer = api.post(
                        roles(open),
                        owner.token(),
                        json("targetUserId", "0123456789abcdef01234567", "role", "role_room_user"))
                .assertStatus(404);

        assertThat(answer.string("/detail")).contains("user");
    }

    @Test
    void grantRoleToTheRoomOwnerAnswersConflict() {
        TestUser moderator = newUser();
        String open = fixtures.room(owner.token(), space, true);
        fixtures.grant(owner.token(), space, open, moderator.id(), "role_room_moderator");

        api.post(roles(open), moderator.token(), json("targetUserId", owner.id(), "role", "role_room_user"))
                .assertStatus(409);

        assertThat(api.get(room(open), owner.token()).string("/roleInRoom")).isEqualTo("role_room_owner");
    }

    @Test
    void grantRoleWithoutATokenAnswersUnauthorizedAndWithAClientTokenForbidden() {
        String open = fixtures.room(owner.token(), space, true);
        TestUser target = newUser();

        api.request("POST", roles(open))
                .json(json("targetUserId", target.id(), "role", "role_room_user"))
                .invalidRequest()
                .send()
                .assertStatus(401);
        api.post(roles(open), clientToken(), json("targetUserId", target.id(), "role", "role_room_user"))
                .assertStatus(403);
    }

    @Test
    void grantRoleInAnInvisibleRoomAnswersNotFound() {
        String closed = fixtures.room(owner.token(), space, false);
        TestUser stranger = newUser();

        api.post(roles(closed), stranger.token(), json("targetUserId", stranger.id(), "role", "role_room_moderator"))
                .assertStatus(404);
    }

    @Test
    void grantRoleWithAnUnknownRoleOrAMalformedUserIdAnswersAValidationProblem() {
        String open = fixtures.room(owner.token(), space, true);
        TestUser target = newUser();

        ApiResponse badRole = api.request("POST", roles(open))
                .token(owner.token())
                .json(json("targetUserId", target.id(), "role", "role_room_owner"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(badRole.string("/errors/0/field")).isEqualTo("role");
        ApiResponse badId = api.request("POST", roles(open))
                .token(owner.token())
                .json(json("targetUserId", "nobody", "role", "role_room_user"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(badId.string("/errors/0/field")).isEqualTo("targetUserId");
    }
}
