package dev.moodhoodkit.server.spaces;

import static dev.moodhoodkit.server.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Spaces calls over HTTP, every exchange checked against openapi.yaml. */
class SpacesApiTests extends ApiTest {

    @Test
    void createSpaceAnswersCreatedWithLocationAndTheOwnerSeesItAsOwner() {
        TestUser owner = newUser();

        ApiResponse created = api.post(
                        "/v1/spaces",
                        owner.token(),
                        json(
                                "name",
                                "Design school",
                                "description",
                                "Evening classes",
                                "logo",
                                "https://example.com/logo.png",
                                "isPublic",
                                false))
                .assertStatus(201);
        String id = created.string("/id");
        assertThat(created.header("Location")).hasValue("/v1/spaces/" + id);

        ApiResponse space = api.get("/v1/spaces/" + id, owner.token()).assertStatus(200);
        assertThat(space.string("/name")).isEqualTo("Design school");
        assertThat(space.string("/description")).isEqualTo("Evening classes");
        assertThat(space.string("/logo")).isEqualTo("https://example.com/logo.png");
        assertThat(space.body().get("isPublic").asBoolean()).isFalse();
        assertThat(space.string("/ownerId")).isEqualTo(owner.id());
        assertThat(space.string("/roleInSpace")).isEqualTo("role_space_owner");
    }

    @Test
    void createSpaceWithoutIsPublicMakesAPrivateSpace() {
        TestUser owner = newUser();
        String id = api.post("/v1/spaces", owner.token(), json("name", "Quiet"))
                .assertStatus(201)
                .string("/id");

        assertThat(api.get("/v1/spaces/" + id, owner.token())
                        .assertStatus(200)
                        .body()
                        .get("isPublic")
                        .asBoolean())
                .isFalse();
        api.get("/v1/spaces/" + id, newUser().token()).assertStatus(404);
    }

    @Test
    void createSpaceWithoutATokenAnswersUnauthorized() {
        api.request("POST", "/v1/spaces")
                .json(json("name", "Nobody's"))
                .invalidRequest()
                .send()
                .assertStatus(401);
    }

    @Test
    void createSpaceWithAClientTokenAnswersForbidden() {
        api.post("/v1/spaces", clientToken(), json("name", "Client's")).assertStatus(403);
    }

