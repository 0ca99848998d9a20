package dev.moodhoodkit.server.rooms;

import static dev.moodhoodkit.server.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SpaceRooms calls over HTTP, every exchange checked against openapi.yaml. */
class RoomsApiTests extends ApiTest {

    private String rooms(String spaceId) {
        return "/v1/spaces/" + spaceId + "/rooms";
    }

    private String room(String spaceId, String roomId) {
        return rooms(spaceId) + "/" + roomId;
    }

    @Test
    void createRoomAnswersIdAliasChannelIdAndLocationAndAppliesTheDocumentedDefaults() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse created = api.post(rooms(space), owner.token(), json("name", "Monday lesson"))
                .assertStatus(201);
        String id = created.string("/id");
        assertThat(created.string("/alias")).matches("[A-Za-z0-9]{10}");
        assertThat(created.string("/channelId")).matches("[0-9a-f]{24}").isNotEqualTo(id);
        assertThat(created.header("Location")).hasValue(room(space, id));

        ApiResponse read = api.get(room(space, id), owner.token()).assertStatus(200);
        assertThat(read.string("/alias")).isEqualTo(created.string("/alias"));
        assertThat(read.string("/spaceId")).isEqualTo(space);
        assertThat(read.string("/type")).isEqualTo("lesson");
        assertThat(read.string("/waitingRoomAudience")).isEqualTo("nobody");
        assertThat(read.string("/roleInRoom")).isEqualTo("role_room_owner");
        assertThat(read.body().has("redirectUrl")).isFalse();
        assertThat(read.body().has("lastCallAt")).isFalse();
        for (String on : new String[] {
            "isPublic",
            "isScreensharingAllowed",
            "isChatAllowed",
            "isMicrophonePublishingAllowed",
            "isCameraPublishingAllowed",
            "isScreenMediaPublishingAllowed",
            "isAvatarsAllowed",
            "isSelfRenamingAllowed",
            "isHandRaisingAllowed"
        }) {
            assertThat(read.body().get(on).asBoolean()).as(on).isTrue();
        }
        for (String off : new String[] {"isRecordAllowed", "isAutoRecordingAllowed", "isRemoteDrawingAllowed"}) {
            assertThat(read.body().get(off).asBoolean()).as(off).isFalse();
        }
    }

    @Test
    void createRoomKeepsTheSettingsGiven() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);

        String id = fixtures.room(
                owner.token(),
                space,
                json(
                        "name",
                        "Webinar",
                        "type",
                        "webinar",
                        "isPublic",
                        false,
                        "isChatAllowed",
                        false,
                        "isRecordAllowed",
                        true,
                        "waitingRoomAudience",
                        "guests",
                        "redirectUrl",
                        "https://example.com/thanks"));

        ApiResponse read = api.get(room(space, id), owner.token()).assertStatus(200);
        assertThat(read.string("/type")).isEqualTo("webinar");
        assertThat(read.body().get("isPublic").asBoolean()).isFalse();
        assertThat(read.body().get("isChatAllowed").asBoolean()).isFalse();
        assertThat(read.body().get("isRecordAllowed").asBoolean()).isTrue();
        assertThat(read.string("/waitingRoomAudience")).isEqualTo("guests");
        assertThat(read.string("/redirectUrl")).isEqualTo("https://example.com/thanks");
    }

    @Test
    void roomsGetDistinctAliases() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        java.util.Set<String> aliases = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            aliases.add(api.post(rooms(space), owner.token(), json("name", "Room " + i))
                    .assertStatus(201)
                    .string("/alias"));
        }

        assertThat(aliases).hasSize(5);
    }

    @Test
    void aSpaceModeratorMayCreateARoomAndOwnsIt() {
        TestUser owner = newUser();
        TestUser moderator = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");

        String id = fixtures.room(moderator.token(), space, false);

        assertThat(api.get(room(space, id), moderator.token()).assertStatus(200).string("/roleInRoom"))
                .isEqualTo("role_room_owner");
        // A private room is closed even to the space's owner.
        api.get(room(space, id), owner.token()).assertStatus(404);
    }

    @Test
    void createRoomByAPlainSpaceMemberAnswersForbidden() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");

        api.post(rooms(space), member.token(), json("name", "Mine")).assertStatus(403);
    }

    @Test
    void createRoomInAPublicSpaceOfAnotherUserAnswersForbiddenAndInAPrivateOneNotFound() {
        TestUser owner = newUser();
        TestUser stranger = newUser();

        api.post(rooms(fixtures.space(owner.token(), true)), stranger.token(), json("name", "Mine"))
                .assertStatus(403);
        api.post(rooms(fixtures.space(owner.token(), false)), stranger.token(), json("name", "Mine"))
                .assertStatus(404);
    }

    @Test
    void createRoomWithoutATokenAnswersUnauthorizedAndWithAClientTokenForbidden() {
        String space = fixtures.space(newUser().token(), true);

        api.request("POST", rooms(space))
                .json(json("name", "X"))
                .invalidRequest()
                .send()
                .assertStatus(401);
        api.post(rooms(space), clientToken(), json("name", "X")).assertStatus(403);
    }

    @Test
    void createRoomWithAnUnknownTypeAnswersAValidationProblemNamingIt() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse answer = api.request("POST", rooms(space))
                .token(owner.token())
                .json(json("name", "X", "type", "concert"))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.string("/errors/0/field")).isEqualTo("type");
    }

    @Test
    void createRoomWithoutANameOrWithARelativeRedirectUrlAnswersAValidationProblem() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse noName = api.request("POST", rooms(space))
                .token(owner.token())
                .json(json("type", "lesson"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(noName.string("/errors/0/field")).isEqualTo("name");
        ApiResponse relative = api.request("POST", rooms(space))
                .token(owner.token())
                .json(json("name", "X", "redirectUrl", "/thanks"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(relative.string("/errors/0/field")).isEqualTo("redirectUrl");
    }

    @Test
    void createRoomInAnUnknownSpaceAnswersNotFoundAndWithAnInvalidIdBadRequest() {
        TestUser user = newUser();

        api.post(rooms("0123456789abcdef01234567"), user.token(), json("name", "X"))
                .assertStatus(404);
        api.request("POST", rooms("0123456789ABCDEF01234567"))
                .token(user.token())
                .json(json("name", "X"))
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void listRoomsShowsPublicRoomsAndTheCallersPrivateOnesNewestFirstWithTheCallersRole() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, member.token(), "role_space_moderator");
        String open = fixtures.room(owner.token(), space, true);
        String ownersPrivate = fixtures.room(owner.token(), space, false);
        String membersPrivate = fixtures.room(member.token(), space, false);

        ApiResponse ownersView = api.get(rooms(space), owner.token()).assertStatus(200);
        assertThat(ownersView.body().get("total").asInt()).isEqualTo(2);
        assertThat(ownersView.body().get("items").findValuesAsString("id")).containsExactly(ownersPrivate, open);

        ApiResponse membersView = api.get(rooms(space), member.token()).assertStatus(200);
        assertThat(membersView.body().get("items").findValuesAsString("id")).containsExactly(membersPrivate, open);
        assertThat(membersView.string("/items/0/roleInRoom")).isEqualTo("role_room_owner");
        assertThat(membersView.body().at("/items/1").has("roleInRoom")).isFalse();

        fixtures.grant(member.token(), space, membersPrivate, owner.id(), "role_room_user");
        ApiResponse afterGrant = api.get(rooms(space), owner.token()).assertStatus(200);
        assertThat(afterGrant.body().get("items").findValuesAsString("id"))
                .containsExactly(membersPrivate, ownersPrivate, open);
        assertThat(afterGrant.string("/items/0/roleInRoom")).isEqualTo("role_room_user");
    }

    @Test
    void listRoomsPagesWithLimitAndOffset() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.room(owner.token(), space, true);
        String middle = fixtures.room(owner.token(), space, true);
        fixtures.room(owner.token(), space, true);

        ApiResponse page =
                api.get(rooms(space) + "?limit=1&offset=1", owner.token()).assertStatus(200);

        assertThat(page.body().get("total").asInt()).isEqualTo(3);
        assertThat(page.body().get("items").findValuesAsString("id")).containsExactly(middle);
    }

    @Test
    void clientTokenListsThePublicRoomsOfPublicSpacesOnly() {
        TestUser owner = newUser();
        String openSpace = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), openSpace, true);
        fixtures.room(owner.token(), openSpace, false);
        String closedSpace = fixtures.space(owner.token(), false);
        fixtures.room(owner.token(), closedSpace, true);

        ApiResponse list = api.get(rooms(openSpace), clientToken()).assertStatus(200);
        assertThat(list.body().get("items").findValuesAsString("id")).containsExactly(open);
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.body().at("/items/0").has("roleInRoom")).isFalse();

        api.get(rooms(closedSpace), clientToken()).assertStatus(404);
    }

    @Test
    void aVisitorOfAPublicSpaceListsItsPublicRoomsOnly() {
        TestUser owner = newUser();
        String openSpace = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), openSpace, true);
        fixtures.room(owner.token(), openSpace, false);

        ApiResponse list = api.get(rooms(openSpace), newUser().token()).assertStatus(200);

        assertThat(list.body().get("items").findValuesAsString("id")).containsExactly(open);
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.body().at("/items/0").has("roleInRoom")).isFalse();
    }

    @Test
    void listRoomsWithAGuestTokenAnswersForbidden() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);
        String room = fixtures.room(owner.token(), space, true);
        String url = fixtures.guestLink(owner.token(), space, room, json("username", "Guest", "role", "user"))
                .string("/url");
        String guest = java.net.URLDecoder.decode(
                url.substring(url.indexOf("accessToken=") + "accessToken=".length()),
                java.nio.charset.StandardCharsets.UTF_8);

        api.get(rooms(space), guest).assertStatus(403);
    }

    @Test
    void listRoomsOfAPrivateSpaceOfAnotherUserAnswersNotFoundUnlessTheCallerHoldsARoomThere() {
        TestUser owner = newUser();
        TestUser guest = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.room(owner.token(), space, true);
        String granted = fixtures.room(owner.token(), space, false);

        api.get(rooms(space), guest.token()).assertStatus(404);

        fixtures.grant(owner.token(), space, granted, guest.id(), "role_room_user");
        ApiResponse list = api.get(rooms(space), guest.token()).assertStatus(200);
        assertThat(list.body().get("items").findValuesAsString("id")).containsExactly(granted);
        api.get(room(space, granted), guest.token()).assertStatus(200);
    }

    @Test
    void listRoomsWithoutATokenAnswersUnauthorized() {
        String space = fixtures.space(newUser().token(), true);

        api.request("GET", rooms(space)).invalidRequest().send().assertStatus(401);
    }

    @Test
    void getPrivateRoomOfAnotherUserAnswersNotFoundEvenToTheSpaceOwner() {
        TestUser owner = newUser();
        TestUser moderator = newUser();
        String space = fixtures.space(owner.token(), true);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");
        String closed = fixtures.room(moderator.token(), space, false);

        api.get(room(space, closed), owner.token()).assertStatus(404);
        api.get(room(space, closed), newUser().token()).assertStatus(404);
    }

    @Test
    void getRoomInAPrivateSpaceOfAnotherUserAnswersNotFoundNamingOnlyTheSpace() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String open = fixtures.room(owner.token(), space, true);

        ApiResponse existing = api.get(room(space, open), newUser().token()).assertStatus(404);
        ApiResponse unknown = api.get(
                        room(space, "0123456789abcdef01234567"), newUser().token())
                .assertStatus(404);

        assertThat(existing.string("/detail"))
                .isEqualTo(unknown.string("/detail"))
                .contains(space);
    }

    @Test
    void clientTokenGetsPublicRoomsOfPublicSpacesOnly() {
        TestUser owner = newUser();
        String openSpace = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), openSpace, true);
        String closed = fixtures.room(owner.token(), openSpace, false);
        String closedSpace = fixtures.space(owner.token(), false);
        String openInClosedSpace = fixtures.room(owner.token(), closedSpace, true);

        ApiResponse read = api.get(room(openSpace, open), clientToken()).assertStatus(200);
        assertThat(read.body().has("roleInRoom")).isFalse();
        api.get(room(openSpace, closed), clientToken()).assertStatus(404);
        api.get(room(closedSpace, openInClosedSpace), clientToken()).assertStatus(404);
    }

    @Test
    void getRoomUnderAnotherSpaceAnswersNotFound() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);
        String other = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), space, true);

        api.get(room(other, open), owner.token()).assertStatus(404);
    }

    @Test
    void getRoomWithAnInvalidRoomIdAnswersBadRequest() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);

        api.request("GET", room(space, "xyz"))
                .token(owner.token())
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void updateRoomChangesTheFieldsGivenAndKeepsTheOthers() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String id = fixtures.room(
                owner.token(),
                space,
                json(
                        "name",
                        "Before",
                        "isPublic",
                        false,
                        "isChatAllowed",
                        false,
                        "redirectUrl",
                        "https://example.com/bye"));

        ApiResponse renamed =
                api.put(room(space, id), owner.token(), json("name", "After")).assertStatus(200);
        assertThat(renamed.string("/name")).isEqualTo("After");
        assertThat(renamed.body().get("isChatAllowed").asBoolean()).isFalse();
        assertThat(renamed.body().get("isPublic").asBoolean()).isFalse();
        assertThat(renamed.string("/redirectUrl")).isEqualTo("https://example.com/bye");
        assertThat(renamed.string("/roleInRoom")).isEqualTo("role_room_owner");

        ApiResponse reconfigured = api.put(
                        room(space, id),
                        owner.token(),
                        json("type", "webinar", "isRecordAllowed", true, "waitingRoomAudience", "everyone"))
                .assertStatus(200);
        assertThat(reconfigured.string("/name")).isEqualTo("After");
        assertThat(reconfigured.string("/type")).isEqualTo("webinar");

        ApiResponse read = api.get(room(space, id), owner.token()).assertStatus(200);
        assertThat(read.string("/name")).isEqualTo("After");
        assertThat(read.string("/type")).isEqualTo("webinar");
        assertThat(read.body().get("isRecordAllowed").asBoolean()).isTrue();
        assertThat(read.string("/waitingRoomAudience")).isEqualTo("everyone");
        assertThat(read.body().get("isChatAllowed").asBoolean()).isFalse();
    }

    /** The PUT rule: redirectUrl sent as null is cleared; a setting with no "unset" value cannot be. */
    @Test
    void updateRoomClearsARedirectUrlSentAsNullAndRefusesANullSetting() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String id = fixtures.room(
                owner.token(),
                space,
                json("name", "Before", "isChatAllowed", false, "redirectUrl", "https://example.com/bye"));

        ApiResponse cleared = api.put(room(space, id), owner.token(), "{\"redirectUrl\":null}")
                .assertStatus(200);
        assertThat(cleared.body().has("redirectUrl")).isFalse();
        assertThat(cleared.body().get("isChatAllowed").asBoolean()).isFalse();

        ApiResponse refused = api.request("PUT", room(space, id))
                .token(owner.token())
                .json("{\"isChatAllowed\":null}")
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(refused.body().toString()).contains("isChatAllowed");
        assertThat(api.get(room(space, id), owner.token())
                        .body()
                        .get("isChatAllowed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void updateRoomByARoomModeratorIsAllowedAndByTheSpaceOwnerForbidden() {
        TestUser owner = newUser();
        TestUser roomOwner = newUser();
        TestUser roomModerator = newUser();
        String space = fixtures.space(owner.token(), true);
        fixtures.admit(owner.token(), space, roomOwner.token(), "role_space_moderator");
        String id = fixtures.room(roomOwner.token(), space, true);
        fixtures.grant(roomOwner.token(), space, id, roomModerator.id(), "role_room_moderator");

        ApiResponse byModerator = api.put(room(space, id), roomModerator.token(), json("name", "Moderated"))
                .assertStatus(200);
        assertThat(byModerator.string("/roleInRoom")).isEqualTo("role_room_moderator");
        api.put(room(space, id), owner.token(), json("name", "Space owner's")).assertStatus(403);
    }

    @Test
    void updatePrivateRoomOfAnotherUserAnswersNotFound() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);
        String closed = fixtures.room(owner.token(), space, false);

        api.put(room(space, closed), newUser().token(), json("name", "Mine")).assertStatus(404);
    }

    @Test
    void updateRoomWithAClientTokenAnswersForbidden() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), space, true);

        api.put(room(space, open), clientToken(), json("name", "Client's")).assertStatus(403);
    }

    @Test
    void updateRoomWithAnEmptyNameOrAnUnknownAudienceAnswersAValidationProblem() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), true);
        String open = fixtures.room(owner.token(), space, true);

        api.request("PUT", room(space, open))
                .token(owner.token())
                .json(json("name", ""))
                .invalidRequest()
                .send()
                .assertStatus(422);
        ApiResponse answer = api.request("PUT", room(space, open))
                .token(owner.token())
                .json(json("waitingRoomAudience", "robots"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(answer.string("/errors/0/field")).isEqualTo("waitingRoomAudience");
        assertThat(api.get(room(space, open), owner.token()).string("/waitingRoomAudience"))
                .isEqualTo("nobody");
    }

    @Test
    void deleteRoomByItsOwnerRemovesIt() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String id = fixtures.room(owner.token(), space, true);

        api.delete(room(space, id), owner.token()).assertStatus(204);

        api.get(room(space, id), owner.token()).assertStatus(404);
        api.delete(room(space, id), owner.token()).assertStatus(404);
        assertThat(api.get(rooms(space), owner.token()).body().get("total").asInt())
                .isZero();
    }

    @Test
    void theSpaceOwnerMayDeleteAPrivateRoomTheyCannotEnter() {
        TestUser owner = newUser();
        TestUser moderator = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");
        String closed = fixtures.room(moderator.token(), space, false);
        api.get(room(space, closed), owner.token()).assertStatus(404);

        api.delete(room(space, closed), owner.token()).assertStatus(204);

        api.get(room(space, closed), moderator.token()).assertStatus(404);
    }

    @Test
    void deleteRoomByOthersAnswersForbiddenWhenTheySeeItAndNotFoundOtherwise() {
        TestUser owner = newUser();
        TestUser roomOwner = newUser();
        TestUser roomModerator = newUser();
        String space = fixtures.space(owner.token(), true);
        fixtures.admit(owner.token(), space, roomOwner.token(), "role_space_moderator");
        String open = fixtures.room(roomOwner.token(), space, true);
        String closed = fixtures.room(roomOwner.token(), space, false);
        fixtures.grant(roomOwner.token(), space, open, roomModerator.id(), "role_room_moderator");

        api.delete(room(space, open), roomModerator.token()).assertStatus(403);
        api.delete(room(space, open), newUser().token()).assertStatus(403);
        api.delete(room(space, closed), newUser().token()).assertStatus(404);
        api.delete(room(space, open), clientToken()).assertStatus(403);

        api.get(room(space, open), roomOwner.token()).assertStatus(200);
        api.get(room(space, closed), roomOwner.token()).assertStatus(200);
    }

    @Test
    void deleteRoomClearsMeetingSettingsThatPointToIt() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String id = fixtures.room(owner.token(), space, true);
        api.put("/v1/users/me/settings/meetings", owner.token(), Map.of("spaceId", space, "roomId", id))
                .assertStatus(200);

        api.delete(room(space, id), owner.token()).assertStatus(204);

        assertThat(api.get("/v1/users/me/settings/meetings", owner.token())
                        .body()
                        .has("roomId"))
                .isFalse();
    }
}