    @Test
    void createSpaceWithABlankNameAndANonHttpLogoAnswersAValidationProblemNamingBoth() {
        ApiResponse answer = api.request("POST", "/v1/spaces")
                .token(newUser().token())
                .json(json("name", "", "logo", "ftp://example.com/logo.png"))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "logo");
    }

    @Test
    void createSpaceWithMalformedJsonAnswersBadRequest() {
        api.request("POST", "/v1/spaces")
                .token(newUser().token())
                .json("{\"name\": ")
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void listSpacesShowsOwnedAndMemberSpacesNewestFirstWithTheCallersRole() {
        TestUser owner = newUser();
        TestUser member = newUser();
        String older = fixtures.space(owner.token(), false);
        String newer = fixtures.space(owner.token(), true);
        String othersPublic = fixtures.space(newUser().token(), true);
        fixtures.admit(owner.token(), older, member.token(), "role_space_user");

        ApiResponse mine = api.get("/v1/spaces", owner.token()).assertStatus(200);
        assertThat(mine.body().get("total").asInt()).isEqualTo(2);
        assertThat(mine.body().get("items").findValuesAsString("id")).containsExactly(newer, older);
        assertThat(mine.body().get("items").findValuesAsString("roleInSpace"))
                .containsExactly("role_space_owner", "role_space_owner");

        ApiResponse theirs = api.get("/v1/spaces", member.token()).assertStatus(200);
        assertThat(theirs.body().get("total").asInt()).isEqualTo(1);
        assertThat(theirs.string("/items/0/id")).isEqualTo(older);
        assertThat(theirs.string("/items/0/roleInSpace")).isEqualTo("role_space_user");
        assertThat(theirs.text()).doesNotContain(othersPublic);
    }

    @Test
    void listSpacesPagesWithLimitAndOffset() {
        TestUser owner = newUser();
        fixtures.space(owner.token(), false);
        String middle = fixtures.space(owner.token(), false);
        fixtures.space(owner.token(), false);

        ApiResponse page = api.get("/v1/spaces?limit=1&offset=1", owner.token()).assertStatus(200);

        assertThat(page.body().get("total").asInt()).isEqualTo(3);
        assertThat(page.body().get("items").findValuesAsString("id")).containsExactly(middle);
    }

    @Test
    void listSpacesOfANewUserIsAnEmptyPage() {
        ApiResponse page = api.get("/v1/spaces", newUser().token()).assertStatus(200);

        assertThat(page.body().get("items").isEmpty()).isTrue();
        assertThat(page.body().get("total").asInt()).isZero();
    }

    @Test
    void listSpacesWithALimitOverTheMaximumAnswersBadRequest() {
        api.request("GET", "/v1/spaces?limit=101")
                .token(newUser().token())
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void listSpacesWithAClientTokenAnswersForbidden() {
        api.get("/v1/spaces", clientToken()).assertStatus(403);
    }

    @Test
    void getPrivateSpaceOfAnotherUserAnswersNotFound() {
        String space = fixtures.space(newUser().token(), false);

        ApiResponse answer = api.get("/v1/spaces/" + space, newUser().token()).assertStatus(404);

        assertThat(answer.problemType()).endsWith("/not-found");
    }

    @Test
    void getPublicSpaceOfAnotherUserAnswersItWithoutARole() {
        String space = fixtures.space(newUser().token(), true);

        ApiResponse answer = api.get("/v1/spaces/" + space, newUser().token()).assertStatus(200);

        assertThat(answer.body().has("roleInSpace")).isFalse();
    }

    @Test
    void clientTokenSeesPublicSpacesOnly() {
        TestUser owner = newUser();
        String open = fixtures.space(owner.token(), true);
        String closed = fixtures.space(owner.token(), false);

        api.get("/v1/spaces/" + open, clientToken()).assertStatus(200);
        api.get("/v1/spaces/" + closed, clientToken()).assertStatus(404);
    }

    @Test
    void getSpaceWithAnInvalidIdAnswersBadRequest() {
        api.request("GET", "/v1/spaces/not-an-id")
                .token(newUser().token())
                .invalidRequest()
                .send()
                .assertStatus(400);
    }

    @Test
    void getUnknownSpaceAnswersNotFound() {
        api.get("/v1/spaces/0123456789abcdef01234567", newUser().token()).assertStatus(404);
    }

    @Test
    void updateSpaceKeepsADescriptionAndLogoLeftOut() {
        TestUser owner = newUser();
        String space = api.post(
                        "/v1/spaces",
                        owner.token(),
                        json("name", "Before", "description", "Old", "logo", "https://example.com/old.png"))
                .assertStatus(201)
                .string("/id");

        ApiResponse updated = api.put("/v1/spaces/" + space, owner.token(), json("name", "After", "isPublic", true))
                .assertStatus(200);

        assertThat(updated.string("/name")).isEqualTo("After");
        assertThat(updated.body().get("isPublic").asBoolean()).isTrue();
        assertThat(updated.string("/description")).isEqualTo("Old");
        assertThat(updated.string("/logo")).isEqualTo("https://example.com/old.png");
        assertThat(updated.string("/roleInSpace")).isEqualTo("role_space_owner");
        ApiResponse read = api.get("/v1/spaces/" + space, owner.token()).assertStatus(200);
        assertThat(read.string("/name")).isEqualTo("After");
        assertThat(read.string("/description")).isEqualTo("Old");
    }

    /** The PUT rule: only an explicit null clears a field. */
    @Test
    void updateSpaceClearsADescriptionAndLogoSentAsNull() {
        TestUser owner = newUser();
        String space = api.post(
                        "/v1/spaces",
                        owner.token(),
                        json("name", "Before", "description", "Old", "logo", "https://example.com/old.png"))
                .assertStatus(201)
                .string("/id");

        ApiResponse updated = api.put(
                        "/v1/spaces/" + space,
                        owner.token(),
                        "{\"name\":\"After\",\"isPublic\":false,\"description\":null,\"logo\":null}")
                .assertStatus(200);

        assertThat(updated.body().has("description")).isFalse();
        assertThat(updated.body().has("logo")).isFalse();
        assertThat(api.get("/v1/spaces/" + space, owner.token()).body().has("logo"))
                .isFalse();
    }

    /** A field that cannot be absent cannot be cleared either: null answers 422 naming it. */
    @Test
    void updateSpaceWithANullNameAnswersValidationFailed() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse refused = api.request("PUT", "/v1/spaces/" + space)
                .token(owner.token())
                .json("{\"name\":null,\"isPublic\":false}")
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(refused.body().toString()).contains("name");
    }

    @Test
    void updateSpaceByAModeratorIsAllowedAndByAPlainMemberForbidden() {
        TestUser owner = newUser();
        TestUser moderator = newUser();
        TestUser member = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");
        fixtures.admit(owner.token(), space, member.token(), "role_space_user");

        api.put("/v1/spaces/" + space, moderator.token(), json("name", "By moderator", "isPublic", false))
                .assertStatus(200);
        api.put("/v1/spaces/" + space, member.token(), json("name", "By member", "isPublic", false))
                .assertStatus(403);

        assertThat(api.get("/v1/spaces/" + space, owner.token()).string("/name"))
                .isEqualTo("By moderator");
    }

    @Test
    void updateSpaceOfAnInvisibleSpaceAnswersNotFound() {
        String space = fixtures.space(newUser().token(), false);

        api.put("/v1/spaces/" + space, newUser().token(), json("name", "Mine now", "isPublic", true))
                .assertStatus(404);
    }

    @Test
    void updateSpaceWithoutIsPublicAnswersAValidationProblem() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);

        ApiResponse answer = api.request("PUT", "/v1/spaces/" + space)
                .token(owner.token())
                .json(json("name", "X"))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactly("isPublic");
    }

    @Test
    void deleteSpaceRemovesItWithItsRoomsAndInvites() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String room = fixtures.room(owner.token(), space, true);
        String invite = fixtures.invite(owner.token(), space, "role_space_user");

        api.delete("/v1/spaces/" + space, owner.token()).assertStatus(204);

        api.get("/v1/spaces/" + space, owner.token()).assertStatus(404);
        api.get("/v1/spaces/" + space + "/rooms/" + room, owner.token()).assertStatus(404);
        api.post(
                        "/v1/spaces/" + space + "/invites/" + invite + "/activate",
                        newUser().token(),
                        null)
                .assertStatus(404);
        api.delete("/v1/spaces/" + space, owner.token()).assertStatus(404);
    }

    @Test
    void deleteSpaceClearsMeetingSettingsThatPointIntoIt() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String room = fixtures.room(owner.token(), space, true);
        api.put("/v1/users/me/settings/meetings", owner.token(), Map.of("spaceId", space, "roomId", room))
                .assertStatus(200);

        api.delete("/v1/spaces/" + space, owner.token()).assertStatus(204);

        ApiResponse settings =
                api.get("/v1/users/me/settings/meetings", owner.token()).assertStatus(200);
        assertThat(settings.body().has("spaceId")).isFalse();
    }

    @Test
    void deleteSpaceByAModeratorAnswersForbidden() {
        TestUser owner = newUser();
        TestUser moderator = newUser();
        String space = fixtures.space(owner.token(), false);
        fixtures.admit(owner.token(), space, moderator.token(), "role_space_moderator");

        api.delete("/v1/spaces/" + space, moderator.token()).assertStatus(403);

        api.get("/v1/spaces/" + space, owner.token()).assertStatus(200);
    }

    @Test
    void deleteSpaceOfAnotherUserAnswersNotFoundWhenPrivateAndForbiddenWhenPublic() {
        TestUser owner = newUser();
        TestUser stranger = newUser();

        api.delete("/v1/spaces/" + fixtures.space(owner.token(), false), stranger.token())
                .assertStatus(404);
        api.delete("/v1/spaces/" + fixtures.space(owner.token(), true), stranger.token())
                .assertStatus(403);
    }

    @Test
    void deleteSpaceWithAClientTokenAnswersForbidden() {
        String space = fixtures.space(newUser().token(), true);

        api.delete("/v1/spaces/" + space, clientToken()).assertStatus(403);
    }
}
